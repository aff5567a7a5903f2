package io.debtmeter.ui.scorecard;

import io.debtmeter.core.analysis.scorecard.CategoryChart;
import io.debtmeter.core.analysis.scorecard.CategoryChartRow;
import io.debtmeter.core.analysis.scorecard.DebtBands;
import io.debtmeter.core.analysis.scorecard.GradeDecision;
import io.debtmeter.core.analysis.scorecard.ItemDetailRow;
import io.debtmeter.core.analysis.scorecard.ItemDetailRows;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.core.scoring.ToFindOut;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Category;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreResult;
import io.debtmeter.ui.task.TaskExecutor;
import io.debtmeter.ui.wizard.AnswerChoice;
import io.debtmeter.ui.wizard.VoteSpread;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * State of the scorecard: one assessment's score (computed by {@link ScoreCalculator} exactly as
 * docs/scoring.md describes), its coverage, weakest areas and the team's actions, the category chart
 * with the team's targets, and the details of each category and item.
 */
public final class ScorecardViewModel {

    private final AssessmentStore store;
    private final TaskExecutor executor;
    private final ScoreCalculator calculator;
    private final UUID assessmentId;
    private final String language;

    private final ReadOnlyObjectWrapper<ScorecardData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final TargetsModel targets;

    public ScorecardViewModel(AssessmentStore store, TaskExecutor executor, ScoreCalculator calculator, UUID assessmentId) {
        this(store, executor, calculator, assessmentId, "en");
    }

    /** @param language the language the rubric's texts are shown in, where the rubric has it ("ja") */
    public ScorecardViewModel(AssessmentStore store, TaskExecutor executor, ScoreCalculator calculator, UUID assessmentId,
                              String language) {
        this.language = language;
        this.store = store;
        this.executor = executor;
        this.calculator = calculator;
        this.assessmentId = assessmentId;
        this.targets = new TargetsModel(store, executor, assessmentId);
        load();
    }

    /** Reads the assessment again, e.g. after returning from the wizard. */
    public void load() {
        busy.set(true);
        executor.execute(() -> ScorecardData.load(store, calculator, assessmentId, language), loaded -> {
            busy.set(false);
            loadError.set("");
            // Data first: whoever listens to the assessment (the subtitle) reads the team's name from it.
            targets.loaded(loaded.targets());
            data.set(loaded);
            assessment.set(loaded.assessment());
        }, failure -> {
            busy.set(false);
            loadError.set(TaskExecutor.messageOf(failure));
        });
    }

    /** Makes the final assessment a draft again, then calls onReopened (which shows the wizard). */
    public void reopen(Runnable onReopened) {
        Assessment current = assessment.get();
        if (current == null || !current.isFinal() || busy.get()) {
            return;
        }
        busy.set(true);
        problem.set("");
        executor.execute(() -> store.reopen(assessmentId), reopened -> {
            busy.set(false);
            assessment.set(reopened);
            onReopened.run();
        }, failure -> {
            busy.set(false);
            problem.set(TaskExecutor.messageOf(failure));
        });
    }

    // --- what the view shows ---------------------------------------------------------------------

    /** The debt index as shown: rounded half-up to one decimal (the grade is looked up on this value). */
    public OptionalDouble shownDebtIndex() {
        ScoreResult result = result();
        return result == null || result.debtIndex().isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of(ScoreCalculator.roundForDisplay(result.debtIndex().getAsDouble()));
    }

    /** The palette step 0..4 of the overall grade, so the grade box matches the chart's colours. */
    public OptionalInt gradeColourStep() {
        OptionalDouble shown = shownDebtIndex();
        if (shown.isEmpty()) {
            return OptionalInt.empty();
        }
        DebtBands bands = new DebtBands(rubric().gradeBands());
        OptionalInt index = bands.indexOf(shown.getAsDouble());
        return index.isPresent() ? OptionalInt.of(bands.colourStep(index.getAsInt())) : OptionalInt.empty();
    }

    public String categoryTitle(String categoryId) {
        return rubric().category(categoryId).map(Category::title).orElse(categoryId);
    }

    public Optional<Item> item(String itemId) {
        return rubric().item(itemId);
    }

    /** One bar per category, in rubric order, with band, target and gap (empty until loaded). */
    public List<CategoryChartRow> categoryRows() {
        ScorecardData loaded = data.get();
        return loaded == null ? List.of() : CategoryChart.rows(loaded.rubric(), loaded.result(), targets.current());
    }

    public Optional<CategoryChartRow> categoryRow(String categoryId) {
        return categoryRows().stream().filter(row -> row.categoryId().equals(categoryId)).findFirst();
    }

    /** Under the weakest-category rule, which category set the grade; empty otherwise. */
    public Optional<GradeDecision> gradeDecision() {
        ScoreResult result = result();
        return result == null ? Optional.empty() : GradeDecision.of(result);
    }

    /** The category's items with answer, note, votes and target, in rubric order. */
    public List<ItemDetailRow> itemRows(String categoryId) {
        ScorecardData loaded = data.get();
        return loaded == null ? List.of()
                : ItemDetailRows.ofCategory(loaded.rubric(), categoryId, loaded.responses(), targets.current());
    }

    public Optional<ItemDetailRow> itemRow(String itemId) {
        ScorecardData loaded = data.get();
        return loaded == null ? Optional.empty() : loaded.rubric().item(itemId)
                .map(item -> ItemDetailRows.of(loaded.rubric(), item, loaded.responses(), targets.current()));
    }

    /** How many people voted on the item; 0 when the team did not vote. */
    public int voteCount(String itemId) {
        ScorecardData loaded = data.get();
        ItemResponse response = loaded == null ? null : loaded.responses().get(itemId);
        return response == null ? 0 : response.voteCount();
    }

    /**
     * How the team's quick vote on the item came out, counted and flagged by the wizard's own rule
     * ({@link VoteSpread}): the scorecard keeps the disagreement visible after the level was settled.
     * Empty when the team did not vote.
     */
    public Optional<VoteSpread> voteSpread(String itemId) {
        ScorecardData loaded = data.get();
        ItemResponse response = loaded == null ? null : loaded.responses().get(itemId);
        if (response == null || response.voteCount() == 0) {
            return Optional.empty();
        }
        return loaded.rubric().item(itemId)
                .map(item -> VoteSpread.of(AnswerChoice.of(item, loaded.rubric().scale()), response.votes()))
                .filter(spread -> spread.total() > 0);
    }

    /** The team's targets and their saving. */
    public TargetsModel targets() {
        return targets;
    }

    /** Targets can be set unless the database was opened read-only. */
    public boolean canSetTargets() {
        return data.get() != null && data.get().writable();
    }

    public Optional<Answer> answerOf(String itemId) {
        return Optional.ofNullable(data.get().answers().get(itemId));
    }

    /** Actions raised in this assessment, then the team's other open ones, each group in the store's order. */
    public List<ActionItem> actions() {
        ScorecardData loaded = data.get();
        if (loaded == null) {
            return List.of();
        }
        return java.util.stream.Stream.concat(
                loaded.actions().stream().filter(this::raisedHere),
                loaded.actions().stream().filter(a -> !raisedHere(a))).toList();
    }

    public boolean raisedHere(ActionItem action) {
        return action.raisedIn().equals(assessmentId);
    }

    public ScoreResult result() {
        return data.get() == null ? null : data.get().result();
    }

    public Rubric rubric() {
        return data.get() == null ? null : data.get().rubric();
    }

    /** The items answered "don't know", in rubric order: the list to find out before next quarter. */
    public List<Item> toFindOut() {
        ScorecardData loaded = data.get();
        return loaded == null ? List.of() : ToFindOut.items(loaded.rubric(), loaded.answers());
    }

    public String teamName() {
        return data.get() == null ? "" : data.get().teamName();
    }

    public UUID assessmentId() {
        return assessmentId;
    }

    /** Set, as one change, when everything is loaded. */
    public ReadOnlyObjectProperty<ScorecardData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    /** A reopen the store refused, in its words. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
