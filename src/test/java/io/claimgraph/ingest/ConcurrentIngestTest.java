package io.claimgraph.ingest;

import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Eight clients ingest the same and overlapping articles at the same moment. Unique keys and retries must leave
 * exactly one copy of every article, actor and location.
 */
@QuarkusTest
public class ConcurrentIngestTest {

    private static final int CLIENTS = 8;

    @Test
    void parallelIngestsNeverDuplicateArticlesActorsOrLocations() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String person = "Ilse Varnholt";
        List<Map<String, Object>> shared = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            shared.add(vars("url", "https://parallel.example/" + run + "/shared-" + i, "headline",
                    "Shared story " + i + " " + run,
                    "body",
                    "Officials in Poland and Germany said on Monday that trade rose by about 4 percent, according to "
                            + person + ", an economist at the Warsaw Institute. Story " + i + " of run " + run + "."));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> outcomes = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            List<Map<String, Object>> mine = new ArrayList<>(shared);
            mine.add(vars("url", "https://parallel.example/" + run + "/own-" + client, "headline",
                    "Own story " + client + " " + run,
                    "body", "Poland expects growth of 3 percent, " + person + " said. Own story " + client + " of run "
                            + run + "."));
            Collections.shuffle(mine);
            Callable<List<String>> work = () -> {
                start.await();
                List<String> results = new ArrayList<>();
                for (Map<String, Object> article : mine) {
                    results.add(ok("mutation($in: ArticleInput!) { ingestArticle(input: $in) { outcome } }",
                            vars("in", article))
                            .getString("data.ingestArticle.outcome"));
                }
                return results;
            };
            outcomes.add(pool.submit(work));
        }
        start.countDown();
        List<String> all = new ArrayList<>();
        for (Future<List<String>> outcome : outcomes) {
            all.addAll(outcome.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertEquals(4 + CLIENTS, all.stream().filter("CREATED"::equals).count(),
                "one CREATED per distinct article: " + all);
        assertEquals((CLIENTS - 1) * 4, all.stream().filter("DUPLICATE"::equals).count(),
                "the other copies are DUPLICATE: " + all);
        assertEquals(4 + CLIENTS, ok("{ articles(filter: {text: \"" + run + "\"}, first: 100) { totalCount } }")
                .getInt("data.articles.totalCount"));
        assertEquals(1, actorsNamed(person), "one actor for the person");
        assertEquals(1, ok("{ actors(filter: {name: \"Poland\", type: [STATE]}) { totalCount } }")
                .getInt("data.actors.totalCount"));
        int polands = ok("{ locations(filter: {name: \"Poland\", type: [COUNTRY]}) { totalCount } }")
                .getInt("data.locations.totalCount");
        assertEquals(1, polands, "one location for Poland");
        assertTrue(ok("{ locations(filter: {name: \"Germany\", type: [COUNTRY]}) { totalCount } }")
                .getInt("data.locations.totalCount") == 1);
    }

    private static int actorsNamed(String name) {
        return ok("query($n: String) { actors(filter: {name: $n}) { totalCount } }", vars("n", name))
                .getInt("data.actors.totalCount");
    }
}
