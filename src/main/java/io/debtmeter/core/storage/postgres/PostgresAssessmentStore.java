package io.debtmeter.core.storage.postgres;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.platform.ProblemTexts;
import io.debtmeter.core.storage.SqlAssessmentStore;
import io.debtmeter.core.storage.SqlDialect;
import org.flywaydb.core.api.MigrationVersion;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * The assessment store on a shared PostgreSQL database (issue 24, decision 0031): what it offers,
 * and the row code behind it, are {@link SqlAssessmentStore}'s, shared with the SQLite store. Every
 * write is one transaction, committed (synchronous_commit: on the server's disk) before the method
 * returns. Opening follows the SQLite store's rules: a schema that is not Debtmeter's is never
 * altered, one written by a newer Debtmeter is refused read-write (read-only is offered) and never
 * migrated, an older one is migrated by Flyway with PostgreSQL's own scripts (db/postgresql).
 *
 * <p>Several facilitators write at once ({@link #isShared()}): an answer saved on a stale version is
 * refused with the other person's answer (decision 0032). A lost connection is opened again on the
 * next call; until the server is back, calls fail with {@link
 * io.debtmeter.core.assessment.StoreUnreachableException} and change nothing.</p>
 */
public final class PostgresAssessmentStore extends SqlAssessmentStore {

    private static final String READ_ONLY_SESSION = "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";

    private final PostgresLocation where;

    private PostgresAssessmentStore(Connection connection, PostgresLocation where, boolean readOnly, Clock clock,
                                    ProblemTexts texts) {
        super(connection, () -> reconnect(where, readOnly), where.asPath(), readOnly, clock, SqlDialect.POSTGRESQL,
                texts);
        this.where = where;
    }

    /** Other facilitators write to the same database while this store is open. */
    @Override
    public boolean isShared() {
        return true;
    }

    /** A new connection set up as the store's first one was: read-only on the server for a read-only store. */
    private static Connection reconnect(PostgresLocation where, boolean readOnly) throws SQLException {
        Connection connection = PostgresConnections.open(where);
        if (readOnly) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(READ_ONLY_SESSION);
            } catch (SQLException e) {
                closeQuietly(connection);
                throw e;
            }
        }
        return connection;
    }

    /** Opens the database for reading and writing, creating Debtmeter's tables in an empty schema. */
    public static AssessmentStore open(PostgresLocation where) {
        return open(where, Clock.systemUTC());
    }

    /** With the clock that stamps created and updated times (tests pass a fixed one). */
    public static AssessmentStore open(PostgresLocation where, Clock clock) {
        return open(where, clock, ProblemTexts.ENGLISH);
    }

    /**
     * As {@link #open(PostgresLocation)}, the store's messages (and a refusal to open) in
     * {@code language}: Japanese for {@code ja}, English for any other.
     */
    public static AssessmentStore open(PostgresLocation where, Locale language) {
        return open(where, language, true);
    }

    /**
     * As {@link #open(PostgresLocation, Locale)}, but a database without Debtmeter's tables is refused
     * ({@code MISSING}) and left as it is: what a command that only reads opens, so that a mistyped
     * database name is an error rather than a new set of empty tables.
     */
    public static AssessmentStore openExisting(PostgresLocation where, Locale language) {
        return open(where, language, false);
    }

    private static AssessmentStore open(PostgresLocation where, Locale language, boolean createWhenEmpty) {
        try {
            return open(where, Clock.systemUTC(), ProblemTexts.of(language), createWhenEmpty);
        } catch (PostgresOpenException e) {
            throw e.in(language);
        }
    }

    private static AssessmentStore open(PostgresLocation where, Clock clock, ProblemTexts texts) {
        return open(where, clock, texts, true);
    }

    private static AssessmentStore open(PostgresLocation where, Clock clock, ProblemTexts texts, boolean createWhenEmpty) {
        Shipped shipped = new Shipped();
        return onConnection(where, connection -> {
            PostgresSchema schema = PostgresSchema.read(connection);
            if (schema.isEmpty() && !createWhenEmpty) {
                throw new PostgresOpenException(PostgresOpenException.Problem.MISSING, where, "", null);
            }
            if (!schema.isEmpty()) {
                requireOurs(schema, where);
                Set<MigrationVersion> unknown = schema.unknown(shipped.versions);
                if (!unknown.isEmpty()) {
                    String highest = String.valueOf(schema.highest().orElseThrow());
                    throw new PostgresOpenException(PostgresOpenException.Problem.NEWER_VERSION, where,
                            words -> words.get("database.detail.newerSchema", highest, String.valueOf(shipped.highest)),
                            null);
                }
            }
            if (!schema.applied().equals(shipped.versions)) {
                PostgresSchema.migrate(where);
            }
            return new PostgresAssessmentStore(connection, where, false, clock, texts);
        });
    }

    /**
     * Opens an existing Debtmeter database so that nothing can be written, not even a migration (the
     * session is read-only on the server as well): e.g. one written by a newer version.
     */
    public static AssessmentStore openReadOnly(PostgresLocation where) {
        return openReadOnly(where, ProblemTexts.ENGLISH);
    }

    /** As {@link #openReadOnly(PostgresLocation)}, its messages (and a refusal to open) in {@code language}. */
    public static AssessmentStore openReadOnly(PostgresLocation where, Locale language) {
        try {
            return openReadOnly(where, ProblemTexts.of(language));
        } catch (PostgresOpenException e) {
            throw e.in(language);
        }
    }

    private static AssessmentStore openReadOnly(PostgresLocation where, ProblemTexts texts) {
        Shipped shipped = new Shipped();
        return onConnection(where, connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(READ_ONLY_SESSION);
            }
            PostgresSchema schema = PostgresSchema.read(connection);
            if (schema.isEmpty()) {
                throw new PostgresOpenException(PostgresOpenException.Problem.MISSING, where, "", null);
            }
            requireOurs(schema, where);
            if (!schema.readableWithoutMigrating(shipped.versions)) {
                String highest = schema.highest().map(String::valueOf).orElse("none");
                throw new PostgresOpenException(PostgresOpenException.Problem.OLDER_VERSION, where,
                        words -> words.get("database.detail.olderSchema", highest, String.valueOf(shipped.highest)),
                        null);
            }
            return new PostgresAssessmentStore(connection, where, true, Clock.systemUTC(), texts);
        });
    }

    /** What an open does once connected. */
    @FunctionalInterface
    private interface Opening {
        AssessmentStore on(Connection connection) throws SQLException;
    }

    /** Connects and runs {@code opening}; on any failure the connection is closed before the failure goes on. */
    private static AssessmentStore onConnection(PostgresLocation where, Opening opening) {
        Connection connection = connect(where);
        try {
            return opening.on(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw unreachable(where, e);
        } catch (RuntimeException | Error e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** The database, user and server (never the password). */
    public PostgresLocation where() {
        return where;
    }

    @Override
    protected StoreException closeFailure(SQLException e) {
        return new StoreException("Could not close the connection to the " + where.describe() + ": " + e.getMessage(), e);
    }

    /** The versions this build ships for PostgreSQL. */
    private record Shipped(Set<MigrationVersion> versions, MigrationVersion highest) {
        Shipped() {
            this(PostgresSchema.scripts().versions(), PostgresSchema.scripts().highest());
        }
    }

    private static void requireOurs(PostgresSchema schema, PostgresLocation where) {
        if (!schema.ours()) {
            throw new PostgresOpenException(PostgresOpenException.Problem.NOT_DEBTMETER, where,
                    schema.describeForeign(), null);
        }
    }

    private static Connection connect(PostgresLocation where) {
        requireCaFile(where);
        try {
            return PostgresConnections.open(where);
        } catch (SQLException e) {
            throw unreachable(where, e);
        }
    }

    /**
     * A CA certificate file that is not there is named before connecting, in the reader's language: the driver
     * says so in English only, and in the other modes not at all (a mistake that would go unnoticed).
     */
    private static void requireCaFile(PostgresLocation where) {
        String file = where.sslRootCert();
        PostgresLocation.CaFile state = file == null ? PostgresLocation.CaFile.READABLE
                : PostgresLocation.CaFile.at(file);
        if (state != PostgresLocation.CaFile.READABLE) {
            String key = state == PostgresLocation.CaFile.MISSING ? "postgres.detail.caMissing"
                    : "postgres.detail.caUnreadable";
            throw new PostgresOpenException(PostgresOpenException.Problem.CA_FILE, where,
                    words -> words.get(key, file), null);
        }
    }

    /** The driver's first sentence, without its full stop: the message around it ends with one of its own. */
    private static PostgresOpenException unreachable(PostgresLocation where, SQLException e) {
        String reason = PostgresSchema.firstLine(e.getMessage());
        if (reason.endsWith(".") && !reason.endsWith("...")) {
            reason = reason.substring(0, reason.length() - 1);
        }
        return new PostgresOpenException(PostgresOpenException.Problem.UNREACHABLE, where, reason, e);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing with a better message.
        }
    }
}
