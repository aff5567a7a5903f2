package io.debtmeter.core.rubric;

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

    private UnstorableValues() {
    }

    /** Every such value, by JSON pointer, in document order; empty when all can be kept as written. */
    public static List<Found> in(JsonNode root) {
        UnstorableValues search = new UnstorableValues();
        search.visit(root, null);
        return List.copyOf(search.found);
    }

    /**
     * Where a value is: its key or index under its parent's place. Pointers are written out only for
     * what is found: building one for every value of a 200 MB file costs more than the search.
     */
    private record Place(Place parent, String key, int index) {
        String pointer() {
            return (parent == null ? "" : parent.pointer()) + "/" + (key != null ? LocatingJsonParser.escape(key) : index);
        }
    }

    private static String pointer(Place place) {
        return place == null ? "" : place.pointer();
    }

    private void visit(JsonNode node, Place place) {
        if (found.size() >= MAX_FOUND) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                Place at = new Place(place, field.getKey(), -1);
                loneSurrogate(field.getKey()).ifPresent(i -> add(at.pointer(), "the key " + surrogate(field.getKey(), i)));
                visit(field.getValue(), at);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(node.get(i), new Place(place, null, i));
            }
        } else if (node.isTextual()) {
            loneSurrogate(node.textValue()).ifPresent(i -> add(pointer(place), "the text " + surrogate(node.textValue(), i)));
        } else if (node.isNumber()) {
            number(node, place);
        }
    }

    private void number(JsonNode node, Place place) {
        if (!node.isBigDecimal() && !node.isBigInteger()) {
            return;
        }
        BigDecimal value = node.decimalValue();
        if (value.abs().compareTo(LARGEST) > 0) {
            add(pointer(place), "the number " + written(value) + " is too large: a number here may be at most about 1.8e308");
        } else if (value.signum() != 0 && value.doubleValue() == 0.0) {
            add(pointer(place), "the number " + written(value) + " is too close to zero to be kept: it would become 0;"
                    + " write 0 if that is meant");
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

    private static String surrogate(String text, int index) {
        return String.format(Locale.ROOT, "holds \\u%04x at character %,d: half of a UTF-16 surrogate pair without"
                + " its other half, which no file or database can keep (it would become '?')",
                (int) text.charAt(index), index + 1);
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
