//! The alert rules, as pure functions of one subscription's facts and
//! "today". Each proposes alerts with an occurrence key; the store keeps at
//! most one alert per (subscription, type, occurrence), so evaluating the
//! rules any number of times raises each alert once.
//!
//! Windows are each subscription's own `reminder_days` (the original used a
//! fixed 7 days). A window that has started is enough — a run missed on the
//! exact day is caught up by the next one.

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;

use crate::domain::alert::Candidate;
use crate::domain::alert::{self, AlertType, Text};
use crate::domain::money::round_money;
use crate::domain::schedule;
use crate::domain::subscription::Status;
use crate::domain::usage_cost::{self, Inputs};

/// Days without a usage log after which an active subscription counts as
/// unused.
pub const UNUSED_AFTER_DAYS: i64 = 30;
/// The window over which cost per use is measured.
pub const COST_WINDOW_DAYS: i64 = 90;
/// While its condition lasts, a usage_limit alert comes back at most this often.
pub const USAGE_ALERT_EVERY_DAYS: i64 = 30;

/// An alert a rule wants raised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposed {
    pub alert_type: AlertType,
    pub occurrence: String,
    pub text: Text,
}

/// Every alert due for this subscription today.
pub fn evaluate(c: &Candidate, today: NaiveDate, cost_per_use_limit: Decimal) -> Vec<Proposed> {
    let s = &c.subscription;
    if s.status != Status::Active {
        return Vec::new();
    }
    let mut out = Vec::new();
    if s.auto_renewal {
        renewal_reminder(c, today, &mut out);
    } else {
        payment_due(c, today, &mut out);
    }
    cancellation_reminder(c, today, &mut out);
    trial_ending(c, today, &mut out);
    cancellation_deadline(c, today, &mut out);
    usage_limit(c, today, cost_per_use_limit, &mut out);
    // Types the subscription muted are not raised.
    out.retain(|p| !s.muted.contains(&p.alert_type));
    out
}

fn charged(c: &Candidate, date: NaiveDate) -> bool {
    schedule::charged_on(c.subscription.end_date, date)
}

/// A charge paid before its day: none of its remaining reminders (a charge
/// renewal processing records on its day is not "paid early").
fn paid_early(c: &Candidate, date: NaiveDate) -> bool {
    c.paid.iter().any(|p| p.due == date && p.early())
}

/// The first charge after a free trial: its reminder is trial_ending.
fn ends_a_trial(c: &Candidate, date: NaiveDate) -> bool {
    c.subscription.trial_until.and_then(|t| t.succ_opt()) == Some(date)
}

fn in_window(c: &Candidate, days: i64) -> bool {
    (0..=i64::from(c.subscription.reminder_days)).contains(&days)
}

/// The reminder due `days` before a charge on `date`, as its occurrence:
/// the smallest lead time not below `days`, so each lead fires once and a
/// missed run catches up with the latest one. With the single lead
/// `reminder_days` the occurrence is the date itself.
fn reminder_occurrence(c: &Candidate, date: NaiveDate, days: i64) -> Option<String> {
    if days < 0 {
        return None;
    }
    let s = &c.subscription;
    let lead = s
        .leads()
        .into_iter()
        .filter(|l| i64::from(*l) >= days)
        .min()?;
    Some(if s.remind.is_empty() {
        date.to_string()
    } else {
        format!("{date}:{lead}d")
    })
}

/// renewal_reminder: an auto-renewing subscription bills within its window.
/// Renewal processing runs first and moves the next date past today, so a
/// charge made today is found as the occurrence before the next date.
fn renewal_reminder(c: &Candidate, today: NaiveDate, out: &mut Vec<Proposed>) {
    let s = &c.subscription;
    let mut dates = vec![s.next_billing_date];
    if let Some(i) = schedule::index_on_or_after(s.anchor, s.cycle, s.next_billing_date)
        && let Some(prev) = i
            .checked_sub(1)
            .and_then(|p| schedule::nth(s.anchor, s.cycle, p))
        && prev == today
    {
        dates.insert(0, prev);
    }
    for date in dates {
        let days = (date - today).num_days();
        if let Some(occurrence) = reminder_occurrence(c, date, days)
            && charged(c, date)
            && !ends_a_trial(c, date)
            && !paid_early(c, date)
        {
            out.push(Proposed {
                alert_type: AlertType::RenewalReminder,
                occurrence,
                text: alert::renewal_reminder(&s.name, s.currency, s.amount.amount(), date, days),
            });
        }
    }
}

/// payment_due: without auto-renewal, the charge is due within the window,
/// or overdue (a separate alert, raised once, saying by how many days).
fn payment_due(c: &Candidate, today: NaiveDate, out: &mut Vec<Proposed>) {
    let s = &c.subscription;
    let date = s.next_billing_date;
    if !charged(c, date) {
        return;
    }
    let days = (date - today).num_days();
    let occurrence = if days < 0 {
        format!("{date}:overdue")
    } else if let Some(occurrence) = reminder_occurrence(c, date, days)
        && !ends_a_trial(c, date)
    {
        occurrence
    } else {
        return;
    };
    out.push(Proposed {
        alert_type: AlertType::PaymentDue,
        occurrence,
        text: alert::payment_due(&s.name, s.currency, s.amount.amount(), date, days),
    });
}

/// cancellation_reminder: the end date, or the end of a non-renewing
/// subscription's paid period, falls within the window.
fn cancellation_reminder(c: &Candidate, today: NaiveDate, out: &mut Vec<Proposed>) {
    let s = &c.subscription;
    if let Some(end) = s.end_date {
        let days = (end - today).num_days();
        if in_window(c, days) {
            out.push(Proposed {
                alert_type: AlertType::CancellationReminder,
                occurrence: format!("end:{end}"),
                text: alert::cancellation_reminder(&s.name, end, days),
            });
        }
    }
    if !s.auto_renewal && c.has_settled_payment && charged(c, s.next_billing_date) {
        let end = s.next_billing_date;
        let days = (end - today).num_days();
        if in_window(c, days) {
            out.push(Proposed {
                alert_type: AlertType::CancellationReminder,
                occurrence: format!("period:{end}"),
                text: alert::paid_period_ending(&s.name, s.currency, s.amount.amount(), end, days),
            });
        }
    }
}

/// trial_ending: a free trial's last day falls within a reminder window;
/// the message says what the first charge will be, and when.
fn trial_ending(c: &Candidate, today: NaiveDate, out: &mut Vec<Proposed>) {
    let s = &c.subscription;
    let Some(until) = s.trial_until.filter(|t| *t >= today) else {
        return;
    };
    let days = (until - today).num_days();
    if let Some(occurrence) = reminder_occurrence(c, until, days) {
        out.push(Proposed {
            alert_type: AlertType::TrialEnding,
            occurrence,
            text: alert::trial_ending(&s.name, s.currency, s.amount.amount(), until, days),
        });
    }
}

/// cancellation_deadline: the last day to give notice on a contract falls
/// within a reminder window (not when the subscription ends by then anyway).
fn cancellation_deadline(c: &Candidate, today: NaiveDate, out: &mut Vec<Proposed>) {
    let s = &c.subscription;
    let Some(term) = s.cancel_deadline(today) else {
        return;
    };
    let days = (term.cancel_by - today).num_days();
    if let Some(occurrence) = reminder_occurrence(c, term.cancel_by, days) {
        out.push(Proposed {
            alert_type: AlertType::CancellationDeadline,
            occurrence,
            text: alert::cancellation_deadline(&s.name, term.cancel_by, term.ends, days),
        });
    }
}

/// usage_limit: usage is logged but none in the last 30 days, or each use
/// costs more than the limit — by the one rule `usage` and `insights` share
/// (`domain::usage_cost`): the last 90 days, cut to the later of the start
/// and the first log, paused days left out, what was charged divided by
/// the uses. Nothing before a billing period (at least 30 days) of known
/// usage; a subscription never logged is never "unused". While the
/// condition lasts it is raised at most once every 30 days.
fn usage_limit(c: &Candidate, today: NaiveDate, limit: Decimal, out: &mut Vec<Proposed>) {
    let s = &c.subscription;
    let Some(last_used) = c.last_used.filter(|_| c.usage_logs > 0) else {
        return;
    };
    if c.last_usage_alert
        .is_some_and(|last| (today - last).num_days() < USAGE_ALERT_EVERY_DAYS)
    {
        return;
    }
    let cost = usage_cost::cost_per_use(
        s,
        &Inputs {
            since: today - Duration::days(COST_WINDOW_DAYS - 1),
            until: today,
            first_used: c.first_used,
            uses: c.uses_last_90_days,
            pauses: &c.pauses,
            paid: &c.paid,
        },
    );
    if !cost.established {
        return;
    }
    let occurrence = format!("usage:{today}");
    let idle = (today - last_used).num_days();
    if idle >= UNUSED_AFTER_DAYS {
        out.push(Proposed {
            alert_type: AlertType::UsageLimit,
            occurrence,
            text: alert::unused(
                &s.name,
                last_used,
                idle,
                s.currency,
                round_money(s.monthly_cost()),
            ),
        });
        return;
    }
    if let Some(per_use) = cost.per_use.filter(|p| *p > limit) {
        out.push(Proposed {
            alert_type: AlertType::UsageLimit,
            occurrence,
            text: alert::costly_use(
                &s.name,
                s.currency,
                per_use,
                cost.uses,
                &cost.window_text(),
                limit,
            ),
        });
    }
}
