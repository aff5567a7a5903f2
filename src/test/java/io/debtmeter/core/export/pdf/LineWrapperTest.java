package io.debtmeter.core.export.pdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/** Widths here are character counts, so the expected lines can be counted by eye. */
class LineWrapperTest {

    private static List<String> wrap(String text, int width) {
        return LineWrapper.wrap(text, width, s -> s.codePointCount(0, s.length()));
    }

    @ParameterizedTest
    @MethodSource
    void wrapsToTheseLines(String text, int width, List<String> lines) {
        assertThat(wrap(text, width)).containsExactlyElementsOf(lines);
    }

    static Stream<Arguments> wrapsToTheseLines() {
        return Stream.of(
                argumentSet("breaksAtSpacesWithinTheWidth",
                        "the quick brown fox jumps", 10, List.of("the quick", "brown fox", "jumps")),
                argumentSet("breaksAWordLongerThanALineBetweenCharacters",
                        "see https://example.org/abc", 10, List.of("see", "https://ex", "ample.org/", "abc")),
                argumentSet("breaksJapaneseWhichHasNoSpaces", "日本語のメモです", 3, List.of("日本語", "のメモ", "です")),
                argumentSet("keepsLineBreaksAndBlankLines", "one\r\n\ntwo three", 5, List.of("one", "", "two", "three")),
                argumentSet("emptyTextIsOneEmptyLine", "", 5, List.of("")));
    }
}
