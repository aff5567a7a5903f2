-- Debtmeter's database, schema version 9. See docs/decisions/0037-records-known-by-their-fingerprints.md.
-- What an import stored each action from, as import_fingerprint (version 8) keeps it for each
-- assessment: the SHA-256 of its record's bytes in the exchange file. An import that meets the same
-- bytes again then needs neither to read, check nor compare the record.
--
-- A row that exists is current: the trigger deletes it whenever the action changes, whoever changes
-- it; deleting the action deletes it too. Only an import writes rows, after it wrote the action.

CREATE TABLE action_import_fingerprint (
    action_id  TEXT PRIMARY KEY NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
    sha256     TEXT NOT NULL
);

CREATE TRIGGER action_import_fingerprint_gone_after_action_changed AFTER UPDATE ON action_item
BEGIN
    DELETE FROM action_import_fingerprint WHERE action_id IN (OLD.id, NEW.id);
END;
