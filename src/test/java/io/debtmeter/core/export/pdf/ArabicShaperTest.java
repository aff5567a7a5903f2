package io.debtmeter.core.export.pdf;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicShaperTest {

    @Test
    void lettersTakeTheirJoiningForms() {
        // مرحبا: meem initial, reh final (reh never joins the next letter), hah initial, beh medial, alef final.
        assertThat(ArabicShaper.shape("مرحبا")).isEqualTo("\uFEE3\uFEAE\uFEA3\uFE92\uFE8E");
    }

    @Test
    void lamFollowedByAlefBecomesTheLigature() {
        // لا alone: the isolated ligature; بلا: beh initial, then the final ligature.
        assertThat(ArabicShaper.shape("لا")).isEqualTo("\uFEFB");
        assertThat(ArabicShaper.shape("بلا")).isEqualTo("\uFE91\uFEFC");
    }

    @Test
    void marksDoNotBreakTheJoin() {
        // بَب: the fatha between the two behs is transparent, so they still join.
        assertThat(ArabicShaper.shape("ب\u064Eب")).isEqualTo("\uFE91\u064E\uFE90");
    }

    @Test
    void otherTextIsUntouchedAndShapingIsReversibleByNfkc() {
        String text = "Note: مرحبا بالفريق (2)";
        String shaped = ArabicShaper.shape(text);

        assertThat(shaped).startsWith("Note: ").endsWith(" (2)").isNotEqualTo(text);
        assertThat(Normalizer.normalize(shaped, Normalizer.Form.NFKC)).isEqualTo(text);
        assertThat(ArabicShaper.needed("plain Latin, 日本語")).isFalse();
    }

    @Test
    void persianLettersAreShapedToo() {
        // پ (peh) is dual-joining: initial form before another letter.
        assertThat(ArabicShaper.shape("پا")).isEqualTo("\uFB58\uFE8E");
    }
}
