-- Debtmeter's database on PostgreSQL, schema version 6, as db/migration/V6__dont_know.sql. See
-- docs/decisions/0024-dont-know-answers.md. A fifth answer state, 'dontknow': nobody present could
-- place the item. PostgreSQL can replace a CHECK in place, so the table is not rebuilt, and its
-- triggers stay (SQLite's version 6 also corrects the rubric trigger, which PostgreSQL's version 3
-- already had right).

ALTER TABLE response DROP CONSTRAINT response_state_check,
    ADD CONSTRAINT response_state_check CHECK (state IN ('level', 'choice', 'na', 'dontknow', 'open'));

-- Rows written before this version counted no "don't know" answers, so 0 is true of them.
ALTER TABLE score_summary ADD COLUMN dont_know integer NOT NULL DEFAULT 0;
