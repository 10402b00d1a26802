//! Usage: the logs and per-subscription summaries of `subs usage`, and what
//! `log-usage` says it recorded.

use chrono::Duration;
use serde::Serialize;

use super::json::{Exact, UsageJson};
use super::table::{Fit, Grid, Text};
use super::text::{count, relative_day, safe};
use super::{Output, View};
use crate::domain::money::cents_to_decimal;
use crate::domain::usage::{UsageLog, format_duration};

/// What `usage` (and `show`) report per subscription for a window.
#[derive(Debug, Serialize)]
pub struct UsageSummary {
    pub subscription_id: String,
    #[serde(rename = "subscription_name")]
    pub name: String,
    pub total_count: i64,
    pub total_duration_seconds: i64,
    pub total_duration: String,
    pub last_used: Option<String>,
    pub days_since_last_use: Option<i64>,
    /// What was charged for the charges due from `cost_since` to the
    /// window's end (payments recorded, else the scheduled amounts).
    pub window_cost: Exact,
    pub currency: String,
    /// `window_cost` per use from `cost_since`; null without a use.
    pub cost_per_use: Option<Exact>,
    /// Where cost per use is counted from: the latest of the window's
    /// start, the subscription's start and its first usage log.
    pub cost_since: String,
    /// The days counted from `cost_since`, paused days left out.
    pub cost_days: i64,
}

#[derive(Debug, Serialize)]
pub struct Window {
    pub since: String,
    pub until: String,
    pub days: i64,
}

/// `subs usage`.
pub struct UsageReport {
    pub window: Window,
    pub logs: Vec<UsageLog>,
    pub summary: Vec<UsageSummary>,
    pub today: chrono::NaiveDate,
    /// For one subscription (`usage NAME`): its logs are the table.
    pub one: bool,
}

#[derive(Serialize)]
struct ReportJson<'a> {
    window: &'a Window,
    logs: Vec<UsageJson<'a>>,
    summary: &'a [UsageSummary],
}

impl Serialize for UsageReport {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ReportJson {
            window: &self.window,
            logs: self.logs.iter().map(UsageJson::from).collect(),
            summary: &self.summary,
        }
        .serialize(s)
    }
}

/// One table: per subscription (uses, time, cost per use), or for one
/// subscription its logs, with the ids `usage delete` takes; the window and
/// the one subscription's summary follow it.
impl View for UsageReport {
    fn text(&self, out: &Output) -> String {
        if self.logs.is_empty() && self.summary.is_empty() && out.tty {
            return String::new();
        }
        if self.one {
            self.log_table(out)
        } else {
            self.summary_table(out)
        }
    }

    fn footer(&self, out: &Output) -> String {
        let (since, until) = (&self.window.since, &self.window.until);
        if self.logs.is_empty() && self.summary.is_empty() {
            return format!("No usage logged between {since} and {until}.");
        }
        let mut lines = Vec::new();
        if self.one {
            for s in &self.summary {
                lines.push(format!(
                    "{}: {}, {} from {since} to {until}; {}",
                    safe(&s.name),
                    count(s.total_count, "use", "uses"),
                    s.total_duration,
                    cost_per_use_text(s),
                ));
            }
        } else {
            lines.push(format!("Usage from {since} to {until}."));
            if !out.quiet {
                lines.push("`subs usage NAME` lists one subscription's logs.".into());
            }
        }
        lines.join("\n")
    }
}

impl UsageReport {
    fn log_table(&self, out: &Output) -> String {
        let mut grid = Grid::new(
            out,
            &[
                ("ID", Fit::WholeRight),
                ("Date", Fit::Whole),
                ("Subscription", Fit::Name),
                ("Count", Fit::WholeRight),
                ("Duration", Fit::Whole),
                ("Value", Fit::WholeRight),
                ("Notes", Fit::Shrink),
            ],
        );
        for l in &self.logs {
            grid.row(vec![
                l.id.to_string().into(),
                l.usage_date.to_string().into(),
                safe(&l.subscription_name).into(),
                l.usage_count.to_string().into(),
                l.usage_duration
                    .map(format_duration)
                    .unwrap_or_default()
                    .into(),
                l.usage_value
                    .map(|v| cents_to_decimal(v).to_string())
                    .unwrap_or_default()
                    .into(),
                l.notes.as_deref().map(safe).unwrap_or_default().into(),
            ]);
        }
        grid.render()
    }

    fn summary_table(&self, out: &Output) -> String {
        let today = self.today;
        let mut grid = Grid::new(
            out,
            &[
                ("Subscription", Fit::Name),
                ("Uses", Fit::WholeRight),
                ("Time", Fit::Whole),
                ("Last used", Fit::Whole),
                ("Charged", Fit::WholeRight),
                ("Cost per use", Fit::WholeRight),
                ("Since", Fit::Whole),
            ],
        );
        for s in &self.summary {
            // The relative day is the first thing a narrow terminal drops.
            let last_used = match (&s.last_used, s.days_since_last_use) {
                (Some(d), Some(n)) => Text::from(d.as_str()).with_suffix(format!(
                    "({})",
                    relative_day(today - Duration::days(n), today, false)
                )),
                _ => Text::from("never"),
            };
            grid.row(vec![
                safe(&s.name).into(),
                s.total_count.to_string().into(),
                s.total_duration.clone().into(),
                last_used,
                format!("{} {}", s.window_cost.0, s.currency).into(),
                s.cost_per_use
                    .map(|c| format!("{} {}", c.0, s.currency))
                    .unwrap_or_else(|| "unused".into())
                    .into(),
                s.cost_since.clone().into(),
            ]);
        }
        grid.render()
    }
}

/// `subs usage delete`: which log went.
#[derive(Serialize)]
pub struct LogDeleted {
    pub deleted: i64,
    pub subscription_id: String,
    pub subscription_name: String,
}

/// `subs log-usage`: the log recorded.
pub struct Logged(pub UsageLog);

impl Serialize for Logged {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        UsageJson::from(&self.0).serialize(s)
    }
}

impl View for Logged {
    fn text(&self, out: &Output) -> String {
        if out.quiet {
            return String::new();
        }
        let log = &self.0;
        let mut what = count(log.usage_count, "use", "uses");
        if let Some(d) = log.usage_duration {
            what.push_str(&format!(", {}", format_duration(d)));
        }
        format!(
            "Logged {what} of {} on {}",
            safe(&log.subscription_name),
            log.usage_date
        )
    }
}

/// Cost per use in words, naming the window it is counted over (the latest
/// of the window's start, the subscription's start and its first use), so
/// a figure is never read as more than it is.
pub fn cost_per_use_text(s: &UsageSummary) -> String {
    let days = count(s.cost_days, "day", "days");
    match &s.cost_per_use {
        None => "unused".into(),
        Some(_) if s.window_cost.0.is_zero() => {
            format!("nothing charged in the {days} since {}", s.cost_since)
        }
        Some(c) => format!(
            "{} {} charged, {} {} per use in the {days} since {}",
            s.window_cost.0, s.currency, c.0, s.currency, s.cost_since
        ),
    }
}
