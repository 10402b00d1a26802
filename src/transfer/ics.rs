//! iCalendar (RFC 5545) for renewals: one recurring all-day event per
//! subscription whose RRULE reproduces the tool's own schedule exactly —
//! month-end anchors included — with a reminder alarm.

use std::fmt::Write as _;
use std::io::Write;

use chrono::{Datelike, NaiveDate};

use super::Exporter;
use crate::domain::cycle::{Cycle, Step};
use crate::domain::subscription::Status;
use crate::error::Result;
use crate::store::Db;
use crate::store::subscriptions::{self, Filter, Sort};

/// `subs export --format ics`: active subscriptions' renewals, and the
/// dates to act by: trials ending and contracts' last days to cancel.
pub struct Ics {
    pub today: NaiveDate,
}

/// A one-day event to act on, with an alarm `alarm_days` before.
pub struct Marker {
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
    pub alarm_days: u16,
    pub stamp: String,
}

/// What one event needs.
pub struct Event<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub amount: String,
    pub currency: &'a str,
    pub cycle: Cycle,
    pub anchor: NaiveDate,
    /// The first charge shown (the next billing date, on the schedule).
    pub next: NaiveDate,
    /// Charges happen strictly before this day.
    pub end: Option<NaiveDate>,
    pub reminder_days: u16,
    /// RFC 3339 timestamp used for DTSTAMP (keeps exports reproducible).
    pub stamp: &'a str,
}

/// The RRULE for a schedule. Month-based cycles clamp to the month's end:
/// an anchor on the 31st is `BYMONTHDAY=-1`; on the 29th or 30th it is the
/// last of 28..=day that exists (`BYMONTHDAY=28,29,30;BYSETPOS=-1`).
pub fn rrule(cycle: Cycle, anchor: NaiveDate, end: Option<NaiveDate>) -> String {
    let mut rule = match cycle.step() {
        Step::Days(7) => "FREQ=WEEKLY".to_string(),
        Step::Days(n) => format!("FREQ=DAILY;INTERVAL={n}"),
        Step::Months(m) => {
            let (freq, interval) = if m == 12 {
                ("YEARLY", 1)
            } else {
                ("MONTHLY", m)
            };
            let mut r = format!("FREQ={freq}");
            if interval > 1 {
                let _ = write!(r, ";INTERVAL={interval}");
            }
            if freq == "YEARLY" {
                let _ = write!(r, ";BYMONTH={}", anchor.month());
            }
            match anchor.day() {
                31 => r.push_str(";BYMONTHDAY=-1"),
                d @ 29..=30 => {
                    let days: Vec<String> = (28..=d).map(|x| x.to_string()).collect();
                    let _ = write!(r, ";BYMONTHDAY={};BYSETPOS=-1", days.join(","));
                }
                d => {
                    let _ = write!(r, ";BYMONTHDAY={d}");
                }
            }
            r
        }
    };
    if let Some(last) = end.and_then(|e| e.pred_opt()) {
        let _ = write!(rule, ";UNTIL={}", last.format("%Y%m%d"));
    }
    rule
}

/// Escapes TEXT values (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn stamp(rfc3339: &str) -> String {
    let digits: String = rfc3339
        .chars()
        .filter(|c| c.is_ascii_digit())
        .take(14)
        .collect();
    if digits.len() == 14 {
        format!("{}T{}Z", &digits[..8], &digits[8..])
    } else {
        "19700101T000000Z".into()
    }
}

pub fn calendar(events: &[Event<'_>], markers: &[Marker]) -> String {
    let mut out = String::new();
    let mut line = |l: String| fold(&l, &mut out);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//subs//subscription renewals//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("X-WR-CALNAME:Subscription renewals".into());
    for e in events {
        let summary = format!("{} — {} {}", e.name, e.amount, e.currency);
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}@subs", e.id));
        line(format!("DTSTAMP:{}", stamp(e.stamp)));
        line(format!("DTSTART;VALUE=DATE:{}", e.next.format("%Y%m%d")));
        line("DURATION:P1D".into());
        line(format!("RRULE:{}", rrule(e.cycle, e.anchor, e.end)));
        line(format!("SUMMARY:{}", escape(&summary)));
        line(format!(
            "DESCRIPTION:{}",
            escape(&format!(
                "{} {} {} ({})",
                e.name,
                e.amount,
                e.currency,
                e.cycle.label()
            ))
        ));
        line("TRANSP:TRANSPARENT".into());
        line("BEGIN:VALARM".into());
        line("ACTION:DISPLAY".into());
        line(format!(
            "DESCRIPTION:{}",
            escape(&format!("{} renews soon", e.name))
        ));
        line(format!("TRIGGER:-P{}D", e.reminder_days));
        line("END:VALARM".into());
        line("END:VEVENT".into());
    }
    for m in markers {
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}", m.uid));
        line(format!("DTSTAMP:{}", stamp(&m.stamp)));
        line(format!("DTSTART;VALUE=DATE:{}", m.date.format("%Y%m%d")));
        line("DURATION:P1D".into());
        line(format!("SUMMARY:{}", escape(&m.summary)));
        line(format!("DESCRIPTION:{}", escape(&m.description)));
        line("TRANSP:TRANSPARENT".into());
        line("BEGIN:VALARM".into());
        line("ACTION:DISPLAY".into());
        line(format!("DESCRIPTION:{}", escape(&m.summary)));
        line(format!("TRIGGER:-P{}D", m.alarm_days));
        line("END:VALARM".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

impl Exporter for Ics {
    fn export(&self, conn: &Db, out: &mut dyn Write) -> Result<()> {
        let subs = subscriptions::list(
            conn,
            &Filter {
                status: Some(Status::Active),
                category: None,
            },
            Sort::Name,
        )?;
        let events: Vec<Event<'_>> = subs
            .iter()
            .map(|s| Event {
                id: &s.id,
                name: &s.name,
                amount: s.amount.to_string(),
                currency: s.currency.code(),
                cycle: s.cycle,
                anchor: s.anchor,
                next: s.next_billing_date,
                end: s.end_date,
                reminder_days: s.reminder_days,
                stamp: &s.updated_at,
            })
            .collect();
        let markers = markers(&subs, self.today);
        out.write_all(calendar(&events, &markers).as_bytes())?;
        Ok(())
    }
}

/// A trial's last day (if still ahead) and a contract's next cancel-by
/// date, each an event with an alarm at the subscription's first lead.
fn markers(subs: &[crate::domain::subscription::Subscription], today: NaiveDate) -> Vec<Marker> {
    let mut out = Vec::new();
    for s in subs {
        let alarm_days = s.leads().into_iter().max().unwrap_or(s.reminder_days);
        if let Some(t) = s.trial_until.filter(|t| *t >= today) {
            out.push(Marker {
                uid: format!("{}-trial-{t}@subs", s.id),
                date: t,
                summary: format!("{} trial ends", s.name),
                description: format!(
                    "{} trial ends {t}: cancel by then or pay {} {} on {}.",
                    s.name, s.amount, s.currency, s.next_billing_date
                ),
                alarm_days,
                stamp: s.updated_at.clone(),
            });
        }
        if let Some(term) = s.cancel_deadline(today) {
            out.push(Marker {
                uid: format!("{}-cancel-by-{}@subs", s.id, term.cancel_by),
                date: term.cancel_by,
                summary: format!("Last day to cancel {}", s.name),
                description: format!(
                    "Give notice on {} by {} to end it on {}; otherwise it extends.",
                    s.name, term.cancel_by, term.ends
                ),
                alarm_days,
                stamp: s.updated_at.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn month_end_anchors_use_the_last_day() {
        assert_eq!(
            rrule(Cycle::Monthly, d("2024-01-31"), None),
            "FREQ=MONTHLY;BYMONTHDAY=-1"
        );
        assert_eq!(
            rrule(Cycle::Monthly, d("2024-01-30"), None),
            "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1"
        );
        assert_eq!(
            rrule(Cycle::Quarterly, d("2024-01-29"), None),
            "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29;BYSETPOS=-1"
        );
        assert_eq!(
            rrule(Cycle::Yearly, d("2024-02-29"), None),
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1"
        );
        assert_eq!(
            rrule(Cycle::Monthly, d("2024-01-15"), Some(d("2024-06-15"))),
            "FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20240614"
        );
        assert_eq!(rrule(Cycle::Weekly, d("2024-01-15"), None), "FREQ=WEEKLY");
        assert_eq!(
            rrule(Cycle::EveryMonths(2), d("2024-01-31"), None),
            "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1"
        );
        assert_eq!(
            rrule(Cycle::EveryMonths(18), d("2024-01-15"), None),
            "FREQ=MONTHLY;INTERVAL=18;BYMONTHDAY=15"
        );
        assert_eq!(
            rrule(Cycle::Custom(90), d("2024-01-15"), None),
            "FREQ=DAILY;INTERVAL=90"
        );
    }

    #[test]
    fn text_is_escaped_and_lines_folded() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut out = String::new();
        fold(&"é".repeat(60), &mut out);
        assert!(out.split("\r\n").all(|l| l.len() <= 75), "{out:?}");
        assert!(out.contains("\r\n "));
    }
}
