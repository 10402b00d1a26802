-- A price change records the billing cycle before and after, so a change
-- of plan (8.99 a month to 99 a year) is compared by what it costs a year.
-- Rows from before this migration have no cycles (NULL): same cycle.
ALTER TABLE price_history ADD COLUMN old_cycle TEXT;
ALTER TABLE price_history ADD COLUMN new_cycle TEXT;
