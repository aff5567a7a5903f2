package io.debtmeter.cli;

import io.debtmeter.cli.CliRuns.Run;
import io.debtmeter.testsupport.TranslatedRubrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rubric validate} on translated rubrics: a missing translation is a warning, not a problem. */
class RubricValidateTranslationsTest {

    @TempDir
    Path folder;

    @Test
    void aCompleteTranslationValidatesWithoutWarnings() throws Exception {
        Path file = TranslatedRubrics.write(folder, "two.json", TranslatedRubrics.json());

        assertValidWithoutWarnings(file, "Two languages 1.0, 2 categories, 2 items");
    }

    @Test
    void theBundledTestScoreRubricValidatesWithoutWarnings() throws Exception {
        assertValidWithoutWarnings(Path.of("rubrics", "ml-test-score.json"), "ML Test Score 1.0.0, 4 categories, 28 items");
    }

    /** {@code rubric validate} passes the file, says only that it is valid with this summary, and warns of nothing. */
    private void assertValidWithoutWarnings(Path file, String summary) throws Exception {
        Run run = CliRuns.withNewUserRubricsFolder(folder).run("rubric", "validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo(file + ": valid — " + summary + "\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void eachMissingOrBlankTextIsOneWarningWithItsPointerAndTheFileStaysValid() throws Exception {
        String json = TranslatedRubrics.json()
                .replace("\"question\": \"特徴量を共有していますか。\", ", "")
                .replace("\"title\": \"運用\"", "\"title\": \"\"");
        Path file = TranslatedRubrics.write(folder, "gaps.json", json);

        Run run = CliRuns.withNewUserRubricsFolder(folder).run("rubric", "validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo(file + ": valid — Two languages 1.0, 2 categories, 2 items\n");
        // In the rubric's order: categories before items.
        assertThat(run.err()).isEqualTo(
                file + ": warning: /translations/ja/categories/ops/title: no Japanese text (English is shown)\n"
                + file + ": warning: /translations/ja/items/feature-store/question: no Japanese text (English is shown)\n");
    }
}
