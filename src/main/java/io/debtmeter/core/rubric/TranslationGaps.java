package io.debtmeter.core.rubric;

import io.debtmeter.core.platform.ProblemTexts;

import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Category;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Item;
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.RubricTranslation;
import io.debtmeter.model.RubricTranslation.CategoryTranslation;
import io.debtmeter.model.RubricTranslation.ItemTranslation;
import io.debtmeter.model.RubricTranslation.LevelTranslation;
import io.debtmeter.model.ScaleLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The English texts a rubric's translations leave out: for every language, each text field the rubric
 * has that the translation lacks or leaves blank. Not an error (the English text is shown in its place),
 * but worth a warning, since a team reading the rubric in its own language meets English there.
 */
public final class TranslationGaps {

    /**
     * One missing text.
     *
     * @param pointer where the text belongs in the file, e.g. /translations/ja/items/feature-store/question
     */
    public record Gap(String language, String pointer) {

        /** "no Japanese text (English is shown)". */
        public String message() {
            return message(Locale.ENGLISH);
        }

        /** "no Japanese text (English is shown)", "日本語のテキストがありません（英語を表示します）". */
        public String message(Locale shownIn) {
            ProblemTexts texts = ProblemTexts.of(shownIn);
            return texts.get("gap.missing", languageName(language, texts.locale()));
        }
    }

    private TranslationGaps() {
    }

    /** In the rubric's order: languages sorted, then each in the order the rubric's text comes. */
    public static List<Gap> in(Rubric rubric) {
        List<Gap> gaps = new ArrayList<>();
        for (String language : rubric.languages()) {
            new Finder(language, rubric.translations().get(language), gaps).find(rubric);
        }
        return List.copyOf(gaps);
    }

    /** The language's English name ("Japanese" for ja), or the tag when Java does not know it. */
    static String languageName(String tag) {
        return languageName(tag, Locale.ENGLISH);
    }

    /** The language's name in {@code in} ("日本語" for ja in Japanese), or the tag when Java does not know it. */
    static String languageName(String tag, Locale in) {
        String name = Locale.forLanguageTag(tag).getDisplayName(in);
        return name.isBlank() ? tag : name;
    }

    private record Finder(String language, RubricTranslation translation, List<Gap> gaps) {

        void find(Rubric rubric) {
            String at = "/translations/" + escape(language);
            check(rubric.title(), translation.title(), at + "/title");
            check(rubric.description(), translation.description(), at + "/description");
            check(rubric.placementRule(), translation.placementRule(), at + "/placementRule");
            for (ScaleLevel level : rubric.scale().levels()) {
                check(level.label(), translation.scaleLabels().get(level.value()), at + "/scale/" + key(level.value()));
            }
            for (GradeBand band : rubric.gradeBands()) {
                check(band.meaning(), translation.gradeBandMeanings().get(band.label()),
                        at + "/gradeBands/" + escape(band.label()));
            }
            for (Category category : rubric.categories()) {
                CategoryTranslation t = translation.categories().getOrDefault(category.id(), new CategoryTranslation("", ""));
                String pointer = at + "/categories/" + category.id();
                check(category.title(), t.title(), pointer + "/title");
                check(category.description(), t.description(), pointer + "/description");
            }
            for (Item item : rubric.items()) {
                find(item, translation.items().getOrDefault(item.id(), EMPTY_ITEM), at + "/items/" + item.id());
            }
        }

        private void find(Item item, ItemTranslation t, String pointer) {
            check(item.title(), t.title(), pointer + "/title");
            check(item.question(), t.question(), pointer + "/question");
            check(item.why(), t.why(), pointer + "/why");
            check(item.guidance().notApplicableWhen(), t.notApplicableWhen(), pointer + "/notApplicableWhen");
            check(item.guidance().meaningChange(), t.meaningChange(), pointer + "/meaningChange");
            for (LevelDescriptor level : item.levels()) {
                LevelTranslation lt = t.levels().getOrDefault(level.value(), new LevelTranslation("", ""));
                String at = pointer + "/levels/" + key(level.value());
                check(level.descriptor(), lt.descriptor(), at + "/descriptor");
                check(level.evidence(), lt.evidence(), at + "/evidence");
            }
            for (AnswerOption option : item.options()) {
                check(option.label(), t.options().get(option.id()), pointer + "/options/" + option.id());
            }
        }

        private void check(String own, String translated, String pointer) {
            if (!own.isBlank() && (translated == null || translated.isBlank())) {
                gaps.add(new Gap(language, pointer));
            }
        }
    }

    private static final ItemTranslation EMPTY_ITEM = new ItemTranslation("", "", "", "", "", Map.of(), Map.of());

    private static String key(double value) {
        return RubricMeaningChecks.format(value);
    }

    private static String escape(String name) {
        return LocatingJsonParser.escape(name);
    }
}
