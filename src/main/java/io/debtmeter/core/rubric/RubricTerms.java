package io.debtmeter.core.rubric;

import io.debtmeter.core.platform.ProblemTexts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Places and names in a rubric's own terms, for error messages: "item `data-versioning`", "level 2 of
 * item `data-versioning`", "category `data`", rather than the JSON Schema's "property … is not defined".
 */
final class RubricTerms {

    private RubricTerms() {
    }

    /** What a pointer such as /items/3/levels/2 names: "level 2 of item `data-versioning`"; "the rubric" for the root. */
    static String place(ProblemTexts texts, JsonNode root, String pointer) {
        String[] parts = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
        if (parts.length >= 2 && isIndex(parts[1])) {
            JsonNode element = root.path(parts[0]).path(Integer.parseInt(parts[1]));
            String named = switch (parts[0]) {
                case "items" -> texts.get("terms.item", name(texts, element, "id", parts[1]));
                case "categories" -> texts.get("terms.category", name(texts, element, "id", parts[1]));
                case "gradeBands" -> texts.get("terms.gradeBand", name(texts, element, "label", parts[1]));
                default -> null;
            };
            if (named != null) {
                if (parts[0].equals("items") && parts.length >= 4 && isIndex(parts[3])) {
                    JsonNode inner = element.path(parts[2]).path(Integer.parseInt(parts[3]));
                    if (parts[2].equals("levels")) {
                        return texts.get("terms.levelOf", value(texts, inner, "value", parts[3]), named);
                    }
                    if (parts[2].equals("options")) {
                        return texts.get("terms.optionOf", name(texts, inner, "id", parts[3]), named);
                    }
                }
                return named;
            }
        }
        if (parts.length >= 1 && parts[0].equals("scale")) {
            if (parts.length >= 3 && parts[1].equals("levels") && isIndex(parts[2])) {
                return texts.get("terms.scaleLevel",
                        value(texts, root.path("scale").path("levels").path(Integer.parseInt(parts[2])), "value", parts[2]));
            }
            return texts.get("terms.scale");
        }
        if (parts.length >= 1 && !parts[0].isEmpty() && root.has(parts[0]) && root.path(parts[0]).isContainerNode()) {
            return "`" + parts[0] + "`";
        }
        return texts.get("terms.rubric");
    }

    /** What a value is: "`weight` of item `p1`", "`version`", or the place itself for a whole item or level. */
    static String subject(ProblemTexts texts, JsonNode root, String pointer) {
        int slash = pointer.lastIndexOf('/');
        String last = slash < 0 ? "" : pointer.substring(slash + 1);
        if (last.isEmpty() || isIndex(last)) {
            return place(texts, root, pointer);
        }
        String parent = pointer.substring(0, slash);
        String field = "`" + last.replace("~1", "/").replace("~0", "~") + "`";
        return parent.isEmpty() ? field : texts.get("terms.fieldOf", field, place(texts, root, parent));
    }

    /** The allowed name closest to a misspelt one, if it is near enough to be a slip: "wieght" → "weight". */
    static Optional<String> nearest(String typed, Collection<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int distance = distance(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // One slip in a short name, up to a third of a longer one: "titel" → "title", not "id" → "kind".
        int allowedDistance = Math.max(1, Math.min(3, typed.length() / 3));
        return best != null && bestDistance <= allowedDistance ? Optional.of(best) : Optional.empty();
    }

    /** Edits (insert, delete, substitute, swap two neighbours) from one name to another. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String name(ProblemTexts texts, JsonNode element, String field, String index) {
        JsonNode value = element.path(field);
        return value.isTextual() && !value.asText().isBlank() ? "`" + value.asText() + "`" : number(texts, index);
    }

    private static String value(ProblemTexts texts, JsonNode element, String field, String index) {
        JsonNode value = element.path(field);
        return value.isNumber() ? value.asText() : number(texts, index);
    }

    private static String number(ProblemTexts texts, String index) {
        return texts.get("terms.number", String.valueOf(Integer.parseInt(index) + 1));
    }

    private static boolean isIndex(String part) {
        return !part.isEmpty() && part.length() < 9 && part.chars().allMatch(Character::isDigit);
    }
}
