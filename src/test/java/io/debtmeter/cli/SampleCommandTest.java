package io.debtmeter.cli;

import io.debtmeter.cli.CliRuns.Run;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.sample.SampleData;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code debtmeter sample}, run in-process as the launcher runs it, on databases in a temp folder. */
class SampleCommandTest {

    @TempDir
    Path folder;

    private CliRuns cli;

    @BeforeEach
    void userRubricsFolder() throws IOException {
        cli = CliRuns.withNewUserRubricsFolder(folder);
    }

    private Run run(String... args) {
        return cli.run(args);
    }

    @Test
    void withoutCountsItMakesTheSampleTeamOfTheWindow() throws Exception {
        Path db = folder.resolve("demo.db");

        Run result = run("sample", "--db", db.toString(), "--until", "2026-11-15");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Made the sample team \"" + SampleData.TEAM_NAME
                + "\": 4 assessments of ml-technical-debt 2.0.0 in " + db.toAbsolutePath() + " (");
        try (AssessmentStore store = SqliteAssessmentStore.open(db)) {
            assertThat(store.teams()).extracting(Team::name).containsExactly(SampleData.TEAM_NAME);
            assertThat(store.assessments(store.teams().get(0).id())).extracting(Assessment::period)
                    .containsExactly("2026-Q4", "2026-Q3", "2026-Q2", "2026-Q1");
        }
    }

    @Test
    void withCountsItGeneratesThatManyTeamsAndSaysWhatItMade() throws Exception {
        Path db = folder.resolve("big.db");

        Run result = run("--db", db.toString(), "sample", "--teams", "3", "--assessments", "5", "--until", "2026-11-15",
                "--rubric", "ml-test-score");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).matches("Made 3 teams with 5 assessments each \\(15 assessments, [0-9]+ answers,"
                + " [0-9]+ actions\\) of ml-test-score 1\\.0\\.0 in " + Pattern.quote(db.toAbsolutePath().toString())
                + " \\([0-9]+\\.[0-9] s\\)\\.\\R");
        try (AssessmentStore store = SqliteAssessmentStore.open(db)) {
            assertThat(store.teams()).hasSize(3);
            assertThat(store.teams()).allSatisfy(team -> {
                assertThat(store.assessments(team.id())).hasSize(5);
                assertThat(store.rubricOf(store.assessments(team.id()).get(0).id()).id()).isEqualTo("ml-test-score");
            });
        }
    }

    @Test
    void theSameSeedMakesTheSameDatabaseContent() {
        Path first = folder.resolve("first.db");
        Path second = folder.resolve("second.db");
        Path other = folder.resolve("other.db");

        run("sample", "--db", first.toString(), "--teams", "4", "--assessments", "3", "--seed", "9", "--until", "2026-11-15");
        run("sample", "--db", second.toString(), "--teams", "4", "--assessments", "3", "--seed", "9", "--until", "2026-11-15");
        run("sample", "--db", other.toString(), "--teams", "4", "--assessments", "3", "--seed", "10", "--until", "2026-11-15");

        assertThat(contentOf(second)).isEqualTo(contentOf(first));
        assertThat(contentOf(other)).isNotEqualTo(contentOf(first));
    }

    @Test
    void aDatabaseWithTeamsIsRefusedUnlessAppendIsGiven() throws Exception {
        Path db = folder.resolve("team.db");
        run("sample", "--db", db.toString(), "--teams", "2", "--assessments", "1");
        List<Object> before = contentOf(db);

        Run refused = run("sample", "--db", db.toString(), "--teams", "2", "--assessments", "1");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.err()).isEqualTo("debtmeter: " + db.toAbsolutePath() + " already has 2 teams; add --append"
                + " to add the sample beside them, or choose a new file" + System.lineSeparator());
        assertThat(contentOf(db)).isEqualTo(before);

        Run appended = run("sample", "--db", db.toString(), "--teams", "2", "--assessments", "1", "--append");

        assertThat(appended.exitCode()).isZero();
        try (AssessmentStore store = SqliteAssessmentStore.open(db)) {
            assertThat(store.teams()).hasSize(4);
        }
    }

    @Test
    void progressGoesToStandardErrorBetweenTransactions() {
        Run result = run("sample", "--db", folder.resolve("p.db").toString(), "--teams", "30", "--assessments", "1",
                "--progress-seconds", "0");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).startsWith("sample: 25 of 30 teams written (").doesNotContain("30 of 30");
        assertThat(result.out()).startsWith("Made 30 teams with 1 assessment each (30 assessments, ");
    }

    @Test
    void usageErrorsExitWithOne() {
        Run noDatabase = run("sample", "--teams", "2");
        Run noTeams = run("sample", "--db", folder.resolve("x.db").toString(), "--teams", "0");
        Run badDate = run("sample", "--db", folder.resolve("x.db").toString(), "--until", "yesterday");

        assertThat(noDatabase.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noDatabase.err()).startsWith("Missing --db FILE");
        assertThat(noTeams.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noTeams.err()).startsWith("--teams must be from 1 to 100000, not 0");
        assertThat(badDate.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(folder.resolve("x.db")).doesNotExist();
    }

    @Test
    void anUnknownRubricIsInvalidInputAndCreatesNoDatabase() {
        Run result = run("sample", "--db", folder.resolve("x.db").toString(), "--rubric", "no-such-rubric");

        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).startsWith("debtmeter: no rubric with id 'no-such-rubric'; available: ml-technical-debt");
        assertThat(folder.resolve("x.db")).doesNotExist();
    }

    @Test
    void aFileThatIsNotADatabaseIsAnIoErrorAndLeftAlone() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.db"), "notes for the retro\n");

        Run result = run("sample", "--db", notes.toString(), "--teams", "1");

        assertThat(result.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(result.err()).contains("is not a Debtmeter database");
        assertThat(Files.readString(notes)).isEqualTo("notes for the retro\n");
    }

    /** Everything the store gives back, ids and times included: the generator decides them all. */
    private static List<Object> contentOf(Path db) {
        try (AssessmentStore store = SqliteAssessmentStore.open(db)) {
            List<Object> content = new ArrayList<>();
            for (Team team : store.teams()) {
                content.add(team);
                for (Assessment assessment : store.assessments(team.id())) {
                    content.add(assessment);
                    content.add(List.copyOf(store.responses(assessment.id()).entrySet()));
                    content.add(store.targets(assessment.id()));
                }
                content.add(store.actions(team.id()));
            }
            return content;
        }
    }
}
