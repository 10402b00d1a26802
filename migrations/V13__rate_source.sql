-- Where a rate came from: typed by the user (`rates set`, 'manual') or
-- fetched from the European Central Bank's reference rates (`rates
-- update`, 'ecb'; `set_on` is then the ECB's publication date). Fetched
-- rates never replace manual ones unless asked.
ALTER TABLE rate ADD COLUMN source TEXT NOT NULL DEFAULT 'manual'
    CHECK (source IN ('manual', 'ecb'));

-- The undo journal records the new column.
DROP TRIGGER undo_rate_update;
DROP TRIGGER undo_rate_delete;
CREATE TRIGGER undo_rate_update AFTER UPDATE ON "rate" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "rate" SET "currency" = ' || quote(OLD."currency") || ', "base" = ' || quote(OLD."base") || ', "rate" = ' || quote(OLD."rate") || ', "set_on" = ' || quote(OLD."set_on") || ', "updated_at" = ' || quote(OLD."updated_at") || ', "source" = ' || quote(OLD."source")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_rate_delete AFTER DELETE ON "rate" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "rate" (rowid, "currency", "base", "rate", "set_on", "updated_at", "source") VALUES (' || OLD.rowid || ', ' || quote(OLD."currency") || ', ' || quote(OLD."base") || ', ' || quote(OLD."rate") || ', ' || quote(OLD."set_on") || ', ' || quote(OLD."updated_at") || ', ' || quote(OLD."source") || ')');
END;
