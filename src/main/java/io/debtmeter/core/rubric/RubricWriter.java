package io.debtmeter.core.rubric;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.debtmeter.model.AnswerOption;
import io.debtmeter.model.Category;
import io.debtmeter.model.GradeBand;
import io.debtmeter.model.Item;
import io.debtmeter.model.ItemKind;
import io.debtmeter.model.LevelDescriptor;
import io.debtmeter.model.OptionRange;
import io.debtmeter.model.Rubric;
import io.debtmeter.model.RubricTranslation;
import io.debtmeter.model.RubricTranslation.ItemTranslation;
import io.debtmeter.model.ScaleLevel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a {@link Rubric} in the rubric file format, the inverse of {@link RubricMapper}: what it
 * writes, {@link RubricLoader#parse} reads back as an equal rubric. Assessments keep their rubric
 * as such a snapshot, and exports reuse it.
 *
 * <p>The output is deterministic (same rubric, same bytes, on every OS: "\n" line ends, fields in a
 * fixed order), because snapshots are deduplicated by the hash of these bytes. Optional fields are
 * left out when empty or at their default. The model does not keep the file's {@code source}
 * field, so it cannot be written back.
 */
public final class RubricWriter {

    private static final JsonFactory FACTORY = new JsonFactory();
    /** Integers up to 2^53 are exact in a double; beyond that, write the double as it is. */
    private static final double LARGEST_EXACT_INTEGER = 9_007_199_254_740_992.0;

    /** The rubric as UTF-8 JSON, indented like the bundled files. */
    public byte[] toJson(Rubric rubric) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(JsonFileLayout.prettyPrinter());
            writeRubric(json, rubric);
        } catch (IOException e) {
            // Writing to memory cannot fail for I/O reasons; anything here is a bug.
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void writeRubric(JsonGenerator json, Rubric rubric) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rubric.id());
        json.writeStringField("version", rubric.version());
        json.writeStringField("title", rubric.title());
        writeUnlessEmpty(json, "description", rubric.description());
        writeUnlessEmpty(json, "placementRule", rubric.placementRule());
        writeUnlessEmpty(json, "previousVersion", rubric.previousVersion());
        json.writeObjectFieldStart("scale");
        writeObjects(json, "levels", rubric.scale().levels(), level -> {
            writeNumberField(json, "value", level.value());
            json.writeStringField("label", level.label());
        });
        json.writeEndObject();
        json.writeObjectFieldStart("aggregation");
        json.writeStringField("rule", rubric.aggregation().jsonName());
        json.writeEndObject();
        writeObjects(json, "gradeBands", rubric.gradeBands(), band -> {
            json.writeStringField("label", band.label());
            writeNumberField(json, "min", band.min());
            writeNumberField(json, "max", band.max());
            json.writeStringField("meaning", band.meaning());
        });
        writeObjects(json, "categories", rubric.categories(), category -> {
            json.writeStringField("id", category.id());
            json.writeStringField("title", category.title());
            writeUnlessEmpty(json, "description", category.description());
            writeNumberField(json, "weight", category.weight());
        });
        writeObjects(json, "items", rubric.items(), item -> writeItem(json, item));
        // Last, so the snapshots of rubrics without translations keep the bytes, and hashes, they had.
        if (!rubric.translations().isEmpty()) {
            json.writeObjectFieldStart("translations");
            for (Map.Entry<String, RubricTranslation> language : new TreeMap<>(rubric.translations()).entrySet()) {
                json.writeObjectFieldStart(language.getKey());
                writeTranslation(json, rubric, language.getValue());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** Fields in the rubric's own order, so a translation reads alongside the text it translates. */
    private void writeTranslation(JsonGenerator json, Rubric rubric, RubricTranslation t) throws IOException {
        writeUnlessEmpty(json, "title", t.title());
        writeUnlessEmpty(json, "description", t.description());
        writeUnlessEmpty(json, "placementRule", t.placementRule());
        writeTranslated(json, "scale", rubric.scale().levels().stream().map(ScaleLevel::value).toList(), t.scaleLabels(),
                (value, label) -> json.writeStringField(RubricMeaningChecks.format(value), label));
        writeTranslated(json, "gradeBands", rubric.gradeBands().stream().map(GradeBand::label).toList(),
                t.gradeBandMeanings(), json::writeStringField);
        writeTranslated(json, "categories", rubric.categories().stream().map(Category::id).toList(), t.categories(),
                (id, category) -> {
                    json.writeObjectFieldStart(id);
                    writeUnlessEmpty(json, "title", category.title());
                    writeUnlessEmpty(json, "description", category.description());
                    json.writeEndObject();
                });
        writeTranslated(json, "items", rubric.items().stream().map(Item::id).toList(), t.items(),
                (id, item) -> writeItemTranslation(json, rubric.item(id).orElse(null), id, item));
    }

    private void writeItemTranslation(JsonGenerator json, Item item, String id, ItemTranslation t) throws IOException {
        json.writeObjectFieldStart(id);
        writeUnlessEmpty(json, "title", t.title());
        writeUnlessEmpty(json, "question", t.question());
        writeUnlessEmpty(json, "why", t.why());
        writeUnlessEmpty(json, "notApplicableWhen", t.notApplicableWhen());
        writeUnlessEmpty(json, "meaningChange", t.meaningChange());
        writeTranslated(json, "levels", item == null ? List.of() : item.levels().stream().map(LevelDescriptor::value).toList(),
                t.levels(), (value, level) -> {
                    json.writeObjectFieldStart(RubricMeaningChecks.format(value));
                    writeUnlessEmpty(json, "descriptor", level.descriptor());
                    writeUnlessEmpty(json, "evidence", level.evidence());
                    json.writeEndObject();
                });
        writeTranslated(json, "options", item == null ? List.of() : item.options().stream().map(AnswerOption::id).toList(),
                t.options(), json::writeStringField);
        json.writeEndObject();
    }

    /**
     * The object {@code name} holding one field per translated key, in {@link #inOrder}; left out when
     * nothing of its kind is translated. Every part of a translation is written this one way.
     */
    private static <K extends Comparable<K>, V> void writeTranslated(JsonGenerator json, String name, List<K> rubricOrder,
            Map<K, V> translated, TranslatedField<K, V> field) throws IOException {
        if (translated.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(name);
        for (K key : inOrder(rubricOrder, translated)) {
            field.write(key, translated.get(key));
        }
        json.writeEndObject();
    }

    /** The array {@code name}, one object per element, its fields written by {@code fields}. */
    private static <T> void writeObjects(JsonGenerator json, String name, List<T> elements, JsonWriting<T> fields)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (T element : elements) {
            json.writeStartObject();
            fields.write(element);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Writes the fields of one element inside the object {@link #writeObjects} opened. */
    @FunctionalInterface
    private interface JsonWriting<T> {
        void write(T element) throws IOException;
    }

    /** Writes one translated key and its text(s) inside the object {@link #writeTranslated} opened. */
    @FunctionalInterface
    private interface TranslatedField<K, V> {
        void write(K key, V value) throws IOException;
    }

    /**
     * The keys of a translation in the rubric's order; keys the rubric does not have (a model built in
     * code, never a loaded file) follow, sorted, so nothing is dropped and the order stays fixed.
     */
    private static <K extends Comparable<K>> List<K> inOrder(List<K> rubricOrder, Map<K, ?> translated) {
        List<K> keys = new ArrayList<>(rubricOrder.stream().filter(translated::containsKey).toList());
        TreeSet<K> rest = new TreeSet<>(translated.keySet());
        keys.forEach(rest::remove);
        keys.addAll(rest);
        return keys;
    }

    /** The fields of one item, inside the object {@link #writeObjects} opened. */
    private void writeItem(JsonGenerator json, Item item) throws IOException {
        json.writeStringField("id", item.id());
        json.writeStringField("category", item.categoryId());
        json.writeStringField("kind", item.kind().jsonName());
        json.writeStringField("title", item.title());
        json.writeStringField("question", item.question());
        json.writeStringField("why", item.why());
        writeUnlessEmpty(json, "reference", item.reference());
        if (item.weight() != 1.0) {
            writeNumberField(json, "weight", item.weight());
        }
        writeUnlessEmpty(json, "notApplicableWhen", item.guidance().notApplicableWhen());
        writeUnlessEmpty(json, "meaningChange", item.guidance().meaningChange());
        writeUnlessEmpty(json, "rangeUnit", item.guidance().rangeUnit());
        // The schema allows levels only on practices and options only on litmus questions.
        if (item.kind() == ItemKind.PRACTICE) {
            writeObjects(json, "levels", item.levels(), level -> {
                writeNumberField(json, "value", level.value());
                json.writeStringField("descriptor", level.descriptor());
                writeUnlessEmpty(json, "evidence", level.evidence());
            });
        } else {
            writeObjects(json, "options", item.options(), option -> {
                json.writeStringField("id", option.id());
                json.writeStringField("label", option.label());
                writeNumberField(json, "score", option.score());
                if (option.range().isPresent()) {
                    OptionRange range = option.range().get();
                    json.writeObjectFieldStart("range");
                    writeNumberField(json, "from", range.from());
                    if (range.to().isPresent()) {
                        writeNumberField(json, "to", range.to().getAsDouble());
                    }
                    json.writeEndObject();
                }
            });
        }
    }

    private static void writeUnlessEmpty(JsonGenerator json, String field, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.writeStringField(field, value);
        }
    }

    /** 1.0 as {@code 1} and 0.5 as {@code 0.5}, as a person would write them in a rubric file. */
    private static void writeNumberField(JsonGenerator json, String field, double value) throws IOException {
        json.writeFieldName(field);
        if (value == Math.rint(value) && Math.abs(value) <= LARGEST_EXACT_INTEGER) {
            json.writeNumber((long) value);
        } else {
            json.writeNumber(value);
        }
    }
}
