-- Debtmeter's database on PostgreSQL, schema version 4, as db/migration/V4__action_closed_at.sql. See
-- docs/decisions/0017-action-closed-at.md. When an action was done or dropped, apart from when it
-- was last edited; closed actions of older databases get their last edit time.

ALTER TABLE action_item ADD COLUMN closed_at timestamptz(3);

UPDATE action_item SET closed_at = updated_at WHERE status <> 'open';

-- Set exactly while the action is done or dropped; held by a trigger, as SQLite's version 4 holds
-- it, with the same message for anything that writes past the app.
CREATE FUNCTION action_closed_at_follows_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.status = 'open') <> (NEW.closed_at IS NULL) THEN
        RAISE EXCEPTION 'action_item.closed_at must be set exactly when the action is done or dropped'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER action_closed_at_follows_status_on_insert BEFORE INSERT ON action_item
    FOR EACH ROW EXECUTE FUNCTION action_closed_at_follows_status();
CREATE TRIGGER action_closed_at_follows_status_on_update BEFORE UPDATE OF status, closed_at ON action_item
    FOR EACH ROW EXECUTE FUNCTION action_closed_at_follows_status();
