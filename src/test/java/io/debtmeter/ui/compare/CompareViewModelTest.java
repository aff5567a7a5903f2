package io.debtmeter.ui.compare;

import io.debtmeter.core.analysis.compare.Change;
import io.debtmeter.core.analysis.compare.ClosedAction;
import io.debtmeter.core.analysis.compare.Comparison;
import io.debtmeter.core.analysis.compare.ItemDelta;
import io.debtmeter.core.analysis.compare.ItemFilter;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Team;
import io.debtmeter.ui.task.DirectTaskExecutor;
import io.debtmeter.ui.task.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The compare view model on a real store ({@link CompareTestData}); numbers are worked out in AssessmentComparerTest. */
class CompareViewModelTest {

    @TempDir
    Path tempDir;

    private CompareTestData data;
    private CompareViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        data = new CompareTestData(tempDir);
        viewModel = new CompareViewModel(data.store, new DirectTaskExecutor(), new ScoreCalculator(), ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        data.close();
    }

    private Comparison comparison() {
        return viewModel.comparisonProperty().get();
    }

    private List<String> visibleItemIds() {
        return viewModel.visibleItems().stream().map(ItemDelta::itemId).toList();
    }

    private List<String> closedActions() {
        return comparison().closedActions().stream().map(c -> c.action().text() + " " + c.itemChange()).toList();
    }

    @Test
    void comparesTwoQuartersAndFillsBothPickers() {
        viewModel.compare(data.q1.id(), data.q2.id());

        assertThat(viewModel.teams()).extracting(Team::name).containsExactly("Ads", "Empty team", "Search ranking");
        assertThat(viewModel.picked(Side.BEFORE).teamProperty().get()).isEqualTo(data.search);
        assertThat(viewModel.picked(Side.BEFORE).assessments()).containsExactly(data.q3, data.q2, data.q1);
        assertThat(viewModel.picked(Side.BEFORE).assessmentProperty().get()).isEqualTo(data.q1);
        assertThat(viewModel.picked(Side.AFTER).assessmentProperty().get()).isEqualTo(data.q2);
        assertThat(viewModel.count(ItemFilter.ALL)).isEqualTo(7);
        assertThat(viewModel.count(ItemFilter.IMPROVED)).isEqualTo(2);
        assertThat(viewModel.count(ItemFilter.REGRESSED)).isEqualTo(2);
        assertThat(viewModel.count(ItemFilter.UNCHANGED)).isEqualTo(1);
        assertThat(viewModel.count(ItemFilter.NOT_COMPARABLE)).isEqualTo(2);
        assertThat(comparison().overall().delta()).hasValue(-12.5);   // 39.6 - 52.1
        // DVC done 04-20 and lineage doc dropped 05-02 fall in 03-01..06-01; rollback (07-10) is later,
        // fairness is still open, and the Ads action belongs to neither side's team.
        assertThat(closedActions()).containsExactly("Put the training sets under DVC IMPROVED",
                "Document the lineage of every table REGRESSED");
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }

    @Test
    void theFilterShowsOnlyItemsThatMovedThatWay() {
        viewModel.compare(data.q1.id(), data.q2.id());

        assertThat(visibleItemIds()).hasSize(7);
        viewModel.filterProperty().set(ItemFilter.REGRESSED);
        assertThat(visibleItemIds()).containsExactly("lineage", "monitoring");
        viewModel.filterProperty().set(ItemFilter.NOT_COMPARABLE);
        assertThat(visibleItemIds()).containsExactly("fairness", "rollback");
        viewModel.filterProperty().set(ItemFilter.UNCHANGED);
        assertThat(visibleItemIds()).containsExactly("tests");
    }

    @Test
    void swappingFlipsTheSignsAndKeepsTheFilter() {
        viewModel.compare(data.q1.id(), data.q2.id());
        viewModel.filterProperty().set(ItemFilter.REGRESSED);

        viewModel.swap();

        assertThat(viewModel.picked(Side.BEFORE).assessmentProperty().get()).isEqualTo(data.q2);
        assertThat(viewModel.picked(Side.AFTER).assessmentProperty().get()).isEqualTo(data.q1);
        assertThat(visibleItemIds()).containsExactly("versioning", "reproduce");   // 3 -> 1 and script -> hand
        assertThat(comparison().overall().delta()).hasValue(12.5);                // 52.1 - 39.6
        assertThat(comparison().closedActions()).hasSize(2);
    }

    @Test
    void twoTeamsIncludeTheActionsOfBoth() {
        viewModel.compare(data.q2.id(), data.adsQ2.id());

        assertThat(comparison().sameTeam()).isFalse();
        assertThat(viewModel.picked(Side.AFTER).teamProperty().get()).isEqualTo(data.ads);
        assertThat(comparison().overall().delta()).hasValue(18.7);   // Ads 58.3 - Search 39.6
        // Between 06-01 and 06-15 only Ads closed something: its bidder tests; tests went 3 -> 2.
        assertThat(closedActions()).containsExactly("Test the bidder before each release REGRESSED");
    }

    @Test
    void pickingAnotherAssessmentComparesAcrossRubricVersions() {
        viewModel.compare(data.q1.id(), data.q2.id());

        viewModel.pickAssessment(Side.AFTER, data.q3);

        assertThat(comparison().sameRubricVersion()).isFalse();
        assertThat(comparison().onlyBefore()).extracting(u -> u.itemId()).containsExactly("rollback");
        assertThat(comparison().onlyAfter()).extracting(u -> u.itemId()).containsExactly("alerts");
        assertThat(comparison().closedActions()).extracting(ClosedAction::itemChange)
                .containsExactly(Change.IMPROVED, Change.UNCHANGED, Change.NOT_COMPARABLE);
        // DVC: versioning 1 -> 3; lineage doc: lineage 2 -> 2; rollback script: rollback not in rubric 2.0.
        assertThat(comparison().closedActions()).extracting(c -> c.action().text()).containsExactly(
                "Put the training sets under DVC", "Document the lineage of every table", "Write a one-step rollback script");
    }

    @Test
    void pickingATeamTakesItsNewestAssessmentOtherThanTheOtherSide() {
        viewModel.compare(data.adsQ2.id(), data.q3.id());

        viewModel.pickTeam(Side.BEFORE, data.search);

        assertThat(viewModel.picked(Side.BEFORE).assessmentProperty().get()).isEqualTo(data.q2);   // Q3 is on the other side
        assertThat(viewModel.picked(Side.AFTER).assessmentProperty().get()).isEqualTo(data.q3);
        viewModel.pickTeam(Side.AFTER, data.ads);
        assertThat(viewModel.picked(Side.AFTER).assessmentProperty().get()).isEqualTo(data.adsQ2);
        assertThat(comparison().after().teamName()).isEqualTo("Ads");
    }

    @Test
    void aTeamWithoutAssessmentsLeavesNothingToCompareUntilAnotherIsPicked() {
        viewModel.compare(data.q1.id(), data.q2.id());

        viewModel.pickTeam(Side.AFTER, data.empty);

        assertThat(viewModel.picked(Side.AFTER).teamProperty().get()).isEqualTo(data.empty);
        assertThat(viewModel.picked(Side.AFTER).assessments()).isEmpty();
        assertThat(viewModel.picked(Side.AFTER).assessmentProperty().get()).isNull();
        assertThat(comparison()).isNull();
        assertThat(viewModel.visibleItems()).isEmpty();
        assertThat(viewModel.count(ItemFilter.ALL)).isZero();

        viewModel.pickTeam(Side.AFTER, data.search);
        assertThat(viewModel.picked(Side.AFTER).assessmentProperty().get()).isEqualTo(data.q3);   // newest but Q1
    }

    @Test
    void aMissingAssessmentIsReportedInTheStoresWords() {
        viewModel.compare(data.q1.id(), UUID.randomUUID());

        assertThat(viewModel.errorProperty().get()).isEqualTo("The assessment no longer exists.");
        assertThat(comparison()).isNull();
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void onlyTheLatestRequestIsShown() {
        HeldExecutor held = new HeldExecutor();
        CompareViewModel slow = new CompareViewModel(data.store, held, new ScoreCalculator(), ZoneOffset.UTC);
        List<Comparison> shown = new ArrayList<>();
        slow.comparisonProperty().addListener((obs, old, now) -> shown.add(now));

        slow.compare(data.q1.id(), data.q2.id());
        slow.compare(data.q2.id(), data.q3.id());
        assertThat(slow.busyProperty().get()).isTrue();
        held.runAll();

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).before().assessment()).isEqualTo(data.q2);
        assertThat(slow.busyProperty().get()).isFalse();
    }

    /** Holds work until the test runs it, in order, as the app's one worker thread would. */
    private static final class HeldExecutor implements TaskExecutor {
        private final List<Runnable> queue = new ArrayList<>();

        @Override
        public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> new DirectTaskExecutor().execute(work, onSuccess, onFailure));
        }

        void runAll() {
            queue.forEach(Runnable::run);
            queue.clear();
        }

        @Override
        public void shutdown() {
            queue.clear();
        }
    }
}
