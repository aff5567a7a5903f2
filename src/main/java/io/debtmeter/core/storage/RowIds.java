package io.debtmeter.core.storage;

import java.util.UUID;

/**
 * Ids of the rows only the store sees (answers, targets): time-ordered UUIDs, version 7 of RFC
 * 9562 (the Unix time in milliseconds, then 74 random bits). New rows land at the end of the
 * primary-key index rather than at random places in it: with random ids, a bulk import of 600,000
 * answers rewrote nearly every page of that index at every commit.
 */
final class RowIds {

    private RowIds() {
    }

    static UUID next() {
        UUID random = UUID.randomUUID();
        long time = System.currentTimeMillis() & 0xFFFF_FFFF_FFFFL;
        long high = (time << 16) | 0x7000L | (random.getMostSignificantBits() & 0x0FFFL);
        // The low half of a random (version 4) UUID already carries the RFC variant bits.
        return new UUID(high, random.getLeastSignificantBits());
    }
}
