package io.debtmeter.core.assessment;

import io.debtmeter.model.ItemResponse;

import java.time.Instant;
import java.util.Objects;

/**
 * A response as the store holds it: with its version (how many times it has been saved, from 1)
 * and when it was last saved. A change says which version it is based on, so that two people
 * editing the same assessment never silently overwrite each other (decision 0032).
 */
public record StoredResponse(ItemResponse response, long version, Instant savedAt) {

    public StoredResponse {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(savedAt, "savedAt");
        if (version < 1) {
            throw new IllegalArgumentException("a stored response has version 1 or more: " + version);
        }
    }

    /** The version of an item that was never saved: what a first save is based on. */
    public static final long NEVER_SAVED = 0;
}
