-- Sync's change marks leave the file, as the undo journal's triggers did
-- (V27): every process parsed these 36 triggers on every start, reading
-- commands and databases that never sync too. A writing command on a
-- database that syncs now creates them as TEMP triggers on its own
-- connection (store/sync.rs, `install_mark_triggers`); what they record is
-- unchanged.
DROP TRIGGER IF EXISTS sync_mark_channel_insert;
DROP TRIGGER IF EXISTS sync_mark_channel_update;
DROP TRIGGER IF EXISTS sync_mark_channel_delete;
DROP TRIGGER IF EXISTS sync_mark_rate_insert;
DROP TRIGGER IF EXISTS sync_mark_rate_update;
DROP TRIGGER IF EXISTS sync_mark_rate_delete;
DROP TRIGGER IF EXISTS sync_mark_category_insert;
DROP TRIGGER IF EXISTS sync_mark_category_update;
DROP TRIGGER IF EXISTS sync_mark_category_delete;
DROP TRIGGER IF EXISTS sync_mark_card_insert;
DROP TRIGGER IF EXISTS sync_mark_card_update;
DROP TRIGGER IF EXISTS sync_mark_card_delete;
DROP TRIGGER IF EXISTS sync_mark_member_insert;
DROP TRIGGER IF EXISTS sync_mark_member_update;
DROP TRIGGER IF EXISTS sync_mark_member_delete;
DROP TRIGGER IF EXISTS sync_mark_subscription_insert;
DROP TRIGGER IF EXISTS sync_mark_subscription_update;
DROP TRIGGER IF EXISTS sync_mark_subscription_delete;
DROP TRIGGER IF EXISTS sync_mark_share_insert;
DROP TRIGGER IF EXISTS sync_mark_share_update;
DROP TRIGGER IF EXISTS sync_mark_share_delete;
DROP TRIGGER IF EXISTS sync_mark_payment_insert;
DROP TRIGGER IF EXISTS sync_mark_payment_update;
DROP TRIGGER IF EXISTS sync_mark_payment_delete;
DROP TRIGGER IF EXISTS sync_mark_usage_insert;
DROP TRIGGER IF EXISTS sync_mark_usage_update;
DROP TRIGGER IF EXISTS sync_mark_usage_delete;
DROP TRIGGER IF EXISTS sync_mark_alert_insert;
DROP TRIGGER IF EXISTS sync_mark_alert_update;
DROP TRIGGER IF EXISTS sync_mark_alert_delete;
DROP TRIGGER IF EXISTS sync_mark_price_history_insert;
DROP TRIGGER IF EXISTS sync_mark_price_history_update;
DROP TRIGGER IF EXISTS sync_mark_price_history_delete;
DROP TRIGGER IF EXISTS sync_mark_budget_insert;
DROP TRIGGER IF EXISTS sync_mark_budget_update;
DROP TRIGGER IF EXISTS sync_mark_budget_delete;
