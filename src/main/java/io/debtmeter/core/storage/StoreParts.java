package io.debtmeter.core.storage;

import io.debtmeter.core.platform.ProblemTexts;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;

/**
 * The parts behind {@link SqlAssessmentStore}, wired once on its connection. Kept apart so the
 * store reads as the list of what it offers, each method one part's work under the store's lock.
 */
record StoreParts(PreparedStatements statements, WriteTransactions transactions, StoreRows rows,
                  TeamCommands teams, AssessmentCommands assessments, ActionCommands actions,
                  AssessmentReads reads, ImportTransactions imports) {

    /** {@code texts}: the language of the store's messages. */
    static StoreParts wire(Connection connection, Reconnection reconnection, SqlDialect dialect,
                           Path file, boolean readOnly, FileHealth health, Clock clock, ProblemTexts texts) {
        PreparedStatements statements = new PreparedStatements(connection, dialect, reconnection);
        WriteTransactions transactions = new WriteTransactions(statements, file, readOnly, health, texts);
        Timestamps time = new Timestamps(clock);
        StoreRows rows = StoreRows.on(statements, texts);
        TeamCommands teams = new TeamCommands(transactions, time, rows);
        AssessmentCommands assessments = new AssessmentCommands(transactions, time, rows);
        ActionCommands actions = new ActionCommands(transactions, time, rows);
        AssessmentReads reads = new AssessmentReads(transactions, readOnly, health, rows);
        ImportTransactions imports = new ImportTransactions(transactions, statements, rows);
        return new StoreParts(statements, transactions, rows, teams, assessments, actions, reads, imports);
    }
}
