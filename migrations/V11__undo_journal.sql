-- `subs undo`: every change to the user's data records the statement that
-- reverts it (the trigger recipe of sqlite.org/undoredo.html). A writing
-- command opens a step (undo_state.step); triggers append to undo_log only
-- while one is open. insight_cache is a cache, not data, and is not journalled.
--
-- A migration that adds or renames a column must recreate that table's
-- triggers; a unit test fails while a column is missing from them.
CREATE TABLE undo_step (
    id      INTEGER PRIMARY KEY,
    command TEXT NOT NULL,
    at      TEXT NOT NULL,
    -- 'undo' when the step reverted the command it names; undoing it redoes.
    kind    TEXT NOT NULL DEFAULT 'do' CHECK (kind IN ('do', 'undo'))
);
CREATE TABLE undo_log (
    id   INTEGER PRIMARY KEY,
    step INTEGER NOT NULL REFERENCES undo_step (id) ON DELETE CASCADE,
    sql  TEXT NOT NULL,
    -- 'counter' restores an AUTOINCREMENT counter, not a row.
    kind TEXT NOT NULL DEFAULT 'row' CHECK (kind IN ('row', 'counter')),
    -- How many rows the statement puts back (an import into an empty
    -- database is undone by emptying each table).
    rows INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX undo_log_step ON undo_log (step);
CREATE TABLE undo_state (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    step INTEGER
);
INSERT INTO undo_state (id, step) VALUES (1, NULL);

CREATE TRIGGER undo_category_insert AFTER INSERT ON "category" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "category" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_category_update AFTER UPDATE ON "category" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "category" SET "id" = ' || quote(OLD."id") || ', "name" = ' || quote(OLD."name") || ', "name_key" = ' || quote(OLD."name_key") || ', "color" = ' || quote(OLD."color") || ', "icon" = ' || quote(OLD."icon") || ', "created_at" = ' || quote(OLD."created_at") || ', "uid" = ' || quote(OLD."uid")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_category_delete AFTER DELETE ON "category" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "category" (rowid, "id", "name", "name_key", "color", "icon", "created_at", "uid") VALUES (' || OLD.rowid || ', ' || quote(OLD."id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."name_key") || ', ' || quote(OLD."color") || ', ' || quote(OLD."icon") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."uid") || ')');
END;
CREATE TRIGGER undo_subscription_insert AFTER INSERT ON "subscription" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "subscription" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_subscription_update AFTER UPDATE ON "subscription" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "subscription" SET "subscription_id" = ' || quote(OLD."subscription_id") || ', "name" = ' || quote(OLD."name") || ', "description" = ' || quote(OLD."description") || ', "provider" = ' || quote(OLD."provider") || ', "category_id" = ' || quote(OLD."category_id") || ', "amount" = ' || quote(OLD."amount") || ', "currency" = ' || quote(OLD."currency") || ', "billing_cycle" = ' || quote(OLD."billing_cycle") || ', "custom_cycle_days" = ' || quote(OLD."custom_cycle_days") || ', "start_date" = ' || quote(OLD."start_date") || ', "billing_anchor" = ' || quote(OLD."billing_anchor") || ', "next_billing_date" = ' || quote(OLD."next_billing_date") || ', "end_date" = ' || quote(OLD."end_date") || ', "status" = ' || quote(OLD."status") || ', "payment_method" = ' || quote(OLD."payment_method") || ', "auto_renewal" = ' || quote(OLD."auto_renewal") || ', "reminder_days" = ' || quote(OLD."reminder_days") || ', "email_notifications" = ' || quote(OLD."email_notifications") || ', "website_url" = ' || quote(OLD."website_url") || ', "notes" = ' || quote(OLD."notes") || ', "ai_insights" = ' || quote(OLD."ai_insights") || ', "usage_tracking" = ' || quote(OLD."usage_tracking") || ', "created_at" = ' || quote(OLD."created_at") || ', "updated_at" = ' || quote(OLD."updated_at") || ', "muted_alerts" = ' || quote(OLD."muted_alerts")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_subscription_delete AFTER DELETE ON "subscription" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "subscription" (rowid, "subscription_id", "name", "description", "provider", "category_id", "amount", "currency", "billing_cycle", "custom_cycle_days", "start_date", "billing_anchor", "next_billing_date", "end_date", "status", "payment_method", "auto_renewal", "reminder_days", "email_notifications", "website_url", "notes", "ai_insights", "usage_tracking", "created_at", "updated_at", "muted_alerts") VALUES (' || OLD.rowid || ', ' || quote(OLD."subscription_id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."description") || ', ' || quote(OLD."provider") || ', ' || quote(OLD."category_id") || ', ' || quote(OLD."amount") || ', ' || quote(OLD."currency") || ', ' || quote(OLD."billing_cycle") || ', ' || quote(OLD."custom_cycle_days") || ', ' || quote(OLD."start_date") || ', ' || quote(OLD."billing_anchor") || ', ' || quote(OLD."next_billing_date") || ', ' || quote(OLD."end_date") || ', ' || quote(OLD."status") || ', ' || quote(OLD."payment_method") || ', ' || quote(OLD."auto_renewal") || ', ' || quote(OLD."reminder_days") || ', ' || quote(OLD."email_notifications") || ', ' || quote(OLD."website_url") || ', ' || quote(OLD."notes") || ', ' || quote(OLD."ai_insights") || ', ' || quote(OLD."usage_tracking") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."updated_at") || ', ' || quote(OLD."muted_alerts") || ')');
END;
CREATE TRIGGER undo_payment_insert AFTER INSERT ON "payment" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "payment" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_payment_update AFTER UPDATE ON "payment" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "payment" SET "id" = ' || quote(OLD."id") || ', "subscription_id" = ' || quote(OLD."subscription_id") || ', "amount" = ' || quote(OLD."amount") || ', "currency" = ' || quote(OLD."currency") || ', "payment_date" = ' || quote(OLD."payment_date") || ', "due_date" = ' || quote(OLD."due_date") || ', "status" = ' || quote(OLD."status") || ', "transaction_id" = ' || quote(OLD."transaction_id") || ', "notes" = ' || quote(OLD."notes") || ', "created_at" = ' || quote(OLD."created_at") || ', "uid" = ' || quote(OLD."uid")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_payment_delete AFTER DELETE ON "payment" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "payment" (rowid, "id", "subscription_id", "amount", "currency", "payment_date", "due_date", "status", "transaction_id", "notes", "created_at", "uid") VALUES (' || OLD.rowid || ', ' || quote(OLD."id") || ', ' || quote(OLD."subscription_id") || ', ' || quote(OLD."amount") || ', ' || quote(OLD."currency") || ', ' || quote(OLD."payment_date") || ', ' || quote(OLD."due_date") || ', ' || quote(OLD."status") || ', ' || quote(OLD."transaction_id") || ', ' || quote(OLD."notes") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."uid") || ')');
END;
CREATE TRIGGER undo_usage_insert AFTER INSERT ON "usage" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "usage" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_usage_update AFTER UPDATE ON "usage" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "usage" SET "id" = ' || quote(OLD."id") || ', "subscription_id" = ' || quote(OLD."subscription_id") || ', "usage_date" = ' || quote(OLD."usage_date") || ', "usage_count" = ' || quote(OLD."usage_count") || ', "usage_duration" = ' || quote(OLD."usage_duration") || ', "usage_value" = ' || quote(OLD."usage_value") || ', "notes" = ' || quote(OLD."notes") || ', "created_at" = ' || quote(OLD."created_at") || ', "uid" = ' || quote(OLD."uid")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_usage_delete AFTER DELETE ON "usage" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "usage" (rowid, "id", "subscription_id", "usage_date", "usage_count", "usage_duration", "usage_value", "notes", "created_at", "uid") VALUES (' || OLD.rowid || ', ' || quote(OLD."id") || ', ' || quote(OLD."subscription_id") || ', ' || quote(OLD."usage_date") || ', ' || quote(OLD."usage_count") || ', ' || quote(OLD."usage_duration") || ', ' || quote(OLD."usage_value") || ', ' || quote(OLD."notes") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."uid") || ')');
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
CREATE TRIGGER undo_price_history_insert AFTER INSERT ON "price_history" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "price_history" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_price_history_update AFTER UPDATE ON "price_history" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "price_history" SET "id" = ' || quote(OLD."id") || ', "subscription_id" = ' || quote(OLD."subscription_id") || ', "changed_on" = ' || quote(OLD."changed_on") || ', "old_amount" = ' || quote(OLD."old_amount") || ', "new_amount" = ' || quote(OLD."new_amount") || ', "currency" = ' || quote(OLD."currency") || ', "created_at" = ' || quote(OLD."created_at") || ', "uid" = ' || quote(OLD."uid") || ', "old_cycle" = ' || quote(OLD."old_cycle") || ', "new_cycle" = ' || quote(OLD."new_cycle")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_price_history_delete AFTER DELETE ON "price_history" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "price_history" (rowid, "id", "subscription_id", "changed_on", "old_amount", "new_amount", "currency", "created_at", "uid", "old_cycle", "new_cycle") VALUES (' || OLD.rowid || ', ' || quote(OLD."id") || ', ' || quote(OLD."subscription_id") || ', ' || quote(OLD."changed_on") || ', ' || quote(OLD."old_amount") || ', ' || quote(OLD."new_amount") || ', ' || quote(OLD."currency") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."uid") || ', ' || quote(OLD."old_cycle") || ', ' || quote(OLD."new_cycle") || ')');
END;
CREATE TRIGGER undo_config_insert AFTER INSERT ON "config" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "config" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_config_update AFTER UPDATE ON "config" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "config" SET "key" = ' || quote(OLD."key") || ', "value" = ' || quote(OLD."value") || ', "updated_at" = ' || quote(OLD."updated_at")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_config_delete AFTER DELETE ON "config" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "config" (rowid, "key", "value", "updated_at") VALUES (' || OLD.rowid || ', ' || quote(OLD."key") || ', ' || quote(OLD."value") || ', ' || quote(OLD."updated_at") || ')');
END;
CREATE TRIGGER undo_rate_insert AFTER INSERT ON "rate" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "rate" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_rate_update AFTER UPDATE ON "rate" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "rate" SET "currency" = ' || quote(OLD."currency") || ', "base" = ' || quote(OLD."base") || ', "rate" = ' || quote(OLD."rate") || ', "set_on" = ' || quote(OLD."set_on") || ', "updated_at" = ' || quote(OLD."updated_at")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_rate_delete AFTER DELETE ON "rate" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "rate" (rowid, "currency", "base", "rate", "set_on", "updated_at") VALUES (' || OLD.rowid || ', ' || quote(OLD."currency") || ', ' || quote(OLD."base") || ', ' || quote(OLD."rate") || ', ' || quote(OLD."set_on") || ', ' || quote(OLD."updated_at") || ')');
END;
CREATE TRIGGER undo_alert_tally_insert AFTER INSERT ON "alert_tally" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "alert_tally" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_alert_tally_update AFTER UPDATE ON "alert_tally" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "alert_tally" SET "alert_type" = ' || quote(OLD."alert_type") || ', "total" = ' || quote(OLD."total") || ', "read" = ' || quote(OLD."read")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_alert_tally_delete AFTER DELETE ON "alert_tally" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "alert_tally" (rowid, "alert_type", "total", "read") VALUES (' || OLD.rowid || ', ' || quote(OLD."alert_type") || ', ' || quote(OLD."total") || ', ' || quote(OLD."read") || ')');
END;
