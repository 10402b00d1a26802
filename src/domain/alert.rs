//! Alert types and the words of their titles and messages. Amounts carry
//! the subscription's own currency symbol (the original always wrote ₹).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::currency::Currency;
use super::money::round_money;
use super::subscription::Subscription;

pub use super::alert_type::AlertType;

/// "today", "tomorrow", "in 5 days", "overdue by 3 days".
pub fn days_until(days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "tomorrow".into(),
        n if n > 1 => format!("in {n} days"),
        -1 => "overdue by 1 day".into(),
        n => format!("overdue by {} days", -n),
    }
}

const TITLE_MAX: usize = 200;

/// A title and a message, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub title: String,
    pub message: String,
}

fn text(title: String, message: String) -> Text {
    let title = if title.chars().count() > TITLE_MAX {
        let mut t: String = title.chars().take(TITLE_MAX - 1).collect();
        t.push('…');
        t
    } else {
        title
    };
    Text { title, message }
}

/// `$15.99`, `€9.99`, `₹499.00`, `CHF 20.00`: a symbol joins the number,
/// a bare code is separated by a space.
pub fn amount(currency: Currency, value: Decimal) -> String {
    let symbol = currency.symbol();
    let mut value = round_money(value);
    if currency.minor_units() == 0 && value.fract().is_zero() {
        value = value.trunc();
        value.rescale(0);
    }
    let (sign, value) = if value.is_sign_negative() {
        ("-", -value)
    } else {
        ("", value)
    };
    if symbol == currency.code() {
        format!("{sign}{symbol} {value}")
    } else {
        format!("{sign}{symbol}{value}")
    }
}

pub fn paused(name: &str) -> Text {
    text(
        format!("{name} paused"),
        format!(
            "Your {name} subscription has been paused; no billing or reminders until you resume it."
        ),
    )
}

pub fn resumed(name: &str, next: NaiveDate) -> Text {
    text(
        format!("{name} resumed"),
        format!("Your {name} subscription is active again; the next billing date is {next}."),
    )
}

pub fn cancelled(name: &str, end: NaiveDate) -> Text {
    text(
        format!("{name} cancelled"),
        format!("Your {name} subscription was cancelled; its last day is {end}."),
    )
}

pub fn ending(name: &str, end: NaiveDate) -> Text {
    text(
        format!("{name} will end on {end}"),
        format!(
            "Your {name} subscription is cancelled at the end of its period and ends on {end}."
        ),
    )
}

pub fn expired(name: &str, end: NaiveDate) -> Text {
    text(
        format!("{name} expired"),
        format!("Your {name} subscription ended on {end} and is now expired."),
    )
}

/// An auto-renewing subscription bills soon.
pub fn renewal_reminder(
    name: &str,
    currency: Currency,
    value: Decimal,
    date: NaiveDate,
    days: i64,
) -> Text {
    let when = days_until(days);
    text(
        format!("{name} renews {when}"),
        format!(
            "Your {name} subscription ({}) renews {when}, on {date}.",
            amount(currency, value)
        ),
    )
}

/// A subscription without auto-renewal is due soon, or overdue.
pub fn payment_due(
    name: &str,
    currency: Currency,
    value: Decimal,
    date: NaiveDate,
    days: i64,
) -> Text {
    let when = days_until(days);
    let title = if days < 0 {
        format!("{name} payment is {when}")
    } else {
        format!("{name} payment due {when}")
    };
    text(
        title,
        format!(
            "Your {name} payment of {} is due on {date} ({when}); record it with `subs pay` once paid.",
            amount(currency, value)
        ),
    )
}

/// The subscription ends soon: renew it or let it lapse.
pub fn cancellation_reminder(name: &str, end: NaiveDate, days: i64) -> Text {
    let when = days_until(days);
    text(
        format!("{name} ends {when}"),
        format!(
            "Your {name} subscription ends on {end} ({when}). Renew it if you still want it, or let it lapse."
        ),
    )
}

/// A subscription without auto-renewal: the period paid for runs out.
pub fn paid_period_ending(
    name: &str,
    currency: Currency,
    value: Decimal,
    end: NaiveDate,
    days: i64,
) -> Text {
    let when = days_until(days);
    text(
        format!("{name} paid period ends {when}"),
        format!(
            "The period you paid for {name} ends on {end} ({when}); it does not renew by itself. Pay {} to continue, or let it lapse.",
            amount(currency, value)
        ),
    )
}

/// A free trial ends soon: cancel by then or the first charge follows.
pub fn trial_ending(
    name: &str,
    currency: Currency,
    value: Decimal,
    until: NaiveDate,
    days: i64,
) -> Text {
    let first = until.succ_opt().unwrap_or(until);
    text(
        format!("{name} trial ends {}", days_until(days)),
        format!(
            "{name} trial ends {until}: cancel by then or pay {} on {first}.",
            amount(currency, value)
        ),
    )
}

/// The last day to give notice on a contract comes soon.
pub fn cancellation_deadline(name: &str, cancel_by: NaiveDate, ends: NaiveDate, days: i64) -> Text {
    text(
        format!("Cancel {name} by {cancel_by}"),
        format!(
            "{name} is a contract: give notice by {cancel_by} ({}) to end it on {ends}; otherwise it extends.",
            days_until(days)
        ),
    )
}

/// The monthly cost of what a budget covers went over it. `scope` is
/// `None` for the overall budget, else the category's name.
pub fn over_budget(
    scope: Option<&str>,
    currency: Currency,
    used: Decimal,
    budget: Decimal,
) -> Text {
    let (title, what) = match scope {
        None => (
            "Over budget".to_string(),
            "Your subscriptions cost".to_string(),
        ),
        Some(c) => (
            format!("Over the {c} budget"),
            format!("Your {c} subscriptions cost"),
        ),
    };
    text(
        title,
        format!(
            "{what} {} a month, {} over the budget of {}.",
            amount(currency, used),
            amount(currency, used - budget),
            amount(currency, budget)
        ),
    )
}

/// A card expires at the end of `expires` (YYYY-MM): move what it pays.
pub fn card_expiring(card: &str, expires: &str, subscriptions: &[String]) -> Text {
    text(
        format!("{card} expires {expires}"),
        format!(
            "Move {} to another way to pay: {card} stops working after {expires}.",
            subscriptions.join(", ")
        ),
    )
}

/// Logged usage stopped.
pub fn unused(
    name: &str,
    last_used: NaiveDate,
    days: i64,
    currency: Currency,
    monthly: Decimal,
) -> Text {
    text(
        format!("{name} unused for {days} days"),
        format!(
            "You last used {name} on {last_used}, {days} days ago, while it costs {} a month. Consider pausing or cancelling it.",
            amount(currency, monthly)
        ),
    )
}

/// Each use costs more than the threshold; `window` names the days it was
/// measured over ("in the 54 days since 2026-10-14").
pub fn costly_use(
    name: &str,
    currency: Currency,
    per_use: Decimal,
    uses: i64,
    window: &str,
    threshold: Decimal,
) -> Text {
    text(
        format!("{name} costs {} per use", amount(currency, per_use)),
        format!(
            "You used {name} {uses} {} {window}: {} per use, above your limit of {}.",
            if uses == 1 { "time" } else { "times" },
            amount(currency, per_use),
            amount(currency, threshold)
        ),
    )
}

pub fn price_increase(
    name: &str,
    currency: Currency,
    old: Decimal,
    new: Decimal,
    yearly_diff: Decimal,
) -> Text {
    text(
        format!("{name} price increased"),
        format!(
            "{name} went from {} to {} per cycle, {} more a year.",
            amount(currency, old),
            amount(currency, new),
            amount(currency, yearly_diff)
        ),
    )
}

/// A change of plan (amount and cycle) that costs more a year.
pub fn plan_change(
    name: &str,
    currency: Currency,
    old: (Decimal, &str),
    new: (Decimal, &str),
    yearly_diff: Decimal,
) -> Text {
    text(
        format!("{name} price increased"),
        format!(
            "{name} went from {} {} to {} {}, {} more a year.",
            amount(currency, old.0),
            old.1,
            amount(currency, new.0),
            new.1,
            amount(currency, yearly_diff)
        ),
    )
}

/// A bank statement holds no charge for a date the schedule expected
/// one: the card may have failed, or the plan stopped without subs knowing.
pub fn missed_charge(name: &str, currency: Currency, value: Decimal, due: NaiveDate) -> Text {
    text(
        format!("{name} charge of {due} missing"),
        format!(
            "Your bank statement shows no charge of {} for {name} due on {due}. Check whether the payment failed or the subscription stopped.",
            amount(currency, value)
        ),
    )
}

/// A bank statement holds two charges for one occurrence: ask for one back.
pub fn duplicate_charge(
    name: &str,
    currency: Currency,
    value: Decimal,
    due: NaiveDate,
    times: usize,
) -> Text {
    let how = match times {
        2 => "twice".to_string(),
        n => format!("{n} times"),
    };
    text(
        format!("{name} charged {how} for {due}"),
        format!(
            "Your bank statement shows {name} charged {how} ({} each) for the charge due on {due}. Ask {name} to refund the extra charge.",
            amount(currency, value)
        ),
    )
}

/// An alert about to be stored. `occurrence` identifies what it is about
/// (a billing date, a price change, an event) so that the unique index
/// keeps at most one alert per (subscription, type, occurrence).
#[derive(Clone, Debug)]
pub struct NewAlert<'a> {
    /// `None` for an alert about no one subscription (a budget).
    pub subscription_id: Option<&'a str>,
    pub alert_type: AlertType,
    pub text: Text,
    pub alert_date: NaiveDate,
    pub occurrence: String,
}

/// A stored alert, with its subscription's name and notification flag.
#[derive(Clone, Debug, PartialEq)]
pub struct Alert {
    pub id: i64,
    /// `None` for an alert about no one subscription (a budget).
    pub subscription_id: Option<String>,
    pub subscription_name: Option<String>,
    pub email_notifications: bool,
    pub alert_type: AlertType,
    pub title: String,
    pub message: String,
    pub alert_date: String,
    pub is_read: bool,
    pub is_dismissed: bool,
    pub created_at: String,
    /// The global id (what backups and sync merge by).
    pub uid: String,
}

/// What the generator knows about one active subscription.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub subscription: Subscription,
    /// The latest usage log on or before today.
    pub last_used: Option<NaiveDate>,
    /// The earliest usage log: usage is only known from then on.
    pub first_used: Option<NaiveDate>,
    /// Uses in the last 90 days, from the subscription's start at the earliest.
    pub uses_last_90_days: i64,
    pub usage_logs: i64,
    /// Whether any payment settled an occurrence (a paid-for period exists).
    pub has_settled_payment: bool,
    /// What was paid for each charge due in the last 90 days (today included).
    pub paid: Vec<crate::domain::usage_cost::Paid>,
    pub pauses: Vec<crate::domain::usage_cost::Pause>,
    /// The day of the latest usage_limit alert about it.
    pub last_usage_alert: Option<NaiveDate>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cur(c: &str) -> Currency {
        Currency::parse(c).unwrap()
    }

    #[test]
    fn amounts_use_the_subscriptions_currency() {
        let v = Decimal::new(1599, 2);
        assert_eq!(amount(cur("USD"), v), "$15.99");
        assert_eq!(amount(cur("EUR"), v), "€15.99");
        assert_eq!(amount(cur("INR"), v), "₹15.99");
        assert_eq!(amount(cur("JPY"), Decimal::new(1500, 0)), "¥1500");
        assert_eq!(amount(cur("JPY"), Decimal::new(150050, 2)), "¥1500.50");
        assert_eq!(amount(cur("CHF"), v), "CHF 15.99");
        assert_eq!(amount(cur("USD"), Decimal::new(-24, 0)), "-$24.00");
    }

    #[test]
    fn price_increase_names_old_new_and_yearly_difference() {
        let t = price_increase(
            "Netflix",
            cur("USD"),
            Decimal::new(1599, 2),
            Decimal::new(1799, 2),
            Decimal::new(2400, 2),
        );
        assert_eq!(t.title, "Netflix price increased");
        assert!(
            t.message.contains("$15.99")
                && t.message.contains("$17.99")
                && t.message.contains("$24.00 more a year"),
            "{}",
            t.message
        );
    }

    #[test]
    fn statement_alerts_name_the_charge_and_its_due_date() {
        let due = NaiveDate::from_ymd_opt(2026, 11, 3).unwrap();
        let missed = missed_charge("Gym", cur("EUR"), Decimal::new(3900, 2), due);
        assert_eq!(missed.title, "Gym charge of 2026-11-03 missing");
        assert_eq!(
            missed.message,
            "Your bank statement shows no charge of €39.00 for Gym due on 2026-11-03. Check whether the payment failed or the subscription stopped."
        );
        let twice = duplicate_charge("Gym", cur("EUR"), Decimal::new(3900, 2), due, 2);
        assert_eq!(twice.title, "Gym charged twice for 2026-11-03");
        assert_eq!(
            twice.message,
            "Your bank statement shows Gym charged twice (€39.00 each) for the charge due on 2026-11-03. Ask Gym to refund the extra charge."
        );
        let thrice = duplicate_charge("Gym", cur("EUR"), Decimal::new(3900, 2), due, 3);
        assert_eq!(thrice.title, "Gym charged 3 times for 2026-11-03");
    }

    #[test]
    fn titles_fit_the_column() {
        let long = "x".repeat(200);
        assert_eq!(paused(&long).title.chars().count(), 200);
    }
}
