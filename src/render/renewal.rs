//! What renewal processing did (`subs renew`, and the first part of
//! `alerts generate`): payments recorded, subscriptions expired, charges
//! overdue.

use serde::Serialize;

use super::json::{AlertJson, Exact, date};
use super::text::{count, safe};
use super::{Output, View};
use crate::alerts::renewal::Report;
use crate::domain::alert::Alert;
use crate::domain::payment::PaymentStatus;

#[derive(Debug, Serialize)]
pub struct RenewedJson {
    /// null in a dry run.
    pub id: Option<i64>,
    pub subscription_id: String,
    #[serde(rename = "subscription_name")]
    pub name: String,
    pub amount: Exact,
    pub currency: String,
    pub payment_date: String,
    pub due_date: String,
    pub status: PaymentStatus,
}

#[derive(Debug, Serialize)]
pub struct ExpiredJson {
    pub subscription_id: String,
    #[serde(rename = "subscription_name")]
    pub name: String,
    pub end_date: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct OverdueJson {
    pub subscription_id: String,
    #[serde(rename = "subscription_name")]
    pub name: String,
    pub next_billing_date: String,
    pub days_overdue: i64,
    pub amount: Exact,
    pub currency: String,
}

#[derive(Debug, Serialize)]
pub struct ReportJson {
    pub dry_run: bool,
    pub payments_recorded: Vec<RenewedJson>,
    pub expired: Vec<ExpiredJson>,
    pub overdue: Vec<OverdueJson>,
}

impl ReportJson {
    pub fn new(report: &Report, dry_run: bool) -> Self {
        ReportJson {
            dry_run,
            payments_recorded: report
                .payments_recorded
                .iter()
                .map(|r| RenewedJson {
                    id: r.payment_id,
                    subscription_id: r.subscription.id.clone(),
                    name: r.subscription.name.clone(),
                    amount: Exact(r.subscription.amount.amount()),
                    currency: r.subscription.currency.code().to_string(),
                    payment_date: date(r.due_date),
                    due_date: date(r.due_date),
                    status: PaymentStatus::Paid,
                })
                .collect(),
            expired: report
                .expired
                .iter()
                .map(|s| ExpiredJson {
                    subscription_id: s.id.clone(),
                    name: s.name.clone(),
                    end_date: s.end_date.map(date),
                })
                .collect(),
            overdue: report
                .overdue
                .iter()
                .map(|o| OverdueJson {
                    subscription_id: o.subscription.id.clone(),
                    name: o.subscription.name.clone(),
                    next_billing_date: date(o.subscription.next_billing_date),
                    days_overdue: o.days_overdue,
                    amount: Exact(o.subscription.amount.amount()),
                    currency: o.subscription.currency.code().to_string(),
                })
                .collect(),
        }
    }
}

/// One line per thing that happened, for people and for cron's mail.
pub fn report_lines(report: &Report, dry_run: bool) -> Vec<String> {
    let verb = if dry_run { "Would record" } else { "Recorded" };
    let mut lines = Vec::new();
    for r in &report.payments_recorded {
        lines.push(format!(
            "{verb} {} {} paid for {} (due {})",
            r.subscription.amount,
            r.subscription.currency,
            safe(&r.subscription.name),
            r.due_date
        ));
    }
    let verb = if dry_run { "Would expire" } else { "Expired" };
    for s in &report.expired {
        let end = s.end_date.map(|d| d.to_string()).unwrap_or_default();
        lines.push(format!("{verb} {} (ended {end})", safe(&s.name)));
    }
    for o in &report.overdue {
        lines.push(format!(
            "Overdue: {} {} {} for {} was due {} ({} ago)",
            o.subscription.amount,
            o.subscription.currency,
            "payment",
            safe(&o.subscription.name),
            o.subscription.next_billing_date,
            count(o.days_overdue, "day", "days")
        ));
    }
    lines
}

/// `subs renew`.
pub struct Renewals {
    pub report: Report,
    pub dry_run: bool,
}

impl Serialize for Renewals {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ReportJson::new(&self.report, self.dry_run).serialize(s)
    }
}

impl View for Renewals {
    fn text(&self, out: &Output) -> String {
        let lines = report_lines(&self.report, self.dry_run);
        match (lines.is_empty(), out.quiet) {
            (true, true) => String::new(),
            (true, false) => "Nothing to renew.".into(),
            (false, _) => lines.join("\n"),
        }
    }
}

/// `subs alerts generate`: renewals and the alerts the run raised. Its text
/// is delivered by the notification channels, so the view itself prints
/// only the JSON document.
pub struct Generated {
    pub dry_run: bool,
    pub renewals: Report,
    pub alerts: Vec<Alert>,
}

#[derive(Serialize)]
struct GeneratedJson<'a> {
    dry_run: bool,
    renewals: ReportJson,
    alerts: Vec<AlertJson<'a>>,
}

impl Serialize for Generated {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        GeneratedJson {
            dry_run: self.dry_run,
            renewals: ReportJson::new(&self.renewals, self.dry_run),
            alerts: self.alerts.iter().map(AlertJson::from).collect(),
        }
        .serialize(s)
    }
}

impl View for Generated {
    /// One line of catch-up work when renewals were recorded ("Recorded 64
    /// renewal payments since 2026-09-01"); the alerts themselves are
    /// delivered by the notification channels.
    fn text(&self, out: &Output) -> String {
        let recorded = &self.renewals.payments_recorded;
        let Some(first) = recorded.iter().map(|r| r.due_date).min() else {
            return String::new();
        };
        if out.quiet {
            return String::new();
        }
        let verb = if self.dry_run {
            "Would record"
        } else {
            "Recorded"
        };
        let what = if recorded.len() == 1 {
            "renewal payment"
        } else {
            "renewal payments"
        };
        format!("{verb} {} {what} since {first}", recorded.len())
    }
}
