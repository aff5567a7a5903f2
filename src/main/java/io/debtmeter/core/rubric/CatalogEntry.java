package io.debtmeter.core.rubric;

import io.debtmeter.model.Rubric;

/** A usable rubric and where it was found (a resource name or a file path). */
public record CatalogEntry(Rubric rubric, RubricOrigin origin, String location) {
}
