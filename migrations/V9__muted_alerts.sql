-- Alert types a subscription should not raise (comma-separated names, e.g.
-- 'usage_limit,renewal_reminder'); empty: every type is raised.
ALTER TABLE subscription ADD COLUMN muted_alerts TEXT NOT NULL DEFAULT '';
