package io.debtmeter.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rubric's text in one other language, laid over its own text: every part is optional, and where a
 * part is absent or blank the rubric's own text stays. Only text is translated; ids, values, weights
 * and scores belong to the rubric, so a translated rubric scores exactly as the original.
 *
 * @param scaleLabels       level labels by scale value
 * @param gradeBandMeanings band meanings by band label (the label itself is not translated: it is how
 *                          results name the grade)
 * @param categories        by category id
 * @param items             by item id
 */
public record RubricTranslation(
        String title,
        String description,
        String placementRule,
        Map<Double, String> scaleLabels,
        Map<String, String> gradeBandMeanings,
        Map<String, CategoryTranslation> categories,
        Map<String, ItemTranslation> items) {

    public static final RubricTranslation NONE =
            new RubricTranslation("", "", "", Map.of(), Map.of(), Map.of(), Map.of());

    public RubricTranslation {
        title = orEmpty(title);
        description = orEmpty(description);
        placementRule = orEmpty(placementRule);
        scaleLabels = scaleLabels == null ? Map.of() : Map.copyOf(scaleLabels);
        gradeBandMeanings = gradeBandMeanings == null ? Map.of() : Map.copyOf(gradeBandMeanings);
        categories = categories == null ? Map.of() : Map.copyOf(categories);
        items = items == null ? Map.of() : Map.copyOf(items);
    }

    /** A category's title and description in the language. */
    public record CategoryTranslation(String title, String description) {
        public CategoryTranslation {
            title = orEmpty(title);
            description = orEmpty(description);
        }
    }

    /** An item's text in the language; levels by scale value, option labels by option id. */
    public record ItemTranslation(String title, String question, String why, String notApplicableWhen,
                                  String meaningChange, Map<Double, LevelTranslation> levels,
                                  Map<String, String> options) {
        public ItemTranslation {
            title = orEmpty(title);
            question = orEmpty(question);
            why = orEmpty(why);
            notApplicableWhen = orEmpty(notApplicableWhen);
            meaningChange = orEmpty(meaningChange);
            levels = levels == null ? Map.of() : Map.copyOf(levels);
            options = options == null ? Map.of() : Map.copyOf(options);
        }
    }

    /** One level of one practice in the language. */
    public record LevelTranslation(String descriptor, String evidence) {
        public LevelTranslation {
            descriptor = orEmpty(descriptor);
            evidence = orEmpty(evidence);
        }
    }

    /**
     * The rubric with this translation's text where it has some, and the rubric's own text elsewhere;
     * the rubric's other languages are left out, since the result is one language's view of it.
     */
    Rubric applyTo(Rubric rubric) {
        List<ScaleLevel> scale = rubric.scale().levels().stream()
                .map(l -> new ScaleLevel(l.value(), or(scaleLabels.get(l.value()), l.label()))).toList();
        List<GradeBand> bands = rubric.gradeBands().stream()
                .map(b -> new GradeBand(b.label(), b.min(), b.max(), or(gradeBandMeanings.get(b.label()), b.meaning())))
                .toList();
        List<Category> categoryList = rubric.categories().stream().map(c -> {
            CategoryTranslation t = categories.getOrDefault(c.id(), new CategoryTranslation("", ""));
            return new Category(c.id(), or(t.title(), c.title()), or(t.description(), c.description()), c.weight());
        }).toList();
        List<Item> itemList = new ArrayList<>();
        for (Item item : rubric.items()) {
            ItemTranslation t = items.get(item.id());
            itemList.add(t == null ? item : translated(item, t));
        }
        return new Rubric(rubric.id(), rubric.version(), or(title, rubric.title()), or(description, rubric.description()),
                new Scale(scale), rubric.aggregation(), bands, categoryList, itemList,
                or(placementRule, rubric.placementRule()), rubric.previousVersion(), Map.of());
    }

    private static Item translated(Item item, ItemTranslation t) {
        List<LevelDescriptor> levels = item.levels().stream().map(l -> {
            LevelTranslation lt = t.levels().getOrDefault(l.value(), new LevelTranslation("", ""));
            return new LevelDescriptor(l.value(), or(lt.descriptor(), l.descriptor()), or(lt.evidence(), l.evidence()));
        }).toList();
        List<AnswerOption> options = item.options().stream()
                .map(o -> new AnswerOption(o.id(), or(t.options().get(o.id()), o.label()), o.score(), o.range()))
                .toList();
        ItemGuidance g = item.guidance();
        ItemGuidance guidance = new ItemGuidance(or(t.notApplicableWhen(), g.notApplicableWhen()),
                or(t.meaningChange(), g.meaningChange()), g.rangeUnit());
        return new Item(item.id(), item.categoryId(), item.kind(), or(t.title(), item.title()),
                or(t.question(), item.question()), or(t.why(), item.why()), item.reference(), item.weight(),
                levels, options, guidance);
    }

    /**
     * The translated text where there is one for a text the rubric has. A translation of a text the rubric
     * lacks is ignored (loading refuses it): a meaning change that only the Japanese rubric had would stop
     * answers carrying over in Japanese alone.
     */
    private static String or(String translated, String own) {
        return translated == null || translated.isBlank() || own.isBlank() ? own : translated;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
