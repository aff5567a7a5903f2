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

/**
 * Renders a rubric as plain text wrapped to a width (in terminal columns: a Japanese character takes
 * two), for terminals and pipes, with its labels in the run's language.
 */
final class RubricText {

    /** Not at the start of a line in Japanese: closing brackets and punctuation stay with what they close. */
    private static final String NO_LINE_START = "、。，．）」』】〕！？：；ー々ゃゅょっャュョッ";

    private final int width;
    private final CliTexts texts;
    private final StringBuilder out = new StringBuilder();

    RubricText(int width) {
        this(width, CliTexts.ENGLISH);
    }

    RubricText(int width, CliTexts texts) {
        this.width = width;
        this.texts = texts;
    }

    String render(Rubric rubric) {
        out.setLength(0);
        String title = texts.get("cli.rubricText.title", rubric.title(), rubric.version(), rubric.id());
        line(title);
        line("=".repeat(Math.min(width, TerminalText.width(title))));
        wrapped("", rubric.description());
        out.append('\n');
        wrapped(texts.get("cli.rubricText.placement"), rubric.placementRule());
        line(texts.get("cli.rubricText.scale"));
        for (ScaleLevel level : rubric.scale().levels()) {
            line("  " + number(level.value()) + "  " + level.label());
        }
        line(texts.get("cli.rubricText.overall", texts.get("cli.rubricText.rule." + rubric.aggregation().jsonName())));
        line(texts.get("cli.rubricText.dontKnow"));
        line(texts.get("cli.rubricText.grades"));
        for (GradeBand band : rubric.gradeBands()) {
            wrapped(String.format("  %-4s %5s–%-5s ", band.label(), number(band.min()), number(band.max())), band.meaning());
        }
        for (Category category : rubric.categories()) {
            List<Item> items = rubric.itemsOf(category.id());
            out.append('\n');
            line("## " + category.title() + "  " + texts.get("cli.rubricText.category", String.valueOf(items.size()),
                    number(category.weight())));
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
        wrapped(texts.get("cli.rubricText.question"), item.question());
        wrapped(texts.get("cli.rubricText.why"), item.why());
        wrapped(texts.get("cli.rubricText.notApplicable"), item.guidance().notApplicableWhen());
        wrapped(texts.get("cli.rubricText.changed", rubric.previousVersion()), item.guidance().meaningChange());
        if (item.kind() == ItemKind.PRACTICE) {
            for (LevelDescriptor level : item.levels()) {
                String head = "  " + number(level.value()) + " " + rubric.scale().labelOf(level.value()) + ": ";
                wrapped(head, level.descriptor());
                wrapped(" ".repeat(TerminalText.width(head)) + texts.get("cli.rubricText.evidence"), level.evidence());
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

    /**
     * Word-wraps text after a prefix; continuation lines are indented under the text. Japanese has no
     * spaces between words, so a line may also break between two Japanese characters (never before a
     * closing bracket or punctuation mark).
     */
    private void wrapped(String prefix, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String indent = " ".repeat(Math.min(TerminalText.width(prefix), width / 2));
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(prefix);
        int used = TerminalText.width(prefix);
        boolean empty = true;
        for (String word : text.trim().split("\\s+")) {
            List<String> pieces = pieces(word);
            for (int i = 0; i < pieces.size(); i++) {
                String piece = pieces.get(i);
                boolean spaced = i == 0 && !empty && !current.toString().endsWith(" ");
                int needed = (spaced ? 1 : 0) + TerminalText.width(piece);
                boolean clings = clings(piece);
                // A piece followed by punctuation goes down with it rather than leave it to start a line.
                int following = 0;
                for (int j = i + 1; j < pieces.size() && clings(pieces.get(j)); j++) {
                    following += TerminalText.width(pieces.get(j));
                }
                if (!empty && used + needed + following > width && !clings) {
                    lines.add(current.toString());
                    current = new StringBuilder(indent);
                    used = indent.length();
                    spaced = false;
                    needed = TerminalText.width(piece);
                }
                if (spaced) {
                    current.append(' ');
                }
                current.append(piece);
                used += needed;
                empty = false;
            }
        }
        lines.add(current.toString());
        lines.forEach(this::line);
    }

    private static boolean clings(String piece) {
        return NO_LINE_START.indexOf(piece.charAt(0)) >= 0;
    }

    /** A word as the pieces a line may break between: each wide character alone, other runs whole. */
    private static List<String> pieces(String word) {
        List<String> pieces = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        word.codePoints().forEach(c -> {
            String character = Character.toString(c);
            if (TerminalText.width(character) == 2) {
                if (!run.isEmpty()) {
                    pieces.add(run.toString());
                    run.setLength(0);
                }
                pieces.add(character);
            } else {
                run.append(character);
            }
        });
        if (!run.isEmpty()) {
            pieces.add(run.toString());
        }
        return pieces;
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
