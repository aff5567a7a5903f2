package io.debtmeter.core.export.pdf;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.ActionStatus;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.testsupport.TestStores;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonPdfTest extends WithPdfStore {

    /**
     * The store stamps updates with this clock: an action closed "now" is closed on 2026-10-01,
     * between the two assessments (2026-08-15 and 2026-11-15).
     */
    @Override
    AssessmentStore openStore(Path folder) {
        return TestStores.create(folder, "compare.db", Clock.fixed(Instant.parse("2026-10-01T09:00:00Z"), ZoneId.of("UTC")));
    }

    @Test
    void headlineCategoryAndItemDeltasAreTheComparisons() throws Exception {
        Assessment after = PdfTestData.smallAssessment(store);
        Assessment before = PdfTestData.earlierAssessment(store, after, LocalDate.of(2026, 8, 15), "2026-Q3");
        PdfTestData.save(store, before, "d1", new Answer.Level(2), "Only a wiki page so far.", Map.of());
        PdfTestData.save(store, before, "d2", new Answer.Level(2), "", Map.of());
        PdfTestData.save(store, before, "m1", new Answer.Level(1), "", Map.of());
        PdfTestData.save(store, before, "m2", new Answer.NotApplicable(), "", Map.of());
        ActionItem action = store.addAction(before.id(), "d1", "Pin dataset versions in the pipeline", "Chloé",
                Optional.empty());
        store.updateAction(new ActionItem(action.id(), action.teamId(), action.raisedIn(), action.itemId(), action.text(),
                action.owner(), action.due(), ActionStatus.DONE, action.createdAt(), action.updatedAt()));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReports(new ScoreCalculator()).comparison(store, before.id(), after.id(),
                new PdfOptions(PageFormat.LETTER, ScorecardPdfTest.CLOCK, Locale.US), out);
        PdfFiles.keep("comparison-small", out.toByteArray());

        String text = String.join("\n", PdfFiles.pageTexts(out.toByteArray()));
        // Before, by hand: Data = (2/4 + 2/4) / 2 = 50 %, Models = 1/4 = 25 % (m2 N/A), overall 37.5 %, debt 62.5 (D).
        // After: debt 50.0 (C), see ScorecardPdfTest. Delta 50.0 - 62.5 = -12.5: less debt, improved.
        assertThat(text).contains("Ranking Ω · 2026-Q3 → 2026-Q4", "\u25BC Debt index 62.5 → 50.0 (−12.5): improved",
                "Grade D → C", "Items: 1 improved · 0 regressed · 2 unchanged · 1 not comparable");
        // Categories: Data 50.0 -> 75.0 = +25.0; Models 25.0 -> 25.0 = 0.0.
        assertThat(text).contains("Data pipelines 50.0 % 75.0 % +25.0 \u25BC improved",
                "Model lifecycle 25.0 % 25.0 % 0.0 = unchanged");
        // Items: d1 2 -> 4 is two levels up; m2 is N/A on both sides, so not comparable.
        assertThat(text).contains("Version the training data Data pipelines 2 · Defined 4 · Automated +2 \u25BC improved",
                "Reproduce any model Model lifecycle N/A N/A – not comparable");
        // The notes that explain the move, and the action closed between the two dates.
        assertThat(text).contains("Before: Only a wiki page so far.", "After: " + PdfTestData.JAPANESE,
                "Pin dataset versions in the pipeline", "1 Oct 2026");
        // A US report writes the one English date format too, not "Oct 1, 2026".
        assertThat(text).doesNotContain("Oct 1, 2026");
        assertThat(PdfFiles.mediaBoxes(out.toByteArray())).containsOnly("612x792");
        assertThat(PdfFiles.images(out.toByteArray())).isZero();
    }
}
