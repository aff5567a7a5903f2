package io.debtmeter.core.export.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VisualOrderTest {

    @Test
    void rightToLeftRunsAreReversedInsideLeftToRightText() {
        assertThat(VisualOrder.reorder("Note: אבג end")).isEqualTo("Note: גבא end");
    }

    @Test
    void aRightToLeftParagraphKeepsNumbersLeftToRight() {
        // The first strong character is Hebrew: the line reads right to left, "123" stays as written.
        assertThat(VisualOrder.reorder("אב 123 גד")).isEqualTo("דג 123 בא");
    }

    @Test
    void marksComeBeforeTheirLetterInDrawingOrderAndBracketsAreMirrored() {
        // A zero-width mark sits over the glyph drawn after it: beh with fatha, then teh, drawn as teh, fatha, beh.
        assertThat(VisualOrder.reorder("ب\u064Eت")).isEqualTo("ت\u064Eب");
        assertThat(VisualOrder.reorder("(אב)")).isEqualTo("(בא)");
    }

    @Test
    void leftToRightTextNeedsNothing() {
        assertThat(VisualOrder.needed("Ångström, Привет, 日本語, 안녕, नमस्ते")).isFalse();
        assertThat(VisualOrder.needed("مرحبا")).isTrue();
    }
}
