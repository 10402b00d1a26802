-- The undo journal's triggers leave the file: every process parsed all of
-- them (two fifths of the schema) on every start, reading commands too,
-- which never journal. A writing command now creates them as TEMP
-- triggers on its own connection, generated from each journalled table's
-- columns (store/undo.rs, `install_triggers`), with the step they file
-- under kept on the connection too (undo_state goes); what they record, and
-- undo and redo, are unchanged.
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
DROP TRIGGER IF EXISTS undo_alert_unannounced_insert;
DROP TRIGGER IF EXISTS undo_alert_unannounced_update;
DROP TRIGGER IF EXISTS undo_alert_unannounced_delete;
DROP TABLE undo_state;
