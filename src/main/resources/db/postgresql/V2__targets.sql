-- Debtmeter's database on PostgreSQL, schema version 2, as db/migration/V2__targets.sql.
-- Targets: where a team wants to be by its next assessment, set during this one. Planning, not
-- answers: they may be set on a final assessment too.

CREATE TABLE target (
    id             uuid PRIMARY KEY,
    assessment_id  uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    scope          text NOT NULL CHECK (scope IN ('category', 'item')),
    ref_id         text COLLATE "C" NOT NULL,    -- a category id or an item id of the snapshot
    value          double precision NOT NULL,    -- category: maturity 0..100; item: a level of the item
    created_at     timestamptz(3) NOT NULL,
    updated_at     timestamptz(3) NOT NULL,
    UNIQUE (assessment_id, scope, ref_id),
    CHECK (scope <> 'category' OR (value >= 0 AND value <= 100))
);

-- A team's assessments newest first, in exactly the order the app sorts them (date, creation time, id).
DROP INDEX assessment_by_team_and_date;
CREATE INDEX assessment_by_team_and_date ON assessment (team_id, assessed_on, created_at, id);
