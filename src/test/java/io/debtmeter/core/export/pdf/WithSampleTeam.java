package io.debtmeter.core.export.pdf;

import io.debtmeter.core.sample.SampleData;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;
import org.junit.jupiter.api.BeforeEach;

import java.time.LocalDate;
import java.util.List;

/**
 * Set-up shared by the tests of the sample team's reports: the store of {@link WithPdfStore} holding the
 * sample data a first-time user sees, loaded from the bundled rubric as of 15 November 2026.
 */
abstract class WithSampleTeam extends WithPdfStore {

    final PdfReports reports = new PdfReports(new ScoreCalculator());
    Team team;
    /** The sample team's assessments, newest first. */
    List<Assessment> newestFirst;

    @BeforeEach
    void loadTheSampleTeam() {
        team = new SampleData(store).load(PdfTestData.defaultRubric(), LocalDate.of(2026, 11, 15));
        newestFirst = store.assessments(team.id());
    }
}
