package io.debtmeter.core.storage;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.ImportedRecord;
import io.debtmeter.core.platform.ProblemTexts;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreSummary;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a {@link SqlAssessmentStore} is opened on (its location, read-only or not, the file's health, the
 * language of its messages, its wired {@link StoreParts}) and its reads of many assessments at once,
 * each one query ({@link AssessmentReads}) under the store's lock, whatever the number of teams.
 */
abstract class SqlStoreReads implements AssessmentStore {

    private final Path location;
    private final boolean readOnly;
    private final FileHealth health;
    final StoreParts parts;
    private final ProblemTexts texts;

    SqlStoreReads(Connection connection, Reconnection reconnection, Path location, boolean readOnly,
                  FileHealth health, Clock clock, SqlDialect dialect, ProblemTexts texts) {
        this.location = location;
        this.readOnly = readOnly;
        this.health = health;
        this.texts = texts;
        this.parts = StoreParts.wire(connection, reconnection, dialect, location, readOnly, health, clock, texts);
    }

    /** The language of the store's messages. */
    protected final ProblemTexts texts() {
        return texts;
    }

    @Override
    public Path location() {
        return location;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    /** What the open found about the file's soundness (a server's store: always sound). */
    FileHealth health() {
        return health;
    }

    @Override
    public synchronized Map<UUID, Map<String, ItemResponse>> responses(Collection<UUID> assessmentIds) {
        return parts.reads().responses(assessmentIds);
    }

    @Override
    public synchronized Map<String, ImportedRecord> importedRecords(UUID teamId) {
        return parts.transactions().read(StoreAction.READ_ASSESSMENTS, () -> parts.rows().assessments().imported(teamId));
    }

    @Override
    public synchronized Map<String, ActionItem> importedActions(UUID teamId) {
        return parts.transactions().read(StoreAction.READ_ACTIONS, () -> parts.rows().actions().imported(teamId));
    }

    @Override
    public synchronized Map<UUID, Rubric> rubricsOf(Collection<UUID> assessmentIds) {
        return parts.reads().rubricsOf(assessmentIds);
    }

    @Override
    public synchronized Collection<Rubric> rubricsInUse() {
        return parts.reads().rubricsInUse();
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
}
