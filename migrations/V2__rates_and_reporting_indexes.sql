-- subs schema v2: exchange rates, and the indexes the dashboard and
-- analytics aggregate over (each a covering index, so the sums read only
-- the index, never the table).

-- 1 unit of `currency` = `rate` units of `base` (the base currency when it
-- was set). `rate` is an exact decimal kept as text.
CREATE TABLE rate (
    currency    TEXT PRIMARY KEY CHECK (length(currency) = 3),
    base        TEXT NOT NULL CHECK (length(base) = 3 AND base <> currency),
    rate        TEXT NOT NULL,
    set_on      TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- dashboard: costs by currency and cycle, and by category, of active subscriptions
CREATE INDEX idx_subscription_status_cost
    ON subscription(status, currency, billing_cycle, custom_cycle_days, amount);
CREATE INDEX idx_subscription_status_category_cost
    ON subscription(status, category_id, currency, billing_cycle, custom_cycle_days, amount);
-- analytics: payment methods
CREATE INDEX idx_subscription_status_method_cost
    ON subscription(status, payment_method, currency, billing_cycle, custom_cycle_days, amount);
-- dashboard: newest subscriptions; analytics: growth per month
CREATE INDEX idx_subscription_created ON subscription(created_at, currency, amount);
-- analytics: money paid per month
CREATE INDEX idx_payment_status_date ON payment(status, payment_date, currency, amount);
-- analytics: alert effectiveness
CREATE INDEX idx_alert_type_read ON alert(alert_type, is_read);
-- the alert generator: usage per subscription without touching the table
CREATE INDEX idx_usage_subscription_date_count ON usage(subscription_id, usage_date, usage_count);
