package io.debtmeter.core.rubric;

import io.debtmeter.core.platform.ProblemTexts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Checks that a rubric's translations translate what the rubric has: every category, item, scale value,
 * level, option and grade label they name exists, so a typo in a key does not silently leave the English
 * text in place; and that an optional text (a description, a placement rule, a meaning change, evidence)
 * is translated only where the rubric has it. The rubric's own text is English, so an "en" translation is
 * refused too: it would say the same thing twice, or two different things.
 */
final class TranslationKeyChecks {

    /** The language of every rubric's own text; the format has no field to say otherwise. */
    static final String OWN_LANGUAGE = "en";

    private final BiConsumer<String, String> report;
    private final ProblemTexts texts;

    /**
     * @param report takes a JSON pointer and a message, as {@link RubricMeaningChecks} reports
     * @param texts  the language of the messages
     */
    TranslationKeyChecks(BiConsumer<String, String> report, ProblemTexts texts) {
        this.report = report;
        this.texts = texts;
    }

    void check(JsonNode root) {
        JsonNode translations = root.path("translations");
        if (!translations.isObject()) {
            return;
        }
        Set<String> scale = values(root.path("scale").path("levels"), "value");
        Set<String> bands = texts(root.path("gradeBands"), "label");
        Set<String> categories = texts(root.path("categories"), "id");
        Map<String, JsonNode> items = new HashMap<>();
        root.path("items").forEach(item -> {
            if (item.path("id").isTextual()) {
                items.putIfAbsent(item.path("id").asText(), item);
            }
        });
        for (Map.Entry<String, JsonNode> language : translations.properties()) {
            String pointer = "/translations/" + LocatingJsonParser.escape(language.getKey());
            if (language.getKey().equals(OWN_LANGUAGE)) {
                report.accept(pointer, texts.get("translation.ownLanguage"));
                continue;
            }
            JsonNode translation = language.getValue();
            onlyWhatTheRubricHas(translation, root, pointer, "description", "placementRule");
            for (Map.Entry<String, JsonNode> category : translation.path("categories").properties()) {
                onlyWhatTheRubricHas(category.getValue(), find(root.path("categories"), "id", category.getKey()),
                        pointer + "/categories/" + LocatingJsonParser.escape(category.getKey()), "description");
            }
            keys(translation.path("scale"), pointer + "/scale", scale, "scaleValue",
                    texts.get("translation.where.scale", scale.toString()));
            keys(translation.path("gradeBands"), pointer + "/gradeBands", bands, "gradeLabel", "/gradeBands");
            keys(translation.path("categories"), pointer + "/categories", categories, "category", "/categories");
            keys(translation.path("items"), pointer + "/items", items.keySet(), "item", "/items");
            for (Map.Entry<String, JsonNode> item : translation.path("items").properties()) {
                JsonNode own = items.get(item.getKey());
                if (own != null) {
                    checkItem(item.getValue(), own, pointer + "/items/" + LocatingJsonParser.escape(item.getKey()));
                }
            }
        }
    }

    private void checkItem(JsonNode translated, JsonNode own, String pointer) {
        String id = own.path("id").asText();
        onlyWhatTheRubricHas(translated, own, pointer, "notApplicableWhen", "meaningChange");
        for (Map.Entry<String, JsonNode> level : translated.path("levels").properties()) {
            JsonNode ownLevel = MissingNode.getInstance();
            for (JsonNode candidate : own.path("levels")) {
                if (candidate.path("value").isNumber()
                        && RubricMeaningChecks.format(candidate.path("value").asDouble()).equals(level.getKey())) {
                    ownLevel = candidate;
                }
            }
            onlyWhatTheRubricHas(level.getValue(), ownLevel, pointer + "/levels/" + LocatingJsonParser.escape(level.getKey()),
                    "evidence");
        }
        if (translated.has("levels") && !own.has("levels")) {
            report.accept(pointer + "/levels", texts.get("translation.litmusHasOptions", id));
        } else {
            Set<String> levels = values(own.path("levels"), "value");
            keys(translated.path("levels"), pointer + "/levels", levels, "level",
                    texts.get("translation.where.itemLevels", id, levels.toString()));
        }
        if (translated.has("options") && !own.has("options")) {
            report.accept(pointer + "/options", texts.get("translation.practiceHasLevels", id));
        } else {
            keys(translated.path("options"), pointer + "/options", texts(own.path("options"), "id"), "option",
                    texts.get("translation.where.item", id));
        }
    }

    /**
     * An optional text translated where the rubric has none would appear in one language only; for a meaning
     * change it would even change what carries over. Refused, so the author adds the English text first.
     */
    private void onlyWhatTheRubricHas(JsonNode translated, JsonNode own, String pointer, String... fields) {
        if (own.isMissingNode()) {
            return;
        }
        for (String field : fields) {
            if (translated.path(field).isTextual() && !translated.path(field).asText().isBlank()
                    && own.path(field).asText("").isBlank()) {
                report.accept(pointer + "/" + field, texts.get("translation.noEnglish", field));
            }
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (element.path(field).asText("").equals(value)) {
                return element;
            }
        }
        return MissingNode.getInstance();
    }

    /** {@code what}: the kind of key, as named in the problems bundle ("scaleValue", "item", …). */
    private void keys(JsonNode object, String pointer, Set<String> known, String what, String where) {
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String key = entry.getKey();
            if (!known.contains(key)) {
                report.accept(pointer + "/" + LocatingJsonParser.escape(key),
                        texts.get("translation.unknownKey", texts.get("translation.what." + what), key, where));
            }
        }
    }

    /** Scale values as the app writes them ("0.5", "1"), the way translations name levels. */
    private static Set<String> values(JsonNode array, String field) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(n -> {
            if (n.path(field).isNumber()) {
                values.add(RubricMeaningChecks.format(n.path(field).asDouble()));
            }
        });
        return values;
    }

    private static Set<String> texts(JsonNode array, String field) {
        Set<String> texts = new LinkedHashSet<>();
        array.forEach(n -> {
            if (n.path(field).isTextual()) {
                texts.add(n.path(field).asText());
            }
        });
        return texts;
    }
}
