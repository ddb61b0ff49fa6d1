-- One-time links: an admin's invitation to a new coordinator or admin ('invite'), or a
-- password reset for an existing account ('reset'). Only the SHA-256 of the token is
-- stored; a link works once, until it expires.
CREATE TABLE account_token (
    token_hash TEXT PRIMARY KEY,
    purpose    TEXT NOT NULL,
    email      TEXT NOT NULL,
    role       TEXT NOT NULL,
    -- The account a reset is for; NULL for an invitation.
    account_id TEXT REFERENCES account (id),
    created_by TEXT NOT NULL REFERENCES account (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT
);
