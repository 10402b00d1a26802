//! Field rules shared by every way data comes in (flags, prompts, imports).
//! Each error names the field and quotes the value.

use chrono::{Datelike, NaiveDate};

/// The calendar range subs accepts; it keeps schedule arithmetic far from
/// chrono's limits and catches typos such as `0224-01-31`.
pub const MIN_DATE: (i32, u32, u32) = (1900, 1, 1);
pub const MAX_DATE: (i32, u32, u32) = (2199, 12, 31);

/// Formats the standard "invalid FIELD "VALUE": REASON" sentence.
pub fn invalid(field: &str, value: &str, reason: &str) -> String {
    format!("invalid {field} \"{}\": {reason}", value.escape_debug())
}

/// A date as the user typed it, with the day it means when that differs:
/// `"tomorrow" (2026-12-08)`, or `"2026-12-08"` (also when nothing was
/// typed: the day came from elsewhere).
pub fn as_typed(typed: Option<&str>, day: NaiveDate) -> String {
    match typed.map(str::trim) {
        Some(t) if t != day.to_string() => format!("\"{}\" ({day})", t.escape_debug()),
        _ => format!("\"{day}\""),
    }
}

/// The forms `date_on` accepts, as its error names them.
const DAY_FORMS: &str = "use YYYY-MM-DD, or today, tomorrow, yesterday, eom, +7d, -2w, +1m, +1y";

/// What a flag that takes a day or a whole month accepts.
const DAY_OR_MONTH_FORMS: &str =
    "use YYYY-MM-DD, a month as YYYY-MM, or today, tomorrow, yesterday, eom, +7d, -2w, +1m, +1y";

/// A day or a whole month (`YYYY-MM`) as typed for a window's end: the
/// first and last day it covers. A value in neither form is refused with
/// every form named.
pub fn day_or_month_on(
    field: &str,
    value: &str,
    today: NaiveDate,
) -> Result<(NaiveDate, NaiveDate), String> {
    if let Some(days) = month(value) {
        return Ok(days);
    }
    date_on(field, value, today)
        .map(|day| (day, day))
        .map_err(|e| {
            let form = e.ends_with(DAY_FORMS) || e.ends_with(DATE_FORM);
            if form {
                invalid(field, value, DAY_OR_MONTH_FORMS)
            } else {
                e
            }
        })
}

/// A date as typed on the command line: `YYYY-MM-DD`, or relative to
/// `today`: `today`, `tomorrow`, `yesterday`, `+7d`, `-2w`, `+1m`, `+1y`
/// (days, weeks, months, years; a month from Jan 31 is the last of
/// February) and `eom` (the end of this month).
pub fn date_on(field: &str, value: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let word = value.trim().to_ascii_lowercase();
    let relative = match word.as_str() {
        "today" => Some(today),
        "tomorrow" => today.succ_opt(),
        "yesterday" => today.pred_opt(),
        "eom" => end_of_month(today),
        w if w.starts_with(['+', '-']) => Some(offset(field, value, w, today)?),
        _ => None,
    };
    match relative {
        Some(day) => within_range(field, value, day),
        None if word.chars().all(|c| c.is_ascii_alphabetic()) && !word.is_empty() => {
            Err(invalid(field, value, DAY_FORMS))
        }
        // A malformed day names every form a flag accepts, not only the
        // strict one.
        None => date(field, value).map_err(|e| {
            if e.ends_with(DATE_FORM) {
                invalid(field, value, DAY_FORMS)
            } else {
                e
            }
        }),
    }
}

/// What a strict date must look like.
const DATE_FORM: &str = "use the form YYYY-MM-DD, e.g. 2024-01-31";

/// `+7d`, `-2w`, `+1m`, `+1y` from `today`.
fn offset(field: &str, value: &str, word: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let bad = || {
        invalid(
            field,
            value,
            "use a signed count and a unit, e.g. +7d, -2w, +1m or +1y",
        )
    };
    let (sign, rest) = word.split_at(1);
    let unit = rest.chars().last().ok_or_else(bad)?;
    let n: u32 = rest[..rest.len() - unit.len_utf8()]
        .parse()
        .map_err(|_| bad())?;
    if n > 100 * 366 {
        return Err(bad());
    }
    let forward = sign == "+";
    let days = |d: i64| {
        let delta = chrono::Duration::days(d);
        if forward {
            today.checked_add_signed(delta)
        } else {
            today.checked_sub_signed(delta)
        }
    };
    let months = |m: u32| {
        let delta = chrono::Months::new(m);
        if forward {
            today.checked_add_months(delta)
        } else {
            today.checked_sub_months(delta)
        }
    };
    match unit {
        'd' => days(i64::from(n)),
        'w' => days(7 * i64::from(n)),
        'm' => months(n),
        'y' => months(12 * n),
        _ => None,
    }
    .ok_or_else(bad)
}

fn end_of_month(day: NaiveDate) -> Option<NaiveDate> {
    day.with_day(1)?
        .checked_add_months(chrono::Months::new(1))?
        .pred_opt()
}

/// The first and last day of a `YYYY-MM` month, for `--since`/`--until`.
pub fn month(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let s = value.trim();
    let (y, m) = s.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    let first = NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)?;
    Some((first, end_of_month(first)?))
}

fn within_range(field: &str, value: &str, day: NaiveDate) -> Result<NaiveDate, String> {
    let (min, max) = (ymd(MIN_DATE), ymd(MAX_DATE));
    if day < min || day > max {
        return Err(invalid(
            field,
            value,
            "must be between 1900-01-01 and 2199-12-31",
        ));
    }
    Ok(day)
}

pub fn date(field: &str, value: &str) -> Result<NaiveDate, String> {
    let s = value.trim();
    let shaped = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shaped {
        return Err(invalid(field, value, DATE_FORM));
    }
    let parsed = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| invalid(field, value, "no such day in the calendar"))?;
    let (min, max) = (ymd(MIN_DATE), ymd(MAX_DATE));
    if parsed < min || parsed > max {
        return Err(invalid(
            field,
            value,
            "must be between 1900-01-01 and 2199-12-31",
        ));
    }
    Ok(parsed)
}

fn ymd((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// A name of 1..=max characters after trimming; returns the trimmed text.
pub fn name(field: &str, value: &str, max: usize) -> Result<String, String> {
    let trimmed = value.trim();
    let len = trimmed.chars().count();
    if len == 0 {
        Err(format!("{field} must not be empty"))
    } else if len > max {
        Err(invalid(
            field,
            &format!("{}…", trimmed.chars().take(20).collect::<String>()),
            &format!("must be at most {max} characters (got {len})"),
        ))
    } else {
        Ok(trimmed.to_string())
    }
}

/// Free text (description, notes): kept verbatim, only bounded in size.
pub fn text(field: &str, value: &str, max: usize) -> Result<String, String> {
    let len = value.chars().count();
    if len > max {
        Err(format!(
            "{field} must be at most {max} characters (got {len})"
        ))
    } else {
        Ok(value.to_string())
    }
}

/// A `#RRGGBB` colour; stored upper case.
pub fn color(value: &str) -> Result<String, String> {
    let s = value.trim();
    let ok = s.len() == 7 && s.starts_with('#') && s.bytes().skip(1).all(|b| b.is_ascii_hexdigit());
    if ok {
        Ok(s.to_ascii_uppercase())
    } else {
        Err(invalid(
            "--color",
            value,
            "use the form #RRGGBB, e.g. #E50914",
        ))
    }
}

/// An http(s) URL with a host and no whitespace, at most 200 characters.
pub fn url(value: &str) -> Result<String, String> {
    let s = value.trim();
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .ok_or_else(|| invalid("--url", value, "must start with http:// or https://"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid("--url", value, "not a valid web address"));
    }
    if s.chars().count() > 200 {
        return Err(invalid("--url", value, "must be at most 200 characters"));
    }
    Ok(s.to_string())
}

/// Reminder days: 0 (on the day) to 365.
pub fn reminder_days(value: i64) -> Result<u16, String> {
    if (0..=365).contains(&value) {
        Ok(value as u16)
    } else {
        Err(invalid(
            "--reminder-days",
            &value.to_string(),
            "must be between 0 and 365",
        ))
    }
}

/// A `--profile` name becomes a file name, so it is kept to a safe alphabet.
/// A URL subs sends requests (and keys) to: parsed by a real URL parser,
/// `https`, or plain `http` only to this machine (a local model, a test
/// server), and never with a user name or password in it — in
/// `http://127.0.0.1:x@example.com` the host is example.com.
pub fn service_url(label: &str, value: &str) -> Result<String, String> {
    let (trimmed, url) = parse_service_url(label, value)?;
    let host = url.host_str().unwrap_or("");
    let loopback = match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    };
    if url.scheme() == "http" && !loopback {
        return Err(format!(
            "refusing plain http to {host}: use https, or http only to 127.0.0.1/localhost"
        ));
    }
    Ok(trimmed)
}

/// The form of a service URL (what `config set` checks): an `http(s)` URL
/// with a host and without a user name or password. Where plain http may
/// go is decided when a request is made (`service_url`).
pub fn service_url_form(label: &str, value: &str) -> Result<String, String> {
    parse_service_url(label, value).map(|(trimmed, _)| trimmed)
}

fn parse_service_url(label: &str, value: &str) -> Result<(String, url::Url), String> {
    let trimmed = value.trim().trim_end_matches('/');
    let url =
        url::Url::parse(trimmed).map_err(|e| invalid(label, value, &format!("not a URL ({e})")))?;
    if !url.username().is_empty() || url.password().is_some() {
        // Quoted without its credentials: the error must not echo a password.
        let mut shown = url.clone();
        let _ = shown.set_username("***");
        let _ = shown.set_password(None);
        return Err(invalid(
            label,
            shown.as_str(),
            "a URL must not carry a user name or password (keys come from the environment)",
        ));
    }
    match url.scheme() {
        "https" | "http" if url.host_str().is_some_and(|h| !h.is_empty()) => {
            Ok((trimmed.to_string(), url))
        }
        _ => Err(invalid(
            label,
            value,
            "use an https:// URL (http:// only to this machine)",
        )),
    }
}

/// A model name as providers spell them: letters, digits and `-._/:`.
pub fn model_name(label: &str, value: &str) -> Result<String, String> {
    let v = value.trim();
    let ok = !v.is_empty()
        && v.len() <= 100
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._/:".contains(c));
    if ok {
        Ok(v.to_string())
    } else {
        Err(invalid(
            label,
            value,
            "use letters, digits and - . _ / : (e.g. gemini-2.5-flash)",
        ))
    }
}

/// `--remind 30,7,1`: lead times in days (0 = on the day, at most 365),
/// at most 10, each once; returned largest first.
pub fn remind(label: &str, value: &str) -> Result<Vec<u16>, String> {
    let mut leads = Vec::new();
    for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let n: u16 = part.parse().ok().filter(|n| *n <= 365).ok_or_else(|| {
            invalid(
                label,
                value,
                "use days before the charge, 0 to 365, e.g. 30,7,1",
            )
        })?;
        if !leads.contains(&n) {
            leads.push(n);
        }
    }
    if leads.len() > 10 {
        return Err(invalid(label, value, "at most 10 reminders"));
    }
    leads.sort_unstable_by(|a, b| b.cmp(a));
    Ok(leads)
}

/// A profile name, from `label` (`--profile` or `SUBS_PROFILE`).
pub fn profile(label: &str, value: &str) -> Result<String, String> {
    let ok = !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(value.to_string())
    } else {
        Err(invalid(
            label,
            value,
            "use 1 to 64 letters, digits, '-' or '_'",
        ))
    }
}

/// The key under which a category name is unique: case-insensitive for all
/// scripts, not only ASCII.
pub fn fold_name(name: &str) -> String {
    name.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_strict_and_bounded() {
        assert_eq!(
            date("--start", "2024-02-29").unwrap().to_string(),
            "2024-02-29"
        );
        let err = date("--start", "2023-02-29").unwrap_err();
        assert!(
            err.contains("--start") && err.contains("2023-02-29"),
            "{err}"
        );
        assert!(
            date("--start", "2024-1-5")
                .unwrap_err()
                .contains("YYYY-MM-DD")
        );
        assert!(date("--start", "31/01/2024").is_err());
        assert!(date("--start", "0224-01-31").unwrap_err().contains("1900"));
        assert!(date("--start", "9999-12-31").is_err());
        assert!(date("--start", "").is_err());
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(name("name", "  Netflix ", 200).unwrap(), "Netflix");
        assert!(name("name", "   ", 200).unwrap_err().contains("empty"));
        assert!(
            name("name", &"x".repeat(201), 200)
                .unwrap_err()
                .contains("200")
        );
        assert_eq!(
            name("name", &"é".repeat(200), 200).unwrap().chars().count(),
            200
        );
        assert_eq!(
            name("name", "O'Brien \"<b>\"; DROP TABLE x;--", 200).unwrap(),
            "O'Brien \"<b>\"; DROP TABLE x;--"
        );
    }

    #[test]
    fn colours_must_be_hex() {
        assert_eq!(color("#e50914").unwrap(), "#E50914");
        for bad in ["E50914", "#E5091", "#E509144", "#GGGGGG", "red", ""] {
            assert!(color(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn urls_must_be_http_or_https() {
        assert!(url("https://netflix.com/account").is_ok());
        assert!(url("http://localhost:8080").is_ok());
        assert!(url("ftp://x.org").unwrap_err().contains("http"));
        assert!(url("javascript:alert(1)").is_err());
        assert!(url("https://").is_err());
        assert!(url("https://exa mple.com").is_err());
    }

    #[test]
    fn reminder_days_range() {
        assert_eq!(reminder_days(0), Ok(0));
        assert_eq!(reminder_days(365), Ok(365));
        assert!(reminder_days(-1).unwrap_err().contains("--reminder-days"));
        assert!(reminder_days(366).is_err());
    }

    #[test]
    fn service_urls_are_parsed_not_pattern_matched() {
        let ok = |u| service_url("ai_base_url", u);
        assert_eq!(
            ok("https://example.com/v1/"),
            Ok("https://example.com/v1".into())
        );
        assert!(ok("http://127.0.0.1:8080").is_ok());
        assert!(ok("http://127.1.2.3").is_ok());
        assert!(ok("http://localhost/x").is_ok());
        assert!(ok("http://[::1]:9/").is_ok());
        assert!(
            ok("http://example.com")
                .unwrap_err()
                .contains("example.com")
        );
        assert!(ok("http://127.0.0.1.evil.com").is_err());
        // The host here is example.com; 127.0.0.1 is a user name.
        let tricked = ok("http://127.0.0.1:x@example.com").unwrap_err();
        assert!(tricked.contains("user name or password"), "{tricked}");
        assert!(ok("https://user:pw@example.com").is_err());
        assert!(ok("ftp://x").is_err());
        assert!(ok("not a url").is_err());
    }

    #[test]
    fn model_names_are_plain() {
        assert!(model_name("ai_model", "gemini-2.5-flash").is_ok());
        assert!(model_name("ai_model", "llama3.1:8b").is_ok());
        assert!(model_name("ai_model", "models/gemini-pro").is_ok());
        assert!(model_name("ai_model", "x?key=1").is_err());
        assert!(model_name("ai_model", "a b").is_err());
        assert!(model_name("ai_model", "").is_err());
    }

    #[test]
    fn profiles_are_safe_file_names() {
        assert!(profile("--profile", "work_2").is_ok());
        assert!(profile("--profile", "../etc").is_err());
        assert!(profile("--profile", "").is_err());
        assert!(profile("SUBS_PROFILE", "a b").is_err());
    }

    #[test]
    fn folding_is_unicode_aware() {
        assert_eq!(fold_name("Éducation"), fold_name("éDUCATION"));
    }
    #[test]
    fn dates_relative_to_today() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
        let on = |v: &str| date_on("--date", v, today).map(|d| d.to_string());
        assert_eq!(on("today").unwrap(), "2026-01-31");
        assert_eq!(on("Tomorrow").unwrap(), "2026-02-01");
        assert_eq!(on("yesterday").unwrap(), "2026-01-30");
        assert_eq!(on("+7d").unwrap(), "2026-02-07");
        assert_eq!(on("-2w").unwrap(), "2026-01-17");
        assert_eq!(on("+1m").unwrap(), "2026-02-28", "a month from Jan 31");
        assert_eq!(on("+1y").unwrap(), "2027-01-31");
        assert_eq!(on("eom").unwrap(), "2026-01-31");
        assert_eq!(on("2026-03-04").unwrap(), "2026-03-04");
        for bad in ["+7", "7d", "+d", "+1q", "soon", "+99999999y", "2026-02-30"] {
            assert!(on(bad).is_err(), "{bad}");
        }
        assert_eq!(
            month("2024-02").map(|(a, b)| (a.to_string(), b.to_string())),
            Some(("2024-02-01".into(), "2024-02-29".into()))
        );
        assert!(month("2024-13").is_none());
    }
}

/// Whatever a user or a file types, the parsers answer; they never panic.
#[cfg(test)]
mod never_panic {
    use proptest::prelude::*;

    use crate::domain::{currency::Currency, money::Money, rates, usage};

    proptest! {
        #[test]
        fn parsers_accept_or_refuse_any_text(s in "\\PC{0,40}") {
            let _ = Money::parse(&s);
            let _ = Currency::parse(&s);
            let _ = usage::parse_duration(&s);
            let _ = usage::parse_value(&s);
            let _ = rates::parse_rate(&s);
            let _ = super::date("--date", &s);
            let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
            let _ = super::date_on("--date", &s, day);
            let _ = super::month(&s);
            let _ = super::name("name", &s, 200);
            let _ = super::url(&s);
            let _ = super::color(&s);
            let _ = super::profile("--profile", &s);
        }

        #[test]
        fn amounts_that_parse_are_in_range_with_two_decimals(s in "[0-9]{0,12}(\\.[0-9]{0,3})?") {
            if let Ok(m) = Money::parse(&s) {
                prop_assert!(m.cents() > 0 && m.cents() <= Money::MAX_CENTS);
                prop_assert_eq!(m.amount().scale(), 2);
            }
        }
    }
}
