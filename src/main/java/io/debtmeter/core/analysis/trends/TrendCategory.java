package io.debtmeter.core.analysis.trends;

/**
 * A category that has a line on the trend chart (and a group in the heat map).
 *
 * @param title   from the newest rubric version that has the category
 * @param retired true when the newest assessment's rubric no longer has it
 */
public record TrendCategory(String id, String title, boolean retired) {
}
