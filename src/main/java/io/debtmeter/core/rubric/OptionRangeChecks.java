package io.debtmeter.core.rubric;

import io.debtmeter.core.platform.ProblemTexts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Checks the measured ranges of one litmus question's options: when one option has a range, all have one,
 * the question names their unit, and sorted by start they tile the line with no gap and no overlap, only
 * the last being open-ended. So every measured answer ("five weeks", "about half") has exactly one option.
 */
final class OptionRangeChecks {

    private final BiConsumer<String, String> report;
    private final ProblemTexts texts;

    /**
     * @param report takes a JSON pointer and a message, as {@link RubricMeaningChecks} reports
     * @param texts  the language of the messages
     */
    OptionRangeChecks(BiConsumer<String, String> report, ProblemTexts texts) {
        this.report = report;
        this.texts = texts;
    }

    void check(JsonNode item, String pointer) {
        JsonNode options = item.path("options");
        List<Range> ranges = new ArrayList<>();
        int without = 0;
        for (int j = 0; j < options.size(); j++) {
            JsonNode range = options.get(j).path("range");
            if (range.isObject() && range.path("from").isNumber()) {
                JsonNode to = range.path("to");
                ranges.add(new Range(pointer + "/options/" + j + "/range", range.path("from").asDouble(),
                        to.isNumber() ? to.asDouble() : Double.POSITIVE_INFINITY));
            } else {
                without++;
            }
        }
        boolean hasUnit = !item.path("rangeUnit").asText("").isBlank();
        if (ranges.isEmpty()) {
            if (hasUnit) {
                report.accept(pointer + "/rangeUnit", texts.get("range.unitWithoutRanges"));
            }
            return;
        }
        if (without > 0) {
            report.accept(pointer + "/options", texts.get("range.someWithout", String.valueOf(without),
                    String.valueOf(options.size())));
        }
        if (!hasUnit) {
            report.accept(pointer, texts.get("range.noUnit"));
        }
        checkTiling(ranges);
    }

    private void checkTiling(List<Range> ranges) {
        ranges.forEach(r -> {
            if (!(r.to() > r.from())) {
                report.accept(r.pointer(), texts.get("range.endsBeforeStart", RubricMeaningChecks.format(r.to()),
                        RubricMeaningChecks.format(r.from())));
            }
        });
        List<Range> sorted = ranges.stream().sorted(Comparator.comparingDouble(Range::from)).toList();
        for (int k = 0; k + 1 < sorted.size(); k++) {
            Range here = sorted.get(k);
            Range next = sorted.get(k + 1);
            if (here.to() == Double.POSITIVE_INFINITY) {
                report.accept(here.pointer(), texts.get("range.openEnded", RubricMeaningChecks.format(next.from())));
            } else if (here.to() < next.from()) {
                report.accept(next.pointer(), texts.get("range.gap", RubricMeaningChecks.format(here.to()),
                        RubricMeaningChecks.format(next.from())));
            } else if (here.to() > next.from()) {
                report.accept(next.pointer(), texts.get("range.overlap", RubricMeaningChecks.format(next.from()),
                        RubricMeaningChecks.format(Math.min(here.to(), next.to()))));
            }
        }
    }

    /** A range as written, {@code to} infinite when open-ended. */
    private record Range(String pointer, double from, double to) {
    }
}
