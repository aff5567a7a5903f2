package io.debtmeter.model;

import java.util.OptionalDouble;

/**
 * A category's maturity in percent (0..100), empty when none of its items was scored
 * (all not applicable or unanswered); such a category leaves the overall score.
 */
public record CategoryScore(String categoryId, OptionalDouble maturity, Coverage coverage) {

    public boolean isScored() {
        return maturity.isPresent();
    }
}
