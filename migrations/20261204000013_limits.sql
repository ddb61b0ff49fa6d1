-- Limits on how often something may be done (failed sign-ins per account and per client
-- address, correction reports and signatures per address, letters counted per client and
-- body per day). One row per limit and subject, taken with a single conditional upsert,
-- so that simultaneous requests cannot all pass a check made before any of them counted.
-- `limit_key` is '<limit>:<SHA-256 of the subject>': no address or e-mail is stored.
CREATE TABLE rate_limit (
    limit_key    TEXT PRIMARY KEY,
    window_start TEXT NOT NULL,
    used         BIGINT NOT NULL
);
CREATE INDEX rate_limit_window ON rate_limit (window_start);

-- Failed sign-ins are counted in rate_limit now.
DROP TABLE login_failure;
