package io.debtmeter.core.exchange;

import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.storage.SqlDialect;
import io.debtmeter.core.storage.TestDatabase;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Importing one team at a time, each in its own transaction (what {@code copy} does, issue 24): a
 * stop after the first team keeps that team whole and nothing of the next, and running the import
 * again finishes it, nothing twice. Run on every store.
 */
@ParameterizedClass
@EnumSource(SqlDialect.class)
class TeamByTeamImportTest {

    @Parameter
    SqlDialect dialect;

    @TempDir
    Path folder;

    @Test
    void eachTeamIsCommittedApartAndAnInterruptedImportFinishesWhenRunAgain() throws Exception {
        byte[] exported = ExchangeFixture.exportOfAFilledStore(TestDatabase.create(dialect, folder, "a.db")::open);
        Path file = Files.write(folder.resolve("all.json"), exported);
        ExchangeDocument source = ExchangeFixture.read(exported);
        assertThat(source.teams()).hasSize(2);
        ExchangeTeam firstTeam = source.teams().getFirst();
        try (AssessmentStore store = TestDatabase.create(dialect, folder, "b.db").open(new TestClock(ExchangeFixture.START))) {
            ExchangeImporter importer = new ExchangeImporter(store);
            List<Integer> committed = new ArrayList<>();
            TransferProgress stopAfterTheFirstTeam = new TransferProgress() {
                @Override
                public void update(long done, long total, long records) {
                }

                @Override
                public boolean cancelled() {
                    return !committed.isEmpty();
                }
            };
            ImportPlan plan = importer.plan(file, TransferProgress.NONE);

            assertThatThrownBy(() -> importer.applyEachTeamApart(plan, stopAfterTheFirstTeam, committed::add))
                    .isInstanceOf(TransferCancelledException.class);

            assertThat(committed).containsExactly(1);
            assertThat(store.teams()).extracting(Team::id).containsExactly(firstTeam.team().id());
            assertThat(store.assessments(firstTeam.team().id())).hasSize(firstTeam.assessments().size());
            assertThat(store.actions(firstTeam.team().id())).hasSize(firstTeam.actions().size());

            List<Integer> again = new ArrayList<>();
            ImportPlan rest = importer.plan(file, TransferProgress.NONE);
            importer.applyEachTeamApart(rest, TransferProgress.NONE, again::add);

            assertThat(again).containsExactly(1, 2);
            assertThat(new String(ExchangeFixture.exportDatabase(store), StandardCharsets.UTF_8))
                    .isEqualTo(new String(exported, StandardCharsets.UTF_8));
            ImportPlan nothingLeft = importer.plan(file, TransferProgress.NONE);
            assertThat(nothingLeft.changesSomething()).isFalse();
        }
    }
}
