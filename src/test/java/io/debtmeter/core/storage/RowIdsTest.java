package io.debtmeter.core.storage;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RowIdsTest {

    @Test
    void idsAreVersion7UuidsStartingWithTheTime() {
        long before = System.currentTimeMillis();
        UUID id = RowIds.next();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    /** Stored as text, so the order that matters to the index is the order of the strings. */
    @Test
    void laterIdsSortAfterEarlierOnesAsText() throws Exception {
        String earlier = RowIds.next().toString();
        Thread.sleep(2);
        String later = RowIds.next().toString();

        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void idsMadeInTheSameMillisecondAreStillDistinct() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(RowIds.next());
        }
        assertThat(ids).hasSize(20_000);
    }
}
