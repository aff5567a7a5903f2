package io.debtmeter.core.sample;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Answer;
import io.debtmeter.model.CategoryScore;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What one generated team records in each retrospective: who came, the answers with a few notes
 * and votes, the actions it agrees on for its weakest practices, and its targets for next quarter.
 */
final class SampleRetrospectives {

    /** An action the team agrees on, before it gets its id and times. */
    record PlannedAction(String itemId, String text, String owner) {
    }

    private static final ScoreCalculator SCORES = new ScoreCalculator();

    private final Rubric rubric;
    private final SampleAnswers answers;
    private final SplittableRandom random;
    private final List<String> roster;
    private final String slug;
    private final List<String> itemIds;
    private List<String> present = List.of();
    private Map<String, Double> positions = Map.of();

    SampleRetrospectives(Rubric rubric, SampleAnswers answers, SplittableRandom random, List<String> roster, String slug) {
        this.rubric = rubric;
        this.answers = answers;
        this.random = random;
        this.roster = roster;
        this.slug = slug;
        this.itemIds = rubric.items().stream().map(Item::id).toList();
    }

    /** Three to seven of the team, a different group each time. */
    List<String> participants() {
        int most = Math.min(7, roster.size());
        present = SampleGenerator.pick(random, roster, 3 + random.nextInt(most - 2));
        return present;
    }

    /**
     * The answers at the team's current positions, in rubric order. A draft still has a few items
     * open; in about four retrospectives in ten the team voted on most items.
     */
    List<ItemResponse> responses(Map<String, Double> currentPositions, int k, TeamAbility ability, boolean draft) {
        positions = currentPositions;
        boolean voted = random.nextDouble() < 0.4;
        Set<String> open = draft ? new HashSet<>(SampleGenerator.pick(random, itemIds, 1 + random.nextInt(4))) : Set.of();
        Set<String> noted = new HashSet<>(SampleGenerator.pick(random, itemIds, 2 + random.nextInt(3)));
        List<ItemResponse> responses = new ArrayList<>(itemIds.size());
        for (Item item : rubric.items()) {
            if (open.contains(item.id())) {
                continue;
            }
            boolean withNote = noted.contains(item.id());
            if (ability.notApplicable(item.id(), k)) {
                String note = withNote ? oneOf(SampleTexts.NOT_APPLICABLE_NOTES) : "";
                responses.add(new ItemResponse(item.id(), Optional.of(new Answer.NotApplicable()), note,
                        List.of(), Map.of(), false));
                continue;
            }
            Answer answer = answers.answerAt(item, positions.get(item.id()));
            Map<String, Integer> votes = voted && random.nextDouble() < 0.7
                    ? answers.votes(item, answer, present.size(), random) : Map.of();
            String note = withNote ? oneOf(SampleTexts.notesFor(item.categoryId())) : "";
            List<String> evidence = withNote && random.nextDouble() < 0.3
                    ? List.of("https://wiki.example.com/ml/" + slug + "/" + item.id()) : List.of();
            responses.add(new ItemResponse(item.id(), Optional.of(answer), note, evidence, votes, false));
        }
        return responses;
    }

    /** One to three actions on the weakest practices rated in this retrospective. */
    List<PlannedAction> actionsFor(List<ItemResponse> responses) {
        List<String> weakest = responses.stream()
                .filter(r -> r.answer().orElse(null) instanceof Answer.Level)
                .map(ItemResponse::itemId)
                .sorted(Comparator.comparingDouble(positions::get))
                .toList();
        List<PlannedAction> planned = new ArrayList<>();
        for (String itemId : weakest.subList(0, Math.min(weakest.size(), 1 + random.nextInt(3)))) {
            String title = rubric.item(itemId).orElseThrow().title();
            String text = String.format(oneOf(SampleTexts.ACTIONS), title);
            String owner = random.nextDouble() < 0.85 ? oneOf(roster) : "";
            planned.add(new PlannedAction(itemId, text, owner));
        }
        return planned;
    }

    /**
     * The two weakest categories aim 10 points higher, rounded up to a multiple of 5; each item
     * with an action aims one level up.
     */
    Targets targets(List<ItemResponse> responses, List<PlannedAction> planned) {
        Map<String, Answer> answered = new HashMap<>();
        responses.forEach(r -> r.answer().ifPresent(a -> answered.put(r.itemId(), a)));
        Map<String, Double> categories = new HashMap<>();
        SCORES.score(rubric, answered).categories().stream()
                .filter(CategoryScore::isScored)
                .sorted(Comparator.comparingDouble(c -> c.maturity().getAsDouble()))
                .limit(2)
                .forEach(c -> categories.put(c.categoryId(),
                        Math.min(100.0, 5 * Math.ceil((c.maturity().getAsDouble() + 10) / 5))));
        Map<String, Double> items = new HashMap<>();
        for (PlannedAction action : planned) {
            Item item = rubric.item(action.itemId()).orElseThrow();
            answers.nextLevel(item, answered.get(item.id())).ifPresent(level -> items.put(item.id(), level));
        }
        return new Targets(categories, items);
    }

    private String oneOf(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
