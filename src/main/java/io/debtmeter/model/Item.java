package io.debtmeter.model;

import java.util.List;
import java.util.Optional;

/**
 * One question of a rubric. A practice carries a descriptor per scale level;
 * a litmus question carries answer options instead.
 */
public record Item(
        String id,
        String categoryId,
        ItemKind kind,
        String title,
        String question,
        String why,
        String reference,
        double weight,
        List<LevelDescriptor> levels,
        List<AnswerOption> options,
        ItemGuidance guidance) {

    public Item {
        levels = levels == null ? List.of() : List.copyOf(levels);
        options = options == null ? List.of() : List.copyOf(options);
        reference = reference == null ? "" : reference;
        guidance = guidance == null ? ItemGuidance.NONE : guidance;
    }

    /** An item of a rubric that gives no guidance beyond its levels (every rubric before 2.0). */
    public Item(String id, String categoryId, ItemKind kind, String title, String question, String why,
                String reference, double weight, List<LevelDescriptor> levels, List<AnswerOption> options) {
        this(id, categoryId, kind, title, question, why, reference, weight, levels, options, ItemGuidance.NONE);
    }

    /**
     * The raw value a "don't know" stands for: the lowest point the item offers (its lowest level, or its
     * lowest-scoring option), so not knowing counts as the most debt the item can carry.
     */
    public double lowestValue() {
        return kind == ItemKind.PRACTICE
                ? levels.stream().mapToDouble(LevelDescriptor::value).min().orElse(0)
                : options.stream().mapToDouble(AnswerOption::score).min().orElse(0);
    }

    public Optional<LevelDescriptor> level(double value) {
        // A loop, not a stream: an import checks each of 600,000 answers against its item.
        for (LevelDescriptor level : levels) {
            if (level.value() == value) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    public Optional<AnswerOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
