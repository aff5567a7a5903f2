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
import java.util.Set;

/**
 * The assessment store on a shared PostgreSQL database (issue 24, decision 0031): what it offers,
 * and the row code behind it, are {@link SqlAssessmentStore}'s, shared with the SQLite store. Every
 * write is one transaction, committed (synchronous_commit: on the server's disk) before the method
 * returns. Opening follows the SQLite store's rules: a schema that is not Debtmeter's is never
 * altered, one written by a newer Debtmeter is refused read-write (read-only is offered) and never
 * migrated, an older one is migrated by Flyway with PostgreSQL's own scripts (db/postgresql).
 *
 * <p>Phase 1: one connection, no reconnecting, no row versions; two users' edits of the same answer
 * are last-writer-wins, as two SQLite windows are.</p>
 */
public final class PostgresAssessmentStore extends SqlAssessmentStore {

    private final PostgresLocation where;

    private PostgresAssessmentStore(Connection connection, PostgresLocation where, boolean readOnly, Clock clock) {
        super(connection, where.asPath(), readOnly, clock, SqlDialect.POSTGRESQL, ProblemTexts.ENGLISH);
        this.where = where;
    }

    /** Opens the database for reading and writing, creating Debtmeter's tables in an empty schema. */
    public static AssessmentStore open(PostgresLocation where) {
        return open(where, Clock.systemUTC());
    }

    /** With the clock that stamps created and updated times (tests pass a fixed one). */
    public static AssessmentStore open(PostgresLocation where, Clock clock) {
        Shipped shipped = new Shipped();
        Connection connection = connect(where);
        try {
            PostgresSchema schema = PostgresSchema.read(connection);
            if (!schema.isEmpty()) {
                requireOurs(schema, where);
                Set<MigrationVersion> unknown = schema.unknown(shipped.versions);
                if (!unknown.isEmpty()) {
                    throw new PostgresOpenException(PostgresOpenException.Problem.NEWER_VERSION, where,
                            "schema " + schema.highest().orElseThrow() + ", this version knows " + shipped.highest, null);
                }
            }
            if (!schema.applied().equals(shipped.versions)) {
                PostgresSchema.migrate(where);
            }
            return new PostgresAssessmentStore(connection, where, false, clock);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw unreachable(where, e);
        } catch (RuntimeException | Error e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Opens an existing Debtmeter database so that nothing can be written, not even a migration (the
     * session is read-only on the server as well): e.g. one written by a newer version.
     */
    public static AssessmentStore openReadOnly(PostgresLocation where) {
        Shipped shipped = new Shipped();
        Connection connection = connect(where);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
            PostgresSchema schema = PostgresSchema.read(connection);
            if (schema.isEmpty()) {
                throw new PostgresOpenException(PostgresOpenException.Problem.MISSING, where, "", null);
            }
            requireOurs(schema, where);
            if (!schema.readableWithoutMigrating(shipped.versions)) {
                throw new PostgresOpenException(PostgresOpenException.Problem.OLDER_VERSION, where,
                        "schema " + schema.highest().map(String::valueOf).orElse("none") + ", this version reads "
                                + shipped.highest, null);
            }
            return new PostgresAssessmentStore(connection, where, true, Clock.systemUTC());
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
        try {
            return PostgresConnections.open(where);
        } catch (SQLException e) {
            throw unreachable(where, e);
        }
    }

    private static PostgresOpenException unreachable(PostgresLocation where, SQLException e) {
        return new PostgresOpenException(PostgresOpenException.Problem.UNREACHABLE, where,
                PostgresSchema.firstLine(e.getMessage()), e);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing with a better message.
        }
    }
}
