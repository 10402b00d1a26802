-- subs schema v3: the last insights answer per AI provider, with a
-- fingerprint of the data it was computed from.

CREATE TABLE insight_cache (
    provider     TEXT PRIMARY KEY,
    fingerprint  TEXT NOT NULL,
    -- seconds since the Unix epoch, real time (for the cache timeout)
    created_unix INTEGER NOT NULL,
    report       TEXT NOT NULL
);
