-- Debtmeter's database, schema version 1. See docs/decisions/0005-storage.md.
-- Every record has a stable UUID (text) so that JSON exchange can merge by id.
-- Times are ISO-8601 UTC text with milliseconds ("2026-11-26T10:15:30.123Z", fixed width so they
-- sort as text); dates are ISO ("2026-11-26"). JSON columns hold arrays or objects as text.

CREATE TABLE team (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- The name folded to lower case by the app: SQLite's NOCASE folds only ASCII, and
    -- "Équipe" and "équipe" must count as the same team name.
    name_key    TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- A rubric exactly as an assessment was taken with it, stored once per distinct content:
-- 20,000 assessments of one rubric version share one row.
CREATE TABLE rubric_snapshot (
    sha256          TEXT PRIMARY KEY NOT NULL,   -- of content, lower-case hex
    rubric_id       TEXT NOT NULL,
    rubric_version  TEXT NOT NULL,
    content         TEXT NOT NULL CHECK (json_valid(content))
);

CREATE TABLE assessment (
    id               TEXT PRIMARY KEY NOT NULL,
    team_id          TEXT NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    rubric_id        TEXT NOT NULL,
    rubric_version   TEXT NOT NULL,
    snapshot_sha256  TEXT NOT NULL REFERENCES rubric_snapshot (sha256),
    assessed_on      TEXT NOT NULL,
    period           TEXT NOT NULL,
    participants     TEXT NOT NULL DEFAULT '[]' CHECK (json_type(participants) = 'array'),
    status           TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX assessment_by_team_and_date ON assessment (team_id, assessed_on, created_at);
CREATE INDEX assessment_by_snapshot ON assessment (snapshot_sha256);

CREATE TABLE response (
    id             TEXT PRIMARY KEY NOT NULL,
    assessment_id  TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    item_id        TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('level', 'choice', 'na', 'open')),
    level          REAL,
    option_id      TEXT,
    note           TEXT NOT NULL DEFAULT '',
    evidence       TEXT NOT NULL DEFAULT '[]' CHECK (json_type(evidence) = 'array'),
    votes          TEXT NOT NULL DEFAULT '{}' CHECK (json_type(votes) = 'object'),
    carried_over   INTEGER NOT NULL DEFAULT 0 CHECK (carried_over IN (0, 1)),
    updated_at     TEXT NOT NULL,
    UNIQUE (assessment_id, item_id),
    CHECK ((state = 'level') = (level IS NOT NULL)),
    CHECK ((state = 'choice') = (option_id IS NOT NULL))
);

-- Actions belong to the team and follow it from quarter to quarter; deleting the assessment
-- they were raised in keeps them.
CREATE TABLE action_item (
    id          TEXT PRIMARY KEY NOT NULL,
    team_id     TEXT NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    raised_in   TEXT REFERENCES assessment (id) ON DELETE SET NULL,
    item_id     TEXT NOT NULL,
    text        TEXT NOT NULL,
    owner       TEXT NOT NULL DEFAULT '',
    due_on      TEXT,
    status      TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX action_by_team ON action_item (team_id, created_at);
CREATE INDEX action_by_assessment ON action_item (raised_in);
