package io.debtmeter.core.scoring;

/**
 * Which way debt moved, with the glyph and word every surface uses for it: ▼ less debt (improved),
 * ▲ more debt (regressed), = unchanged. The screens (compare, portfolio), the PDF reports, Markdown and
 * the command line all point the same way: the arrow follows the debt index, so ▼ is always good news.
 * A level or maturity that went up is less debt, so it reads ▼ too.
 */
public enum DebtMove {
    LESS_DEBT("\u25BC", "improved"),
    MORE_DEBT("\u25B2", "regressed"),
    UNCHANGED("=", "unchanged"),
    /** One side has no score, or the two cannot be compared. */
    NOT_COMPARABLE("", "not comparable");

    private final String glyph;
    private final String word;

    DebtMove(String glyph, String word) {
        this.glyph = glyph;
        this.word = word;
    }

    /** "▼", "▲", "=", or empty when there is nothing to compare. */
    public String glyph() {
        return glyph;
    }

    /** "improved", "regressed", "unchanged", "not comparable". */
    public String word() {
        return word;
    }

    /** "▼ improved", "▲ regressed", "= unchanged", "not comparable". */
    public String marked() {
        return glyph.isEmpty() ? word : glyph + " " + word;
    }

    /** "▼ −10.3 improved" for a signed debt-index difference as shown; "not comparable" without glyph. */
    public String marked(String signedDebtDelta) {
        return glyph.isEmpty() ? word : glyph + " " + signedDebtDelta + " " + word;
    }

    /** The move for a difference of shown debt indexes (after minus before): negative is less debt. */
    public static DebtMove ofDebtDelta(double shownDelta) {
        double rounded = ScoreCalculator.roundForDisplay(shownDelta);
        return rounded < 0 ? LESS_DEBT : rounded > 0 ? MORE_DEBT : UNCHANGED;
    }
}
