package io.debtmeter.core.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.debtmeter.core.rubric.JsonFileLayout;
import io.debtmeter.model.ActionItem;
import io.debtmeter.model.Answer;
import io.debtmeter.model.Assessment;
import io.debtmeter.model.ItemResponse;
import io.debtmeter.model.Targets;
import io.debtmeter.model.Team;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a document as JSON, the same bytes for the same document on every machine: keys in a
 * fixed order, maps sorted by key, "\n" line ends (not the platform's), integral numbers without
 * ".0", times with exactly three fraction digits. The lists come sorted in the document.
 */
final class ExchangeJsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    /** Integers up to 2^53 are exact in a double; beyond that, write the double as it is. */
    private static final double LARGEST_EXACT_INTEGER = 9_007_199_254_740_992.0;

    void write(ExchangeDocument document, OutputStream out) throws IOException {
        try (JsonGenerator json = begin(out, document.header(), document.rubrics())) {
            for (ExchangeTeam team : document.teams()) {
                writeTeam(json, team);
            }
            end(json);
        }
    }

    /** Everything before the first team; the teams follow one at a time ({@link #writeTeam}), then {@link #end}. */
    JsonGenerator begin(OutputStream out, ExchangeHeader header, List<ExchangeRubric> rubrics) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.setPrettyPrinter(JsonFileLayout.prettyPrinter());
        json.writeStartObject();
        json.writeStringField("format", ExchangeFormat.NAME);
        json.writeNumberField("formatVersion", header.formatVersion());
        json.writeStringField("exportedAt", ExchangeFormat.time(header.exportedAt()));
        json.writeStringField("exportedBy", header.exportedBy());
        json.writeStringField("scope", header.scope().json());
        json.writeArrayFieldStart("rubrics");
        for (ExchangeRubric rubric : rubrics) {
            json.writeStartObject();
            json.writeStringField("sha256", rubric.sha256());
            json.writeStringField("id", rubric.id());
            json.writeStringField("version", rubric.version());
            json.writeStringField("content", rubric.content());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("teams");
        return json;
    }

    void end(JsonGenerator json) throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    static void writeTeam(JsonGenerator json, ExchangeTeam entry) throws IOException {
        Team team = entry.team();
        json.writeStartObject();
        json.writeStringField("id", team.id().toString());
        json.writeStringField("name", team.name());
        json.writeStringField("createdAt", ExchangeFormat.time(team.createdAt()));
        json.writeStringField("updatedAt", ExchangeFormat.time(team.updatedAt()));
        json.writeArrayFieldStart("assessments");
        for (ExchangeAssessment assessment : entry.assessments()) {
            writeAssessment(json, assessment);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("actions");
        for (ActionItem action : entry.actions()) {
            writeAction(json, action);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeAssessment(JsonGenerator json, ExchangeAssessment entry) throws IOException {
        Assessment assessment = entry.assessment();
        json.writeStartObject();
        json.writeStringField("id", assessment.id().toString());
        json.writeObjectFieldStart("rubric");
        json.writeStringField("id", assessment.rubricId());
        json.writeStringField("version", assessment.rubricVersion());
        json.writeStringField("sha256", entry.rubric().sha256());
        json.writeEndObject();
        json.writeStringField("date", assessment.date().toString());
        json.writeStringField("period", assessment.period());
        json.writeArrayFieldStart("participants");
        for (String participant : assessment.participants()) {
            json.writeString(participant);
        }
        json.writeEndArray();
        json.writeStringField("status", assessment.status().name().toLowerCase(Locale.ROOT));
        json.writeStringField("createdAt", ExchangeFormat.time(assessment.createdAt()));
        json.writeStringField("updatedAt", ExchangeFormat.time(assessment.updatedAt()));
        json.writeArrayFieldStart("responses");
        for (ItemResponse response : entry.responses()) {
            writeResponse(json, response);
        }
        json.writeEndArray();
        writeTargets(json, entry.targets());
        json.writeEndObject();
    }

    private static void writeResponse(JsonGenerator json, ItemResponse response) throws IOException {
        json.writeStartObject();
        json.writeStringField("item", response.itemId());
        json.writeFieldName("answer");
        Answer answer = response.answer().orElse(null);
        if (answer == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            if (answer instanceof Answer.Level level) {
                json.writeFieldName("level");
                writeNumber(json, level.value());
            } else if (answer instanceof Answer.Choice choice) {
                json.writeStringField("option", choice.optionId());
            } else if (answer instanceof Answer.DontKnow) {
                json.writeBooleanField("dontKnow", true);
            } else {
                json.writeBooleanField("notApplicable", true);
            }
            json.writeEndObject();
        }
        json.writeStringField("note", response.note());
        json.writeArrayFieldStart("evidence");
        for (String link : response.evidenceLinks()) {
            json.writeString(link);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("votes");
        // Already by key: ItemResponse keeps its votes in a sorted map.
        for (Map.Entry<String, Integer> vote : response.votes().entrySet()) {
            json.writeNumberField(vote.getKey(), vote.getValue());
        }
        json.writeEndObject();
        json.writeBooleanField("carriedOver", response.carriedOver());
        json.writeEndObject();
    }

    private static void writeTargets(JsonGenerator json, Targets targets) throws IOException {
        json.writeObjectFieldStart("targets");
        writeNumbers(json, "categories", targets.categoryMaturity());
        writeNumbers(json, "items", targets.itemLevel());
        json.writeEndObject();
    }

    private static void writeNumbers(JsonGenerator json, String field, Map<String, Double> values) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, Double> value : sorted(values).entrySet()) {
            json.writeFieldName(value.getKey());
            writeNumber(json, value.getValue());
        }
        json.writeEndObject();
    }

    private static void writeAction(JsonGenerator json, ActionItem action) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", action.id().toString());
        json.writeFieldName("raisedIn");
        if (action.raisedIn() == null) {
            json.writeNull();
        } else {
            json.writeString(action.raisedIn().toString());
        }
        json.writeStringField("item", action.itemId());
        json.writeStringField("text", action.text());
        json.writeStringField("owner", action.owner());
        json.writeFieldName("due");
        if (action.due().isPresent()) {
            json.writeString(action.due().get().toString());
        } else {
            json.writeNull();
        }
        json.writeStringField("status", action.status().name().toLowerCase(Locale.ROOT));
        json.writeStringField("createdAt", ExchangeFormat.time(action.createdAt()));
        json.writeStringField("updatedAt", ExchangeFormat.time(action.updatedAt()));
        json.writeFieldName("closedAt");
        if (action.closedAt().isPresent()) {
            json.writeString(ExchangeFormat.time(action.closedAt().get()));
        } else {
            json.writeNull();
        }
        json.writeEndObject();
    }

    /** By key; an empty map (most are) is not copied. */
    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return map.isEmpty() ? map : new TreeMap<>(map);
    }

    /** 2 for 2.0, 0.5 for 0.5: integral values are written as integers. */
    private static void writeNumber(JsonGenerator json, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) <= LARGEST_EXACT_INTEGER) {
            json.writeNumber((long) value);
        } else {
            json.writeNumber(value);
        }
    }
}
