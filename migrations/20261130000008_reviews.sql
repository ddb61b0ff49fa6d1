-- Systematic reviews. A cycle is one review of one standard; a position is one body's
-- recorded recommendation in a cycle, and every recorded position is kept, so that a
-- body's position over time stays visible (the latest by date counts). The advocacy
-- pipeline holds where a campaign stands with each body in a cycle.
CREATE TABLE review_cycle (
    id          TEXT PRIMARY KEY,          -- 'iso-20400-2022'
    standard_id TEXT NOT NULL REFERENCES standard (id),
    opens_on    TEXT,
    closes_on   TEXT,
    -- 'planned' | 'open' | 'closed' | 'decided'
    status      TEXT NOT NULL,
    -- 'confirmed' | 'revised' | 'withdrawn' | NULL (not decided)
    outcome     TEXT,
    stage       TEXT,                      -- '90.93'
    decided_on  TEXT,
    notes       TEXT,
    source      TEXT NOT NULL,
    as_of       TEXT,
    version     BIGINT NOT NULL DEFAULT 1
);

-- The ballots of the first schema become cycles (open while not past their closing date).
INSERT INTO review_cycle (id, standard_id, opens_on, closes_on, status, outcome, decided_on, source, as_of)
    SELECT standard_id || '-' || substr(closes_on, 1, 4), standard_id, opens_on, closes_on,
           CASE WHEN outcome IS NULL THEN 'open' ELSE 'decided' END, outcome, decided_on, source, as_of
    FROM review_ballot;
DROP TABLE review_ballot;

-- position: 'confirm' | 'revise' | 'amend' | 'withdraw' | 'abstain' | 'none';
-- kind: 'intention' (stated) | 'vote' (cast) | 'result' (published).
CREATE TABLE review_position (
    id          TEXT PRIMARY KEY,
    cycle_id    TEXT NOT NULL REFERENCES review_cycle (id),
    alpha2      TEXT NOT NULL REFERENCES nsb (alpha2),
    position    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    confidence  TEXT,
    source      TEXT NOT NULL,
    as_of       TEXT NOT NULL,
    -- When it was recorded (ISO 8601 UTC, microseconds) and by whom (NULL: the seed).
    recorded_at TEXT NOT NULL,
    account_id  TEXT REFERENCES account (id)
);
CREATE INDEX review_position_cycle ON review_position (cycle_id, alpha2, as_of);
