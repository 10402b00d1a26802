//! The tools that only read: each builds, in one snapshot, the view the
//! matching command prints, and answers with its `--json` document and
//! its text. Arguments are the commands' flags, in snake_case.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Deserialize;

use super::schemas;
use super::{Answer, Call, RefParams, Spec, input, with_alert_types};
use crate::cmd;
use crate::domain::alert::AlertType;
use crate::domain::payment::PaymentStatus;
use crate::domain::subscription::Status;
use crate::error::{Error, Result};
use crate::render::alerts::AlertList;
use crate::render::budget::{BudgetJson, BudgetList};
use crate::render::payments::PaymentList;
use crate::report;
use crate::settings;
use crate::store::alerts;
use crate::store::subscriptions::{self, Filter, Sort};

pub const TOOLS: [Spec; 12] = [
    Spec::new(
        "list_subscriptions",
        "List subscriptions",
        "Subscriptions with their amount, cycle, monthly cost and next billing date (as `subs list`): the active ones unless status says otherwise",
        input::<ListParams>,
        schemas::SUBSCRIPTION_LIST,
        list_subscriptions,
    ),
    Spec::new(
        "show_subscription",
        "Show a subscription",
        "One subscription in full, with its 5 latest payments, its usage in the last 30 days and its price history (as `subs show`)",
        input::<RefParams>,
        schemas::SUBSCRIPTION_DETAIL,
        show_subscription,
    ),
    Spec::new(
        "dashboard",
        "Dashboard",
        "The portfolio at a glance: counts by status, monthly and yearly cost, categories, renewals in the next days (as `subs dashboard`)",
        input::<DashboardParams>,
        schemas::DASHBOARD,
        dashboard,
    ),
    Spec::new(
        "analytics",
        "Analytics",
        "Spending trends and breakdowns over recent months: paid and scheduled per month, by category, by cycle (as `subs analytics`)",
        input::<AnalyticsParams>,
        schemas::ANALYTICS,
        analytics,
    ),
    Spec::new(
        "upcoming",
        "Upcoming charges",
        "Every charge in the next days, overdue ones first, with totals per currency (as `subs upcoming`)",
        input::<UpcomingParams>,
        schemas::UPCOMING,
        upcoming,
    ),
    Spec::new(
        "forecast",
        "Forecast",
        "The charges of the months ahead, per month, and what to set aside each month (as `subs forecast`)",
        input::<ForecastParams>,
        schemas::FORECAST,
        forecast,
    ),
    Spec::new(
        "payments",
        "Payments",
        "Recorded payments and refunds, newest first, with net totals per currency (as `subs payments`)",
        input::<PaymentsParams>,
        schemas::PAYMENTS,
        payments,
    ),
    Spec::new(
        "usage",
        "Usage",
        "Per subscription: uses, time, last use and cost per use in a window (default: the last 30 days); with a subscription, its logs too (as `subs usage`)",
        input::<UsageParams>,
        schemas::USAGE,
        usage,
    ),
    Spec::new(
        "alerts",
        "Alerts",
        "Alerts, newest first: unread ones unless all is true (as `subs alerts list`)",
        with_alert_types::<AlertsParams>,
        schemas::ALERTS,
        alerts,
    ),
    Spec::new(
        "insights",
        "Insights",
        "Where to save: the offline rule engine's findings, or the AI provider's when the user's configuration enables one (as `subs insights`)",
        input::<InsightsParams>,
        schemas::INSIGHTS,
        insights,
    ),
    Spec::new(
        "budgets",
        "Budgets",
        "Monthly budgets, overall and per category, with this month's spending against each (as `subs budget list`)",
        input::<NoParams>,
        schemas::BUDGETS,
        budgets,
    ),
    Spec::new(
        "split",
        "Split shared plans",
        "Who owes whom for a month's charges of shared plans (as `subs split`)",
        input::<SplitParams>,
        schemas::SPLIT,
        split,
    ),
];

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatusParam {
    Active,
    Paused,
    Cancelled,
    Expired,
    All,
}

#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SortParam {
    Next,
    Name,
    Amount,
    Monthly,
    Created,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListParams {
    /// Which statuses to list (default: active)
    pub status: Option<StatusParam>,
    /// Only this category (any letter case)
    pub category: Option<String>,
    /// Order of the rows (default: next, the next billing date, soonest first)
    pub sort: Option<SortParam>,
    /// true: count only my share of shared plans; false: the whole price (default: the totals setting)
    pub mine: Option<bool>,
}

fn list_subscriptions(call: &Call) -> Result<Answer> {
    let p: ListParams = call.args()?;
    let status = match p.status.unwrap_or(StatusParam::Active) {
        StatusParam::Active => Some(Status::Active),
        StatusParam::Paused => Some(Status::Paused),
        StatusParam::Cancelled => Some(Status::Cancelled),
        StatusParam::Expired => Some(Status::Expired),
        StatusParam::All => None,
    };
    let sort = match p.sort.unwrap_or(SortParam::Next) {
        SortParam::Next => Sort::Next,
        SortParam::Name => Sort::Name,
        SortParam::Amount => Sort::Amount,
        SortParam::Monthly => Sort::Monthly,
        SortParam::Created => Sort::Created,
    };
    let filter = Filter {
        status,
        category: p.category,
    };
    let (list, damaged) =
        call.read(|db, today| cmd::list::build(db, today, &filter, sort, p.mine))?;
    let mut answer = Answer::view(schemas::SUBSCRIPTION_LIST, &list)?;
    for row in damaged.iter().rev() {
        answer.text = format!("warning: {row}\n{}", answer.text);
    }
    Ok(answer)
}

fn show_subscription(call: &Call) -> Result<Answer> {
    let p: RefParams = call.args()?;
    let view = call.read(|db, today| cmd::show::detail(db, &p.subscription, today))?;
    Answer::view(schemas::SUBSCRIPTION_DETAIL, &view)
}

/// `value` when it lies in `low..=high`; else the refusal naming `field`.
fn within(field: &str, value: i64, low: i64, high: i64) -> Result<i64> {
    if (low..=high).contains(&value) {
        Ok(value)
    } else {
        Err(Error::invalid(format!(
            "invalid {field} \"{value}\": must be between {low} and {high}"
        )))
    }
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DashboardParams {
    /// Count renewals in this many days, today included (0 to 3660; default 7)
    #[schemars(range(min = 0, max = 3660))]
    pub days: Option<i64>,
    /// true: count only my share of shared plans; false: the whole price (default: the totals setting)
    pub mine: Option<bool>,
}

fn dashboard(call: &Call) -> Result<Answer> {
    let p: DashboardParams = call.args()?;
    let days = within("days", p.days.unwrap_or(7), 0, 3660)?;
    let view = call.read(|db, today| {
        let mine = settings::totals_mine(db, p.mine)?;
        report::dashboard::build(db, today, days, mine)
    })?;
    Answer::view(schemas::DASHBOARD, &view)
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnalyticsParams {
    /// How many months, this one included (1 to 120; default 6)
    #[schemars(range(min = 1, max = 120))]
    pub months: Option<i64>,
    /// true: count only my share of shared plans; false: the whole price (default: the totals setting)
    pub mine: Option<bool>,
}

fn analytics(call: &Call) -> Result<Answer> {
    let p: AnalyticsParams = call.args()?;
    let months = within("months", p.months.unwrap_or(6), 1, 120)?;
    let view = call.read(|db, today| {
        let mine = settings::totals_mine(db, p.mine)?;
        report::analytics::build(db, today, months as u32, mine)
    })?;
    Answer::view(schemas::ANALYTICS, &view)
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UpcomingParams {
    /// How many days ahead, today included (1 to 36525; default 30)
    #[schemars(range(min = 1, max = 36525))]
    pub days: Option<i64>,
}

fn upcoming(call: &Call) -> Result<Answer> {
    let p: UpcomingParams = call.args()?;
    let days = within("days", p.days.unwrap_or(30), 1, 36_525)?;
    let view = call.read(|db, today| report::upcoming::build(db, today, days))?;
    Answer::view(schemas::UPCOMING, &view)
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ForecastParams {
    /// How many months, the first included (1 to 120; default 12)
    #[schemars(range(min = 1, max = 120))]
    pub months: Option<i64>,
    /// The first month, YYYY-MM (default: this month; not a month gone by)
    pub from: Option<String>,
}

fn forecast(call: &Call) -> Result<Answer> {
    let p: ForecastParams = call.args()?;
    let months = within("months", p.months.unwrap_or(12), 1, 120)?;
    let view = call.read(|db, today| {
        let from = first_month(p.from.as_deref(), today)?;
        report::forecast::build(db, today, from, months as u32)
    })?;
    Answer::view(schemas::FORECAST, &view)
}

/// A forecast's first month: `YYYY-MM`, this month or later.
fn first_month(from: Option<&str>, today: NaiveDate) -> Result<NaiveDate> {
    let Some(text) = from else {
        return Ok(today);
    };
    let first = NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d")
        .ok()
        .filter(|_| text.trim().len() == 7)
        .ok_or_else(|| {
            Error::invalid(format!(
                "invalid from \"{}\": use a month as YYYY-MM, e.g. 2027-01",
                super::clip(&text.escape_debug().to_string(), 40)
            ))
        })?;
    if report::forecast::month_start(first) < report::forecast::month_start(today) {
        return Err(Error::invalid(format!(
            "invalid from \"{}\": a forecast looks ahead; for months gone by see the analytics tool",
            first.format("%Y-%m")
        )));
    }
    Ok(first)
}

#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PaymentStatusParam {
    Paid,
    Pending,
    Failed,
    Refunded,
}

impl From<PaymentStatusParam> for PaymentStatus {
    fn from(p: PaymentStatusParam) -> PaymentStatus {
        match p {
            PaymentStatusParam::Paid => PaymentStatus::Paid,
            PaymentStatusParam::Pending => PaymentStatus::Pending,
            PaymentStatusParam::Failed => PaymentStatus::Failed,
            PaymentStatusParam::Refunded => PaymentStatus::Refunded,
        }
    }
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentsParams {
    /// Only this subscription's (a reference as show_subscription takes)
    pub subscription: Option<String>,
    /// From this day on: YYYY-MM-DD, or a month YYYY-MM (its first day)
    pub since: Option<String>,
    /// Up to and including this day: YYYY-MM-DD, or a month YYYY-MM (its last day)
    pub until: Option<String>,
    /// Only payments of this status
    pub status: Option<PaymentStatusParam>,
}

fn payments(call: &Call) -> Result<Answer> {
    let p: PaymentsParams = call.args()?;
    let rows = call.read(|db, today| {
        let (since, until) = cmd::parse_window(&p.since, &p.until, today)?;
        let status = p.status.map(Into::into);
        cmd::payments::rows(db, p.subscription.as_deref(), since, until, status)
    })?;
    Answer::view(schemas::PAYMENTS, &PaymentList(rows))
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UsageParams {
    /// Only this subscription, with its logs (a reference as show_subscription takes)
    pub subscription: Option<String>,
    /// From this day on: YYYY-MM-DD, or a month YYYY-MM (default: 30 days ago)
    pub since: Option<String>,
    /// Up to and including this day: YYYY-MM-DD, or a month YYYY-MM (default: today)
    pub until: Option<String>,
}

fn usage(call: &Call) -> Result<Answer> {
    let p: UsageParams = call.args()?;
    let view = call.read(|db, today| {
        let (since, until) = cmd::parse_window(&p.since, &p.until, today)?;
        if let (Some(s), None) = (since, until)
            && s > today
        {
            return Err(Error::invalid(format!(
                "invalid since {s}: it is after the window's end, today ({today}); give until for a later end"
            )));
        }
        let (since, until) = report::usage::window(since, until, today)?;
        let id = subscriptions::resolve_optional(db, p.subscription.as_deref())?;
        report::usage::build(db, id.as_deref(), since, until, today)
    })?;
    Answer::view(schemas::USAGE, &view)
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AlertsParams {
    /// Also read and dismissed alerts (default: unread ones only)
    pub all: Option<bool>,
    /// Only alerts of this type
    #[serde(rename = "type")]
    pub alert_type: Option<String>,
    /// Only this subscription's (a reference as show_subscription takes)
    pub subscription: Option<String>,
}

/// An alert type as typed, or the refusal listing them.
pub fn alert_type(text: &str) -> Result<AlertType> {
    AlertType::parse(text).ok_or_else(|| {
        let names: Vec<&str> = AlertType::ALL.iter().map(|t| t.as_str()).collect();
        Error::invalid(format!(
            "invalid type \"{}\": one of {}",
            super::clip(&text.escape_debug().to_string(), 40),
            names.join(", ")
        ))
    })
}

fn alerts(call: &Call) -> Result<Answer> {
    let p: AlertsParams = call.args()?;
    let alert_type = p.alert_type.as_deref().map(alert_type).transpose()?;
    let all = p.all.unwrap_or(false);
    let list = call.read(|db, _| {
        let id = subscriptions::resolve_optional(db, p.subscription.as_deref())?;
        let filter = alerts::Filter {
            all,
            alert_type,
            subscription_id: id.as_deref(),
        };
        alerts::list(db, &filter)
    })?;
    Answer::view(schemas::ALERTS, &AlertList { alerts: list, all })
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InsightsParams {
    /// true: the offline rule engine only, even when an AI provider is enabled
    pub offline: Option<bool>,
    /// Also send notes and website addresses to an enabled AI provider
    pub include_notes: Option<bool>,
    /// true: count only my share of shared plans; false: the whole price (default: the totals setting)
    pub mine: Option<bool>,
}

fn insights(call: &Call) -> Result<Answer> {
    let p: InsightsParams = call.args()?;
    let mut ctx = cmd::Ctx {
        store: call.store()?,
        clock: call.clock(),
        out: crate::render::Output::pipe(),
    };
    let options = cmd::insights::Options {
        offline: p.offline.unwrap_or(false),
        refresh: false,
        dry_run: false,
        provider: None,
        include_notes: p.include_notes.unwrap_or(false),
        mine: p.mine,
    };
    let view = cmd::insights::answer(&mut ctx, &options)?;
    Answer::view(schemas::INSIGHTS, &view)
}

fn budgets(call: &Call) -> Result<Answer> {
    let _: NoParams = call.args()?;
    let all =
        call.read(|db, today| report::budgets::usage(db, today, settings::totals_mine(db, None)?))?;
    let view = BudgetList(all.iter().map(|(b, u)| BudgetJson::new(b, u)).collect());
    Answer::view(schemas::BUDGETS, &view)
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SplitParams {
    /// The month, YYYY-MM (default: this month)
    pub month: Option<String>,
}

fn split(call: &Call) -> Result<Answer> {
    let p: SplitParams = call.args()?;
    let view = call.read(|db, today| {
        let (first, last) = cmd::member::month_bounds(p.month.as_deref(), today)?;
        report::split::build(db, first, last)
    })?;
    Answer::view(schemas::SPLIT, &view)
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;

    fn parse<P: serde::de::DeserializeOwned>(args: Value) -> std::result::Result<P, String> {
        serde_json::from_value(args).map_err(|e| e.to_string())
    }

    #[test]
    fn arguments_are_the_flags_in_snake_case() {
        let p: ListParams =
            parse(json!({"status": "all", "sort": "monthly", "mine": true})).unwrap();
        assert!(matches!(p.status, Some(StatusParam::All)));
        assert!(matches!(p.sort, Some(SortParam::Monthly)));
        let p: AlertsParams = parse(json!({"type": "price_increase"})).unwrap();
        assert_eq!(p.alert_type.as_deref(), Some("price_increase"));
        let none: ListParams = parse(json!({})).unwrap();
        assert!(none.status.is_none() && none.category.is_none());
    }

    #[test]
    fn a_wrong_name_or_type_is_refused() {
        assert!(parse::<ListParams>(json!({"statuss": "all"})).is_err());
        assert!(parse::<ListParams>(json!({"status": "sometimes"})).is_err());
        assert!(parse::<DashboardParams>(json!({"days": "7"})).is_err());
        assert!(parse::<RefParams>(json!({})).is_err());
        assert!(parse::<NoParams>(json!({"x": 1})).is_err());
    }

    #[test]
    fn ranges_and_months_are_checked_with_the_field_named() {
        assert_eq!(within("days", 7, 0, 3660).ok(), Some(7));
        let e = within("days", 5000, 0, 3660).unwrap_err().to_string();
        assert_eq!(e, "invalid days \"5000\": must be between 0 and 3660");
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        assert_eq!(
            first_month(Some("2027-01"), today).ok(),
            NaiveDate::from_ymd_opt(2027, 1, 1)
        );
        assert!(first_month(Some("2026-10"), today).is_err());
        assert!(first_month(Some("2027-1-5"), today).is_err());
        assert!(alert_type("renewal_reminder").is_ok());
        assert!(
            alert_type("nope")
                .unwrap_err()
                .to_string()
                .contains("price_increase")
        );
    }

    #[test]
    fn the_alert_type_schema_lists_the_types() {
        let schema = with_alert_types::<AlertsParams>();
        let types = &schema["properties"]["type"]["enum"];
        assert_eq!(types.as_array().map(Vec::len), Some(AlertType::ALL.len()));
    }
}
