package io.debtmeter.core.storage;

import io.debtmeter.core.platform.ProblemTexts;

/**
 * The row code of each table, on the store's one connection: built once by {@link
 * SqliteAssessmentStore} and shared by the parts that write and read through it.
 */
record StoreRows(TeamRows teams, AssessmentRows assessments, ResponseRows responses, ActionRows actions,
                 RubricSnapshots snapshots, TargetRows targets, ScoreSummaries summaries,
                 ImportFingerprints fingerprints) {

    /** {@code texts}: the language of the messages a broken rule gives. */
    static StoreRows on(PreparedStatements statements, ProblemTexts texts) {
        JsonColumns json = new JsonColumns();
        return new StoreRows(new TeamRows(statements, texts), new AssessmentRows(statements, json, texts),
                new ResponseRows(statements, json), new ActionRows(statements, texts), new RubricSnapshots(statements),
                new TargetRows(statements, texts), new ScoreSummaries(statements, json),
                new ImportFingerprints(statements));
    }
}
