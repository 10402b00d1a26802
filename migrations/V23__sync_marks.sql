-- When each record changed on this device, for sync: a change travels with
-- the time it was made, not the time `subs sync` collects it, so of two
-- devices editing one field offline the later edit wins. Marks are written
-- only while the database syncs (subs.remote set) and cleared by each sync.
-- This device's own bookkeeping: not journalled, not in backups.
CREATE TABLE sync_mark (
    kind TEXT NOT NULL,
    key  TEXT NOT NULL,
    at   TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);

CREATE TRIGGER sync_mark_channel_insert AFTER INSERT ON "channel"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('channels', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_channel_update AFTER UPDATE ON "channel"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('channels', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_channel_delete AFTER DELETE ON "channel"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('channels', OLD."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_rate_insert AFTER INSERT ON "rate"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('rates', NEW."currency", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_rate_update AFTER UPDATE ON "rate"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('rates', NEW."currency", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_rate_delete AFTER DELETE ON "rate"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('rates', OLD."currency", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_category_insert AFTER INSERT ON "category"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('categories', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_category_update AFTER UPDATE ON "category"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('categories', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_category_delete AFTER DELETE ON "category"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('categories', OLD."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_card_insert AFTER INSERT ON "card"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('cards', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_card_update AFTER UPDATE ON "card"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('cards', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_card_delete AFTER DELETE ON "card"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('cards', OLD."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_member_insert AFTER INSERT ON "member"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('members', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_member_update AFTER UPDATE ON "member"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('members', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_member_delete AFTER DELETE ON "member"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('members', OLD."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_subscription_insert AFTER INSERT ON "subscription"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('subscriptions', NEW."subscription_id", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_subscription_update AFTER UPDATE ON "subscription"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('subscriptions', NEW."subscription_id", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_subscription_delete AFTER DELETE ON "subscription"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('subscriptions', OLD."subscription_id", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_share_insert AFTER INSERT ON "share"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('shares', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_share_update AFTER UPDATE ON "share"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('shares', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_share_delete AFTER DELETE ON "share"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('shares', OLD."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_payment_insert AFTER INSERT ON "payment"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('payments', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_payment_update AFTER UPDATE ON "payment"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('payments', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_payment_delete AFTER DELETE ON "payment"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('payments', OLD."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_usage_insert AFTER INSERT ON "usage"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('usage', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_usage_update AFTER UPDATE ON "usage"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('usage', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_usage_delete AFTER DELETE ON "usage"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('usage', OLD."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_alert_insert AFTER INSERT ON "alert"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('alerts', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_alert_update AFTER UPDATE ON "alert"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('alerts', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_alert_delete AFTER DELETE ON "alert"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('alerts', OLD."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_price_history_insert AFTER INSERT ON "price_history"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('price_history', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_price_history_update AFTER UPDATE ON "price_history"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('price_history', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_price_history_delete AFTER DELETE ON "price_history"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('price_history', OLD."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_budget_insert AFTER INSERT ON "budget"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('budgets', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_budget_update AFTER UPDATE ON "budget"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('budgets', NEW."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;

CREATE TRIGGER sync_mark_budget_delete AFTER DELETE ON "budget"
WHEN EXISTS (SELECT 1 FROM tc_meta WHERE key = 'subs.remote') BEGIN
    INSERT INTO sync_mark (kind, key, at) VALUES ('budgets', OLD."uid", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
END;
