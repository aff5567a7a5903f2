package io.debtmeter.core.export;

import io.debtmeter.core.export.text.ReportTexts;
import io.debtmeter.core.assessment.AssessmentStore;
import io.debtmeter.core.rubric.RubricLoader;
import io.debtmeter.core.sample.SampleData;
import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.Team;
import io.debtmeter.testsupport.TestStores;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown and CSV in Japanese. Markdown: the sample team on the bundled rubric (which has a complete
 * Japanese translation): Japanese headings, the rubric's Japanese titles, Japanese dates, the same
 * numbers as in English. CSV: only the header row changes; the values stay machine-friendly.
 */
class JapaneseExportTest extends WithExportFixture {

    private static final ReportTexts JA = ReportTexts.of(Locale.JAPANESE);

    @Test
    void aScorecardInJapaneseHasJapaneseHeadingsRubricTitlesAndDatesAndTheSameNumbers() throws IOException {
        try (AssessmentStore store = sampleStore()) {
            Assessment newest = newest(store);
            ExportSubject subject = ExportSubject.assessment(newest.id());
            String md = new MarkdownExport(new ScoreCalculator(), JA).render(store, subject);
            String english = new MarkdownExport(new ScoreCalculator()).render(store, subject);

            assertThat(md).startsWith("# スコアカード: Search ranking (sample)、2026-Q4\n")
                    .contains("| 日付 | 2026年11月15日 |\n", "| ルーブリック | ML の技術的負債 ", "| 負債指数 | **",
                            "（0 = 負債なし、100 = すべて負債）", "| グレード | **", "| 回答状況 | 回答済み ",
                            "## カテゴリ\n", "| カテゴリ | 成熟度 % | 回答済み | 該当なし | 未回答 |", "| モデルの境界 | ",
                            "## 最も弱い項目\n", "## アクション\n", "| 状態 | アクション | 担当者 | 期日 | 項目 |")
                    .doesNotContain("Debt index", "Scorecard", "Weakest items", "Model boundaries", "answered");
            assertThat(value(md, "\\| 負債指数 \\| \\*\\*([0-9.]+)\\*\\*")).isEqualTo(value(english, "\\| Debt index \\| \\*\\*([0-9.]+)\\*\\*"));
        }
    }

    @Test
    void aComparisonInJapaneseHasJapaneseHeadingsAndRubricTitles() throws IOException {
        try (AssessmentStore store = sampleStore()) {
            List<Assessment> newestFirst = store.assessments(team(store).id());
            ExportSubject subject = ExportSubject.comparison(newestFirst.get(1).id(), newestFirst.get(0).id());
            String md = new MarkdownExport(new ScoreCalculator(), JA).render(store, subject);
            String english = new MarkdownExport(new ScoreCalculator()).render(store, subject);

            assertThat(md).startsWith("# 比較: Search ranking (sample) 2026-Q3 \u2192 Search ranking (sample) 2026-Q4\n")
                    .contains("|  | 変更前 | 変更後 | 変化 |", "| 日付 | 2026年8月15日 | 2026年11月15日 |  |",
                            "## カテゴリ（成熟度 %）\n", "| モデルの境界 | ", "## \u25BC 改善した項目（", "## \u25B2 悪化した項目（",
                            "## 間に完了したアクション（")
                    .doesNotContain("Debt index", "Comparison:", "improved", "Model boundaries");
            assertThat(value(md, "\\| 負債指数 \\| ([0-9.]+ \\| [0-9.]+) \\|"))
                    .isEqualTo(value(english, "\\| Debt index \\| ([0-9.]+ \\| [0-9.]+) \\|"));
        }
    }

    @Test
    void aTeamsHistoryInJapanese() throws IOException {
        try (AssessmentStore store = sampleStore()) {
            String md = new MarkdownExport(new ScoreCalculator(), JA).render(store, ExportSubject.team(team(store).id()));

            assertThat(md).startsWith("# Search ranking (sample): 負債の推移\n")
                    .contains("| 期間 | 日付 | ルーブリック | 状態 | 負債指数 | 変化 | グレード | 回答状況 |",
                            "| 2026-Q4 | 2026年11月15日 | ml-technical-debt ", "## 未完了のアクション\n")
                    .doesNotContain("debt history", "Open actions");
        }
    }

    @Test
    void csvInJapaneseTranslatesTheHeaderRowOnly() throws IOException {
        for (Exporter[] pair : List.of(new Exporter[] {new ScoresCsv(new ScoreCalculator()), new ScoresCsv(new ScoreCalculator(), JA)},
                new Exporter[] {new ActionsCsv(), new ActionsCsv(JA)})) {
            List<List<String>> english = csv(pair[0]);
            List<List<String>> japanese = csv(pair[1]);

            assertThat(japanese.subList(1, japanese.size())).isEqualTo(english.subList(1, english.size())).isNotEmpty();
            assertThat(japanese.get(0)).hasSameSizeAs(english.get(0)).doesNotContainAnyElementsOf(english.get(0));
        }
        assertThat(csv(new ScoresCsv(new ScoreCalculator(), JA)).get(0)).containsExactly("チーム", "評価ID", "日付", "期間",
                "ルーブリックID", "ルーブリックのバージョン", "カテゴリ", "項目ID", "項目名", "種類", "回答", "レベル", "回答ラベル",
                "スコア", "メモ");
        // The values stay ISO dates and '.' decimals.
        assertThat(csv(new ScoresCsv(new ScoreCalculator(), JA)).get(2)).contains("2026-03-10", "0.5");
        assertThat(csv(new ActionsCsv(JA)).get(0)).startsWith("チーム", "アクションID", "状態", "内容", "担当者", "期日");
    }

    @Test
    void exportFormatsInJapaneseWriteJapaneseAndTheOldConstructorStaysEnglish() throws IOException {
        ExportFormats english = new ExportFormats(Clock.systemUTC(), Locale.JAPAN, "Debtmeter test");
        ExportFormats japanese = english.inLanguage(Locale.JAPANESE);

        assertThat(english.language()).isEqualTo(Locale.ENGLISH);
        assertThat(japanese.language()).isEqualTo(Locale.JAPANESE);
        assertThat(write(english.exporter(ExportFormats.Format.MD, null, ExportFormats.CsvContent.SCORES)))
                .startsWith("# Search ranking: debt history");
        assertThat(write(japanese.exporter(ExportFormats.Format.MD, null, ExportFormats.CsvContent.SCORES)))
                .startsWith("# Search ranking: 負債の推移");
        assertThat(write(japanese.exporter(ExportFormats.Format.CSV, null, ExportFormats.CsvContent.ACTIONS)))
                .startsWith("\uFEFFチーム,アクションID,");
    }

    private String write(Exporter exporter) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AssessmentStore store = fixture.open()) {
            exporter.write(store, ExportSubject.team(fixture.team().id()), bytes);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private List<List<String>> csv(Exporter exporter) throws IOException {
        return Rfc4180Reader.parse(write(exporter).substring(1));
    }

    private AssessmentStore sampleStore() {
        AssessmentStore store = TestStores.create(folder, "sample.db");
        try (InputStream in = JapaneseExportTest.class.getResourceAsStream("/rubrics/ml-technical-debt.json")) {
            Rubric rubric = new RubricLoader().load("ml-technical-debt.json", in);
            new SampleData(store).load(rubric, LocalDate.of(2026, 11, 15));
        } catch (Exception e) {
            store.close();
            throw new IllegalStateException("The bundled rubric does not load", e);
        }
        return store;
    }

    private static Team team(AssessmentStore store) {
        return store.teams().stream().filter(t -> t.name().equals(SampleData.TEAM_NAME)).findFirst().orElseThrow();
    }

    private static Assessment newest(AssessmentStore store) {
        return store.assessments(team(store).id()).get(0);
    }

    private static String value(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in%n%s", regex, text).isTrue();
        return matcher.group(1);
    }
}
