package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file planned against a database that does not exist yet (import's dry run, and an import before
 * the file has proved valid) plans as it would against an empty database, without making one.
 */
class NewDatabasePlanTest {

    @TempDir
    Path folder;

    @Test
    void itPlansExactlyAsAnEmptyDatabaseWouldAndEverythingIsToAdd() throws Exception {
        Path file = exportFile();

        ImportPlan planned = ExchangeImporter.planningForNewDatabase(Locale.ENGLISH).plan(file, TransferProgress.NONE);

        try (AssessmentStore empty = ExchangeFixture.open(folder.resolve("empty.db"), new TestClock(ExchangeFixture.START))) {
            ImportPlan againstEmpty = new ExchangeImporter(empty).plan(file, TransferProgress.NONE);
            assertThat(planned.entries()).isEqualTo(againstEmpty.entries());
        }
        // The filled store of ExchangeFixture: 2 teams, 3 assessments, 2 actions (see its fill()).
        assertThat(planned.count(PlanEntry.Outcome.ADD)).isEqualTo(7);
        assertThat(planned.entries()).allSatisfy(entry -> assertThat(entry.outcome()).isEqualTo(PlanEntry.Outcome.ADD));
    }

    @Test
    void itCannotWriteButTheDatabaseMadeAfterwardsTakesItsPlan() throws Exception {
        Path file = exportFile();
        ExchangeImporter planner = ExchangeImporter.planningForNewDatabase(Locale.ENGLISH);
        ImportPlan plan = planner.plan(file, TransferProgress.NONE);

        assertThatThrownBy(() -> planner.apply(plan)).isInstanceOf(IllegalStateException.class);
        assertThat(folder.resolve("made.db")).doesNotExist();

        try (AssessmentStore made = ExchangeFixture.open(folder.resolve("made.db"), new TestClock(ExchangeFixture.START))) {
            new ExchangeImporter(made).apply(plan);
            assertThat(new String(ExchangeFixture.exportDatabase(made), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(file));
        }
    }

    private Path exportFile() throws Exception {
        Path file = folder.resolve("all.json");
        Files.write(file, ExchangeFixture.exportOfAFilledStore(folder.resolve("source.db")));
        return file;
    }
}
