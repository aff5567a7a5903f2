-- Debtmeter's database, schema version 7. See docs/decisions/0032-answer-versions.md.
-- Each answer row counts how often it was saved. Two facilitators editing the same assessment (on a
-- shared database, or two windows on one file) each say which version their change is based on; a
-- save based on a version that is no longer the stored one is refused instead of overwriting the
-- other person's answer. Rows written before this version have been saved at least once: 1.
ALTER TABLE response ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
