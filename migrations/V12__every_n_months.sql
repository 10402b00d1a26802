-- Every N months, exactly: a month-based cycle with a multiple (Wallos'
-- "Every 2 Months", a twice-a-year plan). Stored as billing_cycle 'monthly'
-- with cycle_months N (2..120); 1 for every other cycle. subs shows it as
-- a custom cycle (`--cycle custom --every-months N`). 3 and 12 months are
-- never stored this way: they are quarterly and yearly.
ALTER TABLE subscription ADD COLUMN cycle_months INTEGER NOT NULL DEFAULT 1
    CHECK (cycle_months = 1
           OR (billing_cycle = 'monthly' AND cycle_months BETWEEN 2 AND 120
               AND cycle_months NOT IN (3, 12)));

-- The cost groups read the multiple too, from the same covering indexes.
DROP INDEX idx_subscription_status_cost;
DROP INDEX idx_subscription_status_category_cost;
DROP INDEX idx_subscription_status_method_cost;
CREATE INDEX idx_subscription_status_cost
    ON subscription(status, currency, billing_cycle, custom_cycle_days, cycle_months, amount);
CREATE INDEX idx_subscription_status_category_cost
    ON subscription(status, category_id, currency, billing_cycle, custom_cycle_days, cycle_months, amount);
CREATE INDEX idx_subscription_status_method_cost
    ON subscription(status, payment_method, currency, billing_cycle, custom_cycle_days, cycle_months, amount);

-- The undo journal records the new column.
DROP TRIGGER undo_subscription_update;
DROP TRIGGER undo_subscription_delete;
CREATE TRIGGER undo_subscription_update AFTER UPDATE ON "subscription" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "subscription" SET "subscription_id" = ' || quote(OLD."subscription_id") || ', "name" = ' || quote(OLD."name") || ', "description" = ' || quote(OLD."description") || ', "provider" = ' || quote(OLD."provider") || ', "category_id" = ' || quote(OLD."category_id") || ', "amount" = ' || quote(OLD."amount") || ', "currency" = ' || quote(OLD."currency") || ', "billing_cycle" = ' || quote(OLD."billing_cycle") || ', "custom_cycle_days" = ' || quote(OLD."custom_cycle_days") || ', "start_date" = ' || quote(OLD."start_date") || ', "billing_anchor" = ' || quote(OLD."billing_anchor") || ', "next_billing_date" = ' || quote(OLD."next_billing_date") || ', "end_date" = ' || quote(OLD."end_date") || ', "status" = ' || quote(OLD."status") || ', "payment_method" = ' || quote(OLD."payment_method") || ', "auto_renewal" = ' || quote(OLD."auto_renewal") || ', "reminder_days" = ' || quote(OLD."reminder_days") || ', "email_notifications" = ' || quote(OLD."email_notifications") || ', "website_url" = ' || quote(OLD."website_url") || ', "notes" = ' || quote(OLD."notes") || ', "ai_insights" = ' || quote(OLD."ai_insights") || ', "usage_tracking" = ' || quote(OLD."usage_tracking") || ', "created_at" = ' || quote(OLD."created_at") || ', "updated_at" = ' || quote(OLD."updated_at") || ', "muted_alerts" = ' || quote(OLD."muted_alerts") || ', "cycle_months" = ' || quote(OLD."cycle_months")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_subscription_delete AFTER DELETE ON "subscription" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "subscription" (rowid, "subscription_id", "name", "description", "provider", "category_id", "amount", "currency", "billing_cycle", "custom_cycle_days", "start_date", "billing_anchor", "next_billing_date", "end_date", "status", "payment_method", "auto_renewal", "reminder_days", "email_notifications", "website_url", "notes", "ai_insights", "usage_tracking", "created_at", "updated_at", "muted_alerts", "cycle_months") VALUES (' || OLD.rowid || ', ' || quote(OLD."subscription_id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."description") || ', ' || quote(OLD."provider") || ', ' || quote(OLD."category_id") || ', ' || quote(OLD."amount") || ', ' || quote(OLD."currency") || ', ' || quote(OLD."billing_cycle") || ', ' || quote(OLD."custom_cycle_days") || ', ' || quote(OLD."start_date") || ', ' || quote(OLD."billing_anchor") || ', ' || quote(OLD."next_billing_date") || ', ' || quote(OLD."end_date") || ', ' || quote(OLD."status") || ', ' || quote(OLD."payment_method") || ', ' || quote(OLD."auto_renewal") || ', ' || quote(OLD."reminder_days") || ', ' || quote(OLD."email_notifications") || ', ' || quote(OLD."website_url") || ', ' || quote(OLD."notes") || ', ' || quote(OLD."ai_insights") || ', ' || quote(OLD."usage_tracking") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."updated_at") || ', ' || quote(OLD."muted_alerts") || ', ' || quote(OLD."cycle_months") || ')');
END;
