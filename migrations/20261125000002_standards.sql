-- Standards Quorum tracks, their titles per language, national adoptions and review
-- ballots. Portable SQL (SQLite and PostgreSQL); dates are ISO 8601 TEXT, possibly
-- partial ('2017-04'). Every row keeps its source and the date it was checked.
CREATE TABLE standard (
    id             TEXT PRIMARY KEY,      -- 'iso-20400'
    reference      TEXT NOT NULL,         -- 'ISO 20400:2017'
    committee      TEXT,
    published      TEXT,
    -- Date the last systematic review was completed with the standard confirmed.
    last_confirmed TEXT,
    source         TEXT NOT NULL,
    as_of          TEXT,
    created_at     TEXT NOT NULL
);

-- 'official' (published by ISO), 'national' (a national edition), 'draft'.
CREATE TABLE standard_title (
    standard_id TEXT NOT NULL REFERENCES standard (id),
    lang        TEXT NOT NULL,
    title       TEXT NOT NULL,
    status      TEXT NOT NULL,
    source      TEXT NOT NULL,
    as_of       TEXT,
    PRIMARY KEY (standard_id, lang)
);

-- status: 'adopted' | 'in_progress'. degree: 'IDT' | 'MOD' | 'NEQ' | NULL (unknown).
CREATE TABLE adoption (
    standard_id TEXT NOT NULL REFERENCES standard (id),
    alpha2      TEXT NOT NULL REFERENCES nsb (alpha2),
    designation TEXT,
    status      TEXT NOT NULL,
    degree      TEXT,
    lang        TEXT,
    adopted_on  TEXT,
    confidence  TEXT,
    note        TEXT,
    source      TEXT NOT NULL,
    as_of       TEXT,
    PRIMARY KEY (standard_id, alpha2)
);

-- A systematic review ballot. The open one (closes_on in the future, no outcome) gives
-- letters their deadline.
CREATE TABLE review_ballot (
    standard_id TEXT NOT NULL REFERENCES standard (id),
    opens_on    TEXT,
    closes_on   TEXT NOT NULL,
    outcome     TEXT,
    decided_on  TEXT,
    source      TEXT NOT NULL,
    as_of       TEXT,
    PRIMARY KEY (standard_id, closes_on)
);
