-- The audit trail: every change to a record, who made it and when, the value before and
-- after, and the source given. Rows are only ever added.
CREATE TABLE audit_log (
    id           TEXT PRIMARY KEY,
    -- ISO 8601 UTC with microseconds, so that entries sort in the order they were made.
    at           TEXT NOT NULL,
    account_id   TEXT REFERENCES account (id),
    -- 'nsb' (later: adoptions, votes…) and the record's key ('BR').
    entity       TEXT NOT NULL,
    entity_key   TEXT NOT NULL,
    field        TEXT NOT NULL,
    before_value TEXT,
    after_value  TEXT,
    source       TEXT NOT NULL,
    as_of        TEXT,
    -- The record's version after this change.
    version      BIGINT,
    -- 'edit', later 'correction'.
    action       TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_key, at);
CREATE INDEX audit_log_at ON audit_log (at);
