//! The JSON shapes subs prints. Field names are a stable contract (README
//! documents them); money is a JSON number with exact decimals.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::domain::category::Category;
use crate::domain::cycle::CycleKind;
pub use crate::domain::money::Exact;
use crate::domain::money::round_money;
use crate::domain::share::Part;
use crate::domain::subscription::PriceChange;
use crate::domain::subscription::{PaymentMethod, Status, Subscription};
use crate::error::Error;

/// The subscription object's fields, in order (also the CSV header).
pub const SUBSCRIPTION_FIELDS: [&str; 41] = [
    "subscription_id",
    "name",
    "description",
    "provider",
    "category",
    "amount",
    "currency",
    "billing_cycle",
    "custom_cycle_days",
    "custom_cycle_months",
    "start_date",
    "next_billing_date",
    "end_date",
    "status",
    "payment_method",
    "card",
    "paid_by",
    "shared_with",
    "my_share",
    "my_monthly_cost",
    "auto_renewal",
    "reminder_days",
    "remind",
    "email_notifications",
    "muted_alerts",
    "website_url",
    "notes",
    "match",
    "trial_until",
    "in_trial",
    "term",
    "notice",
    "extends_by",
    "term_ends",
    "cancel_by",
    "monthly_cost",
    "yearly_cost",
    "days_until_renewal",
    "is_overdue",
    "created_at",
    "updated_at",
];

/// The subscription object of `list`, `show`, `add`, `edit` and the
/// lifecycle commands.
#[derive(Debug, Serialize)]
pub struct SubscriptionJson<'a> {
    pub subscription_id: &'a str,
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub provider: &'a str,
    pub category: Option<&'a str>,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub amount: Decimal,
    pub currency: &'a str,
    pub billing_cycle: CycleKind,
    pub custom_cycle_days: Option<u16>,
    pub custom_cycle_months: Option<u16>,
    pub start_date: String,
    /// null unless active: a paused, cancelled or expired subscription
    /// bills nothing (its schedule is kept for `resume`).
    pub next_billing_date: Option<String>,
    pub end_date: Option<String>,
    pub status: Status,
    pub payment_method: PaymentMethod,
    /// The card it is charged to (`subs card`), by name.
    pub card: Option<&'a str>,
    /// Who pays the provider: "me" or a member's name.
    pub paid_by: &'a str,
    /// A shared plan's members in order, each with its part and what that
    /// comes to per charge (largest remainder); empty: not shared.
    pub shared_with: Vec<ShareJson>,
    /// My part of each charge, and of the monthly cost (all of it unless
    /// shared).
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub my_share: Decimal,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub my_monthly_cost: Decimal,
    pub auto_renewal: bool,
    pub reminder_days: u16,
    /// Several reminders' lead times, largest first; empty: reminder_days.
    pub remind: &'a [u16],
    pub email_notifications: bool,
    /// Alert types it does not raise.
    pub muted_alerts: &'a [crate::domain::alert::AlertType],
    pub website_url: Option<&'a str>,
    pub notes: Option<&'a str>,
    /// The descriptors its charges carry on a bank statement,
    /// `|`-separated (null: matched by its name).
    #[serde(rename = "match")]
    pub statement_match: Option<&'a str>,
    /// The last free day of a trial (null: none).
    pub trial_until: Option<String>,
    /// Active and still in its free trial: not in the totals.
    pub in_trial: bool,
    /// A contract's minimum term (`12m`), notice (`30d`, `1m`) and each
    /// extension (`1m`; null: the term again).
    pub term: Option<String>,
    pub notice: Option<String>,
    pub extends_by: Option<String>,
    /// The end of the contract term that notice can still reach, and the
    /// last day to give it (null without a contract or unless active).
    pub term_ends: Option<String>,
    pub cancel_by: Option<String>,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub monthly_cost: Decimal,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub yearly_cost: Decimal,
    /// null unless active.
    pub days_until_renewal: Option<i64>,
    pub is_overdue: bool,
    pub created_at: &'a str,
    pub updated_at: &'a str,
}

/// One member's part of a shared plan.
#[derive(Debug, Serialize)]
pub struct ShareJson {
    pub member: String,
    /// "equal", "25%" or a fixed amount per charge ("4.50").
    pub share: String,
    /// What it comes to per charge.
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub amount: Decimal,
}

/// My cents of one charge: all of it unless shared.
pub fn my_share(s: &Subscription) -> Decimal {
    if s.shares.is_empty() {
        return s.amount.amount();
    }
    s.split()
        .into_iter()
        .zip(&s.shares)
        .find(|(_, share)| share.member.is_none())
        .map_or(Decimal::new(0, 2), |((_, cents), _)| Decimal::new(cents, 2))
}

pub fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

impl<'a> SubscriptionJson<'a> {
    pub fn new(s: &'a Subscription, today: NaiveDate) -> Self {
        let billing = s.status == Status::Active;
        let term = s.upcoming_term(today).filter(|_| billing);
        SubscriptionJson {
            subscription_id: &s.id,
            name: &s.name,
            description: s.description.as_deref(),
            provider: &s.provider,
            category: s.category.as_deref(),
            amount: s.amount.amount(),
            currency: s.currency.code(),
            billing_cycle: s.cycle.kind(),
            custom_cycle_days: s.cycle.custom_days(),
            custom_cycle_months: s.cycle.custom_months(),
            start_date: date(s.start_date),
            next_billing_date: billing.then(|| date(s.next_billing_date)),
            end_date: s.end_date.map(date),
            status: s.status,
            payment_method: s.payment_method,
            card: s.card.as_deref(),
            paid_by: s.paid_by.as_ref().map_or("me", |m| m.name.as_str()),
            shared_with: s
                .shares
                .iter()
                .zip(s.split())
                .map(|(share, (member, cents))| ShareJson {
                    member,
                    share: match share.part {
                        Part::Equal => "equal".into(),
                        Part::Percent(h) => format!("{}%", Decimal::new(h, 2).normalize()),
                        Part::Amount(c) => Decimal::new(c, 2).to_string(),
                    },
                    amount: Decimal::new(cents, 2),
                })
                .collect(),
            my_share: my_share(s),
            my_monthly_cost: round_money(s.monthly_cost() * s.my_fraction()),
            auto_renewal: s.auto_renewal,
            reminder_days: s.reminder_days,
            remind: &s.remind,
            email_notifications: s.email_notifications,
            muted_alerts: &s.muted,
            website_url: s.website_url.as_deref(),
            notes: s.notes.as_deref(),
            statement_match: s.statement_match.as_deref(),
            trial_until: s.trial_until.map(date),
            in_trial: s.in_trial(today),
            term: s.contract.map(|c| format!("{}m", c.term_months)),
            notice: s.contract.and_then(|c| c.notice).map(|n| n.to_string()),
            extends_by: s
                .contract
                .and_then(|c| c.extends_by_months)
                .map(|m| format!("{m}m")),
            term_ends: term.map(|t| date(t.ends)),
            cancel_by: term.map(|t| date(t.cancel_by)),
            monthly_cost: round_money(s.monthly_cost()),
            yearly_cost: round_money(s.yearly_cost()),
            days_until_renewal: billing.then(|| s.days_until_renewal(today)),
            is_overdue: s.is_overdue(today),
            created_at: &s.created_at,
            updated_at: &s.updated_at,
        }
    }
}

/// A subscription object that owns its subscription, for views built in
/// one place (a report) and shown in another.
#[derive(Debug)]
pub struct SubscriptionRecord {
    pub subscription: Subscription,
    pub today: NaiveDate,
}

impl Serialize for SubscriptionRecord {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        SubscriptionJson::new(&self.subscription, self.today).serialize(s)
    }
}

#[derive(Debug, Serialize)]
pub struct PriceChangeJson {
    pub date: String,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub old_amount: Decimal,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub new_amount: Decimal,
    pub currency: String,
    /// The billing cycles before and after (null in older records).
    pub old_cycle: Option<String>,
    pub new_cycle: Option<String>,
}

impl From<&PriceChange> for PriceChangeJson {
    fn from(c: &PriceChange) -> Self {
        PriceChangeJson {
            date: date(c.changed_on),
            old_amount: c.old_amount.amount(),
            new_amount: c.new_amount.amount(),
            currency: c.currency.code().to_string(),
            old_cycle: c.old_cycle.map(|k| k.code()),
            new_cycle: c.new_cycle.map(|k| k.code()),
        }
    }
}

/// `show --json`: the subscription object plus its history.
#[derive(Debug, Serialize)]
pub struct SubscriptionDetailJson<'a, U: Serialize> {
    #[serde(flatten)]
    pub subscription: SubscriptionJson<'a>,
    pub price_history: Vec<PriceChangeJson>,
    pub recent_payments: Vec<PaymentJson<'a>>,
    pub usage_summary: U,
}

#[derive(Debug, Serialize)]
pub struct CategoryJson<'a> {
    pub id: i64,
    pub name: &'a str,
    pub color: &'a str,
    pub icon: &'a str,
    pub subscription_count: i64,
    pub created_at: &'a str,
}

impl<'a> From<&'a Category> for CategoryJson<'a> {
    fn from(c: &'a Category) -> Self {
        CategoryJson {
            id: c.id,
            name: &c.name,
            color: &c.color,
            icon: &c.icon,
            subscription_count: c.subscription_count,
            created_at: &c.created_at,
        }
    }
}

#[derive(Debug, Serialize)]
struct ErrorBody<'a> {
    code: i32,
    kind: &'a str,
    message: String,
}

#[derive(Debug, Serialize)]
struct ErrorDoc<'a> {
    error: ErrorBody<'a>,
}

/// `{"error": {"code": 2, "kind": "invalid_input", "message": "..."}}`,
/// printed on stderr with --json.
pub fn error_document(code: i32, kind: &str, message: &str) -> String {
    let doc = ErrorDoc {
        error: ErrorBody {
            code,
            kind,
            message: message.to_string(),
        },
    };
    serde_json::to_string(&doc).unwrap_or_else(|_| String::from("{\"error\":{}}"))
}

pub fn error_json(err: &Error) -> String {
    error_document(err.exit_code(), err.kind(), &err.to_string())
}

/// The payment object of `pay`, `payments` and `show`.
#[derive(Debug, Serialize)]
pub struct PaymentJson<'a> {
    pub id: i64,
    pub subscription_id: &'a str,
    pub subscription_name: &'a str,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub amount: Decimal,
    pub currency: &'a str,
    pub payment_date: String,
    pub due_date: String,
    pub status: crate::domain::payment::PaymentStatus,
    pub transaction_id: Option<&'a str>,
    pub notes: Option<&'a str>,
    pub created_at: &'a str,
}

impl<'a> From<&'a crate::domain::payment::Payment> for PaymentJson<'a> {
    fn from(p: &'a crate::domain::payment::Payment) -> Self {
        PaymentJson {
            id: p.id,
            subscription_id: &p.subscription_id,
            subscription_name: &p.subscription_name,
            amount: p.amount.amount(),
            currency: p.currency.code(),
            payment_date: date(p.payment_date),
            due_date: date(p.due_date),
            status: p.status,
            transaction_id: p.transaction_id.as_deref(),
            notes: p.notes.as_deref(),
            created_at: &p.created_at,
        }
    }
}

/// The usage log object of `log-usage` and `usage`.
#[derive(Debug, Serialize)]
pub struct UsageJson<'a> {
    pub id: i64,
    pub subscription_id: &'a str,
    pub subscription_name: &'a str,
    pub usage_date: String,
    pub usage_count: i64,
    /// Seconds.
    pub usage_duration: Option<i64>,
    #[serde(with = "rust_decimal::serde::arbitrary_precision_option")]
    pub usage_value: Option<Decimal>,
    pub notes: Option<&'a str>,
    pub created_at: &'a str,
}

impl<'a> From<&'a crate::domain::usage::UsageLog> for UsageJson<'a> {
    fn from(u: &'a crate::domain::usage::UsageLog) -> Self {
        UsageJson {
            id: u.id,
            subscription_id: &u.subscription_id,
            subscription_name: &u.subscription_name,
            usage_date: date(u.usage_date),
            usage_count: u.usage_count,
            usage_duration: u.usage_duration,
            usage_value: u.usage_value.map(crate::domain::money::cents_to_decimal),
            notes: u.notes.as_deref(),
            created_at: &u.created_at,
        }
    }
}

/// An exchange rate a report used.
#[derive(Debug, Serialize)]
pub struct RateJson {
    pub currency: String,
    pub rate: Exact,
    pub base: String,
    pub set_on: String,
    /// `manual` (typed) or `ecb` (fetched by `rates update`).
    pub source: crate::domain::rates::RateSource,
    pub stale: bool,
}

/// The alert object of `alerts list` and `alerts generate`.
#[derive(Debug, Serialize)]
pub struct AlertJson<'a> {
    pub id: i64,
    /// null for an alert about no one subscription (a budget).
    pub subscription_id: Option<&'a str>,
    pub subscription_name: Option<&'a str>,
    pub alert_type: crate::domain::alert::AlertType,
    pub title: &'a str,
    pub message: &'a str,
    pub alert_date: &'a str,
    pub is_read: bool,
    pub is_dismissed: bool,
    pub created_at: &'a str,
}

impl<'a> From<&'a crate::domain::alert::Alert> for AlertJson<'a> {
    fn from(a: &'a crate::domain::alert::Alert) -> Self {
        AlertJson {
            id: a.id,
            subscription_id: a.subscription_id.as_deref(),
            subscription_name: a.subscription_name.as_deref(),
            alert_type: a.alert_type,
            title: &a.title,
            message: &a.message,
            alert_date: &a.alert_date,
            is_read: a.is_read,
            is_dismissed: a.is_dismissed,
            created_at: &a.created_at,
        }
    }
}
