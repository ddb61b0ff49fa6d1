-- Accounts of coordinators and admins, their sessions, and failed sign-ins (for rate
-- limiting). The public never needs an account. Portable SQL; booleans are BIGINT 0/1.
CREATE TABLE account (
    id            TEXT PRIMARY KEY,
    -- Stored lower-case; unique.
    email         TEXT NOT NULL UNIQUE,
    -- Argon2id PHC string; never leaves the server.
    password_hash TEXT NOT NULL,
    -- 'admin' | 'coordinator'
    role          TEXT NOT NULL,
    disabled      BIGINT NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- A signed-in browser. The cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE account_session (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES account (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX account_session_account ON account_session (account_id);

-- One row per failed sign-in, keyed 'account:<email>' and 'address:<ip>'.
CREATE TABLE login_failure (
    failure_key TEXT NOT NULL,
    failed_at   TEXT NOT NULL
);
CREATE INDEX login_failure_key ON login_failure (failure_key, failed_at);
