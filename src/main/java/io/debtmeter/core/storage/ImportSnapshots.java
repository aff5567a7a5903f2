package io.debtmeter.core.storage;

import io.debtmeter.model.Rubric;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The rubric snapshots of one import, each rubric object stored once: writing the 50 KB default
 * rubric and hashing it costs about a millisecond, which 20,000 assessments of the same rubric
 * must not pay 20,000 times.
 */
final class ImportSnapshots {

    private final RubricSnapshots snapshots;
    private final Map<Rubric, String> hashes = new IdentityHashMap<>();

    ImportSnapshots(RubricSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** Stores the rubric's snapshot unless this import already did, and returns its hash. */
    String store(Rubric rubric) throws SQLException {
        String hash = hashes.get(rubric);
        if (hash == null) {
            hash = snapshots.store(rubric);
            hashes.put(rubric, hash);
        }
        return hash;
    }

    Rubric get(String hash) throws SQLException {
        return snapshots.get(hash);
    }
}
