package io.debtmeter.core.storage;

/**
 * The row code of each table, on the store's one connection: built once by {@link
 * SqliteAssessmentStore} and shared by the parts that write and read through it.
 */
record StoreRows(TeamRows teams, AssessmentRows assessments, ResponseRows responses, ActionRows actions,
                 RubricSnapshots snapshots, TargetRows targets, ScoreSummaries summaries) {

    static StoreRows on(PreparedStatements statements) {
        JsonColumns json = new JsonColumns();
        return new StoreRows(new TeamRows(statements), new AssessmentRows(statements, json),
                new ResponseRows(statements, json), new ActionRows(statements), new RubricSnapshots(statements),
                new TargetRows(statements), new ScoreSummaries(statements, json));
    }
}
