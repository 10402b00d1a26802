//! Usage durations: typed as `90m`, `1h30m`, `2h`, `45s`; stored as
//! seconds; shown as `1h 30m`.

use chrono::NaiveDate;

/// The most one usage log may hold: one day. Log each day separately.
pub const MAX_DURATION_SECS: i64 = 24 * 3600;

/// Parses `2h15m`, `90m`, `45s`, `1h 30m 10s`. Units h, m, s, each at most
/// once and in that order. The error is the reason only.
pub fn parse_duration(input: &str) -> Result<i64, String> {
    let s: String = input
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if s.is_empty() {
        return Err("a duration is required, e.g. 90m or 1h30m".into());
    }
    if s.starts_with('-') {
        return Err("a duration cannot be negative".into());
    }
    let mut total: i64 = 0;
    let mut number = String::new();
    let mut last_unit = 0; // h=3, m=2, s=1: units must descend
    for c in s.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let (rank, factor) = match c.to_ascii_lowercase() {
            'h' => (3, 3600),
            'm' => (2, 60),
            's' => (1, 1),
            _ => return Err(format!("unknown unit '{c}': use h, m and s, e.g. 1h30m")),
        };
        if number.is_empty() {
            return Err("each unit needs a number before it, e.g. 1h30m".into());
        }
        if last_unit != 0 && rank >= last_unit {
            return Err("give hours, minutes and seconds once each, in that order".into());
        }
        last_unit = rank;
        let n: i64 = number
            .parse()
            .map_err(|_| "the number is too large".to_string())?;
        total = n
            .checked_mul(factor)
            .and_then(|v| total.checked_add(v))
            .ok_or("the duration is too large")?;
        if total > MAX_DURATION_SECS {
            return Err("a single log holds at most 24h; log each day separately".into());
        }
        number.clear();
    }
    if !number.is_empty() {
        return Err("add a unit to the number: h, m or s (e.g. 90m)".into());
    }
    Ok(total)
}

/// `1h 30m`, `45m`, `2h`, `30s`, `0s`.
pub fn format_duration(secs: i64) -> String {
    let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(format!("{h}h"));
    }
    if m > 0 {
        parts.push(format!("{m}m"));
    }
    if s > 0 || parts.is_empty() {
        parts.push(format!("{s}s"));
    }
    parts.join(" ")
}

#[derive(Clone, Debug, PartialEq)]
pub struct UsageLog {
    pub id: i64,
    pub subscription_id: String,
    pub subscription_name: String,
    pub usage_date: NaiveDate,
    pub usage_count: i64,
    /// Seconds.
    pub usage_duration: Option<i64>,
    /// Hundredths.
    pub usage_value: Option<i64>,
    pub notes: Option<String>,
    pub created_at: String,
    /// The global id (what backups and sync merge by).
    pub uid: String,
}

#[derive(Clone, Debug)]
pub struct NewUsage<'a> {
    pub subscription_id: &'a str,
    pub usage_date: NaiveDate,
    pub usage_count: i64,
    pub usage_duration: Option<i64>,
    pub usage_value: Option<i64>,
    pub notes: Option<&'a str>,
}

/// Per-subscription totals within a window; `last_used` is the latest log
/// up to the window's end, even if it falls before the window.
#[derive(Clone, Debug, PartialEq)]
pub struct UsageTotals {
    pub subscription_id: String,
    pub total_count: i64,
    pub total_duration: i64,
    pub logs: i64,
    pub last_used: Option<NaiveDate>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_forms() {
        assert_eq!(parse_duration("90m"), Ok(5400));
        assert_eq!(parse_duration("1h30m"), Ok(5400));
        assert_eq!(parse_duration("2h"), Ok(7200));
        assert_eq!(parse_duration("45s"), Ok(45));
        assert_eq!(parse_duration("2h15m"), Ok(8100));
        assert_eq!(parse_duration("1h 30m 10s"), Ok(5410));
        assert_eq!(parse_duration("24h"), Ok(86400));
    }

    #[test]
    fn rejects_bad_durations() {
        for bad in [
            "1x",
            "-5m",
            "99999h",
            "",
            "m",
            "30",
            "1m1h",
            "1h1h",
            "25h",
            "99999999999999999999h",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad:?} must be rejected");
        }
    }

    #[test]
    fn formats_readably() {
        assert_eq!(format_duration(5400), "1h 30m");
        assert_eq!(format_duration(8100), "2h 15m");
        assert_eq!(format_duration(45), "45s");
        assert_eq!(format_duration(0), "0s");
        assert_eq!(format_duration(7200), "2h");
    }
}

/// A usage value (pages read, GB stored, …): 0 or more, at most 2
/// decimals, returned as hundredths.
/// The most uses one log may record: enough for any real count, small
/// enough that no sum over a lifetime of logs can overflow.
pub const MAX_USES_PER_LOG: i64 = 1_000_000;

/// A log's count of uses: 0 to `MAX_USES_PER_LOG`.
pub fn check_count(count: i64) -> Result<i64, String> {
    if (0..=MAX_USES_PER_LOG).contains(&count) {
        Ok(count)
    } else if count < 0 {
        Err("must be 0 or more".into())
    } else {
        Err(format!(
            "at most {MAX_USES_PER_LOG} uses per log (log a day at a time)"
        ))
    }
}

pub fn parse_value(input: &str) -> Result<i64, String> {
    let s = input.trim();
    if s.starts_with('-') {
        return Err("must be 0 or more".into());
    }
    if s == "0" || s == "0.0" || s == "0.00" {
        return Ok(0);
    }
    super::money::Money::parse(s).map(|m| m.cents())
}

#[cfg(test)]
mod value_tests {
    use super::*;

    #[test]
    fn values_are_exact_and_non_negative() {
        assert_eq!(parse_value("4.5"), Ok(450));
        assert_eq!(parse_value("0"), Ok(0));
        assert!(parse_value("-1").is_err());
        assert!(parse_value("1.234").is_err());
        assert!(parse_value("x").is_err());
    }
}
