-- One counter that every audited write raises in its own transaction: server processes
-- compare it with the version their cached pages were rendered at, so a change made
-- through any process is seen by all of them at once.
CREATE TABLE data_version (
    id      INTEGER PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);
