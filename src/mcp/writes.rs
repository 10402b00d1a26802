//! The tools that change data, offered only under `subs mcp
//! --allow-writes`: each checks its arguments as the command checks its
//! flags, then makes one `Store::write` through the same `ops::*` the
//! command calls — one undo step — and says how to take it back. Nothing
//! here deletes, imports, syncs or changes settings.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::reads::PaymentStatusParam;
use super::schemas;
use super::{Answer, Call, RefParams, Spec, input, with_alert_types};
use crate::cmd::add::{self, Add};
use crate::cmd::edit::{self, Edit};
use crate::cmd::lifecycle as lifecycle_cmd;
use crate::cmd::pay::Pay;
use crate::cmd::usage::Log;
use crate::cmd::{self, DetailInput, Door, ScheduleInput};
use crate::domain::alert::AlertType;
use crate::domain::cycle::CycleKind;
use crate::domain::payment::PaymentStatus;
use crate::domain::subscription::{PaymentMethod, Subscription};
use crate::error::{Error, Result};
use crate::ops::lifecycle::{self, Cancelled, EndAt};
use crate::ops::subscription;
use crate::render::Done;
use crate::render::alerts::Updated;
use crate::render::json::SubscriptionRecord;
use crate::render::text::{count, safe};
use crate::render::usage::Logged;
use crate::store::alerts::{self, Mark, Target};
use crate::store::subscriptions;

pub const TOOLS: [Spec; 8] = [
    Spec::new(
        "add_subscription",
        "Add a subscription",
        "Track a new subscription (as `subs add`): a name, the amount per billing cycle and the cycle; the other details are optional",
        input::<AddParams>,
        schemas::SUBSCRIPTION,
        add_subscription,
    )
    .writing(false),
    Spec::new(
        "edit_subscription",
        "Edit a subscription",
        "Change a subscription's details (as `subs edit`): only the fields given change; a new amount is kept in its price history",
        input::<EditParams>,
        schemas::SUBSCRIPTION,
        edit_subscription,
    )
    .writing(true),
    Spec::new(
        "pay",
        "Record a payment",
        "Record a payment for a subscription's charge, the one due unless due names another (as `subs pay`); paying the due charge moves the next billing date on. A charge not due yet needs due",
        input::<PayParams>,
        schemas::PAY,
        pay,
    )
    .writing(false),
    Spec::new(
        "log_usage",
        "Log usage",
        "Record that the user used a subscription, for its cost per use (as `subs log-usage`)",
        input::<LogUsageParams>,
        schemas::USAGE_LOG,
        log_usage,
    )
    .writing(false),
    Spec::new(
        "pause",
        "Pause a subscription",
        "Pause an active subscription: no charges and no reminders until it is resumed (as `subs pause`)",
        input::<RefParams>,
        schemas::SUBSCRIPTION,
        pause,
    )
    .writing(false),
    Spec::new(
        "resume",
        "Resume a subscription",
        "Resume a paused subscription (as `subs resume`)",
        input::<ResumeParams>,
        schemas::SUBSCRIPTION,
        resume,
    )
    .writing(false),
    Spec::new(
        "cancel",
        "Cancel a subscription",
        "Cancel a subscription: today, on a given last day, or at the end of the period paid (as `subs cancel`); its history stays",
        input::<CancelParams>,
        schemas::SUBSCRIPTION,
        cancel,
    )
    .writing(false),
    Spec::new(
        "mark_alerts_read",
        "Mark alerts read",
        "Mark alerts read: by id, every one of a type and/or a subscription, or all (as `subs alerts read`)",
        with_alert_types::<MarkParams>,
        schemas::ALERTS_CHANGED,
        mark_alerts_read,
    )
    .writing(true),
];

/// A write's answer: the record that changed, what happened, and how to
/// take it back.
fn done(output: schemas::Output, view: &impl crate::render::View) -> Result<Answer> {
    let mut answer = Answer::view(output, view)?;
    answer.text.push_str(
        "\nTo take this back, run `subs undo` in a terminal (`subs undo --list` shows it as the step \"mcp: …\").",
    );
    Ok(answer)
}

/// Money as the user said it: a JSON number or a string, kept exact.
#[derive(Debug, Clone)]
pub struct Amount(String);

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Amount, D::Error> {
        match Value::deserialize(d)? {
            Value::String(s) => Ok(Amount(s)),
            // Exact: with arbitrary precision a number keeps its digits.
            Value::Number(n) => Ok(Amount(n.to_string())),
            other => Err(serde::de::Error::custom(format!(
                "invalid type: {}, expected an amount such as 15.99",
                kind(&other)
            ))),
        }
    }
}

impl JsonSchema for Amount {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Amount".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": ["string", "number"],
            "description": "An amount of money, e.g. 15.99 (exact; at most 2 decimals)"
        })
    }

    fn inline_schema() -> bool {
        true
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CycleParam {
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
    Custom,
}

impl From<CycleParam> for CycleKind {
    fn from(c: CycleParam) -> CycleKind {
        match c {
            CycleParam::Weekly => CycleKind::Weekly,
            CycleParam::Monthly => CycleKind::Monthly,
            CycleParam::Quarterly => CycleKind::Quarterly,
            CycleParam::Yearly => CycleKind::Yearly,
            CycleParam::Custom => CycleKind::Custom,
        }
    }
}

#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MethodParam {
    Card,
    BankTransfer,
    Paypal,
    Other,
}

/// The optional details `add_subscription` and `edit_subscription` share
/// (`add`'s and `edit`'s flags).
#[derive(Debug, Default, Deserialize, JsonSchema)]
pub struct DetailParams {
    /// Longer description ("" clears it)
    pub description: Option<String>,
    /// Who bills the user (default: the name)
    pub provider: Option<String>,
    /// Category name; created if it does not exist yet
    pub category: Option<String>,
    /// ISO 4217 currency code (default: the base currency setting)
    pub currency: Option<String>,
    /// How the user pays (not with card)
    pub payment_method: Option<MethodParam>,
    /// The payment card it is charged to, by name; "none" to unset
    pub card: Option<String>,
    /// A shared plan's members, e.g. "alex,sam,me" (equal parts unless shares); "none" to unshare
    pub shared_with: Option<String>,
    /// Parts that are not equal: "alex=25%,sam=25%" or "alex=4.50" (the rest split equally)
    pub shares: Option<String>,
    /// Who pays the provider (default: me)
    pub paid_by: Option<String>,
    /// Whether it renews by itself
    pub auto_renew: Option<bool>,
    /// Days before a charge to remind the user (0 to 365; default 3)
    pub reminder_days: Option<i64>,
    /// Several reminders: days before each charge, e.g. "30,7,1"; "" goes back to reminder_days
    pub remind: Option<String>,
    /// Whether reminders are printed by `alerts generate`
    pub email_notifications: Option<bool>,
    /// Web address (http or https)
    pub url: Option<String>,
    /// Free-form notes
    pub notes: Option<String>,
    /// What its charges say on a bank statement, descriptors separated by |; "none" to match by name again
    #[serde(rename = "match")]
    pub statement_match: Option<String>,
    /// Last day of the subscription, YYYY-MM-DD
    pub end: Option<String>,
    /// Last free day of a trial, YYYY-MM-DD; the first charge is the day after (not with trial or next)
    pub trial_until: Option<String>,
    /// A trial from the start date: 7d, 2w, 1m (not with next)
    pub trial: Option<String>,
    /// A contract's minimum term from the start date: 12m, 24m, 1y ("none" removes it)
    pub term: Option<String>,
    /// Notice before a term ends: 30d, 1m
    pub notice: Option<String>,
    /// Each automatic extension of the contract (default: the term again), e.g. 1m
    pub extends_by: Option<String>,
    /// Alert types not to raise for it, e.g. ["usage_limit"]
    pub mute: Option<Vec<String>>,
    /// Alert types to raise again
    pub unmute: Option<Vec<String>>,
}

/// The details as the commands take them; the pairs clap refuses
/// together are refused here too.
fn details(d: DetailParams, next: Option<&str>) -> Result<DetailInput> {
    let clash = [
        (
            d.payment_method.is_some() && d.card.is_some(),
            "payment_method",
            "card",
        ),
        (
            d.trial_until.is_some() && d.trial.is_some(),
            "trial_until",
            "trial",
        ),
        (
            d.trial_until.is_some() && next.is_some(),
            "trial_until",
            "next",
        ),
        (d.trial.is_some() && next.is_some(), "trial", "next"),
    ];
    if let Some((_, a, b)) = clash.iter().find(|(both, _, _)| *both) {
        return Err(Error::invalid(format!(
            "{a} and {b} cannot be given together"
        )));
    }
    let types = |names: Option<Vec<String>>| -> Result<Vec<AlertType>> {
        names
            .unwrap_or_default()
            .iter()
            .map(|n| super::reads::alert_type(n))
            .collect()
    };
    Ok(cmd::detail_input!(
        d,
        payment_method: d.payment_method.map(|m| match m {
            MethodParam::Card => PaymentMethod::Card,
            MethodParam::BankTransfer => PaymentMethod::BankTransfer,
            MethodParam::Paypal => PaymentMethod::Paypal,
            MethodParam::Other => PaymentMethod::Other,
        }),
        mute: types(d.mute)?,
        unmute: types(d.unmute)?,
    ))
}

#[derive(Debug, Deserialize, JsonSchema)]
pub struct AddParams {
    /// Name of the service, e.g. Netflix
    pub name: String,
    pub amount: Amount,
    /// Billing cycle
    pub cycle: CycleParam,
    /// Days per cycle, for cycle custom (1 to 365)
    pub every_days: Option<i64>,
    /// Months per cycle, for cycle custom (1 to 120)
    pub every_months: Option<i64>,
    /// First billing date, YYYY-MM-DD (default: today)
    pub start: Option<String>,
    /// Next billing date, YYYY-MM-DD (default: computed from the start date)
    pub next: Option<String>,
    #[serde(flatten)]
    pub details: DetailParams,
}

fn add_subscription(call: &Call) -> Result<Answer> {
    let p: AddParams = call.args()?;
    let today = call.today();
    let details = details(p.details, p.next.as_deref())?;
    let args = Add {
        name: Some(p.name),
        schedule: ScheduleInput {
            amount: Some(p.amount.0),
            cycle: Some(p.cycle.into()),
            every_days: p.every_days,
            every_months: p.every_months,
            start: p.start,
            next: p.next,
        },
        details,
    };
    let checked = cmd::validate_details(&args.details, today)?;
    let mut new = add::given(&args, today, Door::Mcp)?;
    let start = add::schedule(&args, &mut new, &checked, today, Door::Mcp)?;
    let now = call.clock().timestamp();
    let (saved, twin) = call.write(|db| {
        let twin = subscription::duplicate(db, &new, checked.currency)?;
        let saved = subscription::create(db, new, &checked, start, add::typed(&args), &now)?;
        Ok((saved, twin))
    })?;
    let mut message = add::message(&saved);
    if let Some(id) = twin {
        message.push_str(&format!(
            "\nwarning: an active subscription with the same name, amount, currency and cycle exists ({id})"
        ));
    }
    finish(saved, today, message)
}

/// The subscription after a write, as `add`, `edit`, `pause`, `resume`
/// and `cancel` print it.
fn finish(subscription: Subscription, today: chrono::NaiveDate, message: String) -> Result<Answer> {
    let record = SubscriptionRecord {
        subscription,
        today,
    };
    done(schemas::SUBSCRIPTION, &Done::new(record, message))
}

#[derive(Debug, Deserialize, JsonSchema)]
pub struct EditParams {
    /// Which subscription: its id, an id prefix, its name in any letter case, or a unique start or part of the name
    pub subscription: String,
    /// A new name
    pub name: Option<String>,
    /// A new amount per billing cycle (kept in the price history)
    pub amount: Option<Amount>,
    /// A new billing cycle
    pub cycle: Option<CycleParam>,
    /// Days per cycle, for cycle custom (1 to 365)
    pub every_days: Option<i64>,
    /// Months per cycle, for cycle custom (1 to 120)
    pub every_months: Option<i64>,
    /// A new start date, YYYY-MM-DD
    pub start: Option<String>,
    /// A new next billing date, YYYY-MM-DD
    pub next: Option<String>,
    /// true: no category any more
    pub no_category: Option<bool>,
    /// true: no end date any more
    pub no_end: Option<bool>,
    #[serde(flatten)]
    pub details: DetailParams,
}

fn edit_subscription(call: &Call) -> Result<Answer> {
    let p: EditParams = call.args()?;
    let today = call.today();
    let details = details(p.details, p.next.as_deref())?;
    let (no_category, no_end) = (p.no_category.unwrap_or(false), p.no_end.unwrap_or(false));
    for (both, a, b) in [
        (
            no_category && details.category.is_some(),
            "no_category",
            "category",
        ),
        (no_end && details.end.is_some(), "no_end", "end"),
    ] {
        if both {
            return Err(Error::invalid(format!(
                "{a} and {b} cannot be given together"
            )));
        }
    }
    let args = Edit {
        subscription: p.subscription,
        name: p.name,
        schedule: ScheduleInput {
            amount: p.amount.map(|a| a.0),
            cycle: p.cycle.map(Into::into),
            every_days: p.every_days,
            every_months: p.every_months,
            start: p.start,
            next: p.next,
        },
        details,
        no_category,
        no_end,
    };
    let changes = edit::changes(&args, today, Door::Mcp)?;
    let (updated, changed) = call.write(|db| edit::save(db, &args, changes, today))?;
    let message = edit::message(&updated, changed);
    finish(updated, today, message)
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PayParams {
    /// Which subscription: its id, an id prefix, its name in any letter case, or a unique start or part of the name
    pub subscription: String,
    /// The amount paid (default: the subscription's amount)
    pub amount: Option<Amount>,
    /// The day it was paid, YYYY-MM-DD (default: today)
    pub date: Option<String>,
    /// The charge it pays, by its due date YYYY-MM-DD (default: the one due); needed to pay ahead
    pub due: Option<String>,
    /// paid (default), pending, failed, or refunded (money coming back)
    pub status: Option<PaymentStatusParam>,
    /// The bank's or provider's reference
    pub transaction_id: Option<String>,
    /// Free-form notes
    pub notes: Option<String>,
    /// Record it though the subscription is not active
    pub force: Option<bool>,
}

fn pay(call: &Call) -> Result<Answer> {
    let p: PayParams = call.args()?;
    let today = call.today();
    let args = Pay {
        subscription: p.subscription,
        amount: p.amount.map(|a| a.0),
        date: p.date,
        due: p.due,
        status: p.status.map_or(PaymentStatus::Paid, Into::into),
        transaction_id: p.transaction_id,
        notes: p.notes,
        force: p.force.unwrap_or(false),
    };
    let checked = cmd::pay::check(&args, today, Door::Mcp)?;
    // No one to ask: a charge not due yet is paid by naming it (`due`).
    let entry = checked.entry(&args, None);
    let paid = call.write(|db| cmd::pay::record(db, &args, &entry, today))?;
    done(schemas::PAY, &paid)
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LogUsageParams {
    /// Which subscription: its id, an id prefix, its name in any letter case, or a unique start or part of the name
    pub subscription: String,
    /// How many times (default 1)
    pub count: Option<i64>,
    /// For how long: 90m, 1h30m, 2h
    pub duration: Option<String>,
    /// A value the use had (whole number)
    pub value: Option<String>,
    /// The day, YYYY-MM-DD (default: today; not a future day)
    pub date: Option<String>,
    /// Free-form notes
    pub notes: Option<String>,
}

fn log_usage(call: &Call) -> Result<Answer> {
    let p: LogUsageParams = call.args()?;
    let args = Log {
        subscription: p.subscription,
        count: p.count.unwrap_or(1),
        duration: p.duration,
        value: p.value,
        date: p.date,
        notes: p.notes,
    };
    let checked = cmd::usage::check(&args, call.today(), Door::Mcp)?;
    let log = call.write(|db| cmd::usage::insert(db, &args, &checked))?;
    done(schemas::USAGE_LOG, &Logged(log))
}

fn pause(call: &Call) -> Result<Answer> {
    let p: RefParams = call.args()?;
    let today = call.today();
    let sub = call.write(|db| {
        let id = subscriptions::resolve(db, &p.subscription)?;
        lifecycle::pause(db, &id, today)
    })?;
    let message = format!(
        "Paused {} ({}); the resume tool resumes it",
        safe(&sub.name),
        sub.id
    );
    finish(sub, today, message)
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResumeParams {
    /// Which subscription: its id, an id prefix, its name in any letter case, or a unique start or part of the name
    pub subscription: String,
    /// Next billing date, YYYY-MM-DD (default: the first scheduled date from today)
    pub next: Option<String>,
}

fn resume(call: &Call) -> Result<Answer> {
    let p: ResumeParams = call.args()?;
    let today = call.today();
    let next = Door::Mcp.date("next", p.next.as_deref(), today)?;
    let sub = call.write(|db| {
        let id = subscriptions::resolve(db, &p.subscription)?;
        lifecycle::resume(db, &id, next, p.next.as_deref(), today)
    })?;
    let message = lifecycle_cmd::resumed(&sub);
    finish(sub, today, message)
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CancelParams {
    /// Which subscription: its id, an id prefix, its name in any letter case, or a unique start or part of the name
    pub subscription: String,
    /// Last day of service, YYYY-MM-DD (default: today); a future day keeps it active until then
    pub at: Option<String>,
    /// true: end with the period already paid (the day before the next billing date)
    pub at_period_end: Option<bool>,
}

fn cancel(call: &Call) -> Result<Answer> {
    let p: CancelParams = call.args()?;
    let today = call.today();
    let at = match (p.at.as_deref(), p.at_period_end.unwrap_or(false)) {
        (Some(_), true) => {
            return Err(Error::invalid(
                "at and at_period_end cannot be given together",
            ));
        }
        (Some(typed), false) => EndAt::Day(cmd::parse_date("at", typed, today)?, typed),
        (None, true) => EndAt::PeriodEnd,
        (None, false) => EndAt::Today,
    };
    let cancelled = call.write(|db| {
        let id = subscriptions::resolve(db, &p.subscription)?;
        lifecycle::cancel(db, &id, at, today)
    })?;
    let message = cancel_message(&cancelled, today);
    finish(cancelled.subscription, today, message)
}

/// What a cancellation did, and the payments for charges after its last
/// day (a refund to ask for).
fn cancel_message(c: &Cancelled, today: chrono::NaiveDate) -> String {
    let sub = &c.subscription;
    let mut message = lifecycle_cmd::cancelled(sub, c.bound, today);
    if !c.later_payments.is_empty() {
        let listed: Vec<String> = c
            .later_payments
            .iter()
            .map(|p| format!("{} {} due {}", p.amount, p.currency, p.due_date))
            .collect();
        message.push_str(&format!(
            "\nwarning: {} has {} for charges after its last day: {}; ask the provider for a refund",
            safe(&sub.name),
            count(c.later_payments.len() as i64, "payment", "payments"),
            listed.join(", ")
        ));
    }
    message
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MarkParams {
    /// These alerts, by id (from the alerts tool)
    pub ids: Option<Vec<i64>>,
    /// true: every alert (not with ids, type or subscription)
    pub all: Option<bool>,
    /// Only alerts of this type
    #[serde(rename = "type")]
    pub alert_type: Option<String>,
    /// Only this subscription's alerts (a reference as show_subscription takes)
    pub subscription: Option<String>,
}

fn mark_alerts_read(call: &Call) -> Result<Answer> {
    let p: MarkParams = call.args()?;
    let alert_type = p
        .alert_type
        .as_deref()
        .map(super::reads::alert_type)
        .transpose()?;
    let ids = p.ids.unwrap_or_default();
    let all = p.all.unwrap_or(false);
    let kinds = alert_type.is_some() || p.subscription.is_some();
    let refusal = match (!ids.is_empty(), all, kinds) {
        (true, true, _) | (false, true, true) => {
            Some("all cannot be given with ids, type or subscription")
        }
        (true, false, true) => Some("ids cannot be given with type or subscription"),
        (false, false, false) => {
            Some("say which alerts: ids, type, subscription, or all: true for every one")
        }
        _ => None,
    };
    if let Some(why) = refusal {
        return Err(Error::invalid(why));
    }
    let changed = call.write(|db| {
        if !ids.is_empty() {
            return alerts::mark(db, Target::Ids(&ids), Mark::Read);
        }
        let id = subscriptions::resolve_optional(db, p.subscription.as_deref())?;
        let target = Target::Matching {
            alert_type,
            subscription_id: id.as_deref(),
        };
        alerts::mark(db, target, Mark::Read)
    })?;
    done(
        schemas::ALERTS_CHANGED,
        &Done::new(
            Updated { updated: changed },
            format!("Marked {} read", count(changed as i64, "alert", "alerts")),
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_amount_is_a_number_or_a_string_kept_exact() {
        let p: PayParams =
            serde_json::from_value(json!({"subscription": "n", "amount": 15.99})).unwrap();
        assert_eq!(p.amount.map(|a| a.0).as_deref(), Some("15.99"));
        let p: PayParams =
            serde_json::from_value(json!({"subscription": "n", "amount": "0.10"})).unwrap();
        assert_eq!(p.amount.map(|a| a.0).as_deref(), Some("0.10"));
        let bad = serde_json::from_value::<PayParams>(json!({"subscription": "n", "amount": [1]}));
        assert!(bad.unwrap_err().to_string().contains("expected an amount"));
    }

    #[test]
    fn details_map_to_the_commands_and_refuse_what_clap_refuses() {
        let p: AddParams = serde_json::from_value(json!({
            "name": "Netflix", "amount": 15.99, "cycle": "monthly",
            "payment_method": "bank_transfer", "match": "NETFLIX.COM", "mute": ["usage_limit"]
        }))
        .unwrap();
        let d = details(p.details, None).unwrap();
        assert_eq!(d.payment_method, Some(PaymentMethod::BankTransfer));
        assert_eq!(d.statement_match.as_deref(), Some("NETFLIX.COM"));
        assert_eq!(d.mute, vec![AlertType::UsageLimit]);
        let both = DetailParams {
            trial: Some("7d".into()),
            ..DetailParams::default()
        };
        let e = details(both, Some("2026-12-01")).unwrap_err().to_string();
        assert_eq!(e, "trial and next cannot be given together");
        let wrong = DetailParams {
            mute: Some(vec!["loud".into()]),
            ..DetailParams::default()
        };
        assert!(details(wrong, None).is_err());
    }

    #[test]
    fn the_add_schema_has_the_details_and_requires_the_essentials() {
        let schema = input::<AddParams>();
        let props = schema["properties"].as_object().unwrap();
        for field in ["name", "amount", "cycle", "match", "trial", "shared_with"] {
            assert!(props.contains_key(field), "{field}");
        }
        let required = schema["required"].as_array().unwrap();
        assert_eq!(required.len(), 3, "{required:?}");
        assert!(with_alert_types::<MarkParams>()["properties"]["type"]["enum"].is_array());
    }
}
