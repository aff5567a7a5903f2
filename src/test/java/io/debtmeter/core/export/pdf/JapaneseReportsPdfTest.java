package io.debtmeter.core.export.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample team's reports in Japanese, from the bundled rubric (which has a complete Japanese
 * translation): the report's own words from reports_ja.properties, the rubric's texts in Japanese,
 * dates as 2026年11月15日, numbers as in English, the Japanese font embedded. The scorecard's first page
 * is rendered to target/screenshots/scorecard-ja.png to be looked at.
 */
class JapaneseReportsPdfTest extends WithSampleTeam {

    private final PdfOptions japanese = new PdfOptions(PageFormat.A4, ScorecardPdfTest.CLOCK, Locale.UK)
            .withLanguage(Locale.JAPANESE);

    @Test
    void theScorecardSpeaksJapaneseWithTheRubricsJapaneseTextsAndTheJapaneseFontEmbedded() throws Exception {
        byte[] pdf = scorecard(japanese);
        PdfFiles.keep("scorecard-sample-ja", pdf);
        renderFirstPage(pdf, Path.of("target", "screenshots", "scorecard-ja.png"));
        List<String> pages = PdfFiles.pageTexts(pdf);
        String all = String.join("\n", pages);

        assertThat(pages.get(0)).contains("技術的負債スコアカード", "評価日 2026年11月15日", "ルーブリック ML の技術的負債",
                "負債指数", "カテゴリ別の成熟度", "回答状況", "最も弱い項目", "モデルの境界",
                "生成日時 2026年11月26日", "1 / " + pages.size() + " ページ");
        assertThat(all).contains("すべての項目", "アクション", "担当者", "期日", "データの依存関係");
        // No English heading or label of the report is left.
        assertThat(all).doesNotContain("Debt index", "Technical debt scorecard", "Maturity by category", "Coverage",
                "Weakest items", "Every item", "Action items", "Assessed", "Generated", "Page 1 of", "Model boundaries",
                "not applicable", "unanswered");
        assertThat(PdfFiles.fonts(pdf)).anySatisfy((name, embedded) -> {
            assertThat(name).contains("IPAGothic");
            assertThat(embedded).isTrue();
        }).allSatisfy((name, embedded) -> assertThat(embedded).isTrue());
    }

    @Test
    void theNumbersAreTheSameInBothLanguages() throws Exception {
        String english = PdfFiles.pageTexts(scorecard(new PdfOptions(PageFormat.A4, ScorecardPdfTest.CLOCK, Locale.UK)))
                .get(0);
        String inJapanese = PdfFiles.pageTexts(scorecard(japanese)).get(0);

        String index = english.replaceAll("(?s).*Debt index ([0-9.]+) of 100.*", "$1");
        assertThat(index).matches("[0-9]+\\.[0-9]");
        assertThat(inJapanese).contains("負債指数 " + index + " / 100");
    }

    @Test
    void comparisonAndTrendSpeakJapaneseToo() throws Exception {
        ByteArrayOutputStream comparison = new ByteArrayOutputStream();
        reports.comparison(store, newestFirst.get(1).id(), newestFirst.get(0).id(), japanese, comparison);
        ByteArrayOutputStream trend = new ByteArrayOutputStream();
        reports.teamTrend(store, team.id(), japanese, trend);
        PdfFiles.keep("comparison-sample-ja", comparison.toByteArray());
        PdfFiles.keep("trend-sample-ja", trend.toByteArray());

        String compared = String.join("\n", PdfFiles.pageTexts(comparison.toByteArray()));
        assertThat(compared).contains("評価の比較", "変更前: ", "変更後: ", "負債指数", "グレード", "カテゴリ", "モデルの境界",
                "評価と評価の間に完了したアクション").doesNotContain("Debt index", "Assessment comparison", "Before:", "improved");
        String trended = String.join("\n", PdfFiles.pageTexts(trend.toByteArray()));
        assertThat(trended).contains("チームの推移", "カテゴリ別の負債", "項目の推移（ヒートマップ）", "最初", "最新",
                        "モデルの境界", "2026年11月15日")
                .doesNotContain("Debt index", "Team trend", "Items over time", "not applicable");
    }

    private byte[] scorecard(PdfOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.scorecard(store, newestFirst.get(0).id(), options, out);
        return out.toByteArray();
    }

    /** What a reader sees: the page at 110 dpi, saved as PNG. */
    private static void renderFirstPage(byte[] pdf, Path png) throws IOException {
        try (PDDocument document = PdfFiles.load(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
        }
    }
}
