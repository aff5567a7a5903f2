package io.debtmeter.ui.transfer;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.exchange.ExchangeDocument;
import io.debtmeter.core.exchange.ExchangeExporter;
import io.debtmeter.core.exchange.ExchangeProblem;
import io.debtmeter.core.exchange.ImportPlan;
import io.debtmeter.core.exchange.InvalidExchangeFileException;
import io.debtmeter.core.exchange.PlanEntry;
import io.debtmeter.core.storage.SqliteAssessmentStore;
import io.debtmeter.model.Team;
import io.debtmeter.ui.common.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The window's import reads a file and plans it in the window's language: what the dialog lists comes in Japanese. */
class ImportLanguageTest {

    @TempDir
    Path folder;

    @Test
    void aFileThatCannotBeReadIsExplainedInTheWindowsLanguage() throws Exception {
        try (AssessmentStore store = SqliteAssessmentStore.open(folder.resolve("here.db"))) {
            ImportFlow flow = new ImportFlow(store, null, new Texts(Locale.JAPANESE), null, null);

            InvalidExchangeFileException refused = catchThrowableOfType(InvalidExchangeFileException.class,
                    () -> flow.reader().parse("team.json", "[1, 2]".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

            assertThat(refused.problems()).extracting(ExchangeProblem::message).containsExactly(
                    "ファイルの中身は JSON の配列で、オブジェクトではありません。Debtmeter の交換ファイルではありません");
        }
    }

    @Test
    void thePlansReasonsAreInTheWindowsLanguage() throws Exception {
        ExchangeDocument theirs;
        try (AssessmentStore elsewhere = SqliteAssessmentStore.open(folder.resolve("elsewhere.db"))) {
            Team ranking = elsewhere.createTeam("Ranking");
            theirs = new ExchangeExporter(Clock.systemUTC()).teamDocument(elsewhere, ranking.id());
        }
        try (AssessmentStore store = SqliteAssessmentStore.open(folder.resolve("here.db"))) {
            store.createTeam("Ranking");
            ImportFlow flow = new ImportFlow(store, null, new Texts(Locale.JAPANESE), null, null);

            ImportPlan plan = flow.importer().plan(theirs);

            assertThat(plan.entries()).singleElement().satisfies(team -> {
                assertThat(team.outcome()).isEqualTo(PlanEntry.Outcome.CONFLICT);
                assertThat(team.reason()).isEqualTo("このデータベースには \"Ranking\" という名前の別のチームがすでにあります"
                        + "（同じ名前の別チーム）。どちらかの名前を変えてから、もう一度インポートしてください");
            });
        }
    }
}
