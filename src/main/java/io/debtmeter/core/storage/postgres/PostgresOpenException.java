package io.debtmeter.core.storage.postgres;

import io.debtmeter.core.assessment.StoreException;

/** A PostgreSQL database could not be opened; the message names the database and the problem, for the user. */
public final class PostgresOpenException extends StoreException {

    /** Why; each with the sentence the user reads ({@code %1$s} the database, {@code %2$s} a detail). */
    public enum Problem {
        /** No connection: the server cannot be reached, refused the login, or has no such database. */
        UNREACHABLE("Debtmeter could not connect to the %1$s: %2$s."),
        /** Tables that are not Debtmeter's, or no Debtmeter schema history. Nothing was changed. */
        NOT_DEBTMETER("The %1$s holds tables of another program (%2$s); Debtmeter will not change it."
                + " Choose another database or schema."),
        /** A read-only open of a database with no Debtmeter tables: nothing was created. */
        MISSING("The %1$s holds no Debtmeter data; nothing was created."),
        /** Written by a newer Debtmeter. Nothing was changed. */
        NEWER_VERSION("The %1$s was written by a newer version of Debtmeter (%2$s). Open it read-only,"
                + " or update Debtmeter."),
        /** Read-only, but the tables are older than this version reads; one read-write open upgrades them. */
        OLDER_VERSION("The %1$s was written by an older version of Debtmeter (%2$s) and cannot be read as it is."
                + " Open it once without read-only to upgrade it."),
        /** The schema could not be brought up to date; Flyway's transaction undid the failed step. */
        MIGRATION_FAILED("The %1$s could not be upgraded: %2$s.");

        private final String template;

        Problem(String template) {
            this.template = template;
        }

        String describe(String database, String detail) {
            return String.format(template, database, detail);
        }
    }

    private final Problem problem;

    PostgresOpenException(Problem problem, PostgresLocation where, String detail, Throwable cause) {
        super(problem.describe(where.describe(), detail), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** Whether "open it read-only" is worth offering: a newer version's database. */
    public boolean offersReadOnly() {
        return problem == Problem.NEWER_VERSION;
    }
}
