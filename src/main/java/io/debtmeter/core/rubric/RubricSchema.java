package io.debtmeter.core.rubric;

import io.debtmeter.core.platform.ProblemTexts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The structural half of validation: the published JSON Schema ({@code rubrics/rubric.schema.json}),
 * applied with a standard validator so that our checks and other tools' agree.
 */
final class RubricSchema {

    static final String RESOURCE = "/rubrics/rubric.schema.json";

    private final JsonSchema schema;
    private final JsonNode tree;

    RubricSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        try (InputStream in = RubricSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The rubric schema is missing from the application: " + RESOURCE);
            }
            byte[] text = in.readAllBytes();
            tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Problems as (pointer, message) pairs, in document order, told in the rubric's terms and the
     * language of {@code texts} (the validator's own words too: it ships Japanese).
     */
    List<PointedMessage> check(JsonNode document, ProblemTexts texts) {
        return schema.validate(document, context -> context.getExecutionConfig().setLocale(texts.locale())).stream()
                .filter(message -> !isNoiseFromConditional(message))
                .map(message -> inRubricTerms(texts, document, message))
                .distinct()
                .sorted(Comparator.comparing(PointedMessage::pointer))
                .toList();
    }

    /**
     * "item `data-versioning` has no field `wieght`; did you mean `weight`?" instead of "property 'wieght'
     * is not defined in the schema": where it is (item, level, category by id), what is wrong, and for a
     * misspelt field the nearest of the names that object allows.
     */
    private PointedMessage inRubricTerms(ProblemTexts texts, JsonNode document, ValidationMessage message) {
        String pointer = message.getInstanceLocation().toString();
        String place = RubricTerms.place(texts, document, pointer);
        String property = message.getProperty();
        if ("additionalProperties".equals(message.getType()) && property != null) {
            List<String> allowed = allowedNames(message);
            String hint = RubricTerms.nearest(property, allowed).map(near -> texts.get("schema.didYouMean", near))
                    .orElse(allowed.isEmpty() ? "" : texts.get("schema.allowedFields", String.join(", ", allowed)));
            return new PointedMessage(pointer + "/" + escape(property),
                    texts.get("schema.unknownField", place, property, hint));
        }
        if ("required".equals(message.getType()) && property != null) {
            return new PointedMessage(pointer, texts.get("schema.missing", place, property));
        }
        return new PointedMessage(pointer, texts.get("schema.message", RubricTerms.subject(texts, document, pointer),
                SchemaMessages.plain(message)));
    }

    /** The names the schema allows in the object whose "additionalProperties" said no. */
    private List<String> allowedNames(ValidationMessage message) {
        try {
            String location = message.getSchemaLocation().getFragment().toString();
            String objectPointer = location.substring(0, location.lastIndexOf('/'));
            JsonNode properties = tree.at(objectPointer).path("properties");
            List<String> names = new java.util.ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            return names;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }


    /** "if/then" failures repeat what the specific "required"/"not" messages already say. */
    private static boolean isNoiseFromConditional(ValidationMessage message) {
        return "if".equals(message.getType()) || "allOf".equals(message.getType());
    }

    record PointedMessage(String pointer, String message) {
    }
}
