package io.debtmeter.ui.portfolio;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestStores;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;

/** A real SQLite store in a temp folder, filled through the store API, and the day the tests look at it. */
final class PortfolioTestData implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    final AssessmentStore store;
    final Rubric technicalDebt;
    final Rubric testScore;

    private PortfolioTestData(AssessmentStore store, RubricCatalog.Contents catalog) {
        this.store = store;
        this.technicalDebt = catalog.find("ml-technical-debt").orElseThrow().rubric();
        this.testScore = catalog.find("ml-test-score").orElseThrow().rubric();
    }

    static PortfolioTestData open(Path tempDir) {
        try {
            RubricCatalog.Contents catalog = new RubricCatalog(new RubricLoader(),
                    Files.createDirectories(tempDir.resolve("rubrics"))).load();
            return new PortfolioTestData(TestStores.create(tempDir, "portfolio.db"), catalog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A final assessment with every practice at one level and every litmus question N/A (the litmus
     * category then leaves the score). On the default 0..4 rubric every scored category has maturity
     * 100 * level / 4, so debt index = 100 - 25 * level: 0 -> 100.0 E, 1 -> 75.0 D, 2 -> 50.0 C,
     * 3 -> 25.0 B, 4 -> 0.0 A.
     */
    Assessment assessed(Team team, Rubric rubric, LocalDate date, double level) {
        Assessment assessment = draft(team, rubric, date, level, 0);
        return store.finish(assessment.id());
    }

    /**
     * Six teams, most debt first: Ranking 100.0, Fraud 75.0, Churn 50.0, Search 25.0, Ads 0.0 (all
     * assessed on 2026-10-01 at levels 0 to 4, see {@link #assessed(Team, Rubric, LocalDate, double)}),
     * and Maps, never assessed. By name: Ads, Churn, Fraud, Maps, Ranking, Search.
     */
    void sixTeamsFromMostDebtToNone() {
        LocalDate date = LocalDate.of(2026, 10, 1);
        assessed(store.createTeam("Ranking"), technicalDebt, date, 0);
        assessed(store.createTeam("Fraud"), technicalDebt, date, 1);
        assessed(store.createTeam("Churn"), technicalDebt, date, 2);
        assessed(store.createTeam("Search"), technicalDebt, date, 3);
        assessed(store.createTeam("Ads"), technicalDebt, date, 4);
        store.createTeam("Maps");
    }

    /** A final assessment whose i-th item (counting from 0) is a practice answered at {@code levelOf(i)}. */
    Assessment assessed(Team team, Rubric rubric, LocalDate date, IntToDoubleFunction levelOf) {
        Assessment assessment = create(team, rubric, date);
        List<Item> items = rubric.items();
        for (int i = 0; i < items.size(); i++) {
            store.saveResponse(assessment.id(), ItemResponse.open(items.get(i).id()).withAnswer(new Answer.Level(levelOf.applyAsDouble(i))));
        }
        return store.finish(assessment.id());
    }

    /** A draft like {@link #assessed} whose first {@code open} items are left unanswered. */
    Assessment draft(Team team, Rubric rubric, LocalDate date, double level, int open) {
        Assessment assessment = create(team, rubric, date);
        List<Item> items = rubric.items();
        for (int i = open; i < items.size(); i++) {
            Item item = items.get(i);
            Answer answer = item.kind() == ItemKind.PRACTICE ? new Answer.Level(level) : new Answer.NotApplicable();
            store.saveResponse(assessment.id(), ItemResponse.open(item.id()).withAnswer(answer));
        }
        return assessment;
    }

    private Assessment create(Team team, Rubric rubric, LocalDate date) {
        return store.createAssessment(new NewAssessment(team.id(), rubric, date,
                date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1), List.of("Ana", "Ben"), Optional.empty()));
    }

    @Override
    public void close() {
        store.close();
    }
}
