-- Every row gets a stable global id (a UUID) beside its local integer id:
-- the integer stays what a user types; the UUID is what backups, imports
-- and a future sync merge by. Subscriptions already have one (their SUB id
-- encodes a UUID); config and rates are keyed by natural keys.
-- Existing rows get random (version 4) UUIDs, computed per row; new rows
-- get version 7 UUIDs from subs.

ALTER TABLE category ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE payment ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE usage ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE alert ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE price_history ADD COLUMN uid TEXT NOT NULL DEFAULT '';

UPDATE category SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-'
    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'
    || lower(hex(randomblob(6)));

UPDATE payment SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-'
    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'
    || lower(hex(randomblob(6)));

UPDATE usage SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-'
    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'
    || lower(hex(randomblob(6)));

UPDATE alert SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-'
    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'
    || lower(hex(randomblob(6)));

UPDATE price_history SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-'
    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'
    || lower(hex(randomblob(6)));

CREATE UNIQUE INDEX idx_category_uid ON category (uid);
CREATE UNIQUE INDEX idx_payment_uid ON payment (uid);
CREATE UNIQUE INDEX idx_usage_uid ON usage (uid);
CREATE UNIQUE INDEX idx_alert_uid ON alert (uid);
CREATE UNIQUE INDEX idx_price_history_uid ON price_history (uid);
