-- The local replica of sync (TaskChampion): its records, its operations
-- (synced or not), its working set and its base version. Written only
-- through store/replica.rs, each TaskChampion transaction a SAVEPOINT in
-- the command's own transaction. Not the user's data as such (the SQL
-- tables are), so not in the undo journal or in backups.
CREATE TABLE tc_task (
    uuid TEXT PRIMARY KEY,
    data TEXT NOT NULL
);
CREATE TABLE tc_operation (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    data   TEXT NOT NULL,
    -- the record it is about (none for an undo point)
    uuid   TEXT,
    synced INTEGER NOT NULL DEFAULT 0 CHECK (synced IN (0, 1))
);
CREATE INDEX idx_tc_operation_uuid ON tc_operation (uuid);
CREATE INDEX idx_tc_operation_unsynced ON tc_operation (synced, id);
CREATE TABLE tc_working_set (
    id   INTEGER PRIMARY KEY CHECK (id >= 1),
    uuid TEXT
);
CREATE TABLE tc_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
