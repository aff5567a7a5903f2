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
        List<AnswerOption> options) {

    public Item {
        levels = levels == null ? List.of() : List.copyOf(levels);
        options = options == null ? List.of() : List.copyOf(options);
        reference = reference == null ? "" : reference;
    }

    public Optional<LevelDescriptor> level(double value) {
        return levels.stream().filter(l -> l.value() == value).findFirst();
    }

    public Optional<AnswerOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
