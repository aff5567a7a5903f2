package io.debtmeter.core.export;

import io.debtmeter.core.export.text.ReportTexts;
import io.debtmeter.core.analysis.compare.AssessmentComparer;
import io.debtmeter.core.analysis.compare.ComparisonLoader;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.scoring.ScoreCalculator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

/**
 * Markdown for a subject: an assessment's scorecard with its actions; a team's history table; for
 * everything, each team's history as a section; for a comparison, the comparison summary. UTF-8 without a BOM (Markdown tools do not want one).
 */
public final class MarkdownExport implements Exporter {

    private final ScoreCalculator calculator;
    private final ReportTexts texts;

    public MarkdownExport(ScoreCalculator calculator) {
        this(calculator, ReportTexts.ENGLISH);
    }

    /** @param texts the language of the headings, and of the rubrics' texts where they have a translation */
    public MarkdownExport(ScoreCalculator calculator, ReportTexts texts) {
        this.calculator = calculator;
        this.texts = texts;
    }

    @Override
    public void write(AssessmentStore store, ExportSubject subject, OutputStream out) throws IOException {
        out.write(render(store, subject).getBytes(StandardCharsets.UTF_8));
    }

    public String render(AssessmentStore store, ExportSubject subject) {
        if (subject instanceof ExportSubject.Comparison pair) {
            return ComparisonMarkdown.render(new ComparisonLoader(new AssessmentComparer(calculator), ZoneId.systemDefault(),
                    texts.language()).load(store, pair.before(), pair.after()), texts);
        }
        List<SubjectReader.TeamPart> parts = SubjectReader.read(store, subject, texts.locale());
        if (subject instanceof ExportSubject.OneAssessment) {
            SubjectReader.TeamPart part = parts.get(0);
            return new ScorecardMarkdown(calculator, texts).render(part.team().name(), part.assessments().get(0),
                    SubjectReader.actions(store, subject, part.team()));
        }
        TeamHistoryMarkdown history = new TeamHistoryMarkdown(calculator, texts);
        if (subject instanceof ExportSubject.OneTeam) {
            SubjectReader.TeamPart part = parts.get(0);
            return history.render(part.team(), part.assessments(), store.actions(part.team().id()), 1);
        }
        StringBuilder md = new StringBuilder("# ").append(texts.get("md.all.title")).append('\n');
        if (parts.isEmpty()) {
            md.append('\n').append(texts.get("md.all.empty")).append('\n');
        }
        for (SubjectReader.TeamPart part : parts) {
            md.append('\n').append(history.render(part.team(), part.assessments(), store.actions(part.team().id()), 2));
        }
        return md.toString();
    }
}
