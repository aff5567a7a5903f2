package io.debtmeter.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A quick yes for the assessment and action records the exchange schema certainly accepts, checked
 * by hand on the tree already read: asking the schema validator about each of 600,000 answers was a
 * third of a dry run. It only ever says "surely valid" or "ask the schema": anything it is unsure of
 * (a vote written 2.0, a time with a line end after it, a name of spaces and accents only) goes to
 * the validator, which then says what is wrong, or that nothing is. So it may be stricter than the
 * schema, never looser; {@code RecordShapesTest} mutates records in many ways and holds it to that.
 *
 * <p>Mirrors {@code exchange.schema.json}'s {@code assessment} and {@code action}: a change there
 * must be made here too (the test fails on a record the schema refuses and this accepts).
 */
final class RecordShapes {

    private static final Set<String> ASSESSMENT = Set.of("id", "rubric", "date", "period", "participants", "status",
            "createdAt", "updatedAt", "responses", "targets");
    private static final Set<String> RUBRIC_REFERENCE = Set.of("id", "version", "sha256");
    private static final Set<String> TARGETS = Set.of("categories", "items");
    private static final Set<String> RESPONSE = Set.of("item", "answer", "note", "evidence", "votes", "carriedOver");
    /** Every property of an action; all are required except {@code closedAt}. */
    private static final Set<String> ACTION = Set.of("id", "raisedIn", "item", "text", "owner", "due", "status",
            "createdAt", "updatedAt", "closedAt");
    private static final Set<String> ASSESSMENT_STATUS = Set.of("draft", "final");
    private static final Set<String> ACTION_STATUS = Set.of("open", "done", "dropped");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_VOTES = 1_000_000;
    private static final String UUID_SHAPE = "hhhhhhhh-hhhh-hhhh-hhhh-hhhhhhhhhhhh";
    private static final String SHA256_SHAPE = "h".repeat(64);

    private RecordShapes() {
    }

    /** Whether the schema surely accepts {@code record} as an item of the team's list {@code list}. */
    static boolean surelyValid(String list, JsonNode record) {
        return switch (list) {
            case "assessments" -> assessment(record);
            case "actions" -> action(record);
            default -> false;
        };
    }

    private static boolean assessment(JsonNode node) {
        return exactly(node, ASSESSMENT) && uuid(node.get("id")) && rubricReference(node.get("rubric"))
                && date(node.get("date")) && node.get("period").isTextual() && strings(node.get("participants"))
                && oneOf(node.get("status"), ASSESSMENT_STATUS) && time(node.get("createdAt"))
                && time(node.get("updatedAt")) && responses(node.get("responses")) && targets(node.get("targets"));
    }

    private static boolean rubricReference(JsonNode node) {
        return exactly(node, RUBRIC_REFERENCE) && id(node.get("id")) && id(node.get("version"))
                && sha256(node.get("sha256"));
    }

    private static boolean responses(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode response : node) {
            if (!response(response)) {
                return false;
            }
        }
        return true;
    }

    private static boolean response(JsonNode node) {
        return exactly(node, RESPONSE) && id(node.get("item")) && answer(node.get("answer"))
                && node.get("note").isTextual() && strings(node.get("evidence")) && votes(node.get("votes"))
                && node.get("carriedOver").isBoolean();
    }

    /** Null, or an object of exactly one of level (a number), option (an id), notApplicable or dontKnow (true). */
    private static boolean answer(JsonNode node) {
        if (node.isNull()) {
            return true;
        }
        if (!node.isObject() || node.size() != 1) {
            return false;
        }
        String name = node.fieldNames().next();
        JsonNode value = node.get(name);
        return switch (name) {
            case "level" -> value.isNumber();
            case "option" -> id(value);
            case "notApplicable", "dontKnow" -> value.isBoolean() && value.booleanValue();
            default -> false;
        };
    }

    /** Whole numbers from 0 to a million; 2.0, which the schema may take as whole, is left to the schema. */
    private static boolean votes(JsonNode node) {
        if (!node.isObject()) {
            return false;
        }
        for (JsonNode count : node) {
            if (!count.isInt() || count.intValue() < 0 || count.intValue() > MAX_VOTES) {
                return false;
            }
        }
        return true;
    }

    private static boolean targets(JsonNode node) {
        if (!exactly(node, TARGETS) || !node.get("categories").isObject() || !node.get("items").isObject()) {
            return false;
        }
        for (JsonNode maturity : node.get("categories")) {
            if (!maturity.isNumber() || maturity.decimalValue().signum() < 0 || maturity.decimalValue().compareTo(HUNDRED) > 0) {
                return false;
            }
        }
        for (JsonNode level : node.get("items")) {
            if (!level.isNumber()) {
                return false;
            }
        }
        return true;
    }

    private static boolean action(JsonNode node) {
        if (!node.isObject() || !allKnown(node, ACTION)) {
            return false;
        }
        boolean requiredAll = node.size() == ACTION.size() || (node.size() == ACTION.size() - 1 && !node.has("closedAt"));
        return requiredAll && uuid(node.get("id")) && (node.get("raisedIn").isNull() || uuid(node.get("raisedIn")))
                && id(node.get("item")) && text(node.get("text")) && node.get("owner").isTextual()
                && (node.get("due").isNull() || date(node.get("due"))) && oneOf(node.get("status"), ACTION_STATUS)
                && time(node.get("createdAt")) && time(node.get("updatedAt"))
                && (!node.has("closedAt") || node.get("closedAt").isNull() || time(node.get("closedAt")));
    }

    /** An object with exactly these properties, each once (its tree holds each name once). */
    private static boolean exactly(JsonNode node, Set<String> names) {
        return node.isObject() && node.size() == names.size() && allKnown(node, names);
    }

    private static boolean allKnown(JsonNode node, Set<String> names) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            if (!names.contains(fields.next().getKey())) {
                return false;
            }
        }
        return true;
    }

    private static boolean strings(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode value : node) {
            if (!value.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static boolean oneOf(JsonNode node, Set<String> values) {
        return node.isTextual() && values.contains(node.textValue());
    }

    private static boolean id(JsonNode node) {
        return node.isTextual() && !node.textValue().isEmpty();
    }

    /** The schema asks for one character that is not white space; a printable ASCII one is surely that. */
    private static boolean text(JsonNode node) {
        if (!node.isTextual()) {
            return false;
        }
        String text = node.textValue();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > ' ' && text.charAt(i) < 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static boolean uuid(JsonNode node) {
        return shaped(node, UUID_SHAPE);
    }

    private static boolean sha256(JsonNode node) {
        return shaped(node, SHA256_SHAPE);
    }

    private static boolean date(JsonNode node) {
        return shaped(node, "dddd-dd-dd");
    }

    private static boolean time(JsonNode node) {
        return shaped(node, "dddd-dd-ddTdd:dd:dd.dddZ");
    }

    /** Whether the text has exactly the shape: d a digit, h a lower-case hex digit, anything else itself. */
    private static boolean shaped(JsonNode node, String shape) {
        if (!node.isTextual() || node.textValue().length() != shape.length()) {
            return false;
        }
        String text = node.textValue();
        for (int i = 0; i < shape.length(); i++) {
            char c = text.charAt(i);
            boolean fits = switch (shape.charAt(i)) {
                case 'd' -> c >= '0' && c <= '9';
                case 'h' -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                default -> c == shape.charAt(i);
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }
}
