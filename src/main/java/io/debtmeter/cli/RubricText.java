package io.debtmeter.cli;

import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Category;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScaleLevel;

import java.util.ArrayList;
import java.util.List;

/** Renders a rubric as plain text wrapped to a width, for terminals and pipes. */
final class RubricText {

    private final int width;
    private final StringBuilder out = new StringBuilder();

    RubricText(int width) {
        this.width = width;
    }

    String render(Rubric rubric) {
        out.setLength(0);
        line(rubric.title() + " — version " + rubric.version() + " (" + rubric.id() + ")");
        line("=".repeat(Math.min(width, rubric.title().length() + rubric.version().length() + rubric.id().length() + 16)));
        wrapped("", rubric.description());
        out.append('\n');
        wrapped("How to place an item: ", rubric.placementRule());
        line("Scale (maturity: higher is better):");
        for (ScaleLevel level : rubric.scale().levels()) {
            line("  " + number(level.value()) + "  " + level.label());
        }
        line("Overall score: " + rubric.aggregation().jsonName() + "; debt index = 100 - maturity (higher is more debt;"
                + " 100 = all debt).");
        line("\"Don't know\" counts as an item's lowest level until the team finds out; N/A leaves the item out.");
        line("Grades (debt index):");
        for (GradeBand band : rubric.gradeBands()) {
            wrapped(String.format("  %-4s %5s–%-5s ", band.label(), number(band.min()), number(band.max())), band.meaning());
        }
        for (Category category : rubric.categories()) {
            List<Item> items = rubric.itemsOf(category.id());
            out.append('\n');
            line("## " + category.title() + "  (" + items.size() + " items, weight " + number(category.weight()) + ")");
            wrapped("", category.description());
            for (Item item : items) {
                renderItem(rubric, item);
            }
        }
        return out.toString();
    }

    private void renderItem(Rubric rubric, Item item) {
        out.append('\n');
        String reference = item.reference().isEmpty() ? "" : "  [" + item.reference() + "]";
        line("### " + item.title() + reference);
        wrapped("Q: ", item.question());
        wrapped("Why: ", item.why());
        wrapped("N/A when: ", item.guidance().notApplicableWhen());
        wrapped("Changed since " + rubric.previousVersion() + ": ", item.guidance().meaningChange());
        if (item.kind() == ItemKind.PRACTICE) {
            for (LevelDescriptor level : item.levels()) {
                String head = "  " + number(level.value()) + " " + rubric.scale().labelOf(level.value()) + ": ";
                wrapped(head, level.descriptor());
                wrapped(" ".repeat(head.length()) + "Show: ", level.evidence());
            }
        } else {
            for (AnswerOption option : item.options()) {
                wrapped("  (" + number(option.score()) + ") ", option.label() + range(option, item.guidance().rangeUnit()));
            }
        }
    }

    /** " [7, 28) days" for a measured option; empty otherwise. */
    private static String range(AnswerOption option, String unit) {
        return option.range().map(r -> "  [" + number(r.from()) + ", "
                + (r.to().isPresent() ? number(r.to().getAsDouble()) + ")" : "…)") + " " + unit).orElse("");
    }

    /** Word-wraps text after a prefix; continuation lines are indented under the text. */
    private void wrapped(String prefix, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String indent = " ".repeat(Math.min(prefix.length(), width / 2));
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(prefix);
        for (String word : text.trim().split("\\s+")) {
            if (current.length() > indent.length() && current.length() + 1 + word.length() > width
                    && !current.toString().equals(prefix)) {
                lines.add(current.toString());
                current = new StringBuilder(indent);
            }
            if (current.length() > 0 && !current.toString().endsWith(" ")) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        lines.forEach(this::line);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
