package io.debtmeter.core.sample;

import io.debtmeter.model.Category;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.Rubric;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How mature one generated team is on each item, as a position from 0 (not practised) to 1 (fully
 * mature), and how that moves over its history: every team starts somewhere, most climb (fastest
 * in a few categories they chose to work on) at an uneven pace, a bad quarter sets a category back
 * now and then, and an item whose action got done gets a lasting push.
 */
final class TeamAbility {

    /** The chance that a practice stops applying to a team at some point of its history. */
    private static final double NOT_APPLICABLE_CHANCE = 0.04;
    private static final double SETBACK_CHANCE = 0.06;

    private final Rubric rubric;
    private final SplittableRandom random;
    private final Map<String, Double> start = new HashMap<>();
    private final Map<String, Double> gain = new HashMap<>();
    private final Map<String, Double> push = new HashMap<>();
    /** From which assessment on an item does not apply; absent when it always applies. */
    private final Map<String, Integer> notApplicableFrom = new HashMap<>();
    /** Cumulative progress 0..1 at each assessment: steps of uneven size, never backwards. */
    private final double[] progress;

    TeamAbility(Rubric rubric, SplittableRandom random, int assessments) {
        this.rubric = rubric;
        this.random = random;
        double teamStart = 0.05 + 0.4 * random.nextDouble();
        // One team in ten hardly improves: a portfolio has those too.
        double teamGain = random.nextDouble() < 0.1 ? -0.05 + 0.15 * random.nextDouble() : 0.15 + 0.4 * random.nextDouble();
        Map<String, double[]> categoryShape = new HashMap<>();
        for (Category category : rubric.categories()) {
            categoryShape.put(category.id(), new double[] {0.1 * random.nextGaussian(), 0.4 + 1.2 * random.nextDouble()});
        }
        for (Item item : rubric.items()) {
            double[] shape = categoryShape.get(item.categoryId());
            start.put(item.id(), teamStart + shape[0] + 0.1 * random.nextGaussian());
            gain.put(item.id(), teamGain * shape[1]);
            if (item.kind() == ItemKind.PRACTICE && random.nextDouble() < NOT_APPLICABLE_CHANCE) {
                notApplicableFrom.put(item.id(), random.nextInt(assessments));
            }
        }
        progress = progress(random, assessments);
    }

    private static double[] progress(SplittableRandom random, int assessments) {
        double[] cumulative = new double[assessments];
        for (int k = 1; k < assessments; k++) {
            cumulative[k] = cumulative[k - 1] + Math.max(0, 1 + 0.9 * random.nextGaussian());
        }
        double total = cumulative[assessments - 1];
        for (int k = 1; k < assessments && total > 0; k++) {
            cumulative[k] /= total;
        }
        return cumulative;
    }

    /** The positions of all items at assessment {@code k}, in rubric order, with this quarter's noise and setbacks. */
    Map<String, Double> positions(int k) {
        Map<String, Double> setback = new HashMap<>();
        for (Category category : rubric.categories()) {
            setback.put(category.id(), random.nextDouble() < SETBACK_CHANCE ? 0.2 : 0.0);
        }
        Map<String, Double> positions = new LinkedHashMap<>();
        for (Item item : rubric.items()) {
            double position = start.get(item.id()) + gain.get(item.id()) * progress[k] + push.getOrDefault(item.id(), 0.0)
                    - setback.get(item.categoryId()) + 0.07 * random.nextGaussian();
            positions.put(item.id(), Math.max(0, Math.min(1, position)));
        }
        return positions;
    }

    boolean notApplicable(String itemId, int k) {
        Integer from = notApplicableFrom.get(itemId);
        return from != null && k >= from;
    }

    /** A done action moves its item up for good. */
    void pushUp(String itemId) {
        push.merge(itemId, 0.1, Double::sum);
    }
}
