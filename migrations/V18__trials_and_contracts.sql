-- Free trials and contracts (a minimum term with a notice period), and the
-- alert types the plans bring: trial_ending, cancellation_deadline,
-- over_budget and card_expiring.
--
-- trial_until: the last free day; the first charge is the day after (the
-- billing anchor). term_months: the minimum term from the start date;
-- extends_by_months: each automatic extension (NULL: the term again);
-- notice: how long before a term's end notice must be given, '30d' or
-- '1m' (days or months, one property so no half of it travels alone).
ALTER TABLE subscription ADD COLUMN trial_until TEXT
    CHECK (trial_until IS NULL OR trial_until >= start_date);
ALTER TABLE subscription ADD COLUMN term_months INTEGER
    CHECK (term_months IS NULL OR term_months BETWEEN 1 AND 120);
ALTER TABLE subscription ADD COLUMN extends_by_months INTEGER
    CHECK (extends_by_months IS NULL OR (term_months IS NOT NULL AND extends_by_months BETWEEN 1 AND 120));
ALTER TABLE subscription ADD COLUMN notice TEXT
    CHECK (notice IS NULL OR (term_months IS NOT NULL
        AND ((notice GLOB '[1-9]d' OR notice GLOB '[1-9][0-9]d' OR notice GLOB '[1-9][0-9][0-9]d')
          OR (notice GLOB '[1-9]m' OR notice GLOB '[1-9][0-9]m'))));

-- A subscription in its trial does not count in the totals: the cost
-- groups read trial_until from the same covering indexes.
DROP INDEX idx_subscription_status_cost;
DROP INDEX idx_subscription_status_category_cost;
DROP INDEX idx_subscription_status_method_cost;
CREATE INDEX idx_subscription_status_cost
    ON subscription(status, currency, billing_cycle, custom_cycle_days, cycle_months, amount, trial_until);
CREATE INDEX idx_subscription_status_category_cost
    ON subscription(status, category_id, currency, billing_cycle, custom_cycle_days, cycle_months, amount, trial_until);
CREATE INDEX idx_subscription_status_method_cost
    ON subscription(status, payment_method, currency, billing_cycle, custom_cycle_days, cycle_months, amount, trial_until);

-- The dashboard lists trials and contract deadlines from the few rows
-- that have them.
CREATE INDEX idx_subscription_plans ON subscription(status)
    WHERE trial_until IS NOT NULL OR term_months IS NOT NULL;

-- The alert table again, with the new types in its CHECK list, and room
-- for alerts about no one subscription (a budget, a card): those are kept
-- once per (type, occurrence) by their own unique index. SQLite cannot
-- change a CHECK in place, so the table is copied. Foreign keys are on:
-- dropping the old table would cascade to the deliveries, so they are
-- kept aside and put back, and the id sequence is kept as it was.
CREATE TEMP TABLE keep_delivery AS SELECT * FROM delivery;
CREATE TEMP TABLE keep_sequence AS SELECT seq FROM sqlite_sequence WHERE name = 'alert';
CREATE TABLE alert_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id TEXT REFERENCES subscription(subscription_id) ON DELETE CASCADE,
    alert_type      TEXT NOT NULL CHECK (alert_type IN ('payment_due', 'price_increase', 'renewal_reminder',
                                                        'usage_limit', 'cancellation_reminder', 'status_change',
                                                        'trial_ending', 'cancellation_deadline',
                                                        'over_budget', 'card_expiring')),
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
DROP TABLE keep_delivery;
DROP TABLE keep_sequence;

CREATE INDEX idx_alert_subscription_unread ON alert(subscription_id, is_read, is_dismissed);
CREATE INDEX idx_alert_user_unread ON alert(subscription_id, is_read, created_at);
CREATE UNIQUE INDEX idx_alert_once_per_occurrence ON alert(subscription_id, alert_type, occurrence);
CREATE UNIQUE INDEX idx_alert_once_without_subscription ON alert(alert_type, occurrence)
    WHERE subscription_id IS NULL;
CREATE INDEX idx_alert_type_read ON alert(alert_type, is_read);
CREATE UNIQUE INDEX idx_alert_uid ON alert (uid);

-- The undo journal records the new columns and the new table.
DROP TRIGGER undo_subscription_update;
DROP TRIGGER undo_subscription_delete;
CREATE TRIGGER undo_subscription_update AFTER UPDATE ON "subscription" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "subscription" SET "subscription_id" = ' || quote(OLD."subscription_id") || ', "name" = ' || quote(OLD."name") || ', "description" = ' || quote(OLD."description") || ', "provider" = ' || quote(OLD."provider") || ', "category_id" = ' || quote(OLD."category_id") || ', "amount" = ' || quote(OLD."amount") || ', "currency" = ' || quote(OLD."currency") || ', "billing_cycle" = ' || quote(OLD."billing_cycle") || ', "custom_cycle_days" = ' || quote(OLD."custom_cycle_days") || ', "start_date" = ' || quote(OLD."start_date") || ', "billing_anchor" = ' || quote(OLD."billing_anchor") || ', "next_billing_date" = ' || quote(OLD."next_billing_date") || ', "end_date" = ' || quote(OLD."end_date") || ', "status" = ' || quote(OLD."status") || ', "payment_method" = ' || quote(OLD."payment_method") || ', "auto_renewal" = ' || quote(OLD."auto_renewal") || ', "reminder_days" = ' || quote(OLD."reminder_days") || ', "email_notifications" = ' || quote(OLD."email_notifications") || ', "website_url" = ' || quote(OLD."website_url") || ', "notes" = ' || quote(OLD."notes") || ', "ai_insights" = ' || quote(OLD."ai_insights") || ', "usage_tracking" = ' || quote(OLD."usage_tracking") || ', "created_at" = ' || quote(OLD."created_at") || ', "updated_at" = ' || quote(OLD."updated_at") || ', "muted_alerts" = ' || quote(OLD."muted_alerts") || ', "cycle_months" = ' || quote(OLD."cycle_months") || ', "remind" = ' || quote(OLD."remind") || ', "trial_until" = ' || quote(OLD."trial_until") || ', "term_months" = ' || quote(OLD."term_months") || ', "extends_by_months" = ' || quote(OLD."extends_by_months") || ', "notice" = ' || quote(OLD."notice")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_subscription_delete AFTER DELETE ON "subscription" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "subscription" (rowid, "subscription_id", "name", "description", "provider", "category_id", "amount", "currency", "billing_cycle", "custom_cycle_days", "start_date", "billing_anchor", "next_billing_date", "end_date", "status", "payment_method", "auto_renewal", "reminder_days", "email_notifications", "website_url", "notes", "ai_insights", "usage_tracking", "created_at", "updated_at", "muted_alerts", "cycle_months", "remind", "trial_until", "term_months", "extends_by_months", "notice") VALUES (' || OLD.rowid || ', ' || quote(OLD."subscription_id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."description") || ', ' || quote(OLD."provider") || ', ' || quote(OLD."category_id") || ', ' || quote(OLD."amount") || ', ' || quote(OLD."currency") || ', ' || quote(OLD."billing_cycle") || ', ' || quote(OLD."custom_cycle_days") || ', ' || quote(OLD."start_date") || ', ' || quote(OLD."billing_anchor") || ', ' || quote(OLD."next_billing_date") || ', ' || quote(OLD."end_date") || ', ' || quote(OLD."status") || ', ' || quote(OLD."payment_method") || ', ' || quote(OLD."auto_renewal") || ', ' || quote(OLD."reminder_days") || ', ' || quote(OLD."email_notifications") || ', ' || quote(OLD."website_url") || ', ' || quote(OLD."notes") || ', ' || quote(OLD."ai_insights") || ', ' || quote(OLD."usage_tracking") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."updated_at") || ', ' || quote(OLD."muted_alerts") || ', ' || quote(OLD."cycle_months") || ', ' || quote(OLD."remind") || ', ' || quote(OLD."trial_until") || ', ' || quote(OLD."term_months") || ', ' || quote(OLD."extends_by_months") || ', ' || quote(OLD."notice") || ')');
END;
CREATE TRIGGER undo_alert_insert AFTER INSERT ON "alert" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "alert" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_alert_update AFTER UPDATE ON "alert" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "alert" SET "id" = ' || quote(OLD."id") || ', "subscription_id" = ' || quote(OLD."subscription_id") || ', "alert_type" = ' || quote(OLD."alert_type") || ', "title" = ' || quote(OLD."title") || ', "message" = ' || quote(OLD."message") || ', "alert_date" = ' || quote(OLD."alert_date") || ', "is_read" = ' || quote(OLD."is_read") || ', "is_dismissed" = ' || quote(OLD."is_dismissed") || ', "occurrence" = ' || quote(OLD."occurrence") || ', "created_at" = ' || quote(OLD."created_at") || ', "uid" = ' || quote(OLD."uid")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_alert_delete AFTER DELETE ON "alert" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "alert" (rowid, "id", "subscription_id", "alert_type", "title", "message", "alert_date", "is_read", "is_dismissed", "occurrence", "created_at", "uid") VALUES (' || OLD.rowid || ', ' || quote(OLD."id") || ', ' || quote(OLD."subscription_id") || ', ' || quote(OLD."alert_type") || ', ' || quote(OLD."title") || ', ' || quote(OLD."message") || ', ' || quote(OLD."alert_date") || ', ' || quote(OLD."is_read") || ', ' || quote(OLD."is_dismissed") || ', ' || quote(OLD."occurrence") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."uid") || ')');
END;
