package io.debtmeter.core.exchange;

import io.debtmeter.core.platform.ProblemTexts;

import java.util.Locale;

/**
 * One thing wrong with an exchange file, located so a person can find it in an editor.
 *
 * @param source  the file name as the user knows it
 * @param pointer JSON pointer of the offending value ("" for the whole document)
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 */
public record ExchangeProblem(String source, String pointer, int line, int column, String message) {

    /** Reads like a compiler error: {@code team.json:12:5: /teams/0/name: must not be blank}. */
    public String describe() {
        return describe(Locale.ENGLISH);
    }

    /** As {@link #describe()}, "(document)" said in {@code language}; the message is in the language it was made in. */
    public String describe(Locale language) {
        return ProblemTexts.of(language).located(source, pointer, line, column, message);
    }
}
