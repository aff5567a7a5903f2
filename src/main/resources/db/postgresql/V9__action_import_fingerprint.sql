-- Debtmeter's database on PostgreSQL, schema version 9, as db/migration/V9__action_import_fingerprint.sql.
-- See docs/decisions/0037-records-known-by-their-fingerprints.md. What an import stored each action
-- from; the trigger deletes an action's row whenever the action changes, so a row that exists is current.

CREATE TABLE action_import_fingerprint (
    action_id  uuid PRIMARY KEY REFERENCES action_item (id) ON DELETE CASCADE,
    sha256     text NOT NULL
);

CREATE FUNCTION action_import_fingerprint_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM action_import_fingerprint WHERE action_id IN (OLD.id, NEW.id);
    RETURN NULL;
END;
$$;

CREATE TRIGGER action_import_fingerprint_gone_after_action_changed AFTER UPDATE ON action_item
    FOR EACH ROW EXECUTE FUNCTION action_import_fingerprint_gone();
