-- Debtmeter's database on PostgreSQL, schema version 3, as db/migration/V3__score_summary.sql. See
-- docs/decisions/0010-score-summary-cache.md. A cache of each assessment's headline score; the
-- triggers delete an assessment's row whenever one of its answers (or its rubric snapshot) changes,
-- whoever changes it, so a row that exists is current.

CREATE TABLE score_summary (
    assessment_id    uuid PRIMARY KEY REFERENCES assessment (id) ON DELETE CASCADE,
    scoring_version  integer NOT NULL,
    debt_index       double precision,   -- unrounded 0..100; NULL when nothing in it was scored
    grade_index      integer,            -- position of the grade band in the rubric's gradeBands, if any
    answered         integer NOT NULL,
    not_applicable   integer NOT NULL,
    unanswered       integer NOT NULL
);

CREATE FUNCTION score_summary_stale_after_answer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM score_summary WHERE assessment_id = OLD.assessment_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        DELETE FROM score_summary WHERE assessment_id = NEW.assessment_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER score_summary_stale_after_answer_added AFTER INSERT ON response
    FOR EACH ROW EXECUTE FUNCTION score_summary_stale_after_answer();
CREATE TRIGGER score_summary_stale_after_answer_changed AFTER UPDATE ON response
    FOR EACH ROW EXECUTE FUNCTION score_summary_stale_after_answer();
CREATE TRIGGER score_summary_stale_after_answer_removed AFTER DELETE ON response
    FOR EACH ROW EXECUTE FUNCTION score_summary_stale_after_answer();

-- (SQLite's version 3 named NEW.assessment_id here, which its version 6 corrected; plpgsql would
-- fail on it the first time it fired, so PostgreSQL has the corrected trigger from the start.)
CREATE FUNCTION score_summary_stale_after_rubric() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM score_summary WHERE assessment_id IN (OLD.id, NEW.id);
    RETURN NULL;
END;
$$;

CREATE TRIGGER score_summary_stale_after_rubric_changed AFTER UPDATE OF snapshot_sha256 ON assessment
    FOR EACH ROW EXECUTE FUNCTION score_summary_stale_after_rubric();
