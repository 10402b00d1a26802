-- subs schema v1: the original module's five tables (subscription, category,
-- payment, usage, alert) with their columns, CHECK lists and indexes, adapted
-- to one local user, plus what the fixes need: the billing anchor, price
-- history, configuration, and a per-occurrence key that makes alerts unique.
-- Money is INTEGER hundredths. Dates are 'YYYY-MM-DD'; timestamps RFC 3339 UTC.

CREATE TABLE category (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    -- lower-cased name (Unicode-aware, computed by subs): unique, so names
    -- are unique case-insensitively in every script, not only ASCII
    name_key    TEXT NOT NULL UNIQUE,
    color       TEXT NOT NULL DEFAULT '#3B82F6'
                CHECK (length(color) = 7 AND color GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
    icon        TEXT NOT NULL DEFAULT 'circle' CHECK (length(icon) BETWEEN 1 AND 50),
    created_at  TEXT NOT NULL
);

CREATE TABLE subscription (
    subscription_id     TEXT PRIMARY KEY CHECK (length(subscription_id) = 25 AND substr(subscription_id, 1, 3) = 'SUB'),
    name                TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description         TEXT,
    provider            TEXT NOT NULL CHECK (length(provider) BETWEEN 1 AND 200),
    category_id         INTEGER REFERENCES category(id) ON DELETE SET NULL,
    amount              INTEGER NOT NULL CHECK (amount > 0 AND amount <= 9999999999),
    currency            TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    billing_cycle       TEXT NOT NULL CHECK (billing_cycle IN ('weekly', 'monthly', 'quarterly', 'yearly', 'custom')),
    custom_cycle_days   INTEGER CHECK (
                            (billing_cycle = 'custom' AND custom_cycle_days BETWEEN 1 AND 365)
                            OR (billing_cycle <> 'custom' AND custom_cycle_days IS NULL)),
    start_date          TEXT NOT NULL,
    -- the schedule's origin: billing dates are billing_anchor + n cycles
    billing_anchor      TEXT NOT NULL,
    next_billing_date   TEXT NOT NULL CHECK (next_billing_date >= start_date),
    end_date            TEXT CHECK (end_date IS NULL OR end_date >= start_date),
    status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'cancelled', 'expired')),
    payment_method      TEXT NOT NULL DEFAULT 'card' CHECK (payment_method IN ('card', 'bank_transfer', 'paypal', 'other')),
    auto_renewal        INTEGER NOT NULL DEFAULT 1 CHECK (auto_renewal IN (0, 1)),
    reminder_days       INTEGER NOT NULL DEFAULT 3 CHECK (reminder_days BETWEEN 0 AND 365),
    email_notifications INTEGER NOT NULL DEFAULT 1 CHECK (email_notifications IN (0, 1)),
    website_url         TEXT CHECK (website_url IS NULL OR length(website_url) <= 200),
    notes               TEXT,
    ai_insights         TEXT NOT NULL DEFAULT '{}',
    usage_tracking      TEXT NOT NULL DEFAULT '{}',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);

-- The original's indexes, without its user_id column (one user per file).
CREATE INDEX idx_subscription_user_status ON subscription(status);
CREATE INDEX idx_subscription_next_billing ON subscription(next_billing_date);
CREATE INDEX idx_subscription_category ON subscription(category_id);
CREATE INDEX idx_subscription_user_status_date ON subscription(status, next_billing_date);
CREATE INDEX idx_subscription_category_status ON subscription(category_id, status);
CREATE INDEX idx_subscription_active ON subscription(next_billing_date) WHERE status = 'active';

CREATE TABLE payment (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id TEXT NOT NULL REFERENCES subscription(subscription_id) ON DELETE CASCADE,
    amount          INTEGER NOT NULL CHECK (amount > 0 AND amount <= 9999999999),
    currency        TEXT NOT NULL CHECK (length(currency) = 3),
    payment_date    TEXT NOT NULL,
    due_date        TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('paid', 'pending', 'failed', 'refunded')),
    transaction_id  TEXT CHECK (transaction_id IS NULL OR length(transaction_id) <= 100),
    notes           TEXT,
    created_at      TEXT NOT NULL
);

CREATE INDEX idx_payment_subscription_date ON payment(subscription_id, payment_date);
-- An occurrence is settled once: two processes cannot both pay it.
CREATE UNIQUE INDEX idx_payment_settled_once ON payment(subscription_id, due_date)
    WHERE status IN ('paid', 'pending');

CREATE TABLE usage (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id TEXT NOT NULL REFERENCES subscription(subscription_id) ON DELETE CASCADE,
    usage_date      TEXT NOT NULL,
    usage_count     INTEGER NOT NULL DEFAULT 0 CHECK (usage_count >= 0),
    -- seconds (the original's INTERVAL)
    usage_duration  INTEGER CHECK (usage_duration IS NULL OR usage_duration >= 0),
    -- hundredths (the original's DECIMAL(10,2))
    usage_value     INTEGER,
    notes           TEXT,
    created_at      TEXT NOT NULL
);

CREATE INDEX idx_usage_subscription_date ON usage(subscription_id, usage_date);

CREATE TABLE alert (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id TEXT NOT NULL REFERENCES subscription(subscription_id) ON DELETE CASCADE,
    alert_type      TEXT NOT NULL CHECK (alert_type IN ('payment_due', 'price_increase', 'renewal_reminder',
                                                        'usage_limit', 'cancellation_reminder', 'status_change')),
    title           TEXT NOT NULL CHECK (length(title) <= 200),
    message         TEXT NOT NULL,
    alert_date      TEXT NOT NULL,
    is_read         INTEGER NOT NULL DEFAULT 0 CHECK (is_read IN (0, 1)),
    is_dismissed    INTEGER NOT NULL DEFAULT 0 CHECK (is_dismissed IN (0, 1)),
    -- what the alert is about (a billing date, a price change, an event),
    -- so that a reminder exists at most once per occurrence
    occurrence      TEXT NOT NULL,
    created_at      TEXT NOT NULL
);

CREATE INDEX idx_alert_subscription_unread ON alert(subscription_id, is_read, is_dismissed);
CREATE INDEX idx_alert_user_unread ON alert(subscription_id, is_read, created_at);
CREATE UNIQUE INDEX idx_alert_once_per_occurrence ON alert(subscription_id, alert_type, occurrence);

CREATE TABLE price_history (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id TEXT NOT NULL REFERENCES subscription(subscription_id) ON DELETE CASCADE,
    changed_on      TEXT NOT NULL,
    old_amount      INTEGER NOT NULL CHECK (old_amount > 0),
    new_amount      INTEGER NOT NULL CHECK (new_amount > 0),
    currency        TEXT NOT NULL CHECK (length(currency) = 3),
    created_at      TEXT NOT NULL
);

CREATE INDEX idx_price_history_subscription ON price_history(subscription_id, changed_on);

CREATE TABLE config (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
