package io.debtmeter.core.export;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** User text must read as typed in Markdown: no broken tables, links, emphasis, HTML or lists. */
class MarkdownTextTest {

    @Test
    void escapesEverythingWithAMeaning() {
        assertThat(MarkdownText.cell("a | b *c* _d_ `e` [f](g) <img src=x> # ~h~ & $x$ \\"))
                .isEqualTo("a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<img src=x\\> \\# \\~h\\~ \\& \\$x\\$ \\\\");
    }

    @Test
    void lineBreaksBecomeSpacesSoACellStaysOneLine() {
        assertThat(MarkdownText.cell("\rline one\r\n  line two\nthree")).isEqualTo("line one line two three");
    }

    @Test
    void aLeadingListMarkerIsEscaped() {
        assertThat(MarkdownText.inline("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownText.inline("+1 for this")).isEqualTo("\\+1 for this");
        assertThat(MarkdownText.inline("1. first")).isEqualTo("1\\. first");
        assertThat(MarkdownText.inline("in 2. place")).isEqualTo("in 2. place");
        assertThat(MarkdownText.inline("0.5 is a number")).isEqualTo("0.5 is a number");
    }

    @Test
    void aHostileNoteKeepsTheTableAtItsColumns() {
        String row = MarkdownText.row(List.of("a", MarkdownText.cell("x | y\n| z |"), "c"));

        // Unescaped pipes are the 4 column borders only.
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(4);
        assertThat(row).isEqualTo("| a | x \\| y \\| z \\| | c |\n");
    }
}
