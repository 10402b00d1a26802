-- The ECB's daily reference rates, kept by `rates update --history FROM`,
-- as published: 1 EUR = per_eur units of the currency on that day. A
-- payment converts at the rate of its date (the last published day on or
-- before it), into whatever the base currency is then.
CREATE TABLE rate_history (
    id       INTEGER PRIMARY KEY,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    day      TEXT NOT NULL,
    per_eur  TEXT NOT NULL,
    UNIQUE (currency, day)
);

CREATE TRIGGER undo_rate_history_insert AFTER INSERT ON "rate_history" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "rate_history" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_rate_history_update AFTER UPDATE ON "rate_history" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "rate_history" SET "id" = ' || quote(OLD."id") || ', "currency" = ' || quote(OLD."currency") || ', "day" = ' || quote(OLD."day") || ', "per_eur" = ' || quote(OLD."per_eur")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_rate_history_delete AFTER DELETE ON "rate_history" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "rate_history" (rowid, "id", "currency", "day", "per_eur") VALUES (' || OLD.rowid || ', ' || quote(OLD."id") || ', ' || quote(OLD."currency") || ', ' || quote(OLD."day") || ', ' || quote(OLD."per_eur") || ')');
END;
