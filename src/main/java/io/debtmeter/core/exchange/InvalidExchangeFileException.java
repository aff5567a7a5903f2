package io.debtmeter.core.exchange;

import java.util.List;

/**
 * A file that cannot be imported or scored: not JSON, not an exchange file, a version this app does
 * not read, or contents that break the schema or the rules. Nothing was written when it is thrown.
 * The only exception reading a file throws for what is in it.
 */
public final class InvalidExchangeFileException extends Exception {

    private final String source;
    private final List<ExchangeProblem> problems;

    public InvalidExchangeFileException(String source, List<ExchangeProblem> problems) {
        super(summary(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    /** Every problem found, in file order; never empty. */
    public List<ExchangeProblem> problems() {
        return problems;
    }

    private static String summary(String source, List<ExchangeProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).describe();
        }
        return problems.size() + " problems in " + source + ", the first: " + problems.get(0).describe();
    }
}
