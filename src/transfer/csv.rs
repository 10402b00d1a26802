//! CSV: subscriptions (the JSON object's field names as headers) in both
//! directions, and payments or usage logs out. An imported row is checked
//! like `add`: name, amount and billing_cycle are required, the rest
//! optional; computed columns (monthly_cost, …) are ignored. A row that
//! fails a check is skipped with its line and the reason, and the rest is
//! imported (`import --strict`: all or nothing).

use std::collections::HashSet;
use std::io::{Read, Write};

use chrono::NaiveDate;
use serde::Serialize;

use super::{Exporter, ImportReport, Importer, NewRows, skip};
use crate::clock::Clock;
use crate::domain::currency::Currency;
use crate::domain::cycle::{Cycle, CycleKind};
use crate::domain::money::Money;
use crate::domain::plan::{Contract, Length};
use crate::domain::subscription::{
    self, Broken, CATEGORY_NAME_MAX, NAME_MAX, PROVIDER_MAX, PaymentMethod, Status, Subscription,
    TEXT_MAX,
};
use crate::domain::{id, validate};
use crate::error::{Error, Result};
use crate::ops::next_billing;
use crate::render::json::{SUBSCRIPTION_FIELDS, SubscriptionJson};
use crate::store::Db;
use crate::store::backup::{self, PaymentRow, Table, UsageRow};
use crate::store::subscriptions::{self, Filter, Sort};

/// Imports subscriptions from CSV.
pub struct CsvSubscriptions {
    pub clock: Clock,
}

/// Exports one table as CSV.
pub enum CsvTable {
    /// Subscription objects as `list --json` shows them on `today`.
    Subscriptions {
        today: NaiveDate,
    },
    Payments,
    Usage,
}

/// A CSV export: the table, and whether cells are written raw (without
/// the formula guard).
pub struct CsvExport {
    pub table: CsvTable,
    pub raw: bool,
}

/// Characters that make a spreadsheet read a cell as a formula (OWASP's
/// CSV injection list).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fn starts_formula(s: &str) -> bool {
    s.starts_with(FORMULA_START)
}

/// Text a spreadsheet would run as a formula gets a leading `'`, which
/// spreadsheets show as text. Text that is already quotes and then such a
/// character gets one quote more, so `unguard` gives back exactly what was
/// stored.
fn guard(s: String) -> String {
    if starts_formula(s.trim_start_matches('\'')) {
        format!("'{s}")
    } else {
        s
    }
}

/// The inverse of `guard`, applied to every imported cell.
fn unguard(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if starts_formula(rest.trim_start_matches('\'')) => rest,
        _ => s,
    }
}

/// A CSV writer's error: a closed pipe is not a failure.
fn csv_error(e: ::csv::Error) -> Error {
    match e.into_kind() {
        ::csv::ErrorKind::Io(io) => Error::output(io),
        other => Error::runtime(format!("CSV: {other:?}")),
    }
}

impl Importer for CsvSubscriptions {
    const FORMAT: &'static str = "csv";

    fn import(&self, tx: &Db, reader: &mut dyn Read, report: &mut ImportReport) -> Result<()> {
        report.format = Self::FORMAT;
        let today = self.clock.today();
        let now = self.clock.timestamp();
        let mut csv = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(reader);
        let headers = subscription_headers(&mut csv)?;
        let base = crate::settings::base_currency(tx)?;
        let mut rows = NewRows::load(tx)?;
        let mut seen = HashSet::new();
        for record in csv.records() {
            let record = match record {
                Ok(record) => record,
                // A row of the wrong width or not UTF-8 is one bad row; the
                // reader goes on with the next.
                Err(e)
                    if matches!(
                        e.kind(),
                        ::csv::ErrorKind::UnequalLengths { .. } | ::csv::ErrorKind::Utf8 { .. }
                    ) =>
                {
                    let line = e.position().map_or(0, |p| p.line());
                    skip(report, &format!("line {line}"), "", bad_record(&e));
                    continue;
                }
                Err(e) => return Err(Error::invalid(format!("invalid CSV: {e}"))),
            };
            let line = record.position().map_or(0, |p| p.line());
            let at = format!("line {line}");
            let get = |name: &str| -> Option<&str> {
                headers
                    .iter()
                    .position(|h| h == name)
                    .and_then(|i| record.get(i))
                    .map(unguard)
                    .filter(|v| !v.trim().is_empty())
            };
            let name = get("name").unwrap_or("").trim();
            let mut sub = match subscription_from_fields(&get, today, base, &now) {
                Ok(sub) => sub,
                Err((field, why)) => {
                    skip(report, &at, name, format!("column {field}: {why}"));
                    continue;
                }
            };
            if let Some(card_name) = get("card")
                && let Err(why) = pay_with_card(tx, &mut sub.0, card_name.trim())?
            {
                skip(report, &at, name, why);
                continue;
            }
            if !seen.insert(sub.0.id.clone()) {
                let why = format!(
                    "column subscription_id: {} is on an earlier line too",
                    sub.0.id
                );
                skip(report, &at, name, why);
                continue;
            }
            rows.insert(tx, sub, report, &at)?;
        }
        Ok(())
    }
}

/// The header's column names (trimmed, lower case), or why they cannot
/// describe subscriptions: a required column missing or an unknown one.
fn subscription_headers<R: Read>(csv: &mut ::csv::Reader<R>) -> Result<Vec<String>> {
    let headers = csv
        .headers()
        .map_err(|e| Error::invalid(format!("invalid CSV: {e}")))?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect::<Vec<_>>();
    for required in ["name", "amount", "billing_cycle"] {
        if !headers.iter().any(|h| h == required) {
            return Err(Error::invalid(format!(
                "invalid CSV: the header has no \"{required}\" column"
            )));
        }
    }
    let known: HashSet<&str> = SUBSCRIPTION_FIELDS.iter().copied().collect();
    if let Some(unknown) = headers.iter().find(|h| !known.contains(h.as_str())) {
        return Err(Error::invalid(format!(
            "invalid CSV: unknown column \"{unknown}\"; use the subscription JSON field names"
        )));
    }
    Ok(headers)
}

/// A card is named; it must exist here (its kind is the method). The
/// inner error is why the row is skipped.
fn pay_with_card(
    tx: &Db,
    sub: &mut Subscription,
    card_name: &str,
) -> Result<std::result::Result<(), String>> {
    match crate::store::cards::find(tx, card_name)? {
        Some(card) => {
            sub.card_id = Some(card.id);
            sub.payment_method = card.kind;
            Ok(Ok(()))
        }
        None => Ok(Err(format!(
            "column card: no card named \"{}\" (add it with `subs card add`)",
            card_name.escape_debug()
        ))),
    }
}

/// Why a record could not be read, in words.
fn bad_record(e: &::csv::Error) -> String {
    match e.kind() {
        ::csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("it has {len} fields, the header {expected_len}"),
        ::csv::ErrorKind::Utf8 { .. } => "it is not UTF-8 text".into(),
        other => format!("{other:?}"),
    }
}

type Fields<'f> = dyn Fn(&str) -> Option<&'f str> + 'f;

/// A value, or the field that was wrong and why.
type FieldResult<T> = std::result::Result<T, (&'static str, String)>;

/// What a row says about money and the schedule.
struct Billing {
    amount: Money,
    currency: Currency,
    cycle: Cycle,
    start: NaiveDate,
    anchor: NaiveDate,
    next: NaiveDate,
    end: Option<NaiveDate>,
}

/// A broken subscription rule, blamed on its column.
fn column(broken: Broken) -> (&'static str, String) {
    match broken {
        Broken::NextBeforeStart => ("next_billing_date", "is before start_date".into()),
        Broken::EndBeforeStart => ("end_date", "is before start_date".into()),
        Broken::TrialBeforeStart => ("trial_until", "is before start_date".into()),
        Broken::NoTerm => ("term", "notice and extends_by need a term".into()),
    }
}

/// Amount, currency, cycle and dates of a row, checked like `add`.
fn billing(get: &Fields<'_>, today: NaiveDate, base: Currency) -> FieldResult<Billing> {
    let amount_text = get("amount").unwrap_or("");
    let amount = Money::parse(amount_text).map_err(|e| invalid("amount", amount_text, &e))?;
    let kind_text = get("billing_cycle").unwrap_or("");
    let kind = CycleKind::parse(&kind_text.trim().to_ascii_lowercase()).ok_or_else(|| {
        invalid(
            "billing_cycle",
            kind_text,
            "use weekly, monthly, quarterly, yearly or custom",
        )
    })?;
    let count = |field: &'static str| -> FieldResult<Option<i64>> {
        get(field)
            .map(|n| {
                n.trim()
                    .parse::<i64>()
                    .map_err(|_| invalid(field, n, "not a whole number"))
            })
            .transpose()
    };
    let (days, months) = (count("custom_cycle_days")?, count("custom_cycle_months")?);
    let blamed = if months.is_some() {
        "custom_cycle_months"
    } else {
        "custom_cycle_days"
    };
    let cycle = Cycle::from_parts(kind, days, months).map_err(|e| (blamed, e))?;
    let currency = match get("currency") {
        Some(c) => Currency::parse(c).map_err(|e| invalid("currency", c, &e))?,
        None => base,
    };
    let opt_date = |f: &'static str| {
        get(f)
            .map(|v| validate::date(f, v).map_err(|e| (f, e)))
            .transpose()
    };
    let start = opt_date("start_date")?.unwrap_or(today);
    let next_given = opt_date("next_billing_date")?;
    let end = opt_date("end_date")?;
    if let Some(n) = next_given {
        subscription::check_next(start, n).map_err(column)?;
    }
    subscription::check_end(start, end).map_err(column)?;
    let first = next_billing::start(start, cycle, next_given, today)
        .ok_or(("start_date", "too far ahead".into()))?;
    Ok(Billing {
        amount,
        currency,
        cycle,
        start,
        anchor: first.anchor,
        next: first.next,
        end,
    })
}

/// A subscription from named text fields, checked like `add`. The checks
/// run in a fixed order (the first failure is the one reported): name,
/// money and schedule, payment and reminders, trial, contract, then the
/// descriptive fields.
fn subscription_from_fields<'f>(
    get: &Fields<'f>,
    today: NaiveDate,
    base: Currency,
    now: &str,
) -> FieldResult<(Subscription, Option<String>)> {
    let name =
        validate::name("name", get("name").unwrap_or(""), NAME_MAX).map_err(|e| ("name", e))?;
    let billing = billing(get, today, base)?;
    let payment = payment(get)?;
    let trial_until = trial_until(get, billing.start)?;
    let contract = contract(get)?;
    let url = get("website_url")
        .map(|u| validate::url(u).map_err(|e| ("website_url", e)))
        .transpose()?;
    let provider = match get("provider") {
        Some(p) => validate::name("provider", p, PROVIDER_MAX).map_err(|e| ("provider", e))?,
        None => name.clone(),
    };
    let id = subscription_id(get)?;
    let category = get("category")
        .map(|c| validate::name("category", c, CATEGORY_NAME_MAX).map_err(|e| ("category", e)))
        .transpose()?;
    Ok((
        Subscription {
            description: text(get, "description")?,
            provider,
            anchor: billing.anchor,
            end_date: billing.end,
            status: payment.status,
            payment_method: payment.method,
            auto_renewal: flag(get, "auto_renewal", true)?,
            reminder_days: payment.reminder_days,
            email_notifications: flag(get, "email_notifications", true)?,
            website_url: url,
            notes: text(get, "notes")?,
            statement_match: get("match")
                .map(crate::domain::subscription::parse_statement_match)
                .transpose()
                .map_err(|e| ("match", e))?
                .flatten(),
            created_at: now.to_string(),
            updated_at: now.to_string(),
            remind: payment.remind,
            trial_until,
            contract,
            ..Subscription::new(
                id,
                name,
                billing.amount,
                billing.currency,
                billing.cycle,
                billing.start,
                billing.next,
            )
        },
        category,
    ))
}

/// The field `f` was `v`, which is wrong because of `why`.
fn invalid(f: &'static str, v: &str, why: &str) -> (&'static str, String) {
    (f, validate::invalid(f, v, why))
}

/// A yes/no column; empty is `default`.
fn flag(get: &Fields<'_>, f: &'static str, default: bool) -> FieldResult<bool> {
    match get(f).map(|v| v.trim().to_ascii_lowercase()) {
        None => Ok(default),
        Some(v) if matches!(v.as_str(), "true" | "yes" | "1") => Ok(true),
        Some(v) if matches!(v.as_str(), "false" | "no" | "0") => Ok(false),
        Some(v) => Err(invalid(f, &v, "use true or false")),
    }
}

/// A free-text column, if given.
fn text(get: &Fields<'_>, f: &'static str) -> FieldResult<Option<String>> {
    get(f)
        .map(|v| validate::text(f, v, TEXT_MAX).map_err(|e| (f, e)))
        .transpose()
}

/// What a row says about its state, how it is paid and when to remind.
struct Payment {
    status: Status,
    method: PaymentMethod,
    reminder_days: u16,
    remind: Vec<u16>,
}

/// Status, payment method, reminder_days and remind, with `add`'s defaults.
fn payment(get: &Fields<'_>) -> FieldResult<Payment> {
    let status = match get("status") {
        Some(s) => Status::parse(&s.trim().to_ascii_lowercase())
            .ok_or_else(|| invalid("status", s, "use active, paused, cancelled or expired"))?,
        None => Status::Active,
    };
    let method = match get("payment_method") {
        Some(m) => PaymentMethod::parse(&m.trim().to_ascii_lowercase()).ok_or_else(|| {
            invalid(
                "payment_method",
                m,
                "use card, bank_transfer, paypal or other",
            )
        })?,
        None => PaymentMethod::Card,
    };
    let reminder_days = match get("reminder_days") {
        Some(r) => {
            let n = r
                .trim()
                .parse::<i64>()
                .map_err(|_| invalid("reminder_days", r, "not a whole number"))?;
            validate::reminder_days(n).map_err(|e| ("reminder_days", e))?
        }
        None => 3,
    };
    // As exported ("[30,7,1]") or typed ("30,7,1").
    let remind = get("remind")
        .map(|r| {
            validate::remind(
                "remind",
                r.trim().trim_start_matches('[').trim_end_matches(']'),
            )
            .map_err(|e| ("remind", e))
        })
        .transpose()?
        .unwrap_or_default();
    Ok(Payment {
        status,
        method,
        reminder_days,
        remind,
    })
}

/// The trial's last day, if given; it cannot be before `start`.
fn trial_until(get: &Fields<'_>, start: NaiveDate) -> FieldResult<Option<NaiveDate>> {
    let trial_until = get("trial_until")
        .map(|d| {
            NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
                .map_err(|_| invalid("trial_until", d, "not a YYYY-MM-DD date"))
        })
        .transpose()?;
    if let Some(t) = trial_until {
        subscription::check_trial(start, Some(t)).map_err(|_| {
            invalid(
                "trial_until",
                &t.to_string(),
                "a trial cannot end before the start date",
            )
        })?;
    }
    Ok(trial_until)
}

/// A minimum term with its extension and notice; notice and extends_by
/// without a term are refused.
fn contract(get: &Fields<'_>) -> FieldResult<Option<Contract>> {
    let months = |f: &'static str| {
        get(f)
            .map(|v| {
                Length::parse(f, v)
                    .and_then(|l| l.months(f))
                    .map_err(|e| (f, e))
            })
            .transpose()
    };
    let (term, extends_by_months) = (months("term")?, months("extends_by")?);
    subscription::check_term(
        term.is_some(),
        get("notice").is_some() || get("extends_by").is_some(),
    )
    .map_err(column)?;
    let Some(term_months) = term else {
        return Ok(None);
    };
    Ok(Some(Contract {
        term_months,
        extends_by_months,
        notice: get("notice")
            .map(|n| Length::parse_notice("notice", n).map_err(|e| ("notice", e)))
            .transpose()?,
    }))
}

/// The id the row gives (kept, so a re-import is recognised), or a new one.
fn subscription_id(get: &Fields<'_>) -> FieldResult<String> {
    match get("subscription_id") {
        Some(i) if id::is_valid(i.trim()) => Ok(i.trim().to_string()),
        Some(i) => Err(invalid(
            "subscription_id",
            i,
            "not SUB + 22 base57 characters",
        )),
        None => Ok(id::new_subscription_id()),
    }
}

/// A JSON object as CSV cells: strings bare (guarded against formulas
/// unless `raw`), null empty, others as JSON (a number stays a number).
fn cells(value: &serde_json::Value, headers: &[String], raw: bool) -> Vec<String> {
    headers
        .iter()
        .map(|h| match &value[h] {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) if raw => s.clone(),
            serde_json::Value::String(s) => guard(s.clone()),
            other => other.to_string(),
        })
        .collect()
}

fn headers<T: Serialize>(sample: &T) -> Result<Vec<String>> {
    match serde_json::to_value(sample)? {
        serde_json::Value::Object(map) => Ok(map.keys().cloned().collect()),
        _ => Err(Error::runtime("a CSV row is not an object")),
    }
}

impl Exporter for CsvExport {
    fn export(&self, conn: &Db, out: &mut dyn Write) -> Result<()> {
        let mut w = ::csv::Writer::from_writer(out);
        let raw = self.raw;
        match self.table {
            CsvTable::Subscriptions { today } => {
                let subs = subscriptions::list(conn, &Filter::default(), Sort::Name)?;
                let header: Vec<String> =
                    SUBSCRIPTION_FIELDS.iter().map(|s| s.to_string()).collect();
                w.write_record(&header).map_err(csv_error)?;
                for s in &subs {
                    let v = serde_json::to_value(SubscriptionJson::new(s, today))?;
                    w.write_record(cells(&v, &header, raw)).map_err(csv_error)?;
                }
            }
            CsvTable::Payments => write_rows::<PaymentRow>(conn, &mut w, raw)?,
            CsvTable::Usage => write_rows::<UsageRow>(conn, &mut w, raw)?,
        }
        w.flush().map_err(Error::output)?;
        Ok(())
    }
}

fn write_rows<T: Table>(conn: &Db, w: &mut ::csv::Writer<&mut dyn Write>, raw: bool) -> Result<()> {
    let mut header: Option<Vec<String>> = None;
    backup::for_each::<T>(conn, |row| {
        let h = match &header {
            Some(h) => h.clone(),
            None => {
                let h = headers(&row)?;
                w.write_record(&h).map_err(csv_error)?;
                header = Some(h.clone());
                h
            }
        };
        w.write_record(cells(&serde_json::to_value(&row)?, &h, raw))
            .map_err(csv_error)?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_guarded_and_read_back_exactly() {
        for text in [
            "=HYPERLINK(\"http://x\")",
            "+1",
            "-2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "'=already quoted",
            "''=twice",
            "'plain quote",
            "plain",
            "",
        ] {
            let guarded = guard(text.to_string());
            assert!(!starts_formula(&guarded), "{text:?} → {guarded:?}");
            assert_eq!(unguard(&guarded), text, "{text:?} → {guarded:?}");
        }
        assert_eq!(guard("=1+1".into()), "'=1+1");
        assert_eq!(guard("'plain".into()), "'plain");
    }
}
