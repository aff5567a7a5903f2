package io.debtmeter.core.rubric;

import io.debtmeter.core.scoring.ScoreCalculator;
import io.debtmeter.model.Answer;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Category;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Item;
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.ScaleLevel;
import io.debtmeter.model.ScoreResult;
import io.debtmeter.testsupport.TranslatedRubrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Translations: what the loader refuses, what {@link Rubric#localized} shows, and what stays the same. */
class RubricTranslationsTest {

    private final RubricLoader loader = new RubricLoader();

    @TempDir
    Path folder;

    @Test
    void theBundledTestScoreRubricHasACompleteJapaneseTranslation() throws Exception {
        Rubric rubric = loader.load(Path.of("rubrics", "ml-test-score.json"));

        assertThat(rubric.languages()).containsExactly("ja");
        assertThat(TranslationGaps.in(rubric)).isEmpty();
        Rubric japanese = rubric.localized("ja");
        assertThat(japanese.title()).isEqualTo("ML テストスコア");
        assertThat(japanese.scale().labelOf(0.5)).isEqualTo("手動");
        assertThat(japanese.category("monitoring").orElseThrow().title()).isEqualTo("監視");
        // Every text differs from the English one: nothing was left untranslated by copying it over.
        assertNothingCopiedOver(rubric, japanese, Item::title, Item::question, Item::why);
    }

    @Test
    void theDefaultRubricHasACompleteJapaneseTranslationWithItsOwnScaleLabels() throws Exception {
        Rubric rubric = loader.load(Path.of("rubrics", "ml-technical-debt.json"));

        assertThat(rubric.languages()).containsExactly("ja");
        assertThat(TranslationGaps.in(rubric)).isEmpty();
        Rubric japanese = rubric.localized("ja");
        assertThat(japanese.title()).isEqualTo("ML の技術的負債");
        assertThat(japanese.scale().labelOf(0)).isEqualTo("出発点");
        assertThat(japanese.scale().labelOf(4)).isEqualTo("自動化・監視");
        assertThat(japanese.category("model-boundaries").orElseThrow().title()).isEqualTo("モデルの境界");
        assertNothingCopiedOver(rubric, japanese, Item::title, Item::question);
    }

    /**
     * Each item's {@code texts}, and each of its level descriptors, differ from the English ones: the
     * check both bundled rubrics' translations pass, so neither can drift from the other.
     */
    @SafeVarargs
    private static void assertNothingCopiedOver(Rubric rubric, Rubric japanese, Function<Item, String>... texts) {
        for (Item item : japanese.items()) {
            Item english = rubric.item(item.id()).orElseThrow();
            for (Function<Item, String> text : texts) {
                assertThat(text.apply(item)).as(item.id()).isNotEqualTo(text.apply(english));
            }
            for (LevelDescriptor level : item.levels()) {
                assertThat(level.descriptor()).isNotEqualTo(english.level(level.value()).orElseThrow().descriptor());
            }
        }
    }

    @Test
    void aTranslationNamingAnItemTheRubricDoesNotHaveIsRefusedWithItsPlace() throws Exception {
        // Line 24 is the first of the "ja" body; the item's object starts at column 27.
        Path file = TranslatedRubrics.write(folder, "typo.json",
                TranslatedRubrics.withJapanese("\"items\": {\"feature-stor\": {\"title\": \"特徴量ストア\"}}\n"));

        InvalidRubricException e = catchThrowableOfType(InvalidRubricException.class, () -> loader.load(file));

        assertThat(e.problems()).containsExactly(new RubricProblem(file.toString(), "/translations/ja/items/feature-stor",
                24, 27, "no item 'feature-stor' in /items"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "categories": {"dat": {"title": "x"}}                                 | /translations/ja/categories/dat                    | no category 'dat' in /categories
            "scale": {"0.50": "x"}                                                | /translations/ja/scale/0.50                        | no scale value '0.50' in the scale [0, 0.5, 1]
            "gradeBands": {"C": "x"}                                              | /translations/ja/gradeBands/C                      | no grade label 'C' in /gradeBands
            "items": {"feature-store": {"levels": {"2": {"descriptor": "x"}}}}    | /translations/ja/items/feature-store/levels/2      | no level '2' in item 'feature-store' [0, 0.5, 1]
            "items": {"rollback": {"options": {"maybe": "x"}}}                    | /translations/ja/items/rollback/options/maybe      | no option 'maybe' in item 'rollback'
            "items": {"rollback": {"levels": {"0": {"descriptor": "x"}}}}         | /translations/ja/items/rollback/levels             | item 'rollback' is a litmus question: it has options, not levels
            "items": {"feature-store": {"options": {"no": "x"}}}                  | /translations/ja/items/feature-store/options       | item 'feature-store' is a practice: it has levels, not options
            "placementRule": "x"                                                  | /translations/ja/placementRule                     | the rubric has no English placementRule here to translate
            "categories": {"ops": {"description": "x"}}                           | /translations/ja/categories/ops/description        | the rubric has no English description here to translate
            "items": {"rollback": {"meaningChange": "x"}}                         | /translations/ja/items/rollback/meaningChange      | the rubric has no English meaningChange here to translate
            "items": {"feature-store": {"levels": {"0": {"evidence": "x"}}}}      | /translations/ja/items/feature-store/levels/0/evidence | the rubric has no English evidence here to translate
            """)
    void keysThatNameNothingInTheRubricAreErrors(String body, String pointer, String message) {
        List<RubricProblem> problems = loader.problems("t.json",
                TranslatedRubrics.withJapanese(body + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(problems).extracting(RubricProblem::pointer, RubricProblem::message)
                .containsExactly(tuple(pointer, message));
    }

    @Test
    void anEnglishTranslationIsRefusedBecauseTheRubricsOwnTextIsEnglish() {
        String json = TranslatedRubrics.json().replace("\"ja\": {", "\"en\": {");

        assertThat(loader.problems("t.json", json.getBytes(StandardCharsets.UTF_8)))
                .extracting(RubricProblem::pointer, RubricProblem::message)
                .containsExactly(tuple("/translations/en",
                        "the rubric's own text is English; a translation into 'en' is not needed"));
    }

    @Test
    void theSchemaRefusesAnUnknownFieldAndALanguageTagThatIsNotOne() {
        String unknownField = TranslatedRubrics.withJapanese("\"items\": {\"rollback\": {\"hint\": \"x\"}}\n");
        String notATag = TranslatedRubrics.json().replace("\"ja\": {", "\"Japanese\": {");

        assertThat(loader.problems("t.json", unknownField.getBytes(StandardCharsets.UTF_8)))
                .extracting(RubricProblem::pointer).containsExactly("/translations/ja/items/rollback/hint");
        assertThat(loader.problems("t.json", notATag.getBytes(StandardCharsets.UTF_8)))
                .extracting(RubricProblem::pointer).first().asString().startsWith("/translations");
    }

    @Test
    void localizedShowsTheTranslationWithTheSameIdsValuesAndWeights() throws Exception {
        Rubric rubric = loader.load(TranslatedRubrics.write(folder, "two.json", TranslatedRubrics.json()));

        Rubric japanese = rubric.localized("ja");

        assertThat(japanese.title()).isEqualTo("二つの言語");
        assertThat(japanese.description()).isEqualTo("英語と日本語のルーブリック。");
        assertThat(japanese.scale().levels()).containsExactly(
                new ScaleLevel(0, "いいえ"), new ScaleLevel(0.5, "一部"), new ScaleLevel(1, "はい"));
        assertThat(japanese.gradeBands()).containsExactly(
                new GradeBand("A", 0, 50, "負債は少ない"), new GradeBand("B", 50, 100, "負債が多い"));
        assertThat(japanese.categories()).containsExactly(
                new Category("data", "データ", "データについて", 3), new Category("ops", "運用", "", 1));
        Item store = japanese.item("feature-store").orElseThrow();
        assertThat(List.of(store.title(), store.question(), store.why(), store.guidance().notApplicableWhen()))
                .containsExactly("特徴量ストア", "特徴量を共有していますか。", "再利用のため", "特徴量がない");
        assertThat(store.levels()).containsExactly(new LevelDescriptor(0, "なし"),
                new LevelDescriptor(0.5, "一部", "Wiki のページ"), new LevelDescriptor(1, "すべて"));
        assertThat(japanese.item("rollback").orElseThrow().options())
                .containsExactly(new AnswerOption("no", "いいえ", 0), new AnswerOption("yes", "はい", 1));
        // A view in one language: it carries no translations of its own.
        assertThat(japanese.languages()).isEmpty();
        assertThat(japanese.localized("ja")).isSameAs(japanese);
    }

    @Test
    void aMissingOrBlankTranslationFallsBackToTheEnglishText() {
        Rubric rubric = parse(TranslatedRubrics.withJapanese("""
                "title": " ",
                "items": {"feature-store": {"question": "特徴量を共有していますか。"}}
                """));

        Rubric japanese = rubric.localized("ja");

        assertThat(japanese.title()).isEqualTo("Two languages");
        assertThat(japanese.item("feature-store").orElseThrow().question()).isEqualTo("特徴量を共有していますか。");
        assertThat(japanese.item("feature-store").orElseThrow().title()).isEqualTo("Feature store");
        assertThat(japanese.item("rollback").orElseThrow()).isEqualTo(rubric.item("rollback").orElseThrow());
        assertThat(japanese.scale()).isEqualTo(rubric.scale());
    }

    @Test
    void anUnknownLanguageGivesTheRubricBackUnchanged() {
        Rubric rubric = parse(TranslatedRubrics.json());

        assertThat(rubric.localized("fr")).isSameAs(rubric);
        assertThat(rubric.languages()).containsExactly("ja");
    }

    @Test
    void theLocalizedRubricScoresExactlyAsTheOriginal() {
        Rubric rubric = parse(TranslatedRubrics.json());
        Map<String, Answer> answers = Map.of("feature-store", new Answer.Level(0.5), "rollback", new Answer.Choice("no"));
        ScoreCalculator calculator = new ScoreCalculator();

        ScoreResult english = calculator.score(rubric, answers);
        ScoreResult japanese = calculator.score(rubric.localized("ja"), answers);

        // By hand: data (weight 3) 50 %, ops (weight 1) 0 %: maturity (3 × 50 + 0) / 4 = 37.5, debt 62.5, band B.
        assertThat(english.overallMaturity()).isEqualTo(OptionalDouble.of(37.5));
        assertThat(english.debtIndex()).isEqualTo(OptionalDouble.of(62.5));
        assertThat(english.grade().orElseThrow().label()).isEqualTo("B");
        // The same result; only the band's meaning is the one shown in Japanese.
        assertThat(japanese.grade()).contains(new GradeBand("B", 50, 100, "負債が多い"));
        assertThat(new ScoreResult(japanese.rule(), japanese.categories(), japanese.overallMaturity(), japanese.debtIndex(),
                english.grade(), japanese.coverage(), japanese.weakestCategories(), japanese.weakestItems(),
                japanese.decidingCategory())).isEqualTo(english);
    }

    @Test
    void translationsSurviveTheWriterAndRubricsWithoutThemKeepTheirBytes() {
        Rubric rubric = parse(TranslatedRubrics.json());
        RubricWriter writer = new RubricWriter();

        Rubric again = parse(new String(writer.toJson(rubric), StandardCharsets.UTF_8));

        assertThat(again).isEqualTo(rubric);
        assertThat(again.localized("ja")).isEqualTo(rubric.localized("ja"));
        // Written last, so the bytes (and the snapshot hashes) of rubrics without translations do not change.
        String written = new String(writer.toJson(rubric), StandardCharsets.UTF_8);
        assertThat(written.substring(written.indexOf("\"items\": ["))).contains("\"translations\": {\n    \"ja\": {");
        assertThat(new String(writer.toJson(rubric.localized("ja")), StandardCharsets.UTF_8)).doesNotContain("translations");
    }

    @Test
    void gapsNameEachEnglishTextTheTranslationLacksOrLeavesBlank() {
        // Everything but feature-store's question, level 0.5's evidence (blank) and option yes.
        Rubric rubric = parse(TranslatedRubrics.json()
                .replace("\"question\": \"特徴量を共有していますか。\", ", "")
                .replace("\"evidence\": \"Wiki のページ\"", "\"evidence\": \"\"")
                .replace(", \"yes\": \"はい\"", ""));

        assertThat(TranslationGaps.in(rubric)).extracting(TranslationGaps.Gap::pointer).containsExactly(
                "/translations/ja/items/feature-store/question",
                "/translations/ja/items/feature-store/levels/0.5/evidence",
                "/translations/ja/items/rollback/options/yes");
        assertThat(TranslationGaps.in(rubric).get(0).message()).isEqualTo("no Japanese text (English is shown)");
    }

    @Test
    void anEmptyTranslationLacksAll23EnglishTexts() {
        Rubric rubric = parse(TranslatedRubrics.withJapanese(""));

        assertThat(rubric.languages()).containsExactly("ja");
        assertThat(TranslationGaps.in(rubric)).hasSize(23);
        assertThat(rubric.localized("ja")).isEqualTo(new Rubric(rubric.id(), rubric.version(), rubric.title(),
                rubric.description(), rubric.scale(), rubric.aggregation(), rubric.gradeBands(), rubric.categories(),
                rubric.items(), rubric.placementRule(), rubric.previousVersion(), Map.of()));
    }

    private Rubric parse(String json) {
        try {
            return loader.parse("t.json", json.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidRubricException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }
}
