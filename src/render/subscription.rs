//! Views of subscriptions: the list (`subs list`) and the detail page
//! (`subs show`).

use chrono::NaiveDate;

use rust_decimal::Decimal;
use serde::Serialize;

use super::json::{PaymentJson, PriceChangeJson, SubscriptionJson};
use super::payments::payment_table;
use super::table::{Fit, Grid, Text};
use super::text::{count, relative_day, safe, safe_multiline};
use super::usage::UsageSummary;
use super::{Output, Style, View};
use crate::domain::currency::Currency;
use crate::domain::money::round_money;
use crate::domain::payment::Payment;
use crate::domain::rates::PerCurrency;
use crate::domain::subscription::{PriceChange, Status, Subscription};

fn status_style(status: Status) -> Style {
    match status {
        Status::Active => Style::Good,
        Status::Paused => Style::Warn,
        Status::Cancelled | Status::Expired => Style::Dim,
    }
}

/// "Added Netflix (a1b2c3): 15.49 USD monthly": how every way of adding a
/// subscription (`add`, `detect --add`) begins to say it did.
pub fn added(s: &Subscription) -> String {
    format!(
        "Added {} ({}): {} {} {}",
        safe(&s.name),
        s.id,
        s.amount,
        s.currency,
        s.cycle.label()
    )
}

/// Monthly totals per currency, rounded once after summing; with `mine`,
/// the sum of the rounded shares `list --mine` shows on its rows.
pub fn monthly_totals(subs: &[Subscription], today: NaiveDate, mine: bool) -> PerCurrency {
    let mut totals = PerCurrency::default();
    for s in subs {
        if let Some(m) = s.monthly_in_totals(today, mine) {
            totals.add(s.currency, if mine { round_money(m) } else { m });
        }
    }
    totals
}

/// `subs list`: subscription objects for scripts, a table for people.
pub struct SubscriptionList {
    pub subscriptions: Vec<Subscription>,
    pub today: NaiveDate,
    /// The database holds no subscription at all.
    pub empty: bool,
    /// How many other-status subscriptions the default filter hid.
    pub hidden: i64,
    /// The monthly total converted into the base currency, when the
    /// listing has amounts in other currencies and every one has a rate.
    pub in_base: Option<(Decimal, Currency)>,
    /// Currencies without a rate, listed last by a sort on cost.
    pub unranked: Vec<Currency>,
    /// Totals count only my share of shared plans.
    pub mine: bool,
}

impl Serialize for SubscriptionList {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(
            self.subscriptions
                .iter()
                .map(|sub| SubscriptionJson::new(sub, self.today)),
        )
    }
}

impl SubscriptionList {
    fn empty_message(&self) -> &'static str {
        if self.empty {
            "No subscriptions yet. Add one with: subs add Netflix --amount 15.99 --cycle monthly"
        } else {
            "No subscriptions match."
        }
    }
}

impl View for SubscriptionList {
    /// The table; with no rows, the way to start on a terminal and the
    /// header alone in a pipe.
    fn text(&self, out: &Output) -> String {
        if self.subscriptions.is_empty() && out.tty {
            return self.empty_message().to_string();
        }
        list_table(out, &self.subscriptions, self.today, self.mine)
    }

    fn footer(&self, out: &Output) -> String {
        let mut parts = Vec::new();
        if self.subscriptions.is_empty() {
            if !out.tty {
                parts.push(self.empty_message().to_string());
            }
        } else {
            if let Some(line) = totals_line(
                &monthly_totals(&self.subscriptions, self.today, self.mine).rounded(),
                self.mine,
            ) {
                parts.push(line);
            }
            if let Some((total, base)) = self.in_base {
                parts.push(format!("≈ {} {base} a month in all", round_money(total)));
            }
            if !self.unranked.is_empty() && !out.quiet {
                let codes: Vec<&str> = self.unranked.iter().map(|c| c.code()).collect();
                parts.push(format!(
                    "{} without an exchange rate: listed last, not ranked by cost (`subs rates set CODE RATE`)",
                    codes.join(", ")
                ));
            }
        }
        if self.hidden > 0 && !out.quiet {
            parts.push(format!(
                "{} paused, cancelled or expired not shown; --status all lists them",
                self.hidden
            ));
        }
        parts.join("\n")
    }
}

/// The list's table; with `mine`, the amounts are my share of each plan.
fn list_table(out: &Output, subs: &[Subscription], today: NaiveDate, mine: bool) -> String {
    // On a terminal, a listing of one status (the default: active) needs no
    // status column; a script always gets the same columns.
    let mixed = !out.tty || subs.iter().any(|s| s.status != subs[0].status);
    let (amount, monthly) = if mine {
        ("My amount", "My monthly")
    } else {
        ("Amount", "Monthly")
    };
    let mut columns = vec![
        ("Name", Fit::Name),
        (amount, Fit::WholeRight),
        ("Cycle", Fit::Whole),
        (monthly, Fit::WholeRight),
        ("Next billing", Fit::Whole),
    ];
    if mixed {
        columns.push(("Status", Fit::Whole));
    }
    columns.push(("Category", Fit::Category));
    let mut grid = Grid::new(out, &columns);
    for s in subs {
        let active = s.status == Status::Active;
        let when = relative_day(s.next_billing_date, today, active);
        let next_style = if s.is_overdue(today) {
            Some(Style::Bad)
        } else if active && s.days_until_renewal(today) <= i64::from(s.reminder_days) {
            Some(Style::Warn)
        } else {
            None
        };
        // Only an active subscription bills; the others show no date.
        let next = if active {
            Text::styled(s.next_billing_date.to_string(), next_style)
                .with_suffix(format!("({when})"))
        } else {
            "—".into()
        };
        let (each, monthly) = if mine {
            (
                super::json::my_share(s),
                round_money(s.monthly_cost() * s.my_fraction()),
            )
        } else {
            (s.amount.amount(), round_money(s.monthly_cost()))
        };
        let mut row = vec![
            safe(&s.name).into(),
            format!("{each} {}", s.currency).into(),
            s.cycle.label().into(),
            format!("{monthly} {}", s.currency).into(),
            next,
        ];
        if mixed {
            row.push(Text::styled(
                s.status.to_string(),
                Some(status_style(s.status)),
            ));
        }
        row.push(s.category.as_deref().map(safe).unwrap_or_default().into());
        grid.row(row);
    }
    grid.render()
}

/// "Monthly: 45.97 USD + 40.58 EUR (not added together)".
fn totals_line(totals: &PerCurrency, mine: bool) -> Option<String> {
    if totals.is_empty() {
        return None;
    }
    let parts: Vec<String> = totals
        .by_currency
        .iter()
        .map(|(c, v)| format!("{v} {c}"))
        .collect();
    let note = if parts.len() > 1 {
        "\n(currencies are not added together)"
    } else {
        ""
    };
    Some(format!(
        "Monthly cost of active subscriptions{}: {}{note}",
        if mine { " (my share)" } else { "" },
        parts.join(" + ")
    ))
}

/// `subs delete`: which subscription went.
#[derive(Serialize)]
pub struct Deleted {
    pub deleted: DeletedSubscription,
}

#[derive(Serialize)]
pub struct DeletedSubscription {
    pub subscription_id: String,
    pub name: String,
}

/// `subs show`: one subscription in full, with its price history, recent
/// payments and usage over the last 30 days.
pub struct SubscriptionDetail {
    pub subscription: Subscription,
    pub today: NaiveDate,
    pub price_history: Vec<PriceChange>,
    pub recent_payments: Vec<Payment>,
    pub usage_summary: UsageSummary,
}

#[derive(Serialize)]
struct DetailJson<'a> {
    #[serde(flatten)]
    subscription: SubscriptionJson<'a>,
    price_history: Vec<PriceChangeJson>,
    recent_payments: Vec<PaymentJson<'a>>,
    usage_summary: &'a UsageSummary,
}

impl Serialize for SubscriptionDetail {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        DetailJson {
            subscription: SubscriptionJson::new(&self.subscription, self.today),
            price_history: self
                .price_history
                .iter()
                .map(PriceChangeJson::from)
                .collect(),
            recent_payments: self.recent_payments.iter().map(PaymentJson::from).collect(),
            usage_summary: &self.usage_summary,
        }
        .serialize(s)
    }
}

impl View for SubscriptionDetail {
    fn text(&self, out: &Output) -> String {
        let u = &self.usage_summary;
        let mut text = detail(out, &self.subscription, self.today, &self.price_history);
        text.push_str(&format!(
            "\n\nUsage, last 30 days: {}, {}; last used {}; {}",
            count(u.total_count, "use", "uses"),
            u.total_duration,
            u.last_used.as_deref().unwrap_or("never"),
            super::usage::cost_per_use_text(u),
        ));
        if self.recent_payments.is_empty() {
            text.push_str("\nNo payments recorded.");
        } else {
            text.push_str("\n\nRecent payments:\n");
            text.push_str(&payment_table(out, &self.recent_payments));
        }
        text
    }
}

/// `show`'s fields, one per line, label and value.
fn detail(
    out: &Output,
    s: &Subscription,
    today: NaiveDate,
    price_history: &[PriceChange],
) -> String {
    let mut fields = vec![
        ("Name", out.paint(&safe(&s.name), Style::Bold)),
        ("ID", s.id.clone()),
        ("Status", s.status.to_string()),
    ];
    fields.extend(cost_fields(out, s, today));
    fields.extend(plan_fields(out, s, today));
    fields.extend(payer_fields(s));
    fields.extend(reminder_fields(s));
    if !price_history.is_empty() {
        fields.push(("Price history", String::new()));
    }
    let mut lines: Vec<String> = fields
        .into_iter()
        .map(|(label, value)| format!("{:<20}{value}", out.paint(&format!("{label}:"), Style::Dim)))
        .collect();
    lines.extend(price_history.iter().map(price_change_line));
    lines.join("\n")
}

type Fields = Vec<(&'static str, String)>;

/// Amount, cost, next billing and start.
fn cost_fields(out: &Output, s: &Subscription, today: NaiveDate) -> Fields {
    let active = s.status == Status::Active;
    let when = relative_day(s.next_billing_date, today, active);
    let when = if s.is_overdue(today) {
        out.paint(&when, Style::Bad)
    } else {
        when
    };
    vec![
        (
            "Amount",
            format!("{} {} {}", s.amount, s.currency, s.cycle.label()),
        ),
        (
            "Cost",
            format!(
                "{} {c} a month, {} {c} a year",
                round_money(s.monthly_cost()),
                round_money(s.yearly_cost()),
                c = s.currency
            ),
        ),
        (
            "Next billing",
            if active {
                format!("{} ({when})", s.next_billing_date)
            } else {
                format!("— ({})", s.status)
            },
        ),
        ("Started", s.start_date.to_string()),
    ]
}

/// The trial, the contract (and when to cancel it by), the end.
fn plan_fields(out: &Output, s: &Subscription, today: NaiveDate) -> Fields {
    let mut fields = Vec::new();
    if let Some(until) = s.trial_until {
        let note = if s.in_trial(today) {
            format!(
                "free until {until} ({}); first charge {}",
                relative_day(until, today, false),
                until.succ_opt().unwrap_or(until)
            )
        } else {
            format!("ended {until}")
        };
        fields.push(("Trial", note));
    }
    if let Some(c) = s.contract {
        let mut terms = format!("{}m minimum term", c.term_months);
        if let Some(n) = c.notice {
            terms.push_str(&format!(", {n} notice"));
        }
        terms.push_str(&match c.extends_by_months {
            Some(m) => format!(", then extends by {m}m"),
            None => ", then extends by the term".into(),
        });
        fields.push(("Contract", terms));
        let active = s.status == Status::Active;
        if let Some(term) = s.upcoming_term(today).filter(|_| active) {
            let days = (term.cancel_by - today).num_days();
            let by = format!(
                "{} ({}) to end it on {}",
                term.cancel_by,
                crate::domain::alert::days_until(days),
                term.ends
            );
            let soon = days <= i64::from(s.reminder_days.max(7));
            fields.push((
                "Cancel by",
                if soon {
                    out.paint(&by, Style::Warn)
                } else {
                    by
                },
            ));
        }
    }
    if let Some(end) = s.end_date {
        fields.push((
            "Ends",
            format!("{end} ({})", relative_day(end, today, false)),
        ));
    }
    fields
}

/// Who is paid and how: provider, category, payment method, the split.
fn payer_fields(s: &Subscription) -> Fields {
    let mut fields = vec![
        ("Provider", safe(&s.provider).into_owned()),
        (
            "Category",
            s.category
                .as_deref()
                .map(safe)
                .unwrap_or("none".into())
                .into_owned(),
        ),
        (
            "Payment method",
            match &s.card {
                Some(card) => format!("{} ({})", s.payment_method, safe(card)),
                None => s.payment_method.to_string(),
            },
        ),
    ];
    if !s.shares.is_empty() || s.paid_by.is_some() {
        let payer = s.paid_by.as_ref().map_or("me", |m| m.name.as_str());
        let parts: Vec<String> = s
            .split()
            .into_iter()
            .map(|(name, cents)| {
                format!("{} {}", safe(&name), rust_decimal::Decimal::new(cents, 2))
            })
            .collect();
        fields.push((
            "Shared",
            if parts.is_empty() {
                format!("paid by {}", safe(payer))
            } else {
                format!("{} (paid by {})", parts.join(", "), safe(payer))
            },
        ));
    }
    fields
}

/// Renewal, reminders, notifications, and the person's own words.
fn reminder_fields(s: &Subscription) -> Fields {
    let mut fields = vec![("Auto-renewal", yes_no(s.auto_renewal))];
    if s.remind.is_empty() {
        fields.push((
            "Reminder",
            format!("{} before", count(s.reminder_days, "day", "days")),
        ));
    } else {
        let leads: Vec<String> = s.remind.iter().map(u16::to_string).collect();
        fields.push(("Reminders", format!("{} days before", leads.join(", "))));
    }
    fields.push(("Notifications", yes_no(s.email_notifications)));
    if !s.muted.is_empty() {
        let types: Vec<&str> = s.muted.iter().map(|t| t.as_str()).collect();
        fields.push(("Muted alerts", types.join(", ")));
    }
    if let Some(url) = &s.website_url {
        fields.push(("Website", safe(url).into_owned()));
    }
    if let Some(m) = &s.statement_match {
        fields.push(("On statements", safe(&m.replace('|', " | ")).into_owned()));
    }
    if let Some(d) = &s.description {
        fields.push(("Description", safe_multiline(d).into_owned()));
    }
    if let Some(n) = &s.notes {
        fields.push(("Notes", safe_multiline(n).into_owned()));
    }
    fields
}

/// One line of the price history under `show`.
fn price_change_line(change: &PriceChange) -> String {
    match (change.old_cycle, change.new_cycle) {
        (Some(old), Some(new)) if old != new => format!(
            "  {}  {} {} → {} {} {}",
            change.changed_on,
            change.old_amount,
            old.label(),
            change.new_amount,
            new.label(),
            change.currency
        ),
        _ => format!(
            "  {}  {} → {} {}",
            change.changed_on, change.old_amount, change.new_amount, change.currency
        ),
    }
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}
