-- The last `alerts generate` run, for `schedule status` and the heartbeat
-- warning (reminders not running). A record of the tool's own activity,
-- not the user's data: not journalled, not exported.
CREATE TABLE generator_run (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    last_run_at       TEXT NOT NULL,
    -- 'ok', or 'delivery_failed' when a notification could not be sent
    outcome           TEXT NOT NULL,
    new_alerts        INTEGER NOT NULL DEFAULT 0,
    failed_deliveries INTEGER NOT NULL DEFAULT 0,
    -- the day the heartbeat last warned (at most once a day)
    warned_on         TEXT
);
