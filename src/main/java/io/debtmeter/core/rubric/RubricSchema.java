package io.debtmeter.core.rubric;

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

    RubricSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        try (InputStream in = RubricSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The rubric schema is missing from the application: " + RESOURCE);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems as (pointer, message) pairs, in document order. */
    List<PointedMessage> check(JsonNode document) {
        return schema.validate(document).stream()
                .filter(message -> !isNoiseFromConditional(message))
                .map(message -> new PointedMessage(message.getInstanceLocation().toString(), SchemaMessages.plain(message)))
                .distinct()
                .sorted(Comparator.comparing(PointedMessage::pointer))
                .toList();
    }


    /** "if/then" failures repeat what the specific "required"/"not" messages already say. */
    private static boolean isNoiseFromConditional(ValidationMessage message) {
        return "if".equals(message.getType()) || "allOf".equals(message.getType());
    }

    record PointedMessage(String pointer, String message) {
    }
}
