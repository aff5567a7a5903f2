package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.BulkWrites;
import io.debtmeter.core.assessment.ImportWrites;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.assessment.StoredResponse;
import io.debtmeter.core.assessment.TeamBundle;
import io.debtmeter.core.platform.ProblemTexts;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.AssessmentStatus;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;
import io.debtmeter.model.Team;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The assessment store on one JDBC connection, whatever the database: every method is one part's
 * work ({@link TeamCommands}, {@link AssessmentCommands}, {@link ActionCommands}, {@link
 * AssessmentReads}, {@link ImportTransactions}, wired in {@link StoreParts}) under this store's lock,
 * each write one transaction committed before the method returns. The row code is shared by the
 * SQLite store ({@link SqliteAssessmentStore}) and the PostgreSQL store (core.storage.postgres); the
 * few places where their SQL differs are {@link SqlDialect}'s (decision 0031). Methods are
 * synchronized because a connection is not safe for concurrent use. The reads of many assessments at
 * once, and what the store is opened on, are {@link SqlStoreReads}'.
 */
public abstract class SqlAssessmentStore extends SqlStoreReads implements BulkWrites {

    /** {@code reconnection}: null for a file (never reconnected to); {@code texts}: the messages' language. */
    SqlAssessmentStore(Connection connection, Reconnection reconnection, Path location, boolean readOnly,
                       FileHealth health, Clock clock, SqlDialect dialect, ProblemTexts texts) {
        super(connection, reconnection, location, readOnly, health, clock, dialect, texts);
    }

    /**
     * For a store on a database server: {@code location} names it in messages; the server keeps its
     * own data sound, so there is no file check. When the connection is lost, the next call opens
     * another through {@code reconnection}.
     */
    protected SqlAssessmentStore(Connection connection, Reconnection reconnection, Path location, boolean readOnly,
                                 Clock clock, SqlDialect dialect, ProblemTexts texts) {
        this(connection, reconnection, location, readOnly, FileHealth.sound(location), clock, dialect, texts);
    }

    /** One transaction: all of the work's writes are committed, or on any failure none. */
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
    public synchronized Map<String, StoredResponse> storedResponses(UUID assessmentId) {
        return parts.transactions().read(StoreAction.READ_ANSWERS, () -> parts.rows().responses().storedOf(assessmentId));
    }

    @Override
    public synchronized long saveResponse(UUID assessmentId, ItemResponse response, long basedOnVersion) {
        return parts.assessments().saveResponse(assessmentId, response, basedOnVersion);
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

    // --- targets -------------------------------------------------------------------------

    @Override
    public synchronized Targets targets(UUID assessmentId) {
        return parts.transactions().read(StoreAction.READ_TARGETS, () -> parts.rows().targets().of(assessmentId));
    }

    @Override
    public synchronized Map<UUID, Targets> targets(Collection<UUID> assessmentIds) {
        return parts.transactions().read(StoreAction.READ_TARGETS, () -> parts.rows().targets().of(assessmentIds));
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

    /** Closes the prepared statements, then the connection. */
    @Override
    public final synchronized void close() {
        health().stop();
        parts.statements().close();
        try {
            parts.statements().connection().close();
        } catch (SQLException e) {
            throw closeFailure(e);
        }
    }

    /** What to report when the connection would not close, naming the file or the server. */
    protected abstract StoreException closeFailure(SQLException e);
}
