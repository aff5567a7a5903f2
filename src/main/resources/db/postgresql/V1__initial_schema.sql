-- Debtmeter's database on PostgreSQL, schema version 1: the same tables, columns and rules as
-- db/migration/V1__initial_schema.sql (SQLite), in PostgreSQL's own types. See
-- docs/decisions/0005-storage.md and 0031-postgresql-store.md.
-- Ids are uuid; times timestamptz to the millisecond (what the app stores); dates date; JSON arrays
-- and objects jsonb. A rubric snapshot is json, not jsonb: it is kept byte for byte, because its
-- SHA-256 is its key and is checked on every read. Names and item ids sort and compare as bytes
-- (COLLATE "C"), as SQLite's BINARY does, whatever the server's locale.
-- response and action_item have a column "rowid": the order rows were first inserted, which the
-- app reads from SQLite's own rowid (answers in the order they were first given).

CREATE TABLE team (
    id          uuid PRIMARY KEY,
    name        text COLLATE "C" NOT NULL CHECK (length(btrim(name)) > 0),
    -- The name folded to lower case by the app, for every script: "Équipe" and "équipe" are one team.
    name_key    text COLLATE "C" NOT NULL UNIQUE,
    created_at  timestamptz(3) NOT NULL,
    updated_at  timestamptz(3) NOT NULL
);

-- A rubric exactly as an assessment was taken with it, stored once per distinct content.
CREATE TABLE rubric_snapshot (
    sha256          text COLLATE "C" PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    rubric_id       text NOT NULL,
    rubric_version  text NOT NULL,
    content         json NOT NULL
);

CREATE TABLE assessment (
    id               uuid PRIMARY KEY,
    team_id          uuid NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    rubric_id        text NOT NULL,
    rubric_version   text NOT NULL,
    snapshot_sha256  text COLLATE "C" NOT NULL REFERENCES rubric_snapshot (sha256),
    assessed_on      date NOT NULL,
    period           text NOT NULL,
    participants     jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(participants) = 'array'),
    status           text NOT NULL CHECK (status IN ('draft', 'final')),
    created_at       timestamptz(3) NOT NULL,
    updated_at       timestamptz(3) NOT NULL
);
CREATE INDEX assessment_by_team_and_date ON assessment (team_id, assessed_on, created_at);
CREATE INDEX assessment_by_snapshot ON assessment (snapshot_sha256);

CREATE TABLE response (
    id             uuid PRIMARY KEY,
    assessment_id  uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    item_id        text COLLATE "C" NOT NULL,
    state          text NOT NULL CONSTRAINT response_state_check CHECK (state IN ('level', 'choice', 'na', 'open')),
    level          double precision,
    option_id      text,
    note           text NOT NULL DEFAULT '',
    evidence       jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(evidence) = 'array'),
    votes          jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(votes) = 'object'),
    carried_over   boolean NOT NULL DEFAULT false,
    updated_at     timestamptz(3) NOT NULL,
    rowid          bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    UNIQUE (assessment_id, item_id),
    CHECK ((state = 'level') = (level IS NOT NULL)),
    CHECK ((state = 'choice') = (option_id IS NOT NULL))
);

-- Actions belong to the team and follow it from quarter to quarter; deleting the assessment
-- they were raised in keeps them.
CREATE TABLE action_item (
    id          uuid PRIMARY KEY,
    team_id     uuid NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    raised_in   uuid REFERENCES assessment (id) ON DELETE SET NULL,
    item_id     text COLLATE "C" NOT NULL,
    text        text NOT NULL,
    owner       text NOT NULL DEFAULT '',
    due_on      date,
    status      text NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    created_at  timestamptz(3) NOT NULL,
    updated_at  timestamptz(3) NOT NULL,
    rowid       bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE INDEX action_by_team ON action_item (team_id, created_at);
CREATE INDEX action_by_assessment ON action_item (raised_in);
