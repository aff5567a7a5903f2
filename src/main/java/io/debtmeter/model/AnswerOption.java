package io.debtmeter.model;

import java.util.Optional;

/**
 * One possible answer to a litmus question and the score on the rubric's scale it stands for.
 *
 * @param range the measured answers it stands for, when the question asks for a measure (rubric 2.0 and later)
 */
public record AnswerOption(String id, String label, double score, Optional<OptionRange> range) {

    public AnswerOption {
        range = range == null ? Optional.empty() : range;
    }

    public AnswerOption(String id, String label, double score) {
        this(id, label, score, Optional.empty());
    }
}
