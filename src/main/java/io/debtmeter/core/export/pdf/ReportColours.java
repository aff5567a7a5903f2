package io.debtmeter.core.export.pdf;

import java.util.List;

/**
 * The reports' colours. The grade-band palette is the app's (scorecard.css, portfolio.css: Okabe-Ito,
 * least debt first) so a bar is the same colour on paper as on screen; every coloured shape also
 * carries its value or label as text, so nothing rests on colour alone, in greyscale either.
 */
final class ReportColours {

    static final Rgb TEXT = Rgb.hex("#1B1B1B");
    static final Rgb MUTED = Rgb.hex("#5A5F66");
    static final Rgb RULE = Rgb.hex("#B8BDC4");
    static final Rgb GRID = Rgb.hex("#DDE1E6");
    static final Rgb TRACK = Rgb.hex("#F1F3F5");
    static final Rgb HEADER_FILL = Rgb.hex("#E6E9ED");
    static final Rgb STRIPE = Rgb.hex("#F7F8FA");
    static final Rgb WARNING = Rgb.hex("#8A4B00");
    static final Rgb WHITE = Rgb.hex("#FFFFFF");

    /** Grade bands, step 0 (least debt) to 4 (most debt), as in scorecard.css. */
    static final List<Rgb> BANDS = List.of(
            Rgb.hex("#0072B2"), Rgb.hex("#56B4E9"), Rgb.hex("#F0E442"), Rgb.hex("#E69F00"), Rgb.hex("#D55E00"));

    /** Improved (blue) and regressed (vermillion), as compare.css. */
    static final Rgb IMPROVED = Rgb.hex("#0072B2");
    static final Rgb REGRESSED = Rgb.hex("#D55E00");

    /** Trend lines after the overall one, as trends.css (black and yellow left out). */
    static final List<Rgb> LINES = List.of(
            Rgb.hex("#E69F00"), Rgb.hex("#56B4E9"), Rgb.hex("#009E73"), Rgb.hex("#0072B2"),
            Rgb.hex("#D55E00"), Rgb.hex("#CC79A7"), Rgb.hex("#5A5F66"));

    private ReportColours() {
    }

    /** Text on a band colour: white on the dark blue, near-black on the lighter ones (contrast 4.5:1 or more). */
    static Rgb onBand(int step) {
        return step == 0 ? WHITE : TEXT;
    }
}
