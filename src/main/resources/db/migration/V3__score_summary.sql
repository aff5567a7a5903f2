-- Debtmeter's database, schema version 3. See docs/decisions/0010-score-summary-cache.md.
-- A cache of each assessment's headline score, so the portfolio reads one short row per
-- assessment instead of every answer (500 teams: 1,000 rows instead of 30,000).
--
-- The cache can never be stale: the triggers below delete an assessment's row whenever one of
-- its answers (or its rubric snapshot) changes, whoever changes it, and the app recomputes the row
-- the next time it needs it. scoring_version names the scoring rules that produced the row; a
-- later app with other rules ignores and replaces older rows.

CREATE TABLE score_summary (
    assessment_id    TEXT PRIMARY KEY NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    scoring_version  INTEGER NOT NULL,
    debt_index       REAL,               -- unrounded 0..100; NULL when nothing in it was scored
    grade_index      INTEGER,            -- position of the grade band in the rubric's gradeBands, if any
    answered         INTEGER NOT NULL,
    not_applicable   INTEGER NOT NULL,
    unanswered       INTEGER NOT NULL
);

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

CREATE TRIGGER score_summary_stale_after_rubric_changed AFTER UPDATE OF snapshot_sha256 ON assessment
BEGIN
    DELETE FROM score_summary WHERE assessment_id = NEW.assessment_id;
END;
