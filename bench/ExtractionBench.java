import io.claimgraph.ingest.ArticleNormalizer;
import io.claimgraph.ingest.ClaimExtractor;
import io.claimgraph.ingest.NormalizedArticle;
import io.claimgraph.ingest.extract.GazetteerPlaceDirectory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Time of the extraction step alone (no database, no HTTP) per article after warm-up. Run by bench/run.sh as a
 * single-file program on the packaged app's classpath: java -cp "APP_JAR:LIBS/*" bench/ExtractionBench.java ARTICLE
 */
public class ExtractionBench {

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        String headline = text.lines().filter(l -> !l.isBlank()).skip(text.startsWith("Recent") ? 1 : 0).findFirst().orElseThrow();
        NormalizedArticle article = new ArticleNormalizer().normalize(headline, text);

        long loadStart = System.nanoTime();
        ClaimExtractor extractor = new ClaimExtractor(GazetteerPlaceDirectory.fromClasspath());
        long loadMs = (System.nanoTime() - loadStart) / 1_000_000;

        int claims = 0;
        for (int i = 0; i < rounds; i++) {
            claims = extractor.extract(article.headline(), article.paragraphs()).claims().size();
        }
        // CPU time of this thread as well as wall time: on a shared machine the wall time also counts waiting for a core
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            extractor.extract(article.headline(), article.paragraphs());
        }
        double msPerArticle = (System.nanoTime() - start) / 1e6 / rounds;
        double cpuMsPerArticle = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / rounds;
        System.out.printf("extraction_load_ms %d%n", loadMs);
        System.out.printf("extraction_claims_per_article %d%n", claims);
        System.out.printf("extraction_ms_per_article %.3f%n", msPerArticle);
        System.out.printf("extraction_cpu_ms_per_article %.3f%n", cpuMsPerArticle);
    }
}
