package io.debtmeter.core.rubric;

import io.debtmeter.core.platform.ProblemTexts;

import java.util.Locale;

/**
 * One thing wrong with a rubric file, located so a person can find it in an editor.
 *
 * @param source  the file (or resource) name as the user knows it
 * @param pointer JSON pointer of the offending value ("" for the whole document)
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong, in plain words
 */
public record RubricProblem(String source, String pointer, int line, int column, String message) {

    /** Reads like a compiler error: {@code file:12:5: /items/3/kind: must be one of ...}. */
    public String describe() {
        return describe(Locale.ENGLISH);
    }

    /** As {@link #describe()}, "(document)" said in {@code language}; the message is in the language it was made in. */
    public String describe(Locale language) {
        return ProblemTexts.of(language).located(source, pointer, line, column, message);
    }
}
