-- Debtmeter's database on PostgreSQL, schema version 7, as db/migration/V7__answer_versions.sql. See
-- docs/decisions/0032-answer-versions.md. Each answer row counts how often it was saved, so that a
-- save based on an older version is refused instead of overwriting another facilitator's answer.
ALTER TABLE response ADD COLUMN version bigint NOT NULL DEFAULT 1 CONSTRAINT response_version_check CHECK (version >= 1);
