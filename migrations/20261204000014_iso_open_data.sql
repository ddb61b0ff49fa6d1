-- ISO Open Data (issue 20): every deliverable ISO publishes becomes a standard Quorum
-- knows; coordinators mark the ones they follow. Committees carry what ISO publishes of
-- them; members ISO lists that match no body by ISO member id wait for an admin.

-- The deliverable the standard's row describes (its current edition): ISO's id
-- (iso.org/standard/<id>.html) and what ISO publishes of it.
ALTER TABLE standard ADD COLUMN iso_id BIGINT;
ALTER TABLE standard ADD COLUMN deliverable_type TEXT;     -- 'IS', 'TS', 'TR', 'Guide'…
ALTER TABLE standard ADD COLUMN supplement_type TEXT;      -- 'Amd', 'Cor' or NULL
ALTER TABLE standard ADD COLUMN title_en TEXT;
ALTER TABLE standard ADD COLUMN title_fr TEXT;
ALTER TABLE standard ADD COLUMN languages TEXT;            -- 'en fr'
ALTER TABLE standard ADD COLUMN ics TEXT;                  -- '03.100.10 03.100.01'
ALTER TABLE standard ADD COLUMN replaces TEXT;             -- references, '; '-separated
ALTER TABLE standard ADD COLUMN replaced_by TEXT;
-- The committee that developed the standard when another one owns it now.
ALTER TABLE standard ADD COLUMN developed_by TEXT;
-- 'yes': coordinators follow it (adoption map, letters, review tracking); 'no': known.
ALTER TABLE standard ADD COLUMN followed TEXT NOT NULL DEFAULT 'no';
-- Lower-case reference, titles and committee, what `/standards?q=` searches.
ALTER TABLE standard ADD COLUMN search TEXT;

-- Every standard typed in by hand so far is one coordinators follow.
UPDATE standard SET followed = 'yes';
UPDATE standard SET search = lower(reference || ' ' || coalesce(committee, ''));

CREATE INDEX standard_iso_id ON standard (iso_id);
CREATE INDEX standard_followed ON standard (followed, reference);
CREATE INDEX standard_committee ON standard (committee_id);
CREATE INDEX review_cycle_standard ON review_cycle (standard_id);

ALTER TABLE committee ADD COLUMN iso_id BIGINT;
ALTER TABLE committee ADD COLUMN title_fr TEXT;
ALTER TABLE committee ADD COLUMN status TEXT;               -- 'Active' | 'Suspended'
ALTER TABLE committee ADD COLUMN secretariat TEXT;          -- the body's acronym in ISO's list
ALTER TABLE committee ADD COLUMN parent_id TEXT;            -- the parent committee's id ('iso-tc-207')
ALTER TABLE committee ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
CREATE INDEX committee_iso_id ON committee (iso_id);

-- A committee's member that no body's ISO member id matches: listed for admins, who
-- can create the body; the next import records the membership.
CREATE TABLE committee_unmatched (
    committee_id TEXT NOT NULL REFERENCES committee (id),
    member_id    TEXT NOT NULL,                -- ISO's member id
    acronym      TEXT,
    membership   TEXT NOT NULL,                -- 'P' | 'O'
    source       TEXT NOT NULL,
    as_of        TEXT,
    PRIMARY KEY (committee_id, member_id)
);

-- Dated updates of the shipped records (`seed/updates/*.csv`), each applied once through
-- the record engine; a coordinator's later edit is never overwritten by a restart.
CREATE TABLE record_update (
    id          TEXT PRIMARY KEY,          -- '2026-12-audit:lt-lasa'
    applied_at  TEXT NOT NULL
);

-- What others say about a standard, kept apart from Quorum's own counts: a campaign's
-- figures, quoted with their source, never counted as records.
CREATE TABLE standard_claim (
    standard_id TEXT NOT NULL REFERENCES standard (id),
    claim       TEXT NOT NULL,             -- 'adopted' | 'selling' | 'languages'
    value       BIGINT NOT NULL,
    source      TEXT NOT NULL,
    as_of       TEXT,
    PRIMARY KEY (standard_id, claim, source)
);

-- ISO Open Data files uploaded at /import by admins: checked in the background (a dry
-- run that counts what would be added, changed and left alone), then written on
-- confirmation. The file waits in the server's temporary directory meanwhile.
CREATE TABLE iso_import (
    id          TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES account (id),
    dataset     TEXT NOT NULL,             -- 'committees' | 'deliverables'
    file_name   TEXT NOT NULL,
    file_date   TEXT NOT NULL,             -- the date the file is as of
    -- 'checking' | 'checked' | 'writing' | 'applied' | 'failed'
    status      TEXT NOT NULL,
    -- The dry run's IsoSummary as JSON, then the import's.
    summary     TEXT,
    -- Why the last step failed (a message key).
    error       TEXT,
    created_at  TEXT NOT NULL,
    applied_at  TEXT
);

-- The daily fetch of ISO's latest files (QUORUM_ISO_OPEN_DATA=fetch): what the last
-- answer said, for conditional requests, and whether the last attempt failed.
CREATE TABLE iso_fetch (
    dataset        TEXT PRIMARY KEY,        -- 'committees' | 'deliverables'
    etag           TEXT,
    last_modified  TEXT,
    checked_at     TEXT,                    -- the last attempt
    imported_at    TEXT,                    -- the last file imported
    error          TEXT                     -- why the last attempt failed; NULL when it worked
);
