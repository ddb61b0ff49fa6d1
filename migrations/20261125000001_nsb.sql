-- National standards bodies, one per country or territory (key: ISO 3166-1 alpha-2).
-- Portable SQL: runs unchanged on SQLite and PostgreSQL. A blank value is NULL and
-- means "unknown"; it is never filled with a guess.
CREATE TABLE nsb (
    alpha2           TEXT PRIMARY KEY,
    country_name_en  TEXT NOT NULL,
    acronym          TEXT,
    body_name_en     TEXT,
    body_name_native TEXT,
    -- 'member body' | 'correspondent member' | 'subscriber member' | NULL (unknown)
    iso_category     TEXT,
    -- Why the category may be outdated or disputed, from the dataset's notes.
    category_note    TEXT,
    iso_member_id    TEXT,
    website          TEXT,
    email            TEXT,
    phone            TEXT,
    fax              TEXT,
    address          TEXT,
    -- Incremented on every edit; later used to refuse conflicting edits.
    version          BIGINT NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

-- Where each field's value came from and as of when (ISO 8601 date, possibly partial:
-- '2022-01', '2026'). One row per body and field that has a known source.
CREATE TABLE nsb_field_source (
    alpha2  TEXT NOT NULL REFERENCES nsb (alpha2),
    field   TEXT NOT NULL,
    source  TEXT NOT NULL,
    as_of   TEXT,
    PRIMARY KEY (alpha2, field)
);
