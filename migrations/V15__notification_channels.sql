-- Notification channels and their outbox. A channel is a row (kind,
-- name, settings as JSON, filters); its secrets never are: a channel names
-- the environment variable that holds its token or password. Every
-- (alert, channel) delivery is a row of the outbox, so nothing is lost or
-- sent twice: pending until sent, retried with backoff, failed at last.
CREATE TABLE channel (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 50),
    kind         TEXT NOT NULL CHECK (kind IN ('ntfy', 'webhook', 'command', 'email', 'desktop', 'apprise')),
    settings     TEXT NOT NULL DEFAULT '{}',
    min_severity TEXT NOT NULL DEFAULT 'info' CHECK (min_severity IN ('info', 'warning', 'urgent')),
    -- alert types it receives, comma-separated; empty: all
    alert_types  TEXT NOT NULL DEFAULT '',
    digest       INTEGER NOT NULL DEFAULT 0 CHECK (digest IN (0, 1)),
    created_at   TEXT NOT NULL,
    uid          TEXT NOT NULL DEFAULT ''
);
CREATE TABLE delivery (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    alert_id     INTEGER NOT NULL REFERENCES alert(id) ON DELETE CASCADE,
    channel_id   INTEGER NOT NULL REFERENCES channel(id) ON DELETE CASCADE,
    status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts     INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error   TEXT,
    -- RFC 3339; a pending delivery is tried at or after it
    next_attempt TEXT,
    sent_at      TEXT,
    created_at   TEXT NOT NULL,
    UNIQUE (alert_id, channel_id)
);
CREATE INDEX idx_delivery_pending ON delivery (status, next_attempt);

CREATE TRIGGER undo_channel_insert AFTER INSERT ON "channel" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "channel" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_channel_update AFTER UPDATE ON "channel" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "channel" SET "id" = ' || quote(OLD."id") || ', "name" = ' || quote(OLD."name") || ', "kind" = ' || quote(OLD."kind") || ', "settings" = ' || quote(OLD."settings") || ', "min_severity" = ' || quote(OLD."min_severity") || ', "alert_types" = ' || quote(OLD."alert_types") || ', "digest" = ' || quote(OLD."digest") || ', "created_at" = ' || quote(OLD."created_at") || ', "uid" = ' || quote(OLD."uid")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_channel_delete AFTER DELETE ON "channel" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "channel" (rowid, "id", "name", "kind", "settings", "min_severity", "alert_types", "digest", "created_at", "uid") VALUES (' || OLD.rowid || ', ' || quote(OLD."id") || ', ' || quote(OLD."name") || ', ' || quote(OLD."kind") || ', ' || quote(OLD."settings") || ', ' || quote(OLD."min_severity") || ', ' || quote(OLD."alert_types") || ', ' || quote(OLD."digest") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."uid") || ')');
END;
CREATE TRIGGER undo_delivery_insert AFTER INSERT ON "delivery" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "delivery" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_delivery_update AFTER UPDATE ON "delivery" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "delivery" SET "id" = ' || quote(OLD."id") || ', "alert_id" = ' || quote(OLD."alert_id") || ', "channel_id" = ' || quote(OLD."channel_id") || ', "status" = ' || quote(OLD."status") || ', "attempts" = ' || quote(OLD."attempts") || ', "last_error" = ' || quote(OLD."last_error") || ', "next_attempt" = ' || quote(OLD."next_attempt") || ', "sent_at" = ' || quote(OLD."sent_at") || ', "created_at" = ' || quote(OLD."created_at")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_delivery_delete AFTER DELETE ON "delivery" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "delivery" (rowid, "id", "alert_id", "channel_id", "status", "attempts", "last_error", "next_attempt", "sent_at", "created_at") VALUES (' || OLD.rowid || ', ' || quote(OLD."id") || ', ' || quote(OLD."alert_id") || ', ' || quote(OLD."channel_id") || ', ' || quote(OLD."status") || ', ' || quote(OLD."attempts") || ', ' || quote(OLD."last_error") || ', ' || quote(OLD."next_attempt") || ', ' || quote(OLD."sent_at") || ', ' || quote(OLD."created_at") || ')');
END;
