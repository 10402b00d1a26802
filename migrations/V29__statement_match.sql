-- The descriptors a subscription's charges carry on a bank statement
-- (`--match 'CLAUDE.AI|ANTHROPIC'`): `|`-separated alternatives matched
-- case-insensitively, so `detect` and `reconcile` keep a renamed merchant
-- one series. NULL: matched by its name.
ALTER TABLE subscription ADD COLUMN statement_match TEXT
    CHECK (statement_match IS NULL OR length(statement_match) BETWEEN 1 AND 500);
