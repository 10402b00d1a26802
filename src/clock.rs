//! One clock for the whole run. "Today" and "now" are read once, in
//! `lib.rs`, from the system or from `--today`/`SUBS_TODAY`, and passed
//! down: nothing else asks the system for the time, so a test or a backfill
//! that fixes the day sees every timestamp, cache age and alert on that day.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};

/// The moment a command runs, as subs sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    today: NaiveDate,
    now: DateTime<Utc>,
    /// Whether `today` was set by the user rather than read from the system.
    overridden: bool,
}

impl Clock {
    /// The system's local date and the current UTC time.
    pub fn system() -> Clock {
        Clock {
            today: chrono::Local::now().date_naive(),
            now: Utc::now(),
            overridden: false,
        }
    }

    /// The system time of day, on the day the user named.
    pub fn on(today: NaiveDate) -> Clock {
        Clock {
            today,
            now: Utc::now(),
            overridden: true,
        }
    }

    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// The clock for a later moment of a long run (each call `subs mcp`
    /// answers): the system's again, or the same day the user named.
    pub fn again(&self) -> Clock {
        match self.overridden {
            true => Clock::on(self.today),
            false => Clock::system(),
        }
    }

    /// Seconds since the Unix epoch (for cache ages).
    pub fn unix(&self) -> i64 {
        match self.overridden {
            // On an overridden day the cache ages with that day, so a run
            // "tomorrow" does not see today's answer as fresh.
            true => self.today.and_time(self.now.time()).and_utc().timestamp(),
            false => self.now.timestamp(),
        }
    }

    /// Milliseconds since the Unix epoch (for time-ordered ids), on the
    /// overridden day if there is one.
    pub fn unix_millis(&self) -> u64 {
        let secs = u64::try_from(self.unix()).unwrap_or(0);
        secs * 1000 + u64::from(self.now.timestamp_subsec_millis())
    }

    /// The real instant of this run, whatever day "today" is: when a
    /// change happened, for sync (which compares it with other devices'
    /// changes, and with the database's own record of when rows changed).
    pub fn instant(&self) -> DateTime<Utc> {
        self.now
    }

    /// An RFC 3339 UTC timestamp with seconds — on the overridden day, if
    /// "today" was overridden, so `created_at` of a backfill is that day.
    pub fn timestamp(&self) -> String {
        match self.overridden {
            true => format!("{}T{}Z", self.today, self.now.format("%H:%M:%S")),
            false => self.now.to_rfc3339_opts(SecondsFormat::Secs, true),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_overridden_day_shows_in_every_timestamp() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let clock = Clock::on(day);
        assert_eq!(clock.today(), day);
        assert!(clock.timestamp().starts_with("2026-11-26T"));
        assert!(clock.timestamp().ends_with('Z'));
        let midnight = day.and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp();
        assert!((midnight..midnight + 86_400).contains(&clock.unix()));
    }
}
