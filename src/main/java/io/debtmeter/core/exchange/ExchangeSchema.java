package io.debtmeter.core.exchange;

import io.debtmeter.core.platform.ProblemTexts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.debtmeter.core.rubric.SchemaMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The published JSON Schema of the format, applied with a standard validator so other tools agree with us. */
final class ExchangeSchema {

    /** Past this many the rest are noise: one mistake repeated in every assessment. */
    static final int MAX_MESSAGES = 50;

    private final JsonSchema schema;

    ExchangeSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        try (InputStream in = ExchangeSchema.class.getResourceAsStream(ExchangeFormat.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The exchange schema is missing from the application: "
                        + ExchangeFormat.SCHEMA_RESOURCE);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems as (pointer, message) pairs, by pointer, in the language of {@code texts} (the validator ships Japanese). */
    List<PointedMessage> check(JsonNode document, ProblemTexts texts) {
        return schema.validate(document, context -> context.getExecutionConfig().setLocale(texts.locale())).stream()
                .map(message -> new PointedMessage(message.getInstanceLocation().toString(),
                        SchemaMessages.plain(message)))
                .distinct()
                .sorted(Comparator.comparing(PointedMessage::pointer))
                .limit(MAX_MESSAGES)
                .toList();
    }

    record PointedMessage(String pointer, String message) {
    }
}
