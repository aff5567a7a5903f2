package io.debtmeter.core.export;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.assessment.StoreException;
import io.debtmeter.core.scoring.ScoreCalculator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static io.debtmeter.core.export.ExportFixture.ACTION_DONE;
import static io.debtmeter.core.export.ExportFixture.ACTION_OPEN;
import static io.debtmeter.core.export.ExportFixture.NOTE_ARITHMETIC;
import static io.debtmeter.core.export.ExportFixture.NOTE_HYPERLINK;
import static io.debtmeter.core.export.ExportFixture.NOTE_MULTILINE;
import static io.debtmeter.core.export.ExportFixture.NOTE_SUM;
import static io.debtmeter.core.export.ExportFixture.NOTE_TAB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scores and actions CSV from a real SQLite file, parsed back with a strict RFC 4180 reader. */
class CsvExportTest extends WithExportFixture {

    private List<List<String>> export(Exporter exporter, ExportSubject subject) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AssessmentStore store = fixture.open()) {
            exporter.write(store, subject, bytes);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return Rfc4180Reader.parse(text.substring(1));
    }

    @Test
    void scoresOfATeamHaveOneRowPerAssessmentAndItemWithHostileNotesNeutralised() throws IOException {
        List<List<String>> rows = export(new ScoresCsv(new ScoreCalculator()), ExportSubject.team(fixture.team().id()));

        String q1 = fixture.q1().id().toString();
        String q2 = fixture.q2().id().toString();
        // Scores by hand: level / (max - min) of the 0..1 scale, a litmus option by its score (no = 0).
        assertThat(rows).containsExactly(
                ScoresCsv.HEADER,
                List.of("Search ranking", q1, "2026-03-10", "2026-Q1", "tiny", "1.0", "One", "p1", "P1", "practice",
                        "level", "0", "No", "0", "'" + NOTE_HYPERLINK),
                List.of("Search ranking", q1, "2026-03-10", "2026-Q1", "tiny", "1.0", "One", "p2", "P2", "practice",
                        "level", "0.5", "Half", "0.5", "'" + NOTE_SUM),
                List.of("Search ranking", q1, "2026-03-10", "2026-Q1", "tiny", "1.0", "One", "l1", "L", "litmus",
                        "option", "0", "No", "0", "'" + NOTE_ARITHMETIC),
                List.of("Search ranking", q2, "2026-06-10", "2026-Q2", "tiny", "1.0", "One", "p1", "P1", "practice",
                        "level", "1", "Yes", "1", "'" + NOTE_TAB),
                List.of("Search ranking", q2, "2026-06-10", "2026-Q2", "tiny", "1.0", "One", "p2", "P2", "practice",
                        "n/a", "", "", "", "'" + NOTE_MULTILINE),
                List.of("Search ranking", q2, "2026-06-10", "2026-Q2", "tiny", "1.0", "One", "l1", "L", "litmus",
                        "unanswered", "", "", "", ""));
    }

    @Test
    void scoresOfOneAssessmentAndOfEverything() throws IOException {
        List<List<String>> one = export(new ScoresCsv(new ScoreCalculator()), ExportSubject.assessment(fixture.q2().id()));
        List<List<String>> all = export(new ScoresCsv(new ScoreCalculator()), ExportSubject.everything());

        assertThat(one).hasSize(1 + 3).extracting(row -> row.get(3)).containsOnly("period", "2026-Q2");
        // "Fraud" has no assessments, so everything is the header plus the 6 rows of "Search ranking".
        assertThat(all).hasSize(1 + 6);
    }

    @Test
    void actionsOfATeamOpenFirst() throws IOException {
        List<List<String>> rows = export(new ActionsCsv(), ExportSubject.team(fixture.team().id()));

        assertThat(rows).containsExactly(
                ActionsCsv.HEADER,
                List.of("Search ranking", fixture.openAction().id().toString(), "open", "'" + ACTION_OPEN, "", "", "p2", "P2",
                        fixture.q2().id().toString(), "2026-Q2", "2026-06-10T09:00:00Z", "2026-06-10T09:00:00Z", ""),
                List.of("Search ranking", fixture.doneAction().id().toString(), "done", ACTION_DONE, "Ann", "2026-04-01",
                        "p1", "P1", fixture.q1().id().toString(), "2026-Q1", "2026-03-10T09:00:00Z", "2026-05-01T10:00:00Z",
                        "2026-05-01T10:00:00Z"));
    }

    @Test
    void actionsOfAnAssessmentAreThoseItsScorecardShows() throws IOException {
        // Q2 raised the open action; the done one was raised in Q1 and is closed, so it is not shown for Q2.
        List<List<String>> q2 = export(new ActionsCsv(), ExportSubject.assessment(fixture.q2().id()));
        // Q1 raised the done one, and the open one is still open.
        List<List<String>> q1 = export(new ActionsCsv(), ExportSubject.assessment(fixture.q1().id()));

        assertThat(q2).extracting(row -> row.get(1)).containsExactly("action_id", fixture.openAction().id().toString());
        assertThat(q1).extracting(row -> row.get(1)).containsExactly("action_id", fixture.openAction().id().toString(),
                fixture.doneAction().id().toString());
    }

    @Test
    void anUnknownAssessmentIsAStoreErrorNamingIt() {
        UUID unknown = UUID.fromString("00000000-0000-0000-0000-000000000001");

        assertThatThrownBy(() -> export(new ScoresCsv(new ScoreCalculator()), ExportSubject.assessment(unknown)))
                .isInstanceOf(StoreException.class).hasMessageContaining(unknown.toString());
    }
}
