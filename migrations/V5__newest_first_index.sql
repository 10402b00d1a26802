-- "Recently added" (dashboard, `list --sort created`) orders by creation
-- time, newest first, ties (rows created in the same second, as an import
-- makes them) in insertion order. An index on created_at alone carries the
-- rowid as its last column, so that order is read straight from the index
-- instead of sorting every subscription created in the same second.
CREATE INDEX idx_subscription_newest ON subscription (created_at);
