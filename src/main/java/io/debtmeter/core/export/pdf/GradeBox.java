package io.debtmeter.core.export.pdf;

import io.debtmeter.core.analysis.scorecard.DebtBands;
import io.debtmeter.core.export.text.ReportTexts;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScoreResult;

import java.util.List;
import java.util.OptionalInt;

/**
 * The headline of a scorecard: the grade letter in a square of its band's colour, beside the debt
 * index and what the grade means in the rubric's own words.
 */
final class GradeBox {

    private static final float SIDE = 62;
    private static final TextStyle LETTER = new TextStyle(34, true, ReportColours.TEXT);
    private static final TextStyle INDEX = new TextStyle(16, true, ReportColours.TEXT);

    private final ReportFlow flow;
    private final ReportNumbers numbers;

    GradeBox(ReportFlow flow, ReportNumbers numbers) {
        this.flow = flow;
        this.numbers = numbers;
    }

    void draw(Rubric rubric, ScoreResult result) {
        ReportCanvas canvas = flow.canvas();
        float textX = SIDE + 16;
        float textWidth = flow.width() - textX;
        List<String> meaning = flow.wrap(meaning(result), TextStyle.BODY, textWidth);
        float height = Math.max(SIDE, INDEX.lineHeight() + meaning.size() * TextStyle.BODY.lineHeight()
                + 2 * TextStyle.MUTED.lineHeight());
        flow.ensure(height);
        float top = flow.y();
        float boxY = top - SIDE;
        if (result.grade().isPresent() && result.debtIndex().isPresent()) {
            DebtBands bands = new DebtBands(rubric.gradeBands());
            OptionalInt index = bands.indexOf(ScoreCalculator.roundForDisplay(result.debtIndex().getAsDouble()));
            int step = index.isPresent() ? bands.colourStep(index.getAsInt()) : 0;
            canvas.fillRect(flow.left(), boxY, SIDE, SIDE, ReportColours.BANDS.get(step));
            canvas.strokeRect(flow.left(), boxY, SIDE, SIDE, ReportColours.TEXT, 0.6f);
            String letter = result.grade().get().label();
            TextStyle style = LETTER.withColour(ReportColours.onBand(step));
            canvas.text(letter, flow.left() + (SIDE - canvas.width(letter, style)) / 2, boxY + SIDE / 2 - 12, style);
        } else {
            canvas.strokeRect(flow.left(), boxY, SIDE, SIDE, ReportColours.RULE, 0.8f);
            canvas.text("–", flow.left() + SIDE / 2 - 6, boxY + SIDE / 2 - 12, LETTER.withColour(ReportColours.MUTED));
        }
        float y = top - INDEX.ascent();
        ReportTexts texts = flow.texts();
        String headline = result.debtIndex().isEmpty() ? texts.get("pdf.grade.noIndex")
                : result.grade().isPresent()
                ? texts.get("pdf.grade.headlineWithGrade", numbers.score(result.debtIndex().getAsDouble()),
                        result.grade().get().label())
                : texts.get("pdf.grade.headline", numbers.score(result.debtIndex().getAsDouble()));
        canvas.text(headline, flow.left() + textX, y, INDEX);
        y -= INDEX.lineHeight();
        for (String line : meaning) {
            canvas.text(line, flow.left() + textX, y, TextStyle.BODY);
            y -= TextStyle.BODY.lineHeight();
        }
        y -= 2;
        canvas.text(canvas.fit(scaleText(rubric, result), textWidth, TextStyle.SMALL_MUTED), flow.left() + textX, y,
                TextStyle.SMALL_MUTED);
        flow.advance(height);
    }

    private static String meaning(ScoreResult result) {
        return result.grade().map(GradeBand::meaning).filter(m -> !m.isBlank()).orElse("");
    }

    /** "0 = no debt, 100 = all debt · overall maturity 62.5 % · bands A 0–20, B 20–40, …". */
    private String scaleText(Rubric rubric, ScoreResult result) {
        ReportTexts texts = flow.texts();
        StringBuilder text = new StringBuilder(texts.get("debtScale"));
        result.overallMaturity().ifPresent(m -> text.append(" · ").append(texts.get("pdf.grade.overall", numbers.score(m))));
        text.append(" · ").append(texts.get("pdf.grade.bands"));
        String separator = " ";
        for (GradeBand band : new DebtBands(rubric.gradeBands()).ordered()) {
            text.append(separator).append(band.label()).append(' ').append(numbers.level(band.min())).append('–')
                    .append(numbers.level(band.max()));
            separator = ", ";
        }
        return text.toString();
    }
}
