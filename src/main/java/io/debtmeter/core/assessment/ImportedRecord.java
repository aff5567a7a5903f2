package io.debtmeter.core.assessment;

import io.debtmeter.model.Assessment;

/**
 * An assessment still stored exactly as an import wrote it from an exchange-file record (decision
 * 0036), as {@link AssessmentStore#importedRecords} finds it.
 *
 * @param assessment     its details as stored
 * @param snapshotSha256 the SHA-256 of the rubric snapshot it was taken with, as the database keys it
 */
public record ImportedRecord(Assessment assessment, String snapshotSha256) {
}
