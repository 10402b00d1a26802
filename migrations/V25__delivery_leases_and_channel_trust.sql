-- Device-local notification state (never replicated, never in a backup).
--
-- delivery_lease: a run claims each delivery it is about to send, in a
-- short write transaction, until `lease_until` (RFC 3339, the real clock).
-- An overlapping run skips a claimed row, so no delivery is sent twice
-- while its lease holds; a run killed mid-delivery leaves a lease that
-- expires, and a later run sends the row again (at least once).
CREATE TABLE delivery_lease (
    delivery_id INTEGER PRIMARY KEY REFERENCES delivery(id) ON DELETE CASCADE,
    owner       TEXT NOT NULL,
    lease_until TEXT NOT NULL
);

-- channel_trust: the channels (by uid) that may run programs on this
-- device. `command` and `apprise` channels that arrive by import or sync
-- have no row here and are not delivered to until `subs notify enable`.
CREATE TABLE channel_trust (
    uid        TEXT PRIMARY KEY,
    trusted_at TEXT NOT NULL
);
-- The channels already on this device were added here: trusted.
INSERT INTO channel_trust (uid, trusted_at)
    SELECT uid, created_at FROM channel WHERE uid <> '';

-- alert_unannounced: alerts raised by a command (edit, pause, resume,
-- cancel, a change over a budget) that the next `alerts generate` prints
-- and queues for the channels, as it does its own. No foreign key: a sync
-- rebuild refills the alert table keeping its ids, and the generator
-- reads these rows joined with the alerts that still exist.
CREATE TABLE alert_unannounced (
    alert_id INTEGER PRIMARY KEY
);

-- Journalled like the alerts they point to: undoing `edit` takes its
-- price_increase back out of the next run's news.
CREATE TRIGGER undo_alert_unannounced_insert AFTER INSERT ON "alert_unannounced" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "alert_unannounced" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_alert_unannounced_update AFTER UPDATE ON "alert_unannounced" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "alert_unannounced" SET "alert_id" = ' || quote(OLD."alert_id")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_alert_unannounced_delete AFTER DELETE ON "alert_unannounced" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "alert_unannounced" (rowid, "alert_id") VALUES (' || OLD.rowid || ', ' || quote(OLD."alert_id") || ')');
END;
