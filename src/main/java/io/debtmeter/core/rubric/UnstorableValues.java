package io.debtmeter.core.rubric;

import io.debtmeter.core.platform.ProblemTexts;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds values in a parsed JSON tree that would not survive being kept: text holding half of a
 * UTF-16 surrogate pair (JSON lets a file write a lone U+D800 as an escape, but UTF-8, SQLite and every file
 * we write turn it into {@code ?}, so importing the same file twice would differ), and numbers
 * beyond what a double holds ({@code 1e400} would become infinity, {@code 1e-400} zero). The tree
 * must keep decimals exact (BigDecimal), or the damage is done before this sees it.
 */
public final class UnstorableValues {

    /** Enough to fix a file by; one mistake repeated in every record says no more. */
    private static final int MAX_FOUND = 50;
    private static final BigDecimal LARGEST = new BigDecimal(Double.MAX_VALUE);

    private final List<Found> found = new ArrayList<>();
    private final ProblemTexts texts;

    /**
     * Where the value being visited is: the keys (or, where null, the indexes) from the root down.
     * Kept as a stack and written out as a pointer only for what is found: building a pointer, or
     * even an object, for every value of a 200 MB file costs more than the search.
     */
    private String[] keys = new String[16];
    private int[] indexes = new int[16];
    private int depth;

    private UnstorableValues(ProblemTexts texts) {
        this.texts = texts;
    }

    /**
     * Every such value, by JSON pointer, in document order; empty when all can be kept as written. Told in
     * the language of {@code texts}.
     */
    public static List<Found> in(JsonNode root, ProblemTexts texts) {
        UnstorableValues search = new UnstorableValues(texts);
        search.visit(root);
        return List.copyOf(search.found);
    }

    private void push(String key, int index) {
        if (depth == keys.length) {
            keys = java.util.Arrays.copyOf(keys, depth * 2);
            indexes = java.util.Arrays.copyOf(indexes, depth * 2);
        }
        keys[depth] = key;
        indexes[depth] = index;
        depth++;
    }

    private String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            pointer.append('/').append(keys[i] != null ? LocatingJsonParser.escape(keys[i]) : String.valueOf(indexes[i]));
        }
        return pointer.toString();
    }

    private void visit(JsonNode node) {
        if (found.size() >= MAX_FOUND) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                push(field.getKey(), -1);
                loneSurrogate(field.getKey()).ifPresent(i -> add(pointer(), surrogate("key", field.getKey(), i)));
                visit(field.getValue());
                depth--;
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                push(null, i);
                visit(node.get(i));
                depth--;
            }
        } else if (node.isTextual()) {
            loneSurrogate(node.textValue()).ifPresent(i -> add(pointer(), surrogate("text", node.textValue(), i)));
        } else if (node.isNumber()) {
            number(node);
        }
    }

    private void number(JsonNode node) {
        if (!node.isBigDecimal() && !node.isBigInteger()) {
            return;
        }
        BigDecimal value = node.decimalValue();
        if (value.abs().compareTo(LARGEST) > 0) {
            add(pointer(), texts.get("unstorable.tooLarge", written(value)));
        } else if (value.signum() != 0 && value.doubleValue() == 0.0) {
            add(pointer(), texts.get("unstorable.tooSmall", written(value)));
        }
    }

    /** The index of the first UTF-16 surrogate without its other half, if any. */
    static java.util.OptionalInt loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return java.util.OptionalInt.of(i);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** {@code what}: "key" or "text". */
    private String surrogate(String what, String text, int index) {
        return texts.get("unstorable.surrogate." + what, String.format(Locale.ROOT, "\\u%04x", (int) text.charAt(index)),
                String.format(Locale.ROOT, "%,d", index + 1));
    }

    /** Short and recognisable: 1E+400 rather than 400 digits; a short number as written. */
    private static String written(BigDecimal value) {
        String plain = value.toString();
        return plain.length() <= 40 ? plain : value.round(new java.math.MathContext(6)).toString();
    }

    private void add(String pointer, String message) {
        if (found.size() < MAX_FOUND) {
            found.add(new Found(pointer, message));
        }
    }

    /** One value that cannot be kept as written. */
    public record Found(String pointer, String message) {
    }
}
