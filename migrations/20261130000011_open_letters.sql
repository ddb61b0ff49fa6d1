-- Open letters: a campaign's own letters. One text per language, each with its review
-- status (draft → reviewed → published) and the revision of the source text it follows,
-- so a translation older than its source shows. Signatures wait for a coordinator.
CREATE TABLE open_letter (
    id          TEXT PRIMARY KEY,          -- the slug
    source_lang TEXT NOT NULL,
    standard_id TEXT REFERENCES standard (id),
    cycle_id    TEXT REFERENCES review_cycle (id),
    -- 'all' | 'cycle' (the bodies of cycle_id) | 'list'
    target      TEXT NOT NULL,
    target_list TEXT,                      -- space-separated alpha-2 codes
    created_at  TEXT NOT NULL,
    created_by  TEXT REFERENCES account (id),
    version     BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE open_letter_text (
    letter_id       TEXT NOT NULL REFERENCES open_letter (id),
    lang            TEXT NOT NULL,
    title           TEXT NOT NULL,
    body            TEXT NOT NULL,
    -- 'draft' | 'reviewed' | 'published'
    status          TEXT NOT NULL,
    revision        BIGINT NOT NULL DEFAULT 1,
    source_revision BIGINT,
    reviewed_by     TEXT REFERENCES account (id),
    reviewed_at     TEXT,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT REFERENCES account (id),
    PRIMARY KEY (letter_id, lang)
);

CREATE TABLE open_letter_signature (
    id           TEXT PRIMARY KEY,
    letter_id    TEXT NOT NULL REFERENCES open_letter (id),
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL,
    alpha2       TEXT NOT NULL,
    role         TEXT,
    email        TEXT,
    listed       BIGINT NOT NULL,
    -- 'pending' | 'approved' | 'rejected'
    status       TEXT NOT NULL,
    -- A hash of the signer's address, for the per-address limit; never shown.
    client_hash  TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    decided_by   TEXT REFERENCES account (id),
    decided_at   TEXT
);
CREATE INDEX open_letter_signature_letter ON open_letter_signature (letter_id, status);
