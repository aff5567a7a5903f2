package io.debtmeter.core.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an export could not carry over, for the command line and the window to say.
 *
 * @param replacedCharacters code points a PDF could not draw (no font has them) and shows as "?"
 */
public record ExportResult(List<Integer> replacedCharacters) {

    public static final ExportResult COMPLETE = new ExportResult(List.of());

    public ExportResult {
        replacedCharacters = List.copyOf(replacedCharacters);
    }

    /**
     * "2 characters could not be drawn and were replaced by ?: 🚀 (U+1F680), 𝔘 (U+1D518). Install a
     * font that has them (see README)." or empty when nothing was replaced.
     */
    public Optional<String> replacementNotice() {
        if (replacedCharacters.isEmpty()) {
            return Optional.empty();
        }
        int count = replacedCharacters.size();
        return Optional.of((count == 1 ? "1 character" : count + " characters")
                + " could not be drawn and " + (count == 1 ? "was" : "were") + " replaced by ?: " + characterList()
                + ". Install a font that has " + (count == 1 ? "it" : "them") + " (see README).");
    }

    /** "🚀 (U+1F680), 𝔘 (U+1D518)". */
    public String characterList() {
        return replacedCharacters.stream()
                .map(cp -> printable(cp) + " (U+" + String.format(Locale.ROOT, "%04X", cp) + ")")
                .collect(Collectors.joining(", "));
    }

    /** The character itself, unless it is invisible or would upset the terminal (controls, private use). */
    private static String printable(int codePoint) {
        int type = Character.getType(codePoint);
        boolean invisible = type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.UNASSIGNED || Character.isWhitespace(codePoint);
        return invisible ? "\uFFFD" : new String(Character.toChars(codePoint));
    }
}
