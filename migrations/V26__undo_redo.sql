-- The undo journal walks back and forward (jj's undo/redo), and stores
-- values, not SQL text: undo builds each statement itself (one INSERT,
-- UPDATE or DELETE on a journalled table) and binds the values, so text
-- with a NUL survives and a tampered journal cannot run SQL of its own.
--
-- A clean cut: journals of the old format (SQL text) are dropped; the
-- commands they recorded can no longer be undone.
--
-- The triggers are no longer written in migrations: subs generates them
-- from each journalled table's columns when it opens the file
-- (store/undo.rs, `ensure_triggers`), so a migration that changes a table
-- need not recreate them.
DROP TRIGGER IF EXISTS undo_category_insert;
DROP TRIGGER IF EXISTS undo_category_update;
DROP TRIGGER IF EXISTS undo_category_delete;
DROP TRIGGER IF EXISTS undo_subscription_insert;
DROP TRIGGER IF EXISTS undo_subscription_update;
DROP TRIGGER IF EXISTS undo_subscription_delete;
DROP TRIGGER IF EXISTS undo_payment_insert;
DROP TRIGGER IF EXISTS undo_payment_update;
DROP TRIGGER IF EXISTS undo_payment_delete;
DROP TRIGGER IF EXISTS undo_usage_insert;
DROP TRIGGER IF EXISTS undo_usage_update;
DROP TRIGGER IF EXISTS undo_usage_delete;
DROP TRIGGER IF EXISTS undo_alert_insert;
DROP TRIGGER IF EXISTS undo_alert_update;
DROP TRIGGER IF EXISTS undo_alert_delete;
DROP TRIGGER IF EXISTS undo_price_history_insert;
DROP TRIGGER IF EXISTS undo_price_history_update;
DROP TRIGGER IF EXISTS undo_price_history_delete;
DROP TRIGGER IF EXISTS undo_config_insert;
DROP TRIGGER IF EXISTS undo_config_update;
DROP TRIGGER IF EXISTS undo_config_delete;
DROP TRIGGER IF EXISTS undo_rate_insert;
DROP TRIGGER IF EXISTS undo_rate_update;
DROP TRIGGER IF EXISTS undo_rate_delete;
DROP TRIGGER IF EXISTS undo_alert_tally_insert;
DROP TRIGGER IF EXISTS undo_alert_tally_update;
DROP TRIGGER IF EXISTS undo_alert_tally_delete;
DROP TRIGGER IF EXISTS undo_rate_history_insert;
DROP TRIGGER IF EXISTS undo_rate_history_update;
DROP TRIGGER IF EXISTS undo_rate_history_delete;
DROP TRIGGER IF EXISTS undo_channel_insert;
DROP TRIGGER IF EXISTS undo_channel_update;
DROP TRIGGER IF EXISTS undo_channel_delete;
DROP TRIGGER IF EXISTS undo_delivery_insert;
DROP TRIGGER IF EXISTS undo_delivery_update;
DROP TRIGGER IF EXISTS undo_delivery_delete;
DROP TRIGGER IF EXISTS undo_budget_insert;
DROP TRIGGER IF EXISTS undo_budget_update;
DROP TRIGGER IF EXISTS undo_budget_delete;
DROP TRIGGER IF EXISTS undo_card_insert;
DROP TRIGGER IF EXISTS undo_card_update;
DROP TRIGGER IF EXISTS undo_card_delete;
DROP TRIGGER IF EXISTS undo_member_insert;
DROP TRIGGER IF EXISTS undo_member_update;
DROP TRIGGER IF EXISTS undo_member_delete;
DROP TRIGGER IF EXISTS undo_share_insert;
DROP TRIGGER IF EXISTS undo_share_update;
DROP TRIGGER IF EXISTS undo_share_delete;
DROP TABLE undo_log;
DROP TABLE undo_step;
CREATE TABLE undo_step (
    id         INTEGER PRIMARY KEY,
    command    TEXT NOT NULL,
    at         TEXT NOT NULL,
    -- A run of `alerts generate` or `renew` (cron's), not the user's own.
    background INTEGER NOT NULL DEFAULT 0 CHECK (background IN (0, 1)),
    -- 'done': its log reverts it (undo); 'undone': its log does it again
    -- (redo). Done steps are always older than undone ones.
    state      TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone')),
    -- Rows the command changed.
    changes    INTEGER NOT NULL DEFAULT 0,
    -- When it was undone (RFC 3339), while it is.
    undone_at  TEXT
);
CREATE TABLE undo_log (
    id     INTEGER PRIMARY KEY,
    step   INTEGER NOT NULL REFERENCES undo_step (id) ON DELETE CASCADE,
    -- What puts the row back: 'delete' it (it was inserted), 'update' it
    -- to its values, 'insert' it with its values (it was deleted); 'empty'
    -- the table (a restore into an empty database); 'counter' sets the
    -- AUTOINCREMENT counter of tbl to row_id, and 'counters' (tbl '')
    -- forgets every counter the step's 'counter' entries do not name.
    op     TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'empty', 'counter', 'counters')),
    tbl    TEXT NOT NULL,
    row_id INTEGER,
    -- How many rows the entry puts back ('empty': the table's rows).
    rows   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX undo_log_step ON undo_log (step);
-- The values of an 'insert' (every column) or an 'update' (the columns
-- the change touched), stored as they were (no affinity).
CREATE TABLE undo_value (
    log   INTEGER NOT NULL REFERENCES undo_log (id) ON DELETE CASCADE,
    col   TEXT NOT NULL,
    value,
    PRIMARY KEY (log, col)
) WITHOUT ROWID;
-- Alerts this device has told (printed or queued for its channels), by
-- their identity: undo does not touch this table, so an alerts run that
-- is undone and runs again raises its alerts again without sending them
-- a second time.
CREATE TABLE alert_told (
    subscription_id TEXT NOT NULL DEFAULT '',
    alert_type      TEXT NOT NULL,
    occurrence      TEXT NOT NULL,
    told_at         TEXT NOT NULL,
    PRIMARY KEY (subscription_id, alert_type, occurrence)
) WITHOUT ROWID;
