package io.claimgraph.ingest.reuters;

import io.claimgraph.location.Gazetteer;
import java.util.Map;

/** Ingests the annotated articles of one half through the API and scores them. */
final class WireEvaluation {

    private static Gazetteer gazetteer;

    private WireEvaluation() {
    }

    static WireScore run(String half) {
        Map<String, GoldAnnotation.Article> gold = GoldAnnotation.read(half + ".tsv");
        WireScore score = new WireScore(gazetteer());
        for (WireArticle article : WireArticle.read(half + ".sgm")) {
            GoldAnnotation.Article annotated = gold.get(article.newId());
            if (annotated != null) {
                score.add(article.newId(), annotated, WireIngest.ingest(article));
            }
        }
        return score;
    }

    private static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.fromClasspath();
        }
        return gazetteer;
    }
}
