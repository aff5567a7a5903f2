-- Debtmeter's database, schema version 2. See docs/decisions/0005-storage.md.
-- Targets: where a team wants to be by its next assessment, set during this one. Planning, not
-- answers: they may be set on a final assessment too.

CREATE TABLE target (
    id             TEXT PRIMARY KEY NOT NULL,
    assessment_id  TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    scope          TEXT NOT NULL CHECK (scope IN ('category', 'item')),
    ref_id         TEXT NOT NULL,                -- a category id or an item id of the snapshot
    value          REAL NOT NULL,                -- category: maturity 0..100; item: a level of the item
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (assessment_id, scope, ref_id),
    CHECK (scope <> 'category' OR (value >= 0 AND value <= 100))
);

-- "Each team's newest assessments" (portfolio) and "a team's assessments, newest first" are read
-- from this index in exactly the order the app sorts by (date, creation time, then id for two
-- assessments created in the same millisecond). With the id in it neither needs a sort, and the
-- portfolio's "newest two of this team" reads the index alone.
DROP INDEX assessment_by_team_and_date;
CREATE INDEX assessment_by_team_and_date ON assessment (team_id, assessed_on, created_at, id);
