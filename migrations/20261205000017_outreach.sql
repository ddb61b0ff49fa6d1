-- What advocates say happened after their letter, without an account: "I sent it", and
-- later, from the private link shown then, "they replied" with what the body said. Never
-- public as text: coordinators see each report in the pipeline (low confidence, dated)
-- and turn it into a recorded position with its source, or dismiss it; the public sees
-- counts only. The link's token is kept as its SHA-256.
CREATE TABLE outreach_report (
    id           TEXT PRIMARY KEY,
    token_hash   TEXT NOT NULL UNIQUE,
    alpha2       TEXT NOT NULL REFERENCES nsb (alpha2),
    standard_id  TEXT NOT NULL REFERENCES standard (id),
    -- The review open when the letter was sent (NULL: none was).
    cycle_id     TEXT REFERENCES review_cycle (id),
    -- 'letter' (the composer) | 'open-letter' (an open letter's "send to your body")
    via          TEXT NOT NULL,
    open_letter  TEXT,
    sent_on      TEXT NOT NULL,
    replied_on   TEXT,
    -- 'confirm' | 'revise' | 'withdraw' | 'undecided' | 'no-answer'
    stance       TEXT,
    reply_text   TEXT,
    -- 'open' | 'recorded' (a coordinator recorded a position from it) | 'dismissed'
    status       TEXT NOT NULL,
    decided_by   TEXT REFERENCES account (id),
    decided_at   TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX outreach_report_body ON outreach_report (alpha2, cycle_id);
CREATE INDEX outreach_report_cycle ON outreach_report (cycle_id, status);
