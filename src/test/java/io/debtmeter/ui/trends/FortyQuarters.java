package io.debtmeter.ui.trends;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.NewAssessment;
import io.debtmeter.model.Answer;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A team with forty quarterly assessments (2017-Q1 to 2026-Q4), made quickly through the store: each
 * quarter carries the last one's answers over and changes three. From 2024 on the team uses a newer
 * rubric version that drops one item and adds another, so the heat map has retired and new rows.
 */
final class FortyQuarters {

    private FortyQuarters() {
    }

    static Team create(AssessmentStore store, Rubric rubric) {
        Team team = store.createTeam("Forty quarters");
        Rubric newer = newerVersion(rubric);
        Assessment previous = null;
        for (int q = 0; q < 40; q++) {
            LocalDate date = LocalDate.of(2017, 2, 15).plusMonths(3L * q);
            Rubric used = q < 28 ? rubric : newer;
            String period = date.getYear() + "-Q" + (1 + (date.getMonthValue() - 1) / 3);
            Assessment assessment = store.createAssessment(new NewAssessment(team.id(), used, date, period,
                    List.of("Ana", "Ben", "Chloé"), Optional.ofNullable(previous).map(Assessment::id)));
            List<Item> items = used.items();
            if (previous == null) {
                for (int i = 0; i < items.size(); i++) {
                    store.saveResponse(assessment.id(), answer(used, items.get(i), i % 3));
                }
            } else {
                for (int change = 0; change < 3; change++) {
                    Item item = items.get((q * 7 + change * 11) % items.size());
                    store.saveResponse(assessment.id(), answer(used, item, Math.min(4, 1 + (q + change) / 9)));
                }
            }
            if (q == 28) {
                store.saveResponse(assessment.id(), answer(used, newer.item("feature-store-versioning").orElseThrow(), 1)
                        .withNote("Feast adopted; the old Hive tables are still read by two jobs."));
            }
            if (q == 33) {
                store.saveResponse(assessment.id(), ItemResponse.open("action-limits")
                        .withAnswer(new Answer.NotApplicable()).withNote("The ranker takes no actions by itself."));
            }
            previous = assessment;
        }
        return team;
    }

    private static ItemResponse answer(Rubric rubric, Item item, int level) {
        List<AnswerOption> byScore = item.options().stream().sorted(Comparator.comparingDouble(AnswerOption::score)).toList();
        Answer answer = item.kind() == ItemKind.PRACTICE
                ? new Answer.Level(rubric.scale().levels().get(level).value())
                : new Answer.Choice(byScore.get((int) Math.round(level * (byScore.size() - 1) / 4.0)).id());
        return ItemResponse.open(item.id()).withAnswer(answer);
    }

    /** Version 1.1 of the rubric: "runtime-comparison" dropped, "feature-store-versioning" added. */
    private static Rubric newerVersion(Rubric rubric) {
        List<Item> items = new ArrayList<>();
        for (Item item : rubric.items()) {
            if (item.id().equals("runtime-comparison")) {
                continue;
            }
            items.add(item);
            if (item.id().equals("data-versioning")) {
                items.add(new Item("feature-store-versioning", item.categoryId(), item.kind(), "Version the feature store",
                        "Can you say which feature values a model was trained on?", item.why(), item.reference(),
                        item.weight(), item.levels(), item.options()));
            }
        }
        return new Rubric(rubric.id(), "1.1.0", rubric.title(), rubric.description(), rubric.scale(),
                rubric.aggregation(), rubric.gradeBands(), rubric.categories(), items);
    }
}
