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
     * PostgreSQL: the transaction-level advisory lock every Debtmeter write takes first, Debtmeter's
     * application id ("DbtM"): one writer at a time, as SQLite's write lock gives on a file.
     */
    public static final long WRITE_LOCK = 0x4462744DL;

    /** How long a PostgreSQL write waits for another's before it fails, as SQLite's busy timeout. */
    static final int WRITE_LOCK_TIMEOUT_SECONDS = 5;

    /**
     * {@code IN (…)} of the ids in one JSON-array parameter ({@link JsonColumns#ids}): one prepared
     * statement for any number of ids.
     */
    String inIds() {
        return this == SQLITE ? "IN (SELECT value FROM json_each(?))"
                : "IN (SELECT value::uuid FROM json_array_elements_text(?::json))";
    }

    /**
     * The FROM clause pairing each team {@code t} with its newest assessments {@code a}, at most one
     * parameter's number of them. SQLite runs the subquery once per team through the primary key;
     * PostgreSQL plans the same {@code IN} as a join of every team with every assessment (12 s on 500
     * teams x 40, issue 24's benchmark), so there it is a LATERAL join on the team's index: 20 ms.
     */
    String newestAssessmentsOfEachTeam() {
        String newest = " FROM assessment WHERE team_id = t.id ORDER BY assessed_on DESC, created_at DESC, id DESC LIMIT ?";
        return this == SQLITE ? "team t JOIN assessment a ON a.id IN (SELECT id" + newest + ")"
                : "team t CROSS JOIN LATERAL (SELECT *" + newest + ") a";
    }
}
