package io.debtmeter.core.storage;

import io.debtmeter.core.platform.ProblemTexts;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.BulkWrites;
import io.debtmeter.core.assessment.ImportWrites;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.TeamBundle;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreSummary;
import io.debtmeter.model.Targets;
import io.debtmeter.model.Team;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The assessment store on one SQLite file, through one connection. Every write is one IMMEDIATE
 * transaction, committed and synced before the method returns; two Debtmeter windows on the same
 * file take turns (WAL, busy timeout) and each sees what the other committed. Methods are
 * synchronized because the connection is not safe for concurrent use; the UI calls them from its
 * single background thread anyway. The work behind the methods lives in package-private parts
 * ({@link TeamCommands}, {@link AssessmentCommands}, {@link ActionCommands}, {@link AssessmentReads},
 * {@link ImportTransactions}), wired in {@link StoreParts}, that run under this store's lock.
 */
public final class SqliteAssessmentStore implements AssessmentStore, BulkWrites {

    /** How long a write waits for another program's write to finish before it reports "in use". */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

    private final Path file;
    private final boolean readOnly;
    private final Connection connection;
    private final FileHealth health;
    private final StoreParts parts;
    private final ProblemTexts texts;

    private SqliteAssessmentStore(SafeDatabaseOpener.Opened opened, Path file, Clock clock, ProblemTexts texts) {
        this.connection = opened.connection();
        this.file = file;
        this.readOnly = opened.readOnly();
        this.health = opened.health();
        this.texts = texts;
        this.parts = StoreParts.wire(connection, file, readOnly, health, clock, texts);
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
        SafeDatabaseOpener opener = new SafeDatabaseOpener(file, busyTimeout, clock);
        try {
            return new SqliteAssessmentStore(opener.openForWriting(true), opener.file(), clock, ProblemTexts.of(language));
        } catch (DatabaseOpenException e) {
            throw e.in(language);
        }
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
        SafeDatabaseOpener opener = new SafeDatabaseOpener(file, DEFAULT_BUSY_TIMEOUT, Clock.systemUTC());
        try {
            return new SqliteAssessmentStore(opener.openForReading(), opener.file(), Clock.systemUTC(),
                    ProblemTexts.of(language));
        } catch (DatabaseOpenException e) {
            throw e.in(language);
        }
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
        SafeDatabaseOpener opener = new SafeDatabaseOpener(file, DEFAULT_BUSY_TIMEOUT, Clock.systemUTC());
        try {
            return new SqliteAssessmentStore(opener.openTrulyReadOnly(), opener.file(), Clock.systemUTC(),
                    ProblemTexts.of(language));
        } catch (DatabaseOpenException e) {
            throw e.in(language);
        }
    }

    @Override
    public Path location() {
        return file;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * The damage SQLite's quick_check found at open, or SQLite reported since; waits for the check
     * (it runs in the background: seconds on a large file). Writes are refused once damage is known.
     */
    @Override
    public Optional<String> damageKnown() {
        return health.damageKnown().map(found -> FileHealth.describe(texts, file, found));
    }

    @Override
    public Optional<String> damage() {
        return health.damage().map(found -> FileHealth.describe(texts, file, found));
    }

    /**
     * Runs {@code work}, which calls this store's methods, as one transaction: all of its writes are
     * committed, or on any failure none. {@code failedAction} opens the message on failure.
     */
    @Override
    public synchronized <T> T inOneTransaction(String failedAction, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return parts.transactions().all(failedAction, work);
    }

    // --- teams ---------------------------------------------------------------------------

    @Override
    public synchronized List<Team> teams() {
        return parts.teams().all();
    }

    @Override
    public synchronized Optional<Team> team(UUID teamId) {
        return parts.teams().find(teamId);
    }

    @Override
    public synchronized Team createTeam(String name) {
        return parts.teams().create(name);
    }

    @Override
    public synchronized Team renameTeam(UUID teamId, String newName) {
        return parts.teams().rename(teamId, newName);
    }

    @Override
    public synchronized void deleteTeam(UUID teamId) {
        parts.teams().delete(teamId);
    }

    // --- assessments ---------------------------------------------------------------------

    @Override
    public synchronized List<Assessment> assessments(UUID teamId) {
        return parts.transactions().read(StoreAction.READ_ASSESSMENTS,
                () -> parts.rows().assessments().ofTeam(teamId));
    }

    @Override
    public synchronized Optional<Assessment> assessment(UUID assessmentId) {
        return parts.transactions().read(StoreAction.READ_ASSESSMENT,
                () -> parts.rows().assessments().find(assessmentId));
    }

    @Override
    public synchronized Assessment createAssessment(NewAssessment request) {
        return parts.assessments().create(request);
    }

    @Override
    public synchronized Assessment updateDetails(UUID assessmentId, LocalDate date, String period,
                                                 List<String> participants) {
        return parts.assessments().updateDetails(assessmentId, date, period, participants);
    }

    @Override
    public synchronized void deleteAssessment(UUID assessmentId) {
        parts.assessments().delete(assessmentId);
    }

    @Override
    public synchronized Rubric rubricOf(UUID assessmentId) {
        return parts.reads().rubricOf(assessmentId);
    }

    @Override
    public synchronized Map<String, ItemResponse> responses(UUID assessmentId) {
        return parts.transactions().read(StoreAction.READ_ANSWERS, () -> parts.rows().responses().of(assessmentId));
    }

    @Override
    public synchronized void saveResponse(UUID assessmentId, ItemResponse response) {
        parts.assessments().saveResponse(assessmentId, response);
    }

    @Override
    public synchronized Assessment finish(UUID assessmentId) {
        return parts.assessments().setStatus(assessmentId, AssessmentStatus.FINAL, StoreAction.FINISH_ASSESSMENT);
    }

    @Override
    public synchronized Assessment reopen(UUID assessmentId) {
        return parts.assessments().setStatus(assessmentId, AssessmentStatus.DRAFT, StoreAction.REOPEN_ASSESSMENT);
    }

    @Override
    public synchronized Optional<Assessment> previousAssessment(UUID assessmentId) {
        return parts.reads().previous(assessmentId);
    }

    // --- reading many at once: one query each, whatever the number of teams or assessments ----

    @Override
    public synchronized Map<UUID, Map<String, ItemResponse>> responses(Collection<UUID> assessmentIds) {
        return parts.reads().responses(assessmentIds);
    }

    @Override
    public synchronized Map<UUID, Rubric> rubricsOf(Collection<UUID> assessmentIds) {
        return parts.reads().rubricsOf(assessmentIds);
    }

    /** Cached scores, and the missing ones scored and cached (when the file can be written). */
    @Override
    public synchronized Map<UUID, ScoreSummary> scoreSummaries(Collection<UUID> assessmentIds) {
        return parts.reads().scoreSummaries(assessmentIds);
    }

    @Override
    public synchronized Map<UUID, Assessment> latestAssessments() {
        return parts.reads().latest();
    }

    @Override
    public synchronized List<Assessment> assessmentsWithIdPrefix(String idPrefix) {
        return parts.reads().withIdPrefix(idPrefix);
    }

    @Override
    public synchronized Map<UUID, Integer> assessmentCounts() {
        return parts.reads().countsByTeam();
    }

    @Override
    public synchronized Map<UUID, List<Assessment>> latestTwoAssessments() {
        return parts.reads().newestOfEachTeam(2);
    }

    // --- targets -------------------------------------------------------------------------

    @Override
    public synchronized Targets targets(UUID assessmentId) {
        return parts.transactions().read(StoreAction.READ_TARGETS, () -> parts.rows().targets().of(assessmentId));
    }

    @Override
    public synchronized void setCategoryTarget(UUID assessmentId, String categoryId, OptionalDouble maturity) {
        parts.assessments().setTarget(assessmentId, TargetRows.Scope.CATEGORY, categoryId, maturity);
    }

    @Override
    public synchronized void setItemTarget(UUID assessmentId, String itemId, OptionalDouble level) {
        parts.assessments().setTarget(assessmentId, TargetRows.Scope.ITEM, itemId, level);
    }

    // --- bulk writes (BulkWrites) ----------------------------------------------------------

    @Override
    public synchronized void importTeams(List<TeamBundle> bundles) {
        parts.imports().importTeams(bundles);
    }

    @Override
    public synchronized <T> T applyImport(Function<ImportWrites, T> work) {
        return parts.imports().applyImport(work);
    }

    // --- actions -------------------------------------------------------------------------

    @Override
    public synchronized List<ActionItem> actions(UUID teamId) {
        return parts.transactions().read(StoreAction.READ_ACTIONS, () -> parts.rows().actions().ofTeam(teamId));
    }

    @Override
    public synchronized ActionItem addAction(UUID assessmentId, String itemId, String text, String owner,
                                             Optional<LocalDate> due) {
        return parts.actions().add(assessmentId, itemId, text, owner, due);
    }

    @Override
    public synchronized ActionItem updateAction(ActionItem changed) {
        return parts.actions().update(changed);
    }

    @Override
    public synchronized void close() {
        health.stop();
        parts.statements().close();
        try {
            connection.close();
        } catch (SQLException e) {
            throw SqliteErrors.storeFailure(texts, texts.get("store.action.close", String.valueOf(file.getFileName())), file, e);
        }
    }
}
