package io.debtmeter.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small rubric in English with a Japanese translation, for the tests of translations in loading,
 * validation, scoring and exchange. Its English text has 23 fields: title and description; 3 scale
 * labels; 2 band meanings; category data's title and description and ops' title; feature-store's title,
 * question, why and notApplicableWhen, its 3 level descriptors and level 0.5's evidence; rollback's
 * title, question and why and its 2 option labels. {@link #JAPANESE} translates every one of them.
 */
public final class TranslatedRubrics {

    /** The rubric before its translations; {@link #withJapanese} closes it. Lines 1 to 23. */
    private static final String ENGLISH = """
            {
              "id": "two-lang",
              "version": "1.0",
              "title": "Two languages",
              "description": "A rubric in English and Japanese.",
              "scale": {"levels": [{"value": 0, "label": "No"}, {"value": 0.5, "label": "Partly"}, {"value": 1, "label": "Yes"}]},
              "aggregation": {"rule": "weighted-mean"},
              "gradeBands": [{"label": "A", "min": 0, "max": 50, "meaning": "Little debt"},
                             {"label": "B", "min": 50, "max": 100, "meaning": "Much debt"}],
              "categories": [{"id": "data", "title": "Data", "description": "About data", "weight": 3},
                             {"id": "ops", "title": "Operations", "weight": 1}],
              "items": [
                {"id": "feature-store", "category": "data", "kind": "practice", "title": "Feature store",
                 "question": "Do you share features?", "why": "Reuse", "notApplicableWhen": "No features",
                 "levels": [{"value": 0, "descriptor": "None"},
                            {"value": 0.5, "descriptor": "Some", "evidence": "A wiki page"},
                            {"value": 1, "descriptor": "All"}]},
                {"id": "rollback", "category": "ops", "kind": "litmus", "title": "Rollback",
                 "question": "Can you roll back?", "why": "Limit harm",
                 "options": [{"id": "no", "label": "No", "score": 0}, {"id": "yes", "label": "Yes", "score": 1}]}
              ],
              "translations": {
                "ja": {
            """;

    /** Every text of the rubric in Japanese, as the body of the "ja" object. */
    public static final String JAPANESE = """
                  "title": "二つの言語",
                  "description": "英語と日本語のルーブリック。",
                  "scale": {"0": "いいえ", "0.5": "一部", "1": "はい"},
                  "gradeBands": {"A": "負債は少ない", "B": "負債が多い"},
                  "categories": {"data": {"title": "データ", "description": "データについて"}, "ops": {"title": "運用"}},
                  "items": {
                    "feature-store": {"title": "特徴量ストア", "question": "特徴量を共有していますか。", "why": "再利用のため",
                                      "notApplicableWhen": "特徴量がない",
                                      "levels": {"0": {"descriptor": "なし"}, "0.5": {"descriptor": "一部", "evidence": "Wiki のページ"},
                                                 "1": {"descriptor": "すべて"}}},
                    "rollback": {"title": "ロールバック", "question": "ロールバックできますか。", "why": "被害を抑えるため",
                                 "options": {"no": "いいえ", "yes": "はい"}}
                  }
            """;

    private TranslatedRubrics() {
    }

    /** The rubric with every text translated into Japanese. */
    public static String json() {
        return withJapanese(JAPANESE);
    }

    /** The rubric with this body for its "ja" translation; the body starts on line 24. */
    public static String withJapanese(String body) {
        return ENGLISH + body + """
                }
              }
            }
            """;
    }

    /** Writes the JSON to a file of this name in the folder, as a user would save it. */
    public static Path write(Path folder, String name, String json) throws IOException {
        return Files.writeString(folder.resolve(name), json, StandardCharsets.UTF_8);
    }
}
