-- What `alerts cleanup` deletes still counts in analytics' alert
-- effectiveness: per type, how many alerts were cleaned up and how many of
-- them had been read.
CREATE TABLE alert_tally (
    alert_type TEXT PRIMARY KEY,
    total      INTEGER NOT NULL DEFAULT 0 CHECK (total >= 0),
    read       INTEGER NOT NULL DEFAULT 0 CHECK (read >= 0 AND read <= total)
);
