-- A charge is settled while what was paid for it (paid or pending) is more
-- than what was refunded for it. A charge refunded in full is due again and
-- can be paid again, which a unique index over paid payments could not
-- allow; subs checks it inside each write transaction instead (every write
-- takes the write lock first, so two processes still cannot both pay it).
DROP INDEX idx_payment_settled_once;
CREATE INDEX idx_payment_subscription_due ON payment (subscription_id, due_date, status, amount);
