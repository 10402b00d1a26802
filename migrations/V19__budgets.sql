-- Budgets: one overall monthly budget (category_id NULL) and at most one
-- per category, each in its own currency. The monthly cost of what a budget
-- covers is compared with it on the dashboard, and the alert generator
-- raises over_budget once per budget and month while it is over.
CREATE TABLE budget (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    category_id INTEGER REFERENCES category(id) ON DELETE CASCADE,
    amount      INTEGER NOT NULL CHECK (amount > 0 AND amount <= 9999999999),
    currency    TEXT NOT NULL CHECK (length(currency) = 3),
    created_at  TEXT NOT NULL,
    uid         TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX idx_budget_scope ON budget (ifnull(category_id, 0));
CREATE UNIQUE INDEX idx_budget_uid ON budget (uid);

CREATE TRIGGER undo_budget_insert AFTER INSERT ON "budget" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'DELETE FROM "budget" WHERE rowid = ' || NEW.rowid);
END;
CREATE TRIGGER undo_budget_update AFTER UPDATE ON "budget" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'UPDATE "budget" SET "id" = ' || quote(OLD."id") || ', "category_id" = ' || quote(OLD."category_id") || ', "amount" = ' || quote(OLD."amount") || ', "currency" = ' || quote(OLD."currency") || ', "created_at" = ' || quote(OLD."created_at") || ', "uid" = ' || quote(OLD."uid")
        || ' WHERE rowid = ' || OLD.rowid);
END;
CREATE TRIGGER undo_budget_delete AFTER DELETE ON "budget" WHEN (SELECT step FROM undo_state) IS NOT NULL BEGIN
    INSERT INTO undo_log (step, sql) VALUES ((SELECT step FROM undo_state),
        'INSERT INTO "budget" (rowid, "id", "category_id", "amount", "currency", "created_at", "uid") VALUES (' || OLD.rowid || ', ' || quote(OLD."id") || ', ' || quote(OLD."category_id") || ', ' || quote(OLD."amount") || ', ' || quote(OLD."currency") || ', ' || quote(OLD."created_at") || ', ' || quote(OLD."uid") || ')');
END;
