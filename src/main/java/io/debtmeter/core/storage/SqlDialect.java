package io.debtmeter.core.storage;

/**
 * The SQL databases the store's row code runs on. The row code is shared: the same statements on
 * both, apart from the few places named here, where the two databases spell the same thing
 * differently (decision 0031).
 */
public enum SqlDialect {

    /** One SQLite file (decision 0005). */
    SQLITE,

    /** A shared PostgreSQL database (issue 24); connections must send strings untyped ({@code stringtype=unspecified}). */
    POSTGRESQL;

    /**
     * {@code IN (…)} of the ids in one JSON-array parameter ({@link JsonColumns#ids}): one prepared
     * statement for any number of ids.
     */
    String inIds() {
        return this == SQLITE ? "IN (SELECT value FROM json_each(?))"
                : "IN (SELECT value::uuid FROM json_array_elements_text(?::json))";
    }
}
