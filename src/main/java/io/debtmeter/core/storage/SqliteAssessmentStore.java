package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.platform.ProblemTexts;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The assessment store on one SQLite file, through one connection. Every write is one IMMEDIATE
 * transaction, committed and synced before the method returns; two Debtmeter windows on the same
 * file take turns (WAL, busy timeout) and each sees what the other committed. Methods are
 * synchronized because the connection is not safe for concurrent use; the UI calls them from its
 * single background thread anyway. What it offers is {@link SqlAssessmentStore}'s, shared with the
 * PostgreSQL store; this class opens the file safely ({@link SafeDatabaseOpener}) and reports its damage.
 */
public final class SqliteAssessmentStore extends SqlAssessmentStore {

    /** How long a write waits for another program's write to finish before it reports "in use". */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

    private final Path file;

    private SqliteAssessmentStore(SafeDatabaseOpener.Opened opened, Path file, Clock clock, ProblemTexts texts) {
        super(opened.connection(), null, file, opened.readOnly(), opened.health(), clock, SqlDialect.SQLITE, texts);
        this.file = file;
    }

    /**
     * Opens the file for reading and writing, creating and migrating it as needed: for what writes
     * (the window, sample, import). An existing file must be Debtmeter's own.
     */
    public static AssessmentStore open(Path file) throws DatabaseOpenException {
        return open(file, DEFAULT_BUSY_TIMEOUT, Clock.systemUTC());
    }

    public static AssessmentStore open(Path file, Duration busyTimeout) throws DatabaseOpenException {
        return open(file, busyTimeout, Clock.systemUTC());
    }

    /** With the clock that stamps created/updated times and backup names (tests pass a fixed one). */
    public static AssessmentStore open(Path file, Duration busyTimeout, Clock clock) throws DatabaseOpenException {
        return open(file, busyTimeout, clock, Locale.ENGLISH);
    }

    /**
     * As {@link #open(Path)}, the store's messages (and a refusal to open) in {@code language}:
     * Japanese for {@code ja}, English for any other. The other factories speak English.
     */
    public static AssessmentStore open(Path file, Locale language) throws DatabaseOpenException {
        return open(file, DEFAULT_BUSY_TIMEOUT, Clock.systemUTC(), language);
    }

    public static AssessmentStore open(Path file, Duration busyTimeout, Clock clock, Locale language)
            throws DatabaseOpenException {
        return open(file, busyTimeout, clock, language, opener -> opener.openForWriting(true));
    }

    /**
     * For a command that only reads: an existing Debtmeter file (never creates one), read without
     * taking the write lock, so it works while another program writes. Every change is refused.
     * A file whose tables are older than this version reads is migrated first (after a backup).
     */
    public static AssessmentStore openForReading(Path file) throws DatabaseOpenException {
        return openForReading(file, Locale.ENGLISH);
    }

    /** As {@link #openForReading(Path)}, the store's messages (and a refusal to open) in {@code language}. */
    public static AssessmentStore openForReading(Path file, Locale language) throws DatabaseOpenException {
        return open(file, DEFAULT_BUSY_TIMEOUT, Clock.systemUTC(), language, SafeDatabaseOpener::openForReading);
    }

    /**
     * Opens an existing file through a connection SQLite itself opens read-only: nothing is ever
     * written, not even a migration; e.g. one written by a newer version. Every change is refused.
     */
    public static AssessmentStore openReadOnly(Path file) throws DatabaseOpenException {
        return openReadOnly(file, Locale.ENGLISH);
    }

    /** As {@link #openReadOnly(Path)}, the store's messages (and a refusal to open) in {@code language}. */
    public static AssessmentStore openReadOnly(Path file, Locale language) throws DatabaseOpenException {
        return open(file, DEFAULT_BUSY_TIMEOUT, Clock.systemUTC(), language, SafeDatabaseOpener::openTrulyReadOnly);
    }

    /** One way of opening the file: for writing, for reading, or truly read-only. */
    private interface Opening {
        SafeDatabaseOpener.Opened open(SafeDatabaseOpener opener) throws DatabaseOpenException;
    }

    /** The store on what {@code opening} opens; a refusal to open speaks {@code language}. */
    private static AssessmentStore open(Path file, Duration busyTimeout, Clock clock, Locale language, Opening opening)
            throws DatabaseOpenException {
        SafeDatabaseOpener opener = new SafeDatabaseOpener(file, busyTimeout, clock);
        try {
            return new SqliteAssessmentStore(opening.open(opener), opener.file(), clock, ProblemTexts.of(language));
        } catch (DatabaseOpenException e) {
            throw e.in(language);
        }
    }

    /**
     * The damage SQLite's quick_check found at open, or SQLite reported since; waits for the check
     * (it runs in the background: seconds on a large file). Writes are refused once damage is known.
     */
    @Override
    public Optional<String> damageKnown() {
        return health().damageKnown().map(found -> FileHealth.describe(texts(), file, found));
    }

    @Override
    public Optional<String> damage() {
        return health().damage().map(found -> FileHealth.describe(texts(), file, found));
    }

    @Override
    protected StoreException closeFailure(SQLException e) {
        return SqliteErrors.storeFailure(texts(), texts().get("store.action.close", String.valueOf(file.getFileName())), file, e);
    }
}
