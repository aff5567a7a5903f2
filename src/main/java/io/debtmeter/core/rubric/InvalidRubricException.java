package io.debtmeter.core.rubric;

import java.util.List;

/** A rubric file could not be used; carries every problem found, not just the first. */
public final class InvalidRubricException extends Exception {

    private final String source;
    private final List<RubricProblem> problems;

    public InvalidRubricException(String source, List<RubricProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + source);
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<RubricProblem> problems() {
        return problems;
    }
}
