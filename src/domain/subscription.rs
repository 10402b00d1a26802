//! A subscription and the facts derived from it (cost per month and year,
//! days until renewal, overdue).

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::currency::Currency;
use super::cycle::Cycle;
use super::money::Money;
use super::plan::{Contract, Term};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Active,
    Paused,
    Cancelled,
    Expired,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Active,
        Status::Paused,
        Status::Cancelled,
        Status::Expired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Paused => "paused",
            Status::Cancelled => "cancelled",
            Status::Expired => "expired",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentMethod {
    Card,
    BankTransfer,
    Paypal,
    Other,
}

impl PaymentMethod {
    pub const ALL: [PaymentMethod; 4] = [
        PaymentMethod::Card,
        PaymentMethod::BankTransfer,
        PaymentMethod::Paypal,
        PaymentMethod::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PaymentMethod::Card => "card",
            PaymentMethod::BankTransfer => "bank_transfer",
            PaymentMethod::Paypal => "paypal",
            PaymentMethod::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<PaymentMethod> {
        PaymentMethod::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for PaymentMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Limits on text fields, shared by validation and the schema's CHECKs.
pub const NAME_MAX: usize = 200;
pub const PROVIDER_MAX: usize = 200;
pub const CATEGORY_NAME_MAX: usize = 100;
pub const ICON_MAX: usize = 50;
pub const TEXT_MAX: usize = 10_000;

/// One subscription as stored. `anchor` is the date the schedule is counted
/// from (see `schedule`); it is internal and not part of the JSON object.
#[derive(Clone, Debug, PartialEq)]
pub struct Subscription {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub provider: String,
    pub category_id: Option<i64>,
    pub category: Option<String>,
    pub amount: Money,
    pub currency: Currency,
    pub cycle: Cycle,
    pub anchor: NaiveDate,
    pub start_date: NaiveDate,
    pub next_billing_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    pub status: Status,
    pub payment_method: PaymentMethod,
    pub auto_renewal: bool,
    pub reminder_days: u16,
    pub email_notifications: bool,
    pub website_url: Option<String>,
    pub notes: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// Alert types this subscription does not raise.
    pub muted: Vec<super::alert_type::AlertType>,
    /// Lead times of its reminders, in days before a charge, largest
    /// first (`--remind 30,7,1`); empty: the single lead `reminder_days`.
    pub remind: Vec<u16>,
    /// The last free day of a trial; the first charge is the day after.
    pub trial_until: Option<NaiveDate>,
    /// A minimum term with notice (`--term 12m --notice 30d`).
    pub contract: Option<Contract>,
    /// The card it is charged to (its `payment_method` is the card's kind).
    pub card_id: Option<i64>,
    pub card: Option<String>,
    /// Who pays the provider (`None`: me) and, for a shared plan, each
    /// member's part in the order listed (empty: not shared, all mine).
    pub paid_by: Option<Member>,
    pub shares: Vec<Share>,
    /// The descriptors its charges carry on a bank statement
    /// (`CLAUDE.AI|ANTHROPIC`, see [`parse_statement_match`]); `None`:
    /// matched by its name.
    pub statement_match: Option<String>,
}

/// A member of shared plans; "me" is no row (`None` where one is expected).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub id: i64,
    pub name: String,
}

/// One member's part of a shared subscription (`member` `None`: me).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Share {
    pub member: Option<Member>,
    pub part: super::share::Part,
}

impl Share {
    pub fn name(&self) -> &str {
        self.member.as_ref().map_or("me", |m| m.name.as_str())
    }
}

impl Subscription {
    /// Active and still free on `today`: not counted in the totals.
    pub fn in_trial(&self, today: NaiveDate) -> bool {
        self.status == Status::Active && self.trial_until.is_some_and(|t| today <= t)
    }

    /// My part of each charge, exactly (1 unless a shared plan says less).
    pub fn my_fraction(&self) -> Decimal {
        if self.shares.is_empty() {
            return Decimal::ONE;
        }
        let parts: Vec<_> = self.shares.iter().map(|s| s.part).collect();
        self.shares
            .iter()
            .position(|s| s.member.is_none())
            .and_then(|i| super::share::fraction(&parts, i, self.amount.cents()).ok())
            .unwrap_or(Decimal::ZERO)
    }

    /// Each member's cents of one charge (largest remainder), in order.
    pub fn split(&self) -> Vec<(String, i64)> {
        let parts: Vec<_> = self.shares.iter().map(|s| s.part).collect();
        match super::share::split_cents(&parts, self.amount.cents()) {
            Ok(cents) => self
                .shares
                .iter()
                .zip(cents)
                .map(|(s, c)| (s.name().to_string(), c))
                .collect(),
            Err(_) => Vec::new(),
        }
    }

    /// What it adds to a monthly total on `today`: nothing unless counted,
    /// my share of a shared plan when `mine`. Full precision.
    pub fn monthly_in_totals(&self, today: NaiveDate, mine: bool) -> Option<Decimal> {
        if !self.counts_in_totals(today) {
            return None;
        }
        let monthly = self.monthly_cost();
        Some(if mine {
            monthly * self.my_fraction()
        } else {
            monthly
        })
    }

    /// Whether it counts in monthly and yearly totals: active and past any
    /// free trial.
    pub fn counts_in_totals(&self, today: NaiveDate) -> bool {
        self.status == Status::Active && !self.in_trial(today)
    }

    /// The contract term whose notice can still be given on `today`.
    pub fn upcoming_term(&self, today: NaiveDate) -> Option<Term> {
        self.contract?.upcoming(self.start_date, today)
    }

    /// That term, when its cancel-by date still matters: not when the
    /// subscription ends by the term's end anyway.
    pub fn cancel_deadline(&self, today: NaiveDate) -> Option<Term> {
        self.upcoming_term(today)
            .filter(|term| self.end_date.is_none_or(|end| end > term.ends))
    }

    /// Its reminders' lead times, largest first.
    pub fn leads(&self) -> Vec<u16> {
        if self.remind.is_empty() {
            vec![self.reminder_days]
        } else {
            self.remind.clone()
        }
    }

    /// Full precision; round once when shown.
    pub fn monthly_cost(&self) -> Decimal {
        self.cycle.monthly_cost(self.amount.amount())
    }

    pub fn yearly_cost(&self) -> Decimal {
        self.cycle.yearly_cost(self.amount.amount())
    }

    /// What the subscription costs over `days` days, prorated from its
    /// yearly cost (a year is 365.25 days). Full precision.
    pub fn cost_over_days(&self, days: i64) -> Decimal {
        self.yearly_cost() * Decimal::from(days) / Decimal::new(36525, 2)
    }

    pub fn days_until_renewal(&self, today: NaiveDate) -> i64 {
        (self.next_billing_date - today).num_days()
    }

    /// Only an active subscription can be overdue.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status == Status::Active && self.next_billing_date < today
    }
}

/// A rule every subscription keeps, broken. Whoever writes a subscription
/// (`add`, `edit`, `resume`, `cancel`, the CSV and Wallos imports, a
/// backup's rows) checks the same rules here and words the refusal its own
/// way: a flag and what was typed, or a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Broken {
    /// The next billing date comes before the start date.
    NextBeforeStart,
    /// The end date comes before the start date.
    EndBeforeStart,
    /// The trial's last day comes before the start date.
    TrialBeforeStart,
    /// A notice period or an extension without a contract term.
    NoTerm,
}

/// The next billing date may not come before the start date.
pub fn check_next(start: NaiveDate, next: NaiveDate) -> Result<(), Broken> {
    if next < start {
        return Err(Broken::NextBeforeStart);
    }
    Ok(())
}

/// The end date, if any, may not come before the start date.
pub fn check_end(start: NaiveDate, end: Option<NaiveDate>) -> Result<(), Broken> {
    if end.is_some_and(|e| e < start) {
        return Err(Broken::EndBeforeStart);
    }
    Ok(())
}

/// A trial cannot end before the start date.
pub fn check_trial(start: NaiveDate, trial_until: Option<NaiveDate>) -> Result<(), Broken> {
    if trial_until.is_some_and(|t| t < start) {
        return Err(Broken::TrialBeforeStart);
    }
    Ok(())
}

/// A notice period and an extension describe a contract: they need its
/// term.
pub fn check_term(has_term: bool, notice_or_extension: bool) -> Result<(), Broken> {
    if !has_term && notice_or_extension {
        return Err(Broken::NoTerm);
    }
    Ok(())
}

/// One row of price history.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceChange {
    pub changed_on: chrono::NaiveDate,
    pub old_amount: Money,
    pub new_amount: Money,
    pub currency: Currency,
    /// The billing cycle before and after (`None` in records made before
    /// cycles were kept: the same cycle as now).
    pub old_cycle: Option<Cycle>,
    pub new_cycle: Option<Cycle>,
}

impl PriceChange {
    /// What the change does to the yearly cost (positive: it costs more).
    /// Without recorded cycles, both sides are taken as `current`.
    pub fn yearly_difference(&self, current: Cycle) -> Decimal {
        let old = self.old_cycle.unwrap_or(current);
        let new = self.new_cycle.unwrap_or(current);
        new.yearly_cost(self.new_amount.amount()) - old.yearly_cost(self.old_amount.amount())
    }
}

impl Subscription {
    /// A new active subscription `id`, `name` (its provider too), billed
    /// `amount` in `currency` per `cycle` from `start`, next on `next` (its
    /// anchor), with a new one's defaults and every optional part empty;
    /// every writer builds on it (`..Subscription::new(…)`), so a new
    /// column is written here once.
    pub fn new(
        id: String,
        name: String,
        amount: Money,
        currency: Currency,
        cycle: Cycle,
        start: NaiveDate,
        next: NaiveDate,
    ) -> Subscription {
        Subscription {
            id,
            provider: name.clone(),
            name,
            description: None,
            category_id: None,
            category: None,
            amount,
            currency,
            cycle,
            anchor: next,
            start_date: start,
            next_billing_date: next,
            end_date: None,
            status: Status::Active,
            payment_method: PaymentMethod::Card,
            auto_renewal: true,
            reminder_days: 3,
            email_notifications: true,
            website_url: None,
            notes: None,
            created_at: String::new(),
            updated_at: String::new(),
            muted: Vec::new(),
            remind: Vec::new(),
            trial_until: None,
            contract: None,
            card_id: None,
            card: None,
            paid_by: None,
            shares: Vec::new(),
            statement_match: None,
        }
    }
}

/// `--match 'CLAUDE.AI|ANTHROPIC'`: descriptors, `|`-separated, each
/// matched case-insensitively as part of a statement row's payee or text.
/// Each alternative is trimmed; `""` or `none` means none (`Ok(None)`).
pub fn parse_statement_match(text: &str) -> Result<Option<String>, String> {
    let text = text.trim();
    if text.is_empty() || text.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    let mut alternatives = Vec::new();
    for alternative in text.split('|').map(str::trim) {
        if alternative.is_empty() {
            return Err("an alternative is empty; separate descriptors with one |, e.g. 'CLAUDE.AI|ANTHROPIC'".into());
        }
        if alternative.chars().any(char::is_control) {
            return Err("a descriptor cannot hold control characters".into());
        }
        if alternative.chars().count() < 3 {
            return Err(format!(
                "\"{alternative}\" is too short to tell one merchant from another; give at least 3 characters"
            ));
        }
        alternatives.push(alternative);
    }
    let joined = alternatives.join("|");
    if joined.len() > 500 {
        return Err("the descriptors are longer than 500 characters".into());
    }
    Ok(Some(joined))
}

/// A plain active subscription for unit tests: `name` billed `amount` USD
/// per `cycle` from `start`, next on `next`, every optional field empty.
#[cfg(test)]
impl Subscription {
    pub(crate) fn example(
        name: &str,
        amount: Money,
        cycle: Cycle,
        start: NaiveDate,
        next: NaiveDate,
    ) -> Subscription {
        let id = crate::domain::id::new_subscription_id();
        Subscription::new(id, name.into(), amount, Currency::USD, cycle, start, next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statement_match_is_trimmed_alternatives_and_refuses_what_matches_anything() {
        assert_eq!(
            parse_statement_match(" claude.ai | ANTHROPIC "),
            Ok(Some("claude.ai|ANTHROPIC".to_string()))
        );
        assert_eq!(parse_statement_match("none"), Ok(None));
        assert_eq!(parse_statement_match(""), Ok(None));
        for bad in ["CLAUDE||ANTHROPIC", "AB", "NET\u{7}FLIX", "NETFLIX|"] {
            assert!(parse_statement_match(bad).is_err(), "{bad:?}");
        }
        assert!(parse_statement_match(&"X".repeat(501)).is_err());
    }

    /// A yearly 119.88 plan from 2024-01-31; a typo in a test's date is a
    /// test bug, shown as `NaiveDate::MIN`.
    fn sample(status: Status, next: &str) -> Subscription {
        let date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or(NaiveDate::MIN);
        Subscription {
            anchor: date("2024-01-31"),
            status,
            ..Subscription::example(
                "Netflix",
                Money::test_cents(11_988),
                Cycle::Yearly,
                date("2024-01-31"),
                date(next),
            )
        }
    }

    #[test]
    fn overdue_only_when_active_and_past() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        assert!(sample(Status::Active, "2026-11-25").is_overdue(today));
        assert!(!sample(Status::Active, "2026-11-26").is_overdue(today));
        assert!(!sample(Status::Paused, "2026-11-25").is_overdue(today));
        assert_eq!(
            sample(Status::Active, "2026-11-30").days_until_renewal(today),
            4
        );
        assert_eq!(
            sample(Status::Active, "2026-11-20").days_until_renewal(today),
            -6
        );
    }

    #[test]
    fn costs_come_from_the_cycle() {
        let s = sample(Status::Active, "2027-01-31");
        assert_eq!(s.monthly_cost(), Decimal::new(999, 2));
        assert_eq!(s.yearly_cost(), Decimal::new(11988, 2));
    }

    #[test]
    fn cost_over_a_window_is_prorated_from_the_year() {
        let mut s = sample(Status::Active, "2027-01-31");
        s.cycle = Cycle::Monthly;
        s.amount = Money::parse("30").unwrap();
        // 360 a year over 90 days: 88.70636...
        assert_eq!(
            crate::domain::money::round_money(s.cost_over_days(90)),
            Decimal::new(8871, 2)
        );
        assert_eq!(s.cost_over_days(0), Decimal::ZERO);
    }

    #[test]
    fn dates_keep_their_order_after_the_start() {
        let start = NaiveDate::from_ymd_opt(2024, 1, 31).unwrap_or(NaiveDate::MIN);
        let before = start.pred_opt().unwrap_or(NaiveDate::MIN);
        assert_eq!(check_next(start, before), Err(Broken::NextBeforeStart));
        assert_eq!(check_end(start, Some(before)), Err(Broken::EndBeforeStart));
        assert_eq!(
            check_trial(start, Some(before)),
            Err(Broken::TrialBeforeStart)
        );
        // The start day itself is allowed for each; no end or trial too.
        assert_eq!(check_next(start, start), Ok(()));
        assert_eq!(check_end(start, Some(start)), Ok(()));
        assert_eq!(check_trial(start, Some(start)), Ok(()));
        assert_eq!(check_end(start, None), Ok(()));
        assert_eq!(check_trial(start, None), Ok(()));
    }

    #[test]
    fn notice_and_extensions_need_a_term() {
        assert_eq!(check_term(false, true), Err(Broken::NoTerm));
        assert_eq!(check_term(true, true), Ok(()));
        assert_eq!(check_term(false, false), Ok(()));
    }

    #[test]
    fn enums_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        for m in PaymentMethod::ALL {
            assert_eq!(PaymentMethod::parse(m.as_str()), Some(m));
        }
    }
}
