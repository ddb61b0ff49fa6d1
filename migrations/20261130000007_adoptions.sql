-- Standards in full (edition, stage, owning committee), committees and their members,
-- what each body did with a standard beyond adopting it (method, selling ISO's own
-- edition) and who published each language version. `version` on every editable row
-- increments with each edit, so that a stale form is refused instead of overwriting.
ALTER TABLE standard ADD COLUMN edition TEXT;
ALTER TABLE standard ADD COLUMN stage TEXT;
ALTER TABLE standard ADD COLUMN committee_id TEXT;
ALTER TABLE standard ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

-- status: 'adopted' | 'in_progress' | 'not_adopted' | 'unknown'; sells: 'yes' | 'no' |
-- NULL (unknown). A body without a row is unknown too.
ALTER TABLE adoption ADD COLUMN method TEXT;
ALTER TABLE adoption ADD COLUMN sells TEXT;
ALTER TABLE adoption ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

-- A title is a language version: ISO's ('official'), a national translation, a draft.
ALTER TABLE standard_title ADD COLUMN publisher TEXT;
ALTER TABLE standard_title ADD COLUMN year TEXT;
ALTER TABLE standard_title ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

CREATE TABLE committee (
    id         TEXT PRIMARY KEY,          -- 'iso-pc-277'
    reference  TEXT NOT NULL,             -- 'ISO/PC 277'
    title      TEXT,
    source     TEXT NOT NULL,
    as_of      TEXT
);

-- membership: 'P' (participating, must vote) | 'O' (observing) | NULL (recorded as not
-- a member).
CREATE TABLE committee_member (
    committee_id TEXT NOT NULL REFERENCES committee (id),
    alpha2       TEXT NOT NULL REFERENCES nsb (alpha2),
    membership   TEXT,
    source       TEXT NOT NULL,
    as_of        TEXT,
    version      BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (committee_id, alpha2)
);

-- Databases seeded before this migration: the seed import never overwrites a row, so
-- the new seed values for rows it already holds are filled in here (where still blank).
UPDATE standard SET committee_id = 'iso-pc-277', edition = '1', stage = '90.93'
    WHERE id = 'iso-20400' AND committee_id IS NULL;
UPDATE standard_title SET publisher = 'ISO', year = '2017'
    WHERE standard_id = 'iso-20400' AND lang IN ('en', 'fr', 'es') AND publisher IS NULL;
UPDATE standard_title SET publisher = 'ABNT', year = '2017'
    WHERE standard_id = 'iso-20400' AND lang = 'pt' AND publisher IS NULL;
UPDATE standard_title SET publisher = 'DIN' WHERE standard_id = 'iso-20400' AND lang = 'de' AND publisher IS NULL;
