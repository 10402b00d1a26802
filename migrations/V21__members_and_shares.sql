-- Members and shared plans. "me" is every file's own member and has no
-- row: a NULL member means me. A shared subscription has one share row
-- per member (in the order they were listed): an equal part, a percentage
-- (hundredths of a percent) or a fixed amount (cents) of each charge.
-- paid_by: who pays the provider (NULL: me).
CREATE TABLE member (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    -- lower-cased name (computed by subs): unique in any letter case, and
    -- never "me"
    name_key    TEXT NOT NULL UNIQUE CHECK (name_key <> 'me'),
    created_at  TEXT NOT NULL,
    uid         TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX idx_member_uid ON member (uid);

CREATE TABLE share (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id TEXT NOT NULL REFERENCES subscription(subscription_id) ON DELETE CASCADE,
    member_id       INTEGER REFERENCES member(id),
    position        INTEGER NOT NULL CHECK (position >= 0),
    kind            TEXT NOT NULL CHECK (kind IN ('equal', 'percent', 'amount')),
    value           INTEGER CHECK ((kind = 'equal' AND value IS NULL)
                                   OR (kind = 'percent' AND value BETWEEN 1 AND 10000)
                                   OR (kind = 'amount' AND value BETWEEN 1 AND 9999999999)),
    created_at      TEXT NOT NULL,
    uid             TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX idx_share_member ON share (subscription_id, ifnull(member_id, 0));
CREATE INDEX idx_share_by_member ON share (member_id);
CREATE UNIQUE INDEX idx_share_uid ON share (uid);

ALTER TABLE subscription ADD COLUMN paid_by INTEGER REFERENCES member(id);

-- The undo journal records the new tables and column.
DROP TRIGGER undo_subscription_update;
DROP TRIGGER undo_subscription_delete;
CREATE TRIGGER undo_subscription_update AFTER UPDATE ON "subscription" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "subscription" SET "subscription_id" = ' || quote(OLD."subscription_id") || ', "name" = ' || quote(OLD."name") || ', "description" = ' || quote(OLD."description") || ', "provider" = ' || quote(OLD."provider") || ', "category_id" = ' || quote(OLD."category_id") || ', "amount" = ' || quote(OLD."amount") || ', "currency" = ' || quote(OLD."currency") || ', "billing_cycle" = ' || quote(OLD."billing_cycle") || ', "custom_cycle_days" = ' || quote(OLD."custom_cycle_days") || ', "start_date" = ' || quote(OLD."start_date") || ', "billing_anchor" = ' || quote(OLD."billing_anchor") || ', "next_billing_date" = ' || quote(OLD."next_billing_date") || ', "end_date" = ' || quote(OLD."end_date") || ', "status" = ' || quote(OLD."status") || ', "payment_method" = ' || quote(OLD."payment_method") || ', "auto_renewal" = ' || quote(OLD."auto_renewal") || ', "reminder_days" = ' || quote(OLD."reminder_days") || ', "email_notifications" = ' || quote(OLD."email_notifications") || ', "website_url" = ' || quote(OLD."website_url") || ', "notes" = ' || quote(OLD."notes") || ', "ai_insights" = ' || quote(OLD."ai_insights") || ', "usage_tracking" = ' || quote(OLD."usage_tracking") || ', "created_at" = ' || quote(OLD."created_at") || ', "updated_at" = ' || quote(OLD."updated_at") || ', "muted_alerts" = ' || quote(OLD."muted_alerts") || ', "cycle_months" = ' || quote(OLD."cycle_months") || ', "remind" = ' || quote(OLD."remind") || ', "trial_until" = ' || quote(OLD."trial_until") || ', "term_months" = ' || quote(OLD."term_months") || ', "extends_by_months" = ' || quote(OLD."extends_by_months") || ', "notice" = ' || quote(OLD."notice") || ', "card_id" = ' || quote(OLD."card_id") || ', "paid_by" = ' || quote(OLD."paid_by")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_subscription_delete AFTER DELETE ON "subscription" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "subscription" (rowid, "subscription_id", "name", "description", "provider", "category_id", "amount", "currency", "billing_cycle", "custom_cycle_days", "start_date", "billing_anchor", "next_billing_date", "end_date", "status", "payment_method", "auto_renewal", "reminder_days", "email_notifications", "website_url", "notes", "ai_insights", "usage_tracking", "created_at", "updated_at", "muted_alerts", "cycle_months", "remind", "trial_until", "term_months", "extends_by_months", "notice", "card_id", "paid_by") VALUES (' || OLD.rowid || ', ' || quote(OLD."subscription_id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."description") || ', ' || quote(OLD."provider") || ', ' || quote(OLD."category_id") || ', ' || quote(OLD."amount") || ', ' || quote(OLD."currency") || ', ' || quote(OLD."billing_cycle") || ', ' || quote(OLD."custom_cycle_days") || ', ' || quote(OLD."start_date") || ', ' || quote(OLD."billing_anchor") || ', ' || quote(OLD."next_billing_date") || ', ' || quote(OLD."end_date") || ', ' || quote(OLD."status") || ', ' || quote(OLD."payment_method") || ', ' || quote(OLD."auto_renewal") || ', ' || quote(OLD."reminder_days") || ', ' || quote(OLD."email_notifications") || ', ' || quote(OLD."website_url") || ', ' || quote(OLD."notes") || ', ' || quote(OLD."ai_insights") || ', ' || quote(OLD."usage_tracking") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."updated_at") || ', ' || quote(OLD."muted_alerts") || ', ' || quote(OLD."cycle_months") || ', ' || quote(OLD."remind") || ', ' || quote(OLD."trial_until") || ', ' || quote(OLD."term_months") || ', ' || quote(OLD."extends_by_months") || ', ' || quote(OLD."notice") || ', ' || quote(OLD."card_id") || ', ' || quote(OLD."paid_by") || ')');
END;
CREATE TRIGGER undo_member_insert AFTER INSERT ON "member" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "member" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_member_update AFTER UPDATE ON "member" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "member" SET "id" = ' || quote(OLD."id") || ', "name" = ' || quote(OLD."name") || ', "name_key" = ' || quote(OLD."name_key") || ', "created_at" = ' || quote(OLD."created_at") || ', "uid" = ' || quote(OLD."uid")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_member_delete AFTER DELETE ON "member" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "member" (rowid, "id", "name", "name_key", "created_at", "uid") VALUES (' || OLD.rowid || ', ' || quote(OLD."id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."name_key") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."uid") || ')');
END;
CREATE TRIGGER undo_share_insert AFTER INSERT ON "share" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "share" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_share_update AFTER UPDATE ON "share" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "share" SET "id" = ' || quote(OLD."id") || ', "subscription_id" = ' || quote(OLD."subscription_id") || ', "member_id" = ' || quote(OLD."member_id") || ', "position" = ' || quote(OLD."position") || ', "kind" = ' || quote(OLD."kind") || ', "value" = ' || quote(OLD."value") || ', "created_at" = ' || quote(OLD."created_at") || ', "uid" = ' || quote(OLD."uid")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_share_delete AFTER DELETE ON "share" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "share" (rowid, "id", "subscription_id", "member_id", "position", "kind", "value", "created_at", "uid") VALUES (' || OLD.rowid || ', ' || quote(OLD."id") || ', ' || quote(OLD."subscription_id") || ', ' || quote(OLD."member_id") || ', ' || quote(OLD."position") || ', ' || quote(OLD."kind") || ', ' || quote(OLD."value") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."uid") || ')');
END;
