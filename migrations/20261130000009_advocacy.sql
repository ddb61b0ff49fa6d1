-- The advocacy pipeline: where the campaign stands with each body in a review cycle.
-- One row per cycle and body once a coordinator moved it (no row = not contacted, no
-- owner). `version` refuses stale forms; every change is also in audit_log.
-- stage: 'not-contacted' | 'contacted' | 'replied' | 'committed' | 'voted'.
CREATE TABLE advocacy (
    cycle_id   TEXT NOT NULL REFERENCES review_cycle (id),
    alpha2     TEXT NOT NULL REFERENCES nsb (alpha2),
    stage      TEXT NOT NULL,
    owner_id   TEXT REFERENCES account (id),
    version    BIGINT NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (cycle_id, alpha2)
);
CREATE INDEX advocacy_owner ON advocacy (owner_id);

-- Dated activity notes (a call, a meeting, a reply); only ever added.
CREATE TABLE advocacy_note (
    id          TEXT PRIMARY KEY,
    cycle_id    TEXT NOT NULL REFERENCES review_cycle (id),
    alpha2      TEXT NOT NULL REFERENCES nsb (alpha2),
    noted_on    TEXT NOT NULL,
    body        TEXT NOT NULL,
    account_id  TEXT NOT NULL REFERENCES account (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX advocacy_note_body ON advocacy_note (cycle_id, alpha2, noted_on);

-- How many letters Quorum composed for a body while a cycle was open: a count only,
-- nothing about who wrote them.
CREATE TABLE letter_count (
    cycle_id TEXT NOT NULL REFERENCES review_cycle (id),
    alpha2   TEXT NOT NULL REFERENCES nsb (alpha2),
    letters  BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (cycle_id, alpha2)
);
