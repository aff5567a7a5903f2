-- Debtmeter's database on PostgreSQL, schema version 8, as db/migration/V8__import_fingerprint.sql.
-- See docs/decisions/0036-import-fingerprints.md. What an import stored each assessment from (the
-- SHA-256 of its record's bytes in the exchange file); the triggers delete an assessment's row
-- whenever its details, answers or targets change, whoever changes them, so a row that exists is current.

CREATE TABLE import_fingerprint (
    assessment_id  uuid PRIMARY KEY REFERENCES assessment (id) ON DELETE CASCADE,
    sha256         text NOT NULL
);

CREATE FUNCTION import_fingerprint_gone_after_details() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM import_fingerprint WHERE assessment_id IN (OLD.id, NEW.id);
    RETURN NULL;
END;
$$;

CREATE FUNCTION import_fingerprint_gone_after_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM import_fingerprint WHERE assessment_id = OLD.assessment_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        DELETE FROM import_fingerprint WHERE assessment_id = NEW.assessment_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER import_fingerprint_gone_after_details_changed AFTER UPDATE ON assessment
    FOR EACH ROW EXECUTE FUNCTION import_fingerprint_gone_after_details();
CREATE TRIGGER import_fingerprint_gone_after_answer AFTER INSERT OR UPDATE OR DELETE ON response
    FOR EACH ROW EXECUTE FUNCTION import_fingerprint_gone_after_row();
CREATE TRIGGER import_fingerprint_gone_after_target AFTER INSERT OR UPDATE OR DELETE ON target
    FOR EACH ROW EXECUTE FUNCTION import_fingerprint_gone_after_row();
