-- A refund is money coming back for a payment that was made: its own row
-- (status 'refunded') for the same charge (subscription and due date) as the
-- payment it returns, which stays 'paid'. Totals are paid less refunded.
--
-- Before, `payments edit ID --status refunded` turned the payment itself
-- into the refund, so no payment was left (totals went negative, and paying
-- the charge again left it open). Such a row is a refund with no payment of
-- its charge recorded before it. It becomes the payment again, and its refund
-- is recorded beside it: the same amount, on the same date, with a global id
-- derived from the payment's (the UUID's version digit set to 8, a form no
-- random or name-based id of subs has), so every device that migrates the
-- same row makes the same refund and sync sees one record.
CREATE TEMP TABLE v24_turned (id INTEGER PRIMARY KEY);

INSERT INTO v24_turned (id)
SELECT r.id FROM payment r
WHERE r.status = 'refunded' AND length(r.uid) = 36
  AND NOT EXISTS (
      SELECT 1 FROM payment p
      WHERE p.subscription_id = r.subscription_id AND p.due_date = r.due_date
        AND p.status = 'paid' AND p.id < r.id)
  AND NOT EXISTS (
      SELECT 1 FROM payment d WHERE d.uid = substr(r.uid, 1, 14) || '8' || substr(r.uid, 16));

INSERT INTO payment (subscription_id, amount, currency, payment_date, due_date, status,
    transaction_id, notes, created_at, uid)
SELECT subscription_id, amount, currency, payment_date, due_date, 'refunded', NULL, NULL,
    created_at, substr(uid, 1, 14) || '8' || substr(uid, 16)
FROM payment WHERE id IN (SELECT id FROM v24_turned) ORDER BY id;

UPDATE payment SET status = 'paid' WHERE id IN (SELECT id FROM v24_turned);

DROP TABLE v24_turned;

-- `analytics` values each month's new subscriptions at their monthly cost,
-- so its growth query groups by cycle too; the index still covers it.
DROP INDEX idx_subscription_created;
CREATE INDEX idx_subscription_created_by_cycle ON subscription (created_at, currency,
    billing_cycle, custom_cycle_days, cycle_months, amount);
