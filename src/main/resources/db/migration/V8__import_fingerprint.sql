-- Debtmeter's database, schema version 8. See docs/decisions/0036-import-fingerprints.md.
-- What an import stored each assessment from: the SHA-256 of its record's bytes in the exchange
-- file. Importing the same record again then needs no answer read to know nothing changed.
--
-- A row that exists is current, as with score_summary: the triggers below delete an assessment's
-- row whenever its details, answers or targets change, whoever changes them. Only an import writes
-- rows, after everything else it writes to that assessment.

CREATE TABLE import_fingerprint (
    assessment_id  TEXT PRIMARY KEY NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    sha256         TEXT NOT NULL
);

CREATE TRIGGER import_fingerprint_gone_after_details_changed AFTER UPDATE ON assessment
BEGIN
    DELETE FROM import_fingerprint WHERE assessment_id IN (OLD.id, NEW.id);
END;

CREATE TRIGGER import_fingerprint_gone_after_answer_added AFTER INSERT ON response
BEGIN
    DELETE FROM import_fingerprint WHERE assessment_id = NEW.assessment_id;
END;

CREATE TRIGGER import_fingerprint_gone_after_answer_changed AFTER UPDATE ON response
BEGIN
    DELETE FROM import_fingerprint WHERE assessment_id IN (OLD.assessment_id, NEW.assessment_id);
END;

CREATE TRIGGER import_fingerprint_gone_after_answer_removed AFTER DELETE ON response
BEGIN
    DELETE FROM import_fingerprint WHERE assessment_id = OLD.assessment_id;
END;

CREATE TRIGGER import_fingerprint_gone_after_target_added AFTER INSERT ON target
BEGIN
    DELETE FROM import_fingerprint WHERE assessment_id = NEW.assessment_id;
END;

CREATE TRIGGER import_fingerprint_gone_after_target_changed AFTER UPDATE ON target
BEGIN
    DELETE FROM import_fingerprint WHERE assessment_id IN (OLD.assessment_id, NEW.assessment_id);
END;

CREATE TRIGGER import_fingerprint_gone_after_target_removed AFTER DELETE ON target
BEGIN
    DELETE FROM import_fingerprint WHERE assessment_id = OLD.assessment_id;
END;
