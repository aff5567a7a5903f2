package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.ImportWrites;
import io.debtmeter.core.assessment.TeamBundle;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The bulk writes of {@link SqliteAssessmentStore} (its {@link io.debtmeter.core.assessment.BulkWrites}):
 * generated teams and merged exchange files, each in one write transaction (or inside the caller's
 * {@code inOneTransaction}), with a larger page cache while they run. The store's lock is held by
 * the caller.
 */
record ImportTransactions(WriteTransactions transactions, PreparedStatements statements, StoreRows rows) {

    /**
     * One transaction for all the teams: 600,000 answers saved one at a time, each in its own synced
     * transaction, would take many minutes.
     */
    void importTeams(List<TeamBundle> bundles) {
        Objects.requireNonNull(bundles, "bundles");
        withImportCache(() -> transactions.write(StoreAction.IMPORT_TEAMS, () -> {
            BulkImport bulk = new BulkImport(rows);
            for (TeamBundle bundle : bundles) {
                bulk.write(bundle);
            }
            return null;
        }));
    }

    <T> T applyImport(Function<ImportWrites, T> work) {
        Objects.requireNonNull(work, "work");
        return withImportCache(() -> transactions.write(StoreAction.IMPORT_FILE, () -> {
            try {
                return work.apply(new ExchangeWrites(statements, rows));
            } catch (ExchangeWrites.ImportSqlFailure e) {
                throw e.getCause();
            }
        }));
    }

    /**
     * A batch of teams dirties tens of megabytes of index pages (the ids are random); with SQLite's
     * default 2 MB page cache they would spill to the log before the commit, and be written again.
     */
    private <T> T withImportCache(Supplier<T> work) {
        if (statements.dialect() != SqlDialect.SQLITE) {
            return work.get();
        }
        transactions.read(StoreAction.IMPORT_TEAMS, () -> statements.get("PRAGMA cache_size = -131072").execute());
        try {
            return work.get();
        } finally {
            transactions.read(StoreAction.IMPORT_TEAMS, () -> statements.get("PRAGMA cache_size = -2000").execute());
        }
    }
}
