package io.debtmeter.cli;

import io.debtmeter.cli.CliRuns.Run;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.export.WithExportFixture;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.model.Answer;
import io.debtmeter.model.ItemResponse;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export --format pdf} says which characters of the notes no font could draw (issue 17, point 6). */
class ExportPdfReplacedCharactersTest extends WithExportFixture {

    @Test
    void aPdfSaysWhichCharactersNoFontHasAndStillGetsWritten() {
        Path out = folder.resolve("card.pdf");

        // Private-use characters: no installed font has them on any machine.
        Run run = exportQ2AsPdfWithTheNote("Marker \uE000 and \uE001 here", out);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out).exists();
        assertThat(run.out()).startsWith("Wrote PDF of assessment ")
                .contains("; 2 characters could not be drawn and were replaced by ?: \uFFFD (U+E000), \uFFFD (U+E001)."
                        + " Install a font that has them (see README).");
    }

    @Test
    void aPdfWhoseCharactersAllHaveFontsSaysNothingMore() {
        Run run = exportQ2AsPdfWithTheNote("Korean 안녕, Hindi नमस्ते, Arabic مرحبا, math 𝔘", folder.resolve("card.pdf"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).endsWith(" bytes).\n").doesNotContain("replaced");
    }

    /** Saves this note on p1 of the fixture's Q2, then exports Q2 to a PDF at {@code out}. */
    private Run exportQ2AsPdfWithTheNote(String note, Path out) {
        try (AssessmentStore store = SqliteAssessmentStore.open(fixture.file())) {
            store.saveResponse(fixture.q2().id(),
                    new ItemResponse("p1", Optional.of(new Answer.Level(1)), note, List.of(), Map.of(), false));
        }
        return run("export", "--db", fixture.file().toString(), "--assessment", fixture.q2().id().toString(),
                "--format", "pdf", "--out", out.toString());
    }

    private Run run(String... args) {
        return CliRuns.withUserRubrics(folder.resolve("user-rubrics")).defaultDatabase(folder.resolve("no-default.db")).run(args);
    }
}
