package io.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgraph.Fixtures;
import io.claimgraph.model.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batched queries with ids written out as single parameters: padding, repeats and slices lose and add nothing. */
@QuarkusTest
public class IdListQueryTest {

    @Test
    void padsToAPowerOfTwoAndCapsAtTheSliceSize() {
        assertEquals(8, IdListQuery.paddedSize(1));
        assertEquals(8, IdListQuery.paddedSize(8));
        assertEquals(16, IdListQuery.paddedSize(9));
        assertEquals(IdListQuery.MAX_PER_STATEMENT, IdListQuery.paddedSize(5000));
    }

    @Test
    void findsEveryRowOnceAcrossSlices() {
        List<Long> wanted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            wanted.add(Long.parseLong(Fixtures.createActor("Id list " + i + " " + Fixtures.unique())));
        }
        List<Long> ids = new ArrayList<>();
        for (long missing = -1; missing > -2500; missing--) {
            ids.add(missing);
        }
        ids.add(5, wanted.get(0));
        ids.add(1500, wanted.get(1));
        ids.add(wanted.get(2));
        ids.add(wanted.get(2));
        ids.add(null);

        List<Long> found = QuarkusTransaction.requiringNew().call(() -> IdListQuery
                .list("from Actor e where e.id in :ids order by e.id", Actor.class, ids).stream().map(a -> a.id)
                .sorted().toList());
        assertEquals(wanted.stream().sorted().toList(), found);
    }
}
