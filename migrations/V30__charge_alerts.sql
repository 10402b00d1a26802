-- Two alert types `reconcile --apply` raises from a bank statement:
-- missed_charge (a charge the schedule expected that the statement does
-- not hold) and duplicate_charge (one charge taken twice). SQLite cannot
-- change a CHECK in place, so the table is copied as V18 does: the
-- deliveries and their leases (which dropping the old table would cascade
-- away) are kept aside and put back, and the id sequence stays as it was. The undo and
-- sync triggers on `alert` are TEMP triggers of a writing connection
-- (V27, V28), so none lives in the file to be made again.
CREATE TEMP TABLE keep_delivery AS SELECT * FROM delivery;
CREATE TEMP TABLE keep_lease AS SELECT * FROM delivery_lease;
CREATE TEMP TABLE keep_sequence AS SELECT seq FROM sqlite_sequence WHERE name = 'alert';
CREATE TABLE alert_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id TEXT REFERENCES subscription(subscription_id) ON DELETE CASCADE,
    alert_type      TEXT NOT NULL CHECK (alert_type IN ('payment_due', 'price_increase', 'renewal_reminder',
                                                        'usage_limit', 'cancellation_reminder', 'status_change',
                                                        'trial_ending', 'cancellation_deadline',
                                                        'over_budget', 'card_expiring',
                                                        'missed_charge', 'duplicate_charge')),
    title           TEXT NOT NULL CHECK (length(title) <= 200),
    message         TEXT NOT NULL,
    alert_date      TEXT NOT NULL,
    is_read         INTEGER NOT NULL DEFAULT 0 CHECK (is_read IN (0, 1)),
    is_dismissed    INTEGER NOT NULL DEFAULT 0 CHECK (is_dismissed IN (0, 1)),
    -- what the alert is about (a billing date, a price change, an event),
    -- so that a reminder exists at most once per occurrence
    occurrence      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    uid             TEXT NOT NULL DEFAULT ''
);
INSERT INTO alert_new (id, subscription_id, alert_type, title, message, alert_date, is_read,
                       is_dismissed, occurrence, created_at, uid)
    SELECT id, subscription_id, alert_type, title, message, alert_date, is_read,
           is_dismissed, occurrence, created_at, uid FROM alert;
DROP TABLE alert;
ALTER TABLE alert_new RENAME TO alert;
UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM keep_sequence))
    WHERE name = 'alert' AND EXISTS (SELECT 1 FROM keep_sequence);
INSERT INTO delivery SELECT * FROM keep_delivery;
INSERT INTO delivery_lease SELECT * FROM keep_lease;
DROP TABLE keep_delivery;
DROP TABLE keep_lease;
DROP TABLE keep_sequence;

CREATE INDEX idx_alert_subscription_unread ON alert(subscription_id, is_read, is_dismissed);
CREATE INDEX idx_alert_user_unread ON alert(subscription_id, is_read, created_at);
CREATE UNIQUE INDEX idx_alert_once_per_occurrence ON alert(subscription_id, alert_type, occurrence);
CREATE UNIQUE INDEX idx_alert_once_without_subscription ON alert(alert_type, occurrence)
    WHERE subscription_id IS NULL;
CREATE INDEX idx_alert_type_read ON alert(alert_type, is_read);
CREATE UNIQUE INDEX idx_alert_uid ON alert (uid);
