-- Debtmeter's database, schema version 4. See docs/decisions/0017-action-closed-at.md.
-- When an action was done or dropped, kept apart from when it was last edited: the comparison
-- lists the actions closed between two assessments, and fixing a typo in a done action must not
-- move it into a later quarter.
--
-- Closed actions of older databases get their last edit time, the best that was known: what the
-- comparison used until now.

ALTER TABLE action_item ADD COLUMN closed_at TEXT;

UPDATE action_item SET closed_at = updated_at WHERE status <> 'open';

-- Set exactly while the action is done or dropped. (SQLite checks a CHECK added by ALTER TABLE
-- against the rows already there, before the UPDATE above could fill them; triggers hold it instead.)
CREATE TRIGGER action_closed_at_follows_status_on_insert BEFORE INSERT ON action_item
    WHEN (NEW.status = 'open') <> (NEW.closed_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'action_item.closed_at must be set exactly when the action is done or dropped');
END;

CREATE TRIGGER action_closed_at_follows_status_on_update BEFORE UPDATE OF status, closed_at ON action_item
    WHEN (NEW.status = 'open') <> (NEW.closed_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'action_item.closed_at must be set exactly when the action is done or dropped');
END;
