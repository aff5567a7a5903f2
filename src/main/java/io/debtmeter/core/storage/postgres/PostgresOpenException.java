package io.debtmeter.core.storage.postgres;

import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.platform.ProblemTexts;

import java.util.Locale;
import java.util.function.Function;

/**
 * A PostgreSQL database could not be opened; the message names the database and the problem, for the
 * user: in English as {@link #getMessage()}, in the reader's language as {@link #message(Locale)}.
 * The server's own words (a refused login, a missing database) are quoted as it gives them.
 */
public final class PostgresOpenException extends StoreException {

    /** Why; each with its sentence in core's problems bundle ({@code postgres.open.*}). */
    public enum Problem {
        /** No connection: the server cannot be reached, refused the login, or has no such database. */
        UNREACHABLE("unreachable"),
        /** The CA certificate file the address names is not there or cannot be read; nothing was connected. */
        CA_FILE("caFile"),
        /** Tables that are not Debtmeter's, or no Debtmeter schema history. Nothing was changed. */
        NOT_DEBTMETER("notDebtmeter"),
        /** A read-only open of a database with no Debtmeter tables: nothing was created. */
        MISSING("missing"),
        /** Written by a newer Debtmeter. Nothing was changed. */
        NEWER_VERSION("newer"),
        /** Read-only, but the tables are older than this version reads; one read-write open upgrades them. */
        OLDER_VERSION("older"),
        /** The schema could not be brought up to date; Flyway's transaction undid the failed step. */
        MIGRATION_FAILED("migrationFailed");

        private final String key;

        Problem(String key) {
            this.key = "postgres.open." + key;
        }
    }

    private final Problem problem;
    private final transient PostgresLocation where;
    private final transient Function<ProblemTexts, String> detail;

    PostgresOpenException(Problem problem, PostgresLocation where, String detail, Throwable cause) {
        this(problem, where, texts -> detail, cause);
    }

    /** @param detail the detail in a language's words (a schema version, the server's refusal) */
    PostgresOpenException(Problem problem, PostgresLocation where, Function<ProblemTexts, String> detail,
                          Throwable cause) {
        this(problem, where, detail, cause, ProblemTexts.ENGLISH);
    }

    private PostgresOpenException(Problem problem, PostgresLocation where, Function<ProblemTexts, String> detail,
                                  Throwable cause, ProblemTexts texts) {
        super(wording(problem, where, detail, texts), cause);
        this.problem = problem;
        this.where = where;
        this.detail = detail;
    }

    public Problem problem() {
        return problem;
    }

    /** Whether "open it read-only" is worth offering: a newer version's database. */
    public boolean offersReadOnly() {
        return problem == Problem.NEWER_VERSION;
    }

    /** The message in {@code language}: Japanese for {@code ja}, English for any other. */
    public String message(Locale language) {
        return wording(problem, where, detail, ProblemTexts.of(language));
    }

    /** The same problem with its message in {@code language}, for a caller that shows {@link #getMessage()}. */
    public PostgresOpenException in(Locale language) {
        if (ProblemTexts.of(language) == ProblemTexts.ENGLISH) {
            return this;
        }
        PostgresOpenException told = new PostgresOpenException(problem, where, detail, getCause(), ProblemTexts.of(language));
        told.setStackTrace(getStackTrace());
        return told;
    }

    private static String wording(Problem problem, PostgresLocation where, Function<ProblemTexts, String> detail,
                                  ProblemTexts texts) {
        String database = texts.get("postgres.where", where.database(), where.host(), String.valueOf(where.port()));
        return texts.get(problem.key, database, detail.apply(texts));
    }
}
