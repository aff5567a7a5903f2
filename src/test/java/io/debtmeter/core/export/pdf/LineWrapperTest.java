package io.debtmeter.core.export.pdf;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Widths here are character counts, so the expected lines can be counted by eye. */
class LineWrapperTest {

    private static List<String> wrap(String text, int width) {
        return LineWrapper.wrap(text, width, s -> s.codePointCount(0, s.length()));
    }

    @Test
    void breaksAtSpacesWithinTheWidth() {
        assertThat(wrap("the quick brown fox jumps", 10)).containsExactly("the quick", "brown fox", "jumps");
    }

    @Test
    void breaksAWordLongerThanALineBetweenCharacters() {
        assertThat(wrap("see https://example.org/abc", 10)).containsExactly("see", "https://ex", "ample.org/", "abc");
    }

    @Test
    void breaksJapaneseWhichHasNoSpaces() {
        assertThat(wrap("日本語のメモです", 3)).containsExactly("日本語", "のメモ", "です");
    }

    @Test
    void keepsLineBreaksAndBlankLines() {
        assertThat(wrap("one\r\n\ntwo three", 5)).containsExactly("one", "", "two", "three");
    }

    @Test
    void emptyTextIsOneEmptyLine() {
        assertThat(wrap("", 5)).containsExactly("");
    }
}
