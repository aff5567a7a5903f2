package io.debtmeter.core.analysis.compare;

import io.debtmeter.core.analysis.trends.TeamHistory;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.rubric.RubricCatalog;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.sample.SampleData;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Comparisons and trends read in Japanese name the rubric's texts in Japanese and change no number. */
class LocalizedComparisonTest {

    @TempDir
    Path folder;

    @Test
    void japaneseTitlesSameNumbers() throws Exception {
        Rubric rubric = new RubricCatalog(new RubricLoader(), folder).load()
                .find(RubricCatalog.DEFAULT_RUBRIC_ID).orElseThrow().rubric();
        try (AssessmentStore store = TestStores.create(folder, "t.db")) {
            Team team = new SampleData(store).load(rubric, LocalDate.of(2026, 12, 6));
            List<Assessment> newestFirst = store.assessments(team.id());
            AssessmentComparer comparer = new AssessmentComparer(new ScoreCalculator());
            Comparison english = new ComparisonLoader(comparer, ZoneOffset.UTC)
                    .load(store, newestFirst.get(1).id(), newestFirst.get(0).id());
            Comparison japanese = new ComparisonLoader(comparer, ZoneOffset.UTC, "ja")
                    .load(store, newestFirst.get(1).id(), newestFirst.get(0).id());

            assertThat(japanese.items().get(0).title()).isEqualTo(rubric.localized("ja").items().get(0).title())
                    .isNotEqualTo(english.items().get(0).title());
            assertThat(japanese.items().get(0).categoryTitle()).isEqualTo("モデルの境界");
            assertThat(japanese.overall()).isEqualTo(english.overall());
            assertThat(japanese.items()).extracting(ItemDelta::itemId).isEqualTo(english.items().stream().map(ItemDelta::itemId).toList());

            var history = TeamHistory.read(store, team.id(), "ja");
            assertThat(history).hasSize(newestFirst.size());
            assertThat(history.get(0).rubric().title()).isEqualTo("ML の技術的負債");
            assertThat(history.get(0).rubric()).as("one localized copy shared by equal snapshots")
                    .isSameAs(history.get(history.size() - 1).rubric());
        }
    }
}
