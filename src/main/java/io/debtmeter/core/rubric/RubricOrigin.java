package io.debtmeter.core.rubric;

/** Where a rubric in the catalog came from. */
public enum RubricOrigin {
    /** Shipped inside the application. */
    BUNDLED,
    /** A file in the per-user rubrics folder. */
    USER
}
