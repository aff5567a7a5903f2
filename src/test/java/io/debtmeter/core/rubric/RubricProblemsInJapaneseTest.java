package io.debtmeter.core.rubric;

import io.debtmeter.testsupport.TranslatedRubrics;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rubric file checked for a Japanese reader is explained in Japanese, keeping what a person needs
 * to find the place (file, line, column, JSON pointer) and the file's own names as they are. The
 * same files checked in English: RubricLoaderTest, unchanged.
 */
class RubricProblemsInJapaneseTest {

    private final RubricLoader japanese = new RubricLoader(Locale.JAPANESE);

    @Test
    void brokenJsonIsExplainedInJapaneseAtItsLine() {
        String broken = RubricLoaderTest.VALID.replace("\"title\": \"Tiny\",", "\"title\": \"Tiny\" oops,");

        List<RubricProblem> problems = japanese.problems("tiny.json", bytes(broken));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.pointer()).isEqualTo("/title");
            assertThat(p.message()).isEqualTo("JSON として正しくありません：文字 'o' はここに置けません。',' か '}' が必要です");
        });
        assertThat(new RubricLoader().problems("tiny.json", bytes(broken))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("not valid JSON: unexpected character 'o'; expected ',' or '}'"));
    }

    @Test
    void aFileCutShortAndAnEmptyOneInJapanese() {
        String cut = RubricLoaderTest.VALID.substring(0, RubricLoaderTest.VALID.length() / 2);

        assertThat(japanese.problems("tiny.json", bytes(cut))).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("JSON として正しくありません：JSON が完結する前にファイルが終わっています（ファイルが途中で切れていませんか？）"));
        assertThat(japanese.problems("empty.json", new byte[0])).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("ファイルが空です。ルーブリックは JSON オブジェクトです");
            assertThat(p.describe(Locale.JAPANESE)).isEqualTo("empty.json: （文書全体）: ファイルが空です。ルーブリックは JSON オブジェクトです");
            assertThat(p.describe()).isEqualTo("empty.json: (document): ファイルが空です。ルーブリックは JSON オブジェクトです");
        });
    }

    @Test
    void meaningErrorsAreExplainedInJapaneseWithTheirPointers() {
        String broken = RubricLoaderTest.VALID
                .replace("\"id\": \"l1\", \"category\": \"c1\"", "\"id\": \"p1\", \"category\": \"c9\"")
                .replace("{\"value\": 0, \"descriptor\": \"not done\"}", "{\"value\": 2, \"descriptor\": \"off scale\"}")
                .replace("\"score\": 0}", "\"score\": 7}")
                .replace("\"min\": 50, \"max\": 100", "\"min\": 60, \"max\": 100");

        List<RubricProblem> problems = japanese.problems("tiny.json", bytes(broken));

        assertThat(problems).extracting(RubricProblem::pointer, RubricProblem::message).contains(
                Tuple.tuple("/items/1/id", "項目の id 'p1' が重複しています"),
                Tuple.tuple("/items/1/category", "カテゴリ 'c9' は /categories にありません"),
                Tuple.tuple("/items/0/levels/1/value", "レベル 2 は尺度 [0, 1] にありません"),
                Tuple.tuple("/items/0/levels", "レベル 0（No）の説明がありません"),
                Tuple.tuple("/items/1/options/1/score", "スコア 7 が尺度の範囲（0〜1）の外にあります"),
                Tuple.tuple("/gradeBands/1/min", "グレード帯の 50 と 60 の間に隙間があります"));
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void schemaFindingsAreToldInTheRubricsTermsInJapanese() {
        String broken = RubricLoaderTest.VALID.replace("\"weight\": 3, \"levels\"", "\"wieght\": 3, \"levels\"")
                .replace("\"title\": \"L\", \"question\": \"Q?\",", "\"title\": \"L\",")
                .replace("\"version\": \"1.0\",", "\"version\": 1,");

        List<RubricProblem> problems = japanese.problems("tiny.json", bytes(broken));

        assertThat(problems).extracting(RubricProblem::pointer, RubricProblem::message).contains(
                Tuple.tuple("/items/0/wieght",
                        "項目 `p1` に、ルーブリックにないフィールド `wieght` があります。`weight` の誤りではありませんか？"),
                Tuple.tuple("/items/1", "項目 `l1` に `question` がありません"));
        // The validator's own words come in Japanese too (networknt ships them), after our name for the place.
        assertThat(problems).filteredOn(p -> p.pointer().equals("/version")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("`version`：").contains("string").doesNotContain("expected");
        });
    }

    @Test
    void translationKeysAndRangesInJapanese() {
        String withTranslation = RubricLoaderTest.VALID.replace("\"items\": [",
                "\"translations\": {\"en\": {\"title\": \"Tiny\"}, \"ja\": {\"items\": {\"p9\": {\"title\": \"ピー\"}}}},\n  \"items\": [");

        assertThat(japanese.problems("tiny.json", bytes(withTranslation)))
                .extracting(RubricProblem::pointer, RubricProblem::message).contains(
                        Tuple.tuple("/translations/en", "ルーブリック自体のテキストが英語なので、'en' への翻訳は不要です"),
                        Tuple.tuple("/translations/ja/items/p9", "/items に項目 'p9' はありません"));
    }

    @Test
    void aMissingTranslationIsNamedInTheReadersLanguage() throws Exception {
        var rubric = japanese.parse("translated.json", bytes(TranslatedRubrics.json()
                .replace("\"question\": \"特徴量を共有していますか。\", ", "")));

        assertThat(TranslationGaps.in(rubric)).singleElement().satisfies(gap -> {
            assertThat(gap.message(Locale.JAPANESE)).isEqualTo("日本語のテキストがありません（英語を表示します）");
            assertThat(gap.message(Locale.ENGLISH)).isEqualTo("no Japanese text (English is shown)");
        });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
