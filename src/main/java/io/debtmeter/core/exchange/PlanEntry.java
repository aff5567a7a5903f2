package io.debtmeter.core.exchange;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What importing will do with one team, assessment or action of the file.
 *
 * @param name           how a person recognises it, e.g. "Search ranking · 2026-Q3"
 * @param reason         why, in plain words, for updates and conflicts; empty otherwise
 * @param localUpdatedAt when the copy in the database last changed; empty when there is none
 */
public record PlanEntry(Kind kind, UUID id, String name, Outcome outcome, String reason,
                        Optional<Instant> localUpdatedAt) {

    /** What the entry is. */
    public enum Kind {
        TEAM, ASSESSMENT, ACTION
    }

    /** What happens to it (docs/decisions/0007-exchange-merge.md). */
    public enum Outcome {
        /** Not in the database: added as in the file. */
        ADD,
        /** In the database, and the file's copy is newer: replaced by the file's copy. */
        UPDATE,
        /** The same in both: nothing to do. */
        UNCHANGED,
        /** Both differ and the database's copy is as new or newer, or they cannot be merged: left as it is. */
        CONFLICT
    }
}
