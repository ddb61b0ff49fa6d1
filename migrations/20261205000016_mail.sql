-- E-mail. Every message is written to the outbox in the transaction of the action that
-- causes it and sent by a background worker (app/src/mail/ssr/worker.rs): a mail server
-- that is down delays mail and loses none. `id` is the Message-ID (without brackets),
-- fixed when the message is written, so a message sent twice after a crash mid-send
-- carries the same id and the receiving side drops the copy.
CREATE TABLE mail_outbox (
    id              TEXT PRIMARY KEY,
    -- 'invite' | 'reset' | 'signature' | 'alert-confirm' | 'alert' | 'digest'
    kind            TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    lang            TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body_text       TEXT NOT NULL,
    body_html       TEXT NOT NULL,
    -- The one-click unsubscribe address (RFC 8058), for alerts and digests.
    unsubscribe_url TEXT,
    -- 'queued' | 'sent' | 'failed' (gave up after the last retry)
    status          TEXT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    -- A worker that takes a message holds it until then; a worker killed mid-send lets
    -- it go when the time passes, and the message is sent again (at least once).
    claimed_until   TEXT,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    sent_at         TEXT
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);

-- Alerts anyone can ask for with an e-mail address: a standard's reviews, a body's public
-- changes, a review's closing reminders. Double opt-in: nothing is sent but the
-- confirmation until `confirmed_at` is set. The token is the subscriber's key (confirm,
-- unsubscribe, delete); unsubscribing deletes the row and with it the address.
CREATE TABLE mail_subscription (
    id           TEXT PRIMARY KEY,
    token        TEXT NOT NULL UNIQUE,
    email        TEXT NOT NULL,
    lang         TEXT NOT NULL,
    -- 'standard' (key: slug) | 'body' (key: alpha-2) | 'review' (key: cycle id)
    topic        TEXT NOT NULL,
    topic_key    TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    confirmed_at TEXT,
    -- Public changes up to this instant have been told (audit_log.at).
    told_until   TEXT NOT NULL
);
CREATE UNIQUE INDEX mail_subscription_topic ON mail_subscription (email, topic, topic_key);

-- What has been sent once and must not be sent again: a review's reminders per
-- subscription ('remind-7:<cycle>'), a coordinator's weekly digest ('digest:<week>').
CREATE TABLE mail_sent_once (
    subject_key TEXT NOT NULL,
    what        TEXT NOT NULL,
    sent_at     TEXT NOT NULL,
    PRIMARY KEY (subject_key, what)
);

-- A co-signature counts only after its signer confirmed it from the e-mail (when mail is
-- configured): 'unconfirmed' until then, with the confirmation token's SHA-256 and expiry.
ALTER TABLE open_letter_signature ADD COLUMN confirm_hash TEXT;
ALTER TABLE open_letter_signature ADD COLUMN confirm_expires_at TEXT;

-- Accounts: the interface language a person last signed in with (their e-mail's
-- language) and the weekly digest (on unless turned off; the token is the digest's
-- one-click unsubscribe key, made with the first digest).
ALTER TABLE account ADD COLUMN lang TEXT;
ALTER TABLE account ADD COLUMN digest BIGINT NOT NULL DEFAULT 1;
ALTER TABLE account ADD COLUMN digest_token TEXT;
