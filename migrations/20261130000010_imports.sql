-- CSV imports by coordinators: the uploaded file, its dry-run report and what became of
-- it. Nothing from the file is written to the records until the coordinator confirms;
-- then every change is one transaction, and its audit entries name the import.
CREATE TABLE import_batch (
    id          TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES account (id),
    -- 'bodies' | 'adoptions' | 'positions'
    kind        TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    content     TEXT NOT NULL,
    -- The dry run as JSON (rows, counts).
    report      TEXT NOT NULL,
    -- 'pending' | 'running' (being written) | 'applied'
    status      TEXT NOT NULL,
    -- Why the last attempt to write it wrote nothing (a message key).
    error       TEXT,
    created_at  TEXT NOT NULL,
    applied_at  TEXT
);

ALTER TABLE audit_log ADD COLUMN import_id TEXT REFERENCES import_batch (id);
