-- Payment cards: a name (unique in any letter case), a kind (the payment
-- methods subs knows), and the month it expires. A subscription charged
-- to a card refers to it; its payment_method is the card's kind. Removing
-- a card leaves its subscriptions with that kind.
CREATE TABLE card (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    -- lower-cased name (computed by subs): unique in any letter case
    name_key    TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL DEFAULT 'card' CHECK (kind IN ('card', 'bank_transfer', 'paypal', 'other')),
    -- YYYY-MM: the card works until the end of this month
    expires     TEXT NOT NULL CHECK (length(expires) = 7 AND expires GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
                                     AND substr(expires, 6, 2) BETWEEN '01' AND '12'),
    created_at  TEXT NOT NULL,
    uid         TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX idx_card_uid ON card (uid);

ALTER TABLE subscription ADD COLUMN card_id INTEGER REFERENCES card(id) ON DELETE SET NULL;
CREATE INDEX idx_subscription_card ON subscription(card_id) WHERE card_id IS NOT NULL;

-- The undo journal records the new table and column.
DROP TRIGGER undo_subscription_update;
DROP TRIGGER undo_subscription_delete;
CREATE TRIGGER undo_subscription_update AFTER UPDATE ON "subscription" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "subscription" SET "subscription_id" = ' || quote(OLD."subscription_id") || ', "name" = ' || quote(OLD."name") || ', "description" = ' || quote(OLD."description") || ', "provider" = ' || quote(OLD."provider") || ', "category_id" = ' || quote(OLD."category_id") || ', "amount" = ' || quote(OLD."amount") || ', "currency" = ' || quote(OLD."currency") || ', "billing_cycle" = ' || quote(OLD."billing_cycle") || ', "custom_cycle_days" = ' || quote(OLD."custom_cycle_days") || ', "start_date" = ' || quote(OLD."start_date") || ', "billing_anchor" = ' || quote(OLD."billing_anchor") || ', "next_billing_date" = ' || quote(OLD."next_billing_date") || ', "end_date" = ' || quote(OLD."end_date") || ', "status" = ' || quote(OLD."status") || ', "payment_method" = ' || quote(OLD."payment_method") || ', "auto_renewal" = ' || quote(OLD."auto_renewal") || ', "reminder_days" = ' || quote(OLD."reminder_days") || ', "email_notifications" = ' || quote(OLD."email_notifications") || ', "website_url" = ' || quote(OLD."website_url") || ', "notes" = ' || quote(OLD."notes") || ', "ai_insights" = ' || quote(OLD."ai_insights") || ', "usage_tracking" = ' || quote(OLD."usage_tracking") || ', "created_at" = ' || quote(OLD."created_at") || ', "updated_at" = ' || quote(OLD."updated_at") || ', "muted_alerts" = ' || quote(OLD."muted_alerts") || ', "cycle_months" = ' || quote(OLD."cycle_months") || ', "remind" = ' || quote(OLD."remind") || ', "trial_until" = ' || quote(OLD."trial_until") || ', "term_months" = ' || quote(OLD."term_months") || ', "extends_by_months" = ' || quote(OLD."extends_by_months") || ', "notice" = ' || quote(OLD."notice") || ', "card_id" = ' || quote(OLD."card_id")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_subscription_delete AFTER DELETE ON "subscription" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "subscription" (rowid, "subscription_id", "name", "description", "provider", "category_id", "amount", "currency", "billing_cycle", "custom_cycle_days", "start_date", "billing_anchor", "next_billing_date", "end_date", "status", "payment_method", "auto_renewal", "reminder_days", "email_notifications", "website_url", "notes", "ai_insights", "usage_tracking", "created_at", "updated_at", "muted_alerts", "cycle_months", "remind", "trial_until", "term_months", "extends_by_months", "notice", "card_id") VALUES (' || OLD.rowid || ', ' || quote(OLD."subscription_id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."description") || ', ' || quote(OLD."provider") || ', ' || quote(OLD."category_id") || ', ' || quote(OLD."amount") || ', ' || quote(OLD."currency") || ', ' || quote(OLD."billing_cycle") || ', ' || quote(OLD."custom_cycle_days") || ', ' || quote(OLD."start_date") || ', ' || quote(OLD."billing_anchor") || ', ' || quote(OLD."next_billing_date") || ', ' || quote(OLD."end_date") || ', ' || quote(OLD."status") || ', ' || quote(OLD."payment_method") || ', ' || quote(OLD."auto_renewal") || ', ' || quote(OLD."reminder_days") || ', ' || quote(OLD."email_notifications") || ', ' || quote(OLD."website_url") || ', ' || quote(OLD."notes") || ', ' || quote(OLD."ai_insights") || ', ' || quote(OLD."usage_tracking") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."updated_at") || ', ' || quote(OLD."muted_alerts") || ', ' || quote(OLD."cycle_months") || ', ' || quote(OLD."remind") || ', ' || quote(OLD."trial_until") || ', ' || quote(OLD."term_months") || ', ' || quote(OLD."extends_by_months") || ', ' || quote(OLD."notice") || ', ' || quote(OLD."card_id") || ')');
END;
CREATE TRIGGER undo_card_insert AFTER INSERT ON "card" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "card" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_card_update AFTER UPDATE ON "card" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "card" SET "id" = ' || quote(OLD."id") || ', "name" = ' || quote(OLD."name") || ', "name_key" = ' || quote(OLD."name_key") || ', "kind" = ' || quote(OLD."kind") || ', "expires" = ' || quote(OLD."expires") || ', "created_at" = ' || quote(OLD."created_at") || ', "uid" = ' || quote(OLD."uid")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_card_delete AFTER DELETE ON "card" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "card" (rowid, "id", "name", "name_key", "kind", "expires", "created_at", "uid") VALUES (' || OLD.rowid || ', ' || quote(OLD."id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."name_key") || ', ' || quote(OLD."kind") || ', ' || quote(OLD."expires") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."uid") || ')');
END;
