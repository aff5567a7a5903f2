package io.debtmeter.core.analysis.portfolio;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The portfolio read from a real SQLite store, on both bundled rubrics. */
class PortfolioDataTest {

    @TempDir
    Path tempDir;

    private AssessmentStore store;
    private Rubric technicalDebt;
    private Rubric testScore;

    @BeforeEach
    void open() throws Exception {
        store = TestStores.create(tempDir, "portfolio.db");
        RubricCatalog.Contents catalog = new RubricCatalog(new RubricLoader(), Files.createDirectories(tempDir.resolve("rubrics"))).load();
        technicalDebt = catalog.find("ml-technical-debt").orElseThrow().rubric();
        testScore = catalog.find("ml-test-score").orElseThrow().rubric();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Every practice at one level, every litmus question N/A (so the litmus category leaves the score). */
    private Assessment assessed(Team team, Rubric rubric, LocalDate date, double level) {
        Assessment assessment = store.createAssessment(new NewAssessment(team.id(), rubric, date, date.toString(),
                List.of("Ana"), Optional.empty()));
        for (Item item : rubric.items()) {
            Answer answer = item.kind() == ItemKind.PRACTICE ? new Answer.Level(level) : new Answer.NotApplicable();
            store.saveResponse(assessment.id(), ItemResponse.open(item.id()).withAnswer(answer));
        }
        return assessment;
    }

    @Test
    void readsEachTeamsTwoNewestAssessmentsWithTheirRubricsAndAnswers() {
        Team ads = store.createTeam("Ads");
        Assessment q2 = assessed(ads, technicalDebt, LocalDate.of(2026, 4, 1), 0);
        Assessment q3 = assessed(ads, technicalDebt, LocalDate.of(2026, 7, 1), 1);
        Assessment q4 = assessed(ads, technicalDebt, LocalDate.of(2026, 10, 1), 2);
        Team vision = store.createTeam("Vision");
        Assessment visionQ4 = assessed(vision, testScore, LocalDate.of(2026, 10, 15), 0.5);
        Team empty = store.createTeam("Empty");

        PortfolioData data = PortfolioData.read(store);

        assertThat(data.teams()).extracting(Team::name).containsExactly("Ads", "Empty", "Vision");
        assertThat(data.latestTwo().get(ads.id())).extracting(Assessment::id).containsExactly(q4.id(), q3.id());
        assertThat(data.latestTwo().get(vision.id())).extracting(Assessment::id).containsExactly(visionQ4.id());
        assertThat(data.latestTwo()).doesNotContainKey(empty.id());
        assertThat(data.rubrics()).doesNotContainKey(q2.id());
        assertThat(data.rubrics().keySet()).containsExactlyInAnyOrder(q4.id(), q3.id(), visionQ4.id());
        assertThat(data.rubrics().get(visionQ4.id()).id()).isEqualTo("ml-test-score");
        assertThat(data.scores().keySet()).containsExactlyInAnyOrder(q4.id(), q3.id(), visionQ4.id());
    }

    @Test
    void scoresEachTeamByItsOwnRubric() {
        Team ads = store.createTeam("Ads");
        assessed(ads, technicalDebt, LocalDate.of(2026, 7, 1), 1);
        assessed(ads, technicalDebt, LocalDate.of(2026, 10, 1), 2);
        Team vision = store.createTeam("Vision");
        assessed(vision, testScore, LocalDate.of(2026, 10, 15), 0.5);
        Team empty = store.createTeam("Empty");

        Portfolio portfolio = new PortfolioCalculator()
                .portfolio(PortfolioData.read(store), LocalDate.of(2026, 11, 30));

        PortfolioRow adsRow = portfolio.rows().get(0);
        PortfolioRow visionRow = portfolio.rows().get(1);
        // Ads, Q4: every practice at 2 of 0..4 -> s = 0.5 -> every scored category 50 -> weighted mean 50
        // -> debt 100 - 50 = 50.0 -> C [40, 60). Q3 at level 1: s = 0.25 -> 25 -> debt 75.0. Delta 50.0 - 75.0 = -25.0.
        assertThat(adsRow.teamName()).isEqualTo("Ads");
        assertThat(adsRow.debtIndex()).hasValue(50.0);
        assertThat(adsRow.grade().map(GradeBand::label)).contains("C");
        assertThat(adsRow.previousDebtIndex()).hasValue(75.0);
        assertThat(adsRow.change().delta()).hasValue(-25.0);
        assertThat(adsRow.change().direction()).isEqualTo(Direction.IMPROVED);
        assertThat(adsRow.isPartial()).isFalse();
        // Vision: every test at 0.5 of 0..1 -> s = 0.5 -> each section 50 -> weakest 50 -> debt 50.0
        // -> "Strong" [28.5, 57.1), the second of six bands -> step round(1 * 4 / 5) = 1
        assertThat(visionRow.teamName()).isEqualTo("Vision");
        assertThat(visionRow.debtIndex()).hasValue(50.0);
        assertThat(visionRow.grade().map(GradeBand::label)).contains("Strong");
        assertThat(visionRow.gradeStep()).hasValue(1);
        assertThat(visionRow.change().direction()).isEqualTo(Direction.FIRST);
        // 2026-10-15 -> 2026-11-01: 17 days, -> 2026-11-30: 29 more = 46 days
        assertThat(visionRow.daysSinceLast()).hasValue(46);
        assertThat(portfolio.rows().get(2).teamId()).isEqualTo(empty.id());
        assertThat(portfolio.rows().get(2).freshness()).isEqualTo(Freshness.NEVER_ASSESSED);
    }
}
