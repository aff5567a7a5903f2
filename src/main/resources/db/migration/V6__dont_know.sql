-- Debtmeter's database, schema version 6. See docs/decisions/0024-dont-know-answers.md.
-- A fifth answer state, 'dontknow': nobody present could place the item. It is scored at the item's
-- lowest point and counted apart, so the state's CHECK changes. SQLite cannot alter a CHECK, so the
-- table is rebuilt with the same columns and rows, and its triggers (schema version 3) made again.

-- Schema version 3's trigger on assessment named a column the table does not have (NEW.assessment_id for
-- NEW.id). SQLite parses a trigger's body only when it fires or when a table is renamed, so it never
-- failed; the rename below would. Made again, right.
DROP TRIGGER score_summary_stale_after_rubric_changed;
CREATE TRIGGER score_summary_stale_after_rubric_changed AFTER UPDATE OF snapshot_sha256 ON assessment
BEGIN
    DELETE FROM score_summary WHERE assessment_id IN (OLD.id, NEW.id);
END;

CREATE TABLE response_v6 (
    id             TEXT PRIMARY KEY NOT NULL,
    assessment_id  TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    item_id        TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('level', 'choice', 'na', 'dontknow', 'open')),
    level          REAL,
    option_id      TEXT,
    note           TEXT NOT NULL DEFAULT '',
    evidence       TEXT NOT NULL DEFAULT '[]' CHECK (json_type(evidence) = 'array'),
    votes          TEXT NOT NULL DEFAULT '{}' CHECK (json_type(votes) = 'object'),
    carried_over   INTEGER NOT NULL DEFAULT 0 CHECK (carried_over IN (0, 1)),
    updated_at     TEXT NOT NULL,
    UNIQUE (assessment_id, item_id),
    CHECK ((state = 'level') = (level IS NOT NULL)),
    CHECK ((state = 'choice') = (option_id IS NOT NULL))
);

INSERT INTO response_v6 (id, assessment_id, item_id, state, level, option_id, note, evidence, votes,
                         carried_over, updated_at)
SELECT id, assessment_id, item_id, state, level, option_id, note, evidence, votes, carried_over, updated_at
FROM response;

DROP TABLE response;
ALTER TABLE response_v6 RENAME TO response;

CREATE TRIGGER score_summary_stale_after_answer_added AFTER INSERT ON response
BEGIN
    DELETE FROM score_summary WHERE assessment_id = NEW.assessment_id;
END;

CREATE TRIGGER score_summary_stale_after_answer_changed AFTER UPDATE ON response
BEGIN
    DELETE FROM score_summary WHERE assessment_id IN (OLD.assessment_id, NEW.assessment_id);
END;

CREATE TRIGGER score_summary_stale_after_answer_removed AFTER DELETE ON response
BEGIN
    DELETE FROM score_summary WHERE assessment_id = OLD.assessment_id;
END;

-- Rows written before this version counted no "don't know" answers, so 0 is true of them.
ALTER TABLE score_summary ADD COLUMN dont_know INTEGER NOT NULL DEFAULT 0;
