package io.debtmeter.model;

/** One possible answer to a litmus question and the score on the rubric's scale it stands for. */
public record AnswerOption(String id, String label, double score) {
}
