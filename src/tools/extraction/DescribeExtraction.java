import io.claimgraph.ingest.ArticleNormalizer;
import io.claimgraph.ingest.ClaimExtractor;
import io.claimgraph.ingest.NormalizedArticle;
import io.claimgraph.ingest.extract.ActorMention;
import io.claimgraph.ingest.extract.ExtractedArticle;
import io.claimgraph.ingest.extract.ExtractedClaim;
import io.claimgraph.ingest.extract.ExtractedQuantity;
import io.claimgraph.ingest.extract.GazetteerPlaceDirectory;
import io.claimgraph.ingest.extract.PlaceMention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints everything the extractor finds in article files: actors, locations and claims with asserter, certainty,
 * hedges, time and quantities. For looking at what the rules do with a text while working on them; the tests under
 * src/test/java/io/claimgraph/ingest assert it. Runs as a single-file program on the packaged app's classpath:
 *
 * <pre>
 * ./mvnw -B -ntp -q package -DskipTests
 * java -cp "$(ls target/quarkus-app/app/*.jar):target/quarkus-app/lib/main/*" src/tools/extraction/DescribeExtraction.java \
 *     src/test/resources/articles/*.txt
 * </pre>
 *
 * The headline is the file's first non-blank line (the corpus format), or with {@code --headline-line N} its N-th
 * line (the scraped seed article repeats its headline on line 2). The body goes through the ingest normaliser, so
 * repeated paragraphs are dropped as on ingest.
 */
public class DescribeExtraction {

    public static void main(String[] args) throws Exception {
        int headlineLine = 0;
        int first = 0;
        if (args.length > 1 && args[0].equals("--headline-line")) {
            headlineLine = Integer.parseInt(args[1]);
            first = 2;
        }
        if (args.length <= first) {
            System.err.println("usage: DescribeExtraction [--headline-line N] ARTICLE...");
            System.exit(2);
        }
        ClaimExtractor extractor = new ClaimExtractor(GazetteerPlaceDirectory.fromClasspath());
        ArticleNormalizer normalizer = new ArticleNormalizer();
        for (int i = first; i < args.length; i++) {
            String text = Files.readString(Path.of(args[i]));
            List<String> lines = text.lines().toList();
            String headline = headlineLine > 0 ? lines.get(headlineLine - 1).strip()
                    : lines.stream().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
            NormalizedArticle article = normalizer.normalize(headline, text);
            System.out.println("==== " + args[i]);
            System.out.print(describe(extractor.extract(article.headline(), article.paragraphs())));
        }
    }

    private static String describe(ExtractedArticle a) {
        StringBuilder b = new StringBuilder();
        b.append("ACTORS\n");
        for (ActorMention m : a.actors()) {
            b.append("  ").append(m.type()).append(' ').append(m.name()).append(" [").append(m.countryCode()).append("] ")
                    .append(m.aliases()).append('\n');
        }
        b.append("LOCATIONS\n");
        for (PlaceMention p : a.locations()) {
            b.append("  ").append(p.type()).append(' ').append(p.name()).append(" [").append(p.countryCode()).append("] ")
                    .append(p.latitude()).append(',').append(p.longitude()).append(" parent=")
                    .append(p.parent() == null ? null : p.parent().name()).append(' ').append(p.aliases()).append('\n');
        }
        b.append("CLAIMS\n");
        int i = 1;
        for (ExtractedClaim c : a.claims()) {
            b.append(i++).append(". ").append(c.text()).append("\n     by=")
                    .append(c.assertedBy() == null ? null : c.assertedBy().name() + "/" + c.assertedBy().type())
                    .append(" attr=").append(c.attribution()).append(' ').append(c.certainty()).append(' ')
                    .append(c.hedges()).append(" time=").append(c.timeText()).append('\n');
            for (ExtractedQuantity q : c.quantities()) {
                b.append("     q ").append(q).append('\n');
            }
            b.append("     subjects=").append(c.subjects().stream().map(ActorMention::name).toList())
                    .append(" places=").append(c.locations().stream().map(PlaceMention::name).toList()).append('\n');
        }
        return b.toString();
    }
}
