package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.ImportedRecord;
import io.debtmeter.model.ActionItem;

import java.util.Map;
import java.util.UUID;

/**
 * What the database holds exactly as an import stored it, one team at a time, by the fingerprint of
 * the record it was stored from (decisions 0036 and 0037): a streamed import knows such a record
 * by its bytes alone.
 */
interface StoredRecords {

    /** Nothing is known: a dry run without a database, or a document already in memory. */
    StoredRecords NONE = new StoredRecords() {
        @Override
        public Map<String, ImportedRecord> assessments(UUID teamId) {
            return Map.of();
        }

        @Override
        public Map<String, ActionItem> actions(UUID teamId) {
            return Map.of();
        }
    };

    Map<String, ImportedRecord> assessments(UUID teamId);

    Map<String, ActionItem> actions(UUID teamId);

    static StoredRecords of(AssessmentStore store) {
        return new StoredRecords() {
            @Override
            public Map<String, ImportedRecord> assessments(UUID teamId) {
                return store.importedRecords(teamId);
            }

            @Override
            public Map<String, ActionItem> actions(UUID teamId) {
                return store.importedActions(teamId);
            }
        };
    }
}
