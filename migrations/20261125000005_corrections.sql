-- Corrections reported by the public, waiting for a coordinator. Never deleted: a
-- decision (accepted or rejected, by whom, when, why) is recorded on the row.
CREATE TABLE correction (
    id             TEXT PRIMARY KEY,
    alpha2         TEXT NOT NULL REFERENCES nsb (alpha2),
    field          TEXT NOT NULL,
    -- NULL: the field should read "unknown".
    proposed_value TEXT,
    source         TEXT NOT NULL,
    reporter_email TEXT,
    -- SHA-256 of the reporter's address, for rate limiting; never the address itself.
    client_hash    TEXT NOT NULL,
    -- 'open' | 'accepted' | 'rejected'
    status         TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    decided_at     TEXT,
    decided_by     TEXT REFERENCES account (id),
    reason         TEXT
);
CREATE INDEX correction_status ON correction (status, created_at);
CREATE INDEX correction_client ON correction (client_hash, created_at);
