package io.debtmeter.core.analysis.compare;

import java.util.OptionalDouble;

/**
 * The debt index of both sides (0 = no debt, 100 = all debt).
 *
 * @param before debt index at full precision; empty when nothing was scored
 * @param delta  shown(after) − shown(before), each rounded half-up to one decimal; negative means less debt
 * @param change IMPROVED when the debt index went down
 */
public record OverallDelta(OptionalDouble before, OptionalDouble after, OptionalDouble delta, Change change) {
}
