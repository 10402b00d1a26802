//! The checks every import format shares: the same rules as `add`, for
//! rows from any file. A failed check names the field and the problem; the
//! importer adds where in the file it was.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::alert::AlertType;
use crate::domain::currency::Currency;
use crate::domain::cycle::{Cycle, CycleKind};
use crate::domain::money::Money;
use crate::domain::payment::PaymentStatus;
use crate::domain::plan::Length;
use crate::domain::subscription::{
    self, Broken, CATEGORY_NAME_MAX, ICON_MAX, NAME_MAX, PROVIDER_MAX, PaymentMethod, Status,
    TEXT_MAX,
};
use crate::domain::{id, validate};
use crate::store::backup::{
    AlertRow, AlertTallyRow, BudgetRow, CardRow, CategoryRow, ChannelRow, ConfigRow, MemberRow,
    PaymentRow, PriceRow, RateRow, ShareRow, SubscriptionRow, UsageRow,
};

/// A field's name and what is wrong with its value.
pub type Check = std::result::Result<(), (&'static str, String)>;

fn field(name: &'static str, r: std::result::Result<impl Sized, String>) -> Check {
    r.map(|_| ()).map_err(|e| (name, e))
}

pub(super) fn date(
    name: &'static str,
    value: &str,
) -> std::result::Result<NaiveDate, (&'static str, String)> {
    validate::date(name, value).map_err(|e| (name, e))
}

fn money(name: &'static str, value: Decimal) -> Check {
    field(name, Money::from_decimal(value))
}

fn code(name: &'static str, value: &str) -> Check {
    match Currency::parse(value) {
        Ok(c) if c.code() == value => Ok(()),
        Ok(_) => Err((
            name,
            format!("\"{value}\" must be an upper-case ISO 4217 code"),
        )),
        Err(e) => Err((name, format!("\"{value}\": {e}"))),
    }
}

fn text(name: &'static str, value: &Option<String>, max: usize) -> Check {
    match value {
        Some(v) => field(name, validate::text(name, v, max)),
        None => Ok(()),
    }
}

fn stamp(name: &'static str, value: &str) -> Check {
    if chrono::DateTime::parse_from_rfc3339(value).is_ok() {
        Ok(())
    } else {
        Err((name, format!("\"{value}\" is not an RFC 3339 timestamp")))
    }
}

/// A row that can check itself before it is written.
pub trait Validate {
    fn validate(&self) -> Check;
}

impl Validate for ConfigRow {
    fn validate(&self) -> Check {
        let setting = crate::settings::lookup(&self.key).map_err(|e| ("key", e.to_string()))?;
        if setting.key != self.key {
            return Err((
                "key",
                format!("\"{}\" should be \"{}\"", self.key, setting.key),
            ));
        }
        setting
            .normalise(&self.value)
            .map_err(|e| ("value", e.to_string()))?;
        stamp("updated_at", &self.updated_at)
    }
}

impl Validate for RateRow {
    fn validate(&self) -> Check {
        code("currency", &self.currency)?;
        code("base", &self.base)?;
        if self.currency == self.base {
            return Err(("base", "a currency has no rate against itself".into()));
        }
        field(
            "rate",
            crate::domain::rates::parse_rate(&self.rate.to_string()),
        )?;
        date("set_on", &self.set_on)?;
        if crate::domain::rates::RateSource::parse(&self.source).is_none() {
            return Err((
                "source",
                format!("\"{}\" is not one of manual, ecb", self.source),
            ));
        }
        stamp("updated_at", &self.updated_at)
    }
}

impl Validate for ChannelRow {
    fn validate(&self) -> Check {
        use crate::domain::channel::{ChannelKind, Severity};
        if self.id <= 0 {
            return Err(("id", "must be a positive integer".into()));
        }
        field("name", validate::name("name", &self.name, 50))?;
        let kind = ChannelKind::parse(&self.kind).ok_or_else(|| {
            let kinds: Vec<&str> = ChannelKind::ALL.iter().map(|k| k.as_str()).collect();
            let kinds = kinds.join(", ");
            ("kind", format!("\"{}\" is not one of {kinds}", self.kind))
        })?;
        Severity::parse(&self.min_severity).ok_or((
            "min_severity",
            format!(
                "\"{}\" is not one of info, warning, urgent",
                self.min_severity
            ),
        ))?;
        for t in self.alert_types.split(',').filter(|t| !t.is_empty()) {
            crate::domain::alert::AlertType::parse(t)
                .ok_or(("alert_types", format!("\"{t}\" is not an alert type")))?;
        }
        // Settings are the URL, the program and the *name* of a secret's
        // variable: anything else (a token, a password) is refused; each
        // kind checks its own as `notify add` does.
        field(
            "settings",
            crate::notify::check_stored(kind, &self.settings.0),
        )?;
        stamp("created_at", &self.created_at)
    }
}

impl Validate for CategoryRow {
    fn validate(&self) -> Check {
        if self.id <= 0 {
            return Err(("id", "must be a positive integer".into()));
        }
        field(
            "name",
            validate::name("name", &self.name, CATEGORY_NAME_MAX),
        )?;
        field("color", validate::color(&self.color))?;
        field("icon", validate::name("icon", &self.icon, ICON_MAX))?;
        stamp("created_at", &self.created_at)
    }
}

/// A broken subscription rule, blamed on its column.
fn column(broken: Broken) -> (&'static str, String) {
    match broken {
        Broken::NextBeforeStart => ("next_billing_date", "is before start_date".into()),
        Broken::EndBeforeStart => ("end_date", "is before start_date".into()),
        Broken::TrialBeforeStart => ("trial_until", "is before start_date".into()),
        Broken::NoTerm => (
            "term_months",
            "is missing: extends_by_months and notice need a term".into(),
        ),
    }
}

/// A subscription row is checked group by group, in a fixed order (the
/// first failure is the one reported).
impl Validate for SubscriptionRow {
    fn validate(&self) -> Check {
        if !id::is_valid(&self.subscription_id) {
            return Err((
                "subscription_id",
                format!(
                    "\"{}\" is not SUB + 22 base57 characters",
                    self.subscription_id
                ),
            ));
        }
        field("name", validate::name("name", &self.name, NAME_MAX))?;
        field(
            "provider",
            validate::name("provider", &self.provider, PROVIDER_MAX),
        )?;
        money("amount", self.amount)?;
        code("currency", &self.currency)?;
        subscription_cycle(self)?;
        let start = subscription_dates(self)?;
        subscription_settings(self)?;
        subscription_remind(self)?;
        let trial_until = self
            .trial_until
            .as_deref()
            .map(|t| date("trial_until", t))
            .transpose()?;
        subscription::check_trial(start, trial_until).map_err(column)?;
        subscription_contract(self)?;
        if let Some(text) = &self.statement_match {
            match subscription::parse_statement_match(text) {
                Ok(Some(normal)) if normal == *text => {}
                Ok(_) => {
                    return Err((
                        "statement_match",
                        format!(
                            "\"{text}\" is not written as subs writes it (trimmed descriptors, |-separated)"
                        ),
                    ));
                }
                Err(why) => return Err(("statement_match", why)),
            }
        }
        for name in self.muted_alerts.split(',').filter(|t| !t.is_empty()) {
            AlertType::parse(name)
                .ok_or(("muted_alerts", format!("\"{name}\" is not an alert type")))?;
        }
        stamp("created_at", &self.created_at)?;
        stamp("updated_at", &self.updated_at)
    }
}

/// billing_cycle with custom_cycle_days, or a monthly cycle of
/// cycle_months that is not a named one (3 is quarterly, 12 yearly).
fn subscription_cycle(row: &SubscriptionRow) -> Check {
    let kind = CycleKind::parse(&row.billing_cycle).ok_or((
        "billing_cycle",
        format!(
            "\"{}\" is not one of weekly, monthly, quarterly, yearly, custom",
            row.billing_cycle
        ),
    ))?;
    if row.cycle_months == 1 {
        field("custom_cycle_days", Cycle::new(kind, row.custom_cycle_days))?;
    } else if kind != CycleKind::Monthly || row.custom_cycle_days.is_some() {
        return Err((
            "cycle_months",
            "applies only to billing_cycle \"monthly\" without custom_cycle_days".into(),
        ));
    } else if !matches!(
        Cycle::from_parts(CycleKind::Custom, None, Some(row.cycle_months))
            .map_err(|e| ("cycle_months", e))?,
        Cycle::EveryMonths(_)
    ) {
        return Err((
            "cycle_months",
            format!(
                "{} months is billing_cycle \"{}\"",
                row.cycle_months,
                if row.cycle_months == 3 {
                    "quarterly"
                } else {
                    "yearly"
                }
            ),
        ));
    }
    Ok(())
}

/// The schedule's dates, each a date and the next and end not before the
/// start; the start date, for the checks that depend on it.
fn subscription_dates(
    row: &SubscriptionRow,
) -> std::result::Result<NaiveDate, (&'static str, String)> {
    let start = date("start_date", &row.start_date)?;
    date("billing_anchor", &row.billing_anchor)?;
    let next = date("next_billing_date", &row.next_billing_date)?;
    subscription::check_next(start, next).map_err(column)?;
    let end = row
        .end_date
        .as_deref()
        .map(|e| date("end_date", e))
        .transpose()?;
    subscription::check_end(start, end).map_err(column)?;
    Ok(start)
}

/// Status, payment method, reminder days, website and the free texts
/// (the two JSON ones must parse).
fn subscription_settings(row: &SubscriptionRow) -> Check {
    Status::parse(&row.status).ok_or((
        "status",
        format!(
            "\"{}\" is not one of active, paused, cancelled, expired",
            row.status
        ),
    ))?;
    PaymentMethod::parse(&row.payment_method).ok_or((
        "payment_method",
        format!(
            "\"{}\" is not one of card, bank_transfer, paypal, other",
            row.payment_method
        ),
    ))?;
    field("reminder_days", validate::reminder_days(row.reminder_days))?;
    if let Some(url) = &row.website_url {
        field("website_url", validate::url(url))?;
    }
    text("description", &row.description, TEXT_MAX)?;
    text("notes", &row.notes, TEXT_MAX)?;
    for (name, json) in [
        ("ai_insights", &row.ai_insights),
        ("usage_tracking", &row.usage_tracking),
    ] {
        if serde_json::from_str::<serde_json::Value>(&json.0).is_err() {
            return Err((name, "is not valid JSON text".into()));
        }
    }
    Ok(())
}

/// Reminder lead days, written the one way `subs` writes them.
fn subscription_remind(row: &SubscriptionRow) -> Check {
    if row.remind.is_empty() {
        return Ok(());
    }
    let leads = validate::remind("remind", &row.remind).map_err(|e| ("remind", e))?;
    let canonical: Vec<String> = leads.iter().map(u16::to_string).collect();
    if canonical.join(",") != row.remind {
        return Err((
            "remind",
            format!("\"{}\" should be \"{}\"", row.remind, canonical.join(",")),
        ));
    }
    Ok(())
}

/// The contract: term and extension 1 to 120 months, extension and notice
/// only with a term, the notice as `subs` writes it.
fn subscription_contract(row: &SubscriptionRow) -> Check {
    for (name, months) in [
        ("term_months", row.term_months),
        ("extends_by_months", row.extends_by_months),
    ] {
        if months.is_some_and(|m| !(1..=120).contains(&m)) {
            return Err((name, "must be 1 to 120 months".into()));
        }
    }
    subscription::check_term(
        row.term_months.is_some(),
        row.extends_by_months.is_some() || row.notice.is_some(),
    )
    .map_err(column)?;
    if let Some(n) = &row.notice {
        match Length::parse_stored(n) {
            Some(l) if l.to_string() == *n && Length::parse_notice("notice", n).is_ok() => {}
            _ => {
                return Err((
                    "notice",
                    format!("\"{n}\" is not a notice such as 30d or 1m"),
                ));
            }
        }
    }
    Ok(())
}

impl Validate for PaymentRow {
    fn validate(&self) -> Check {
        money("amount", self.amount)?;
        code("currency", &self.currency)?;
        date("payment_date", &self.payment_date)?;
        date("due_date", &self.due_date)?;
        PaymentStatus::parse(&self.status).ok_or((
            "status",
            format!(
                "\"{}\" is not one of paid, pending, failed, refunded",
                self.status
            ),
        ))?;
        text("transaction_id", &self.transaction_id, 100)?;
        text("notes", &self.notes, TEXT_MAX)?;
        stamp("created_at", &self.created_at)
    }
}

impl Validate for UsageRow {
    fn validate(&self) -> Check {
        date("usage_date", &self.usage_date)?;
        crate::domain::usage::check_count(self.usage_count).map_err(|why| ("usage_count", why))?;
        if self.usage_duration.is_some_and(|d| d < 0) {
            return Err(("usage_duration", "must be 0 or more seconds".into()));
        }
        if let Some(v) = self.usage_value
            && (v < Decimal::ZERO || v.normalize().scale() > 2)
        {
            return Err((
                "usage_value",
                format!("{v} must be 0 or more with at most 2 decimals"),
            ));
        }
        text("notes", &self.notes, TEXT_MAX)?;
        stamp("created_at", &self.created_at)
    }
}

impl Validate for AlertRow {
    fn validate(&self) -> Check {
        AlertType::parse(&self.alert_type).ok_or((
            "alert_type",
            format!("\"{}\" is not an alert type", self.alert_type),
        ))?;
        if self.title.chars().count() > 200 {
            return Err(("title", "must be at most 200 characters".into()));
        }
        date("alert_date", &self.alert_date)?;
        stamp("created_at", &self.created_at)
    }
}

impl Validate for AlertTallyRow {
    fn validate(&self) -> Check {
        AlertType::parse(&self.alert_type).ok_or((
            "alert_type",
            format!("\"{}\" is not an alert type", self.alert_type),
        ))?;
        if self.total < 0 || self.read < 0 || self.read > self.total {
            return Err(("read", "must be between 0 and total".into()));
        }
        Ok(())
    }
}

impl Validate for MemberRow {
    fn validate(&self) -> Check {
        field(
            "name",
            validate::name("name", &self.name, CATEGORY_NAME_MAX),
        )?;
        if validate::fold_name(&self.name) == "me" {
            return Err((
                "name",
                "\"me\" is every file's own member, not a row".into(),
            ));
        }
        stamp("created_at", &self.created_at)
    }
}

impl Validate for ShareRow {
    fn validate(&self) -> Check {
        crate::domain::share::Part::from_stored(&self.kind, self.value).ok_or((
            "kind",
            format!(
                "\"{}\" with value {:?} is not a share (equal, percent 1..10000, amount in cents)",
                self.kind, self.value
            ),
        ))?;
        if self.position < 0 {
            return Err(("position", "must not be negative".into()));
        }
        stamp("created_at", &self.created_at)
    }
}

impl Validate for CardRow {
    fn validate(&self) -> Check {
        field(
            "name",
            validate::name("name", &self.name, CATEGORY_NAME_MAX),
        )?;
        PaymentMethod::parse(&self.kind).ok_or((
            "kind",
            format!(
                "\"{}\" is not one of card, bank_transfer, paypal, other",
                self.kind
            ),
        ))?;
        field("expires", crate::domain::card::parse_expiry(&self.expires))?;
        if self.expires.len() != 7 {
            return Err(("expires", format!("\"{}\" is not YYYY-MM", self.expires)));
        }
        stamp("created_at", &self.created_at)
    }
}

impl Validate for BudgetRow {
    fn validate(&self) -> Check {
        money("amount", self.amount)?;
        code("currency", &self.currency)?;
        stamp("created_at", &self.created_at)
    }
}

impl Validate for PriceRow {
    fn validate(&self) -> Check {
        date("changed_on", &self.changed_on)?;
        for (name, cycle) in [
            ("old_cycle", &self.old_cycle),
            ("new_cycle", &self.new_cycle),
        ] {
            if let Some(code) = cycle {
                field(name, Cycle::from_code(code))?;
            }
        }
        money("old_amount", self.old_amount)?;
        money("new_amount", self.new_amount)?;
        code("currency", &self.currency)?;
        stamp("created_at", &self.created_at)
    }
}
