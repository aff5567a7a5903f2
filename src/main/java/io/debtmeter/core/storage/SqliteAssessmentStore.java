package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.BulkWrites;
import io.debtmeter.core.assessment.ImportWrites;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.assessment.TeamBundle;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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
 * single background thread anyway.
 */
public final class SqliteAssessmentStore implements AssessmentStore, BulkWrites {

    /** How long a write waits for another program's write to finish before it reports "in use". */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

    /** How long the score cache waits for the open's damage check before scores go uncached. */
    private static final long CACHE_WAITS_FOR_CHECK_MILLIS = 250;

    private final Path file;
    private final boolean readOnly;
    private final Connection connection;
    private final PreparedStatements statements;
    private final WriteTransactions transactions;
    private final Timestamps time;
    private final TeamRows teams;
    private final AssessmentRows assessments;
    private final ResponseRows responses;
    private final ActionRows actions;
    private final RubricSnapshots snapshots;
    private final TargetRows targets;
    private final ScoreSummaries summaries;
    private final FileHealth health;

    private SqliteAssessmentStore(SafeDatabaseOpener.Opened opened, Path file, Clock clock) {
        this.connection = opened.connection();
        this.file = file;
        this.readOnly = opened.readOnly();
        this.health = opened.health();
        this.statements = new PreparedStatements(connection);
        this.transactions = new WriteTransactions(statements, file, readOnly, health);
        this.time = new Timestamps(clock);
        JsonColumns json = new JsonColumns();
        this.teams = new TeamRows(statements);
        this.assessments = new AssessmentRows(statements, json);
        this.responses = new ResponseRows(statements, json);
        this.actions = new ActionRows(statements);
        this.snapshots = new RubricSnapshots(statements);
        this.targets = new TargetRows(statements);
        this.summaries = new ScoreSummaries(statements, json);
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
        SafeDatabaseOpener opener = new SafeDatabaseOpener(file, busyTimeout, clock);
        return new SqliteAssessmentStore(opener.openForWriting(true), opener.file(), clock);
    }

    /**
     * For a command that only reads: an existing Debtmeter file (never creates one), read without
     * taking the write lock, so it works while another program writes. Every change is refused.
     * A file whose tables are older than this version reads is migrated first (after a backup).
     */
    public static AssessmentStore openForReading(Path file) throws DatabaseOpenException {
        SafeDatabaseOpener opener = new SafeDatabaseOpener(file, DEFAULT_BUSY_TIMEOUT, Clock.systemUTC());
        return new SqliteAssessmentStore(opener.openForReading(), opener.file(), Clock.systemUTC());
    }

    /**
     * Opens an existing file through a connection SQLite itself opens read-only: nothing is ever
     * written, not even a migration; e.g. one written by a newer version. Every change is refused.
     */
    public static AssessmentStore openReadOnly(Path file) throws DatabaseOpenException {
        SafeDatabaseOpener opener = new SafeDatabaseOpener(file, DEFAULT_BUSY_TIMEOUT, Clock.systemUTC());
        return new SqliteAssessmentStore(opener.openTrulyReadOnly(), opener.file(), Clock.systemUTC());
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
    public Optional<String> damage() {
        return health.damage().map(found -> FileHealth.describe(file, found));
    }

    /**
     * Runs {@code work}, which calls this store's methods, as one transaction: all of its writes are
     * committed, or on any failure none. {@code failedAction} opens the message on failure.
     */
    @Override
    public synchronized <T> T inOneTransaction(String failedAction, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return transactions.all(failedAction, work);
    }

    // --- teams ---------------------------------------------------------------------------

    @Override
    public synchronized List<Team> teams() {
        return transactions.read("Could not read the teams", teams::all);
    }

    @Override
    public synchronized Optional<Team> team(UUID teamId) {
        return transactions.read("Could not read the team", () -> teams.find(teamId));
    }

    @Override
    public synchronized Team createTeam(String name) {
        return transactions.write("Could not create the team", () -> teams.insert(name, time.now()));
    }

    @Override
    public synchronized Team renameTeam(UUID teamId, String newName) {
        return transactions.write("Could not rename the team", () -> teams.rename(teamId, newName, time.now()));
    }

    @Override
    public synchronized void deleteTeam(UUID teamId) {
        transactions.write("Could not delete the team", () -> {
            teams.delete(teamId);
            return null;
        });
    }

    // --- assessments ---------------------------------------------------------------------

    @Override
    public synchronized List<Assessment> assessments(UUID teamId) {
        return transactions.read("Could not read the assessments", () -> assessments.ofTeam(teamId));
    }

    @Override
    public synchronized Optional<Assessment> assessment(UUID assessmentId) {
        return transactions.read("Could not read the assessment", () -> assessments.find(assessmentId));
    }

    @Override
    public synchronized Assessment createAssessment(NewAssessment request) {
        Objects.requireNonNull(request.rubric(), "rubric");
        Objects.requireNonNull(request.date(), "date");
        return transactions.write("Could not create the assessment", () -> {
            teams.require(request.teamId());
            Instant now = time.now();
            String snapshot = snapshots.store(request.rubric());
            Assessment created = new Assessment(UUID.randomUUID(), request.teamId(), request.rubric().id(),
                    request.rubric().version(), request.date(), Objects.requireNonNullElse(request.period(), ""),
                    request.participants(), AssessmentStatus.DRAFT, now, now);
            assessments.insert(created, snapshot);
            if (request.carryOverFrom().isPresent()) {
                carryOver(request.carryOverFrom().get(), created.id(), snapshots.get(snapshot), now);
            }
            return created;
        });
    }

    /** Copies what still fits the new rubric; an item it dropped or changed is simply asked again. */
    private void carryOver(UUID fromId, UUID toId, Rubric rubric, Instant now) throws SQLException {
        if (assessments.find(fromId).isEmpty()) {
            throw new StoreException("The assessment to carry answers over from no longer exists.");
        }
        for (ItemResponse earlier : responses.of(fromId).values()) {
            ItemResponse copy = new ItemResponse(earlier.itemId(), earlier.answer(), earlier.note(),
                    earlier.evidenceLinks(), earlier.votes(), true);
            if (AnswerRules.fits(rubric, copy)) {
                responses.save(toId, copy, now);
            }
        }
    }

    @Override
    public synchronized Assessment updateDetails(UUID assessmentId, LocalDate date, String period,
                                                 List<String> participants) {
        Objects.requireNonNull(date, "date");
        return transactions.write("Could not change the assessment", () -> {
            requireDraft(assessments.header(assessmentId));
            assessments.updateDetails(assessmentId, date, Objects.requireNonNullElse(period, ""),
                    List.copyOf(participants), time.now());
            return assessments.require(assessmentId);
        });
    }

    @Override
    public synchronized void deleteAssessment(UUID assessmentId) {
        transactions.write("Could not delete the assessment", () -> {
            assessments.delete(assessmentId);
            return null;
        });
    }

    @Override
    public synchronized Rubric rubricOf(UUID assessmentId) {
        return transactions.read("Could not read the assessment's rubric",
                () -> snapshots.get(assessments.header(assessmentId).snapshot()));
    }

    @Override
    public synchronized Map<String, ItemResponse> responses(UUID assessmentId) {
        return transactions.read("Could not read the answers", () -> responses.of(assessmentId));
    }

    @Override
    public synchronized void saveResponse(UUID assessmentId, ItemResponse response) {
        Objects.requireNonNull(response, "response");
        transactions.write("Could not save the answer", () -> {
            AssessmentRows.Header header = assessments.header(assessmentId);
            requireDraft(header);
            AnswerRules.check(snapshots.get(header.snapshot()), response);
            Instant now = time.now();
            responses.save(assessmentId, response, now);
            assessments.touch(assessmentId, now);
            return null;
        });
    }

    @Override
    public synchronized Assessment finish(UUID assessmentId) {
        return setStatus(assessmentId, AssessmentStatus.FINAL, "Could not finish the assessment");
    }

    @Override
    public synchronized Assessment reopen(UUID assessmentId) {
        return setStatus(assessmentId, AssessmentStatus.DRAFT, "Could not reopen the assessment");
    }

    private Assessment setStatus(UUID assessmentId, AssessmentStatus status, String failedAction) {
        return transactions.write(failedAction, () -> {
            Assessment current = assessments.require(assessmentId);
            if (current.status() == status) {
                return current;
            }
            assessments.setStatus(assessmentId, status, time.now());
            return assessments.require(assessmentId);
        });
    }

    @Override
    public synchronized Optional<Assessment> previousAssessment(UUID assessmentId) {
        return transactions.read("Could not read the previous assessment", () -> {
            Optional<Assessment> current = assessments.find(assessmentId);
            return current.isEmpty() ? Optional.empty() : assessments.previous(current.get());
        });
    }

    // --- reading many at once: one query each, whatever the number of teams or assessments ----

    @Override
    public synchronized Map<UUID, Map<String, ItemResponse>> responses(Collection<UUID> assessmentIds) {
        return transactions.read("Could not read the answers", () -> responses.of(assessmentIds));
    }

    @Override
    public synchronized Map<UUID, Rubric> rubricsOf(Collection<UUID> assessmentIds) {
        return transactions.read("Could not read the assessments' rubrics", () -> {
            Map<UUID, String> hashes = assessments.snapshotsOf(assessmentIds);
            Map<UUID, Rubric> rubrics = new LinkedHashMap<>();
            for (UUID id : assessmentIds) {
                String hash = hashes.get(id);
                if (hash == null) {
                    throw new StoreException("This assessment no longer exists.");
                }
                rubrics.put(id, snapshots.get(hash));
            }
            return rubrics;
        });
    }

    @Override
    public synchronized Map<UUID, ScoreSummary> scoreSummaries(Collection<UUID> assessmentIds) {
        Map<UUID, Rubric> rubrics = rubricsOf(assessmentIds);
        Map<UUID, ScoreSummary> found = transactions.read("Could not read the scores",
                () -> summaries.cached(assessmentIds, rubrics));
        List<UUID> missing = assessmentIds.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            found.putAll(scoreAndCache(missing, rubrics));
        }
        Map<UUID, ScoreSummary> ordered = new LinkedHashMap<>();
        assessmentIds.forEach(id -> ordered.put(id, found.get(id)));
        return ordered;
    }

    /**
     * Scores assessments without a cached summary, and caches them in the same transaction that read
     * their answers, so no answer saved in between can be missed. When the cache cannot be written
     * (read-only file, full disk, another program writing, the open's damage check still running)
     * the scores are returned all the same.
     */
    private Map<UUID, ScoreSummary> scoreAndCache(List<UUID> missing, Map<UUID, Rubric> rubrics) {
        // The cache is not worth waiting long for the damage check (a second on a large file; a few
        // milliseconds on a small one, which is worth it).
        if (!readOnly && health.checkedWithin(CACHE_WAITS_FOR_CHECK_MILLIS) && health.damage().isEmpty()) {
            try {
                return transactions.write("Could not keep the scores", () -> {
                    Map<UUID, ScoreSummary> computed = summaries.compute(responses.answersOf(missing), rubrics);
                    summaries.save(computed, rubrics);
                    return computed;
                });
            } catch (StoreException cacheNotWritten) {
                // Only the cache failed; computing from the answers below is still correct.
            }
        }
        return transactions.read("Could not read the answers",
                () -> summaries.compute(responses.answersOf(missing), rubrics));
    }

    @Override
    public synchronized Map<UUID, Assessment> latestAssessments() {
        Map<UUID, Assessment> latest = new LinkedHashMap<>();
        newestOfEachTeam(1).forEach((team, newest) -> latest.put(team, newest.get(0)));
        return latest;
    }

    @Override
    public synchronized Map<UUID, List<Assessment>> latestTwoAssessments() {
        return newestOfEachTeam(2);
    }

    private Map<UUID, List<Assessment>> newestOfEachTeam(int perTeam) {
        return transactions.read("Could not read the latest assessments", () -> assessments.newestOfEachTeam(perTeam));
    }

    // --- targets -------------------------------------------------------------------------

    @Override
    public synchronized Targets targets(UUID assessmentId) {
        return transactions.read("Could not read the targets", () -> targets.of(assessmentId));
    }

    @Override
    public synchronized void setCategoryTarget(UUID assessmentId, String categoryId, OptionalDouble maturity) {
        setTarget(assessmentId, TargetRows.Scope.CATEGORY, categoryId, maturity);
    }

    @Override
    public synchronized void setItemTarget(UUID assessmentId, String itemId, OptionalDouble level) {
        setTarget(assessmentId, TargetRows.Scope.ITEM, itemId, level);
    }

    /**
     * Targets are planning, not answers: unlike answers they may be changed on a final assessment.
     * They are part of the assessment all the same, so a change touches its changed time: an import
     * decides which copy is newer by that time, and would otherwise keep an older target.
     */
    private void setTarget(UUID assessmentId, TargetRows.Scope scope, String refId, OptionalDouble value) {
        Objects.requireNonNull(value, "value");
        transactions.write("Could not save the target", () -> {
            Rubric rubric = snapshots.get(assessments.header(assessmentId).snapshot());
            Instant now = time.now();
            targets.change(rubric, assessmentId, scope, refId, value, now);
            assessments.touch(assessmentId, now);
            return null;
        });
    }

    // --- bulk import ---------------------------------------------------------------------

    /**
     * For generated sample data and imports: 600,000 answers saved one at a time, each in its own
     * synced transaction, would take many minutes.
     */
    @Override
    public synchronized void importTeams(List<TeamBundle> bundles) {
        Objects.requireNonNull(bundles, "bundles");
        withImportCache(() -> transactions.write("Could not import the teams", () -> {
            BulkImport bulk = new BulkImport(teams, assessments, responses, actions, targets, snapshots);
            for (TeamBundle bundle : bundles) {
                bulk.write(bundle);
            }
            return null;
        }));
    }

    @Override
    public synchronized <T> T applyImport(Function<ImportWrites, T> work) {
        Objects.requireNonNull(work, "work");
        return withImportCache(() -> transactions.write("Could not import the file", () -> {
            try {
                return work.apply(new ExchangeWrites(statements, teams, assessments, responses, targets, snapshots));
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
        transactions.read("Could not import the teams", () -> statements.get("PRAGMA cache_size = -131072").execute());
        try {
            return work.get();
        } finally {
            transactions.read("Could not import the teams", () -> statements.get("PRAGMA cache_size = -2000").execute());
        }
    }

    // --- actions -------------------------------------------------------------------------

    @Override
    public synchronized List<ActionItem> actions(UUID teamId) {
        return transactions.read("Could not read the actions", () -> actions.ofTeam(teamId));
    }

    @Override
    public synchronized ActionItem addAction(UUID assessmentId, String itemId, String text, String owner,
                                             Optional<LocalDate> due) {
        return transactions.write("Could not add the action", () -> {
            AssessmentRows.Header header = assessments.header(assessmentId);
            Rubric rubric = snapshots.get(header.snapshot());
            if (rubric.item(itemId).isEmpty()) {
                throw new StoreException("The action was not added: the rubric " + rubric.id() + " " + rubric.version()
                        + " has no item '" + itemId + "'.");
            }
            Instant now = time.now();
            ActionItem action = new ActionItem(UUID.randomUUID(), header.teamId(), assessmentId, itemId,
                    ActionRows.checkedText(text), owner, due == null ? Optional.empty() : due, ActionStatus.OPEN, now, now);
            actions.insert(action);
            return action;
        });
    }

    @Override
    public synchronized ActionItem updateAction(ActionItem changed) {
        Objects.requireNonNull(changed, "changed");
        return transactions.write("Could not save the action", () -> {
            actions.update(changed, time.now());
            return actions.require(changed.id());
        });
    }

    private static void requireDraft(AssessmentRows.Header header) {
        if (header.status() == AssessmentStatus.FINAL) {
            throw new StoreException("This assessment is final and cannot be changed; reopen it first.");
        }
    }

    @Override
    public synchronized void close() {
        health.stop();
        statements.close();
        try {
            connection.close();
        } catch (SQLException e) {
            throw SqliteErrors.storeFailure("Could not close " + file.getFileName(), file, e);
        }
    }
}
