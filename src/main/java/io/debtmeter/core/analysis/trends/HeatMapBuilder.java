package io.debtmeter.core.analysis.trends;

import io.debtmeter.core.assessment.CarryOverRule;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Answer;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Scale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the items × assessments heat map. Pure: the same snapshots always give the same map. */
public final class HeatMapBuilder {

    private final ScoreCalculator calculator;
    /** Item lookup per rubric object: a team's 40 assessments usually share one or two snapshots. */
    private final Map<Rubric, Map<String, Item>> itemsByRubric = new IdentityHashMap<>();

    public HeatMapBuilder(ScoreCalculator calculator) {
        this.calculator = calculator;
    }

    /** @param snapshots oldest first: the columns, left to right */
    public HeatMap build(List<AssessmentSnapshot> snapshots) {
        VersionOrder order = VersionOrder.of(snapshots);
        List<HeatMapColumn> columns = snapshots.stream()
                .map(s -> new HeatMapColumn(s.assessment().id(), s.assessment().date(), s.assessment().period(),
                        s.assessment().rubricVersion()))
                .toList();
        List<HeatMapGroup> groups = new ArrayList<>();
        for (TrendCategory category : order.categories()) {
            List<HeatMapRow> rows = order.itemsOf(category.id()).stream()
                    .map(item -> new HeatMapRow(item.id(), item.title(), item.retired(),
                            snapshots.stream().map(s -> cell(s, item.id())).toList(), meaningChange(snapshots, item.id())))
                    .toList();
            groups.add(new HeatMapGroup(category, rows));
        }
        Optional<Scale> newestScale = snapshots.isEmpty()
                ? Optional.empty()
                : Optional.of(snapshots.get(snapshots.size() - 1).rubric().scale());
        return new HeatMap(columns, groups, newestScale);
    }

    /** "2.0.0: …" for the first pair of neighbouring columns across which the item's meaning changed. */
    private String meaningChange(List<AssessmentSnapshot> snapshots, String itemId) {
        for (int i = 1; i < snapshots.size(); i++) {
            AssessmentSnapshot earlier = snapshots.get(i - 1);
            Rubric later = snapshots.get(i).rubric();
            Item item = itemsOf(later).get(itemId);
            if (item != null && CarryOverRule.meaningChangedSince(earlier.assessment(), later, item)) {
                return later.version() + ": " + item.guidance().meaningChange();
            }
        }
        return "";
    }

    private HeatMapCell cell(AssessmentSnapshot snapshot, String itemId) {
        Item item = itemsOf(snapshot.rubric()).get(itemId);
        if (item == null) {
            return HeatMapCell.unscored(HeatMapCell.State.NOT_IN_RUBRIC, "");
        }
        ItemResponse response = snapshot.responses().get(itemId);
        String note = response == null ? "" : response.note();
        Optional<Answer> answer = response == null ? Optional.empty() : response.answer();
        if (answer.isEmpty()) {
            return HeatMapCell.unscored(HeatMapCell.State.UNANSWERED, note);
        }
        if (answer.get() instanceof Answer.NotApplicable) {
            return HeatMapCell.unscored(HeatMapCell.State.NOT_APPLICABLE, note);
        }
        Rubric rubric = snapshot.rubric();
        double score = calculator.itemScore(item, rubric.scale(), answer.get()).orElseThrow();
        if (answer.get() instanceof Answer.DontKnow) {
            return HeatMapCell.dontKnow(item.lowestValue(), score, note);
        }
        if (answer.get() instanceof Answer.Choice choice) {
            AnswerOption option = item.option(choice.optionId()).orElseThrow();
            return HeatMapCell.scored(option.score(), score, option.label(), note);
        }
        double level = ((Answer.Level) answer.get()).value();
        return HeatMapCell.scored(level, score, rubric.scale().labelOf(level), note);
    }

    private Map<String, Item> itemsOf(Rubric rubric) {
        return itemsByRubric.computeIfAbsent(rubric, r -> {
            Map<String, Item> byId = new HashMap<>();
            r.items().forEach(i -> byId.put(i.id(), i));
            return byId;
        });
    }
}
