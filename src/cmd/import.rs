//! `subs import`: a subs JSON backup (streamed, any size), a CSV of
//! subscriptions, or a Wallos export. All or nothing: one transaction; the
//! first invalid row aborts with its position, field and problem, and
//! nothing is written. `--dry-run` does all the work and rolls it back.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::fs::File;
use std::io::{BufReader, IsTerminal, Read};
use std::marker::PhantomData;
use std::path::Path;

use chrono::NaiveDate;
use rusqlite::Connection;
use rust_decimal::Decimal;
use serde::Serialize;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::Ctx;
use super::export::FORMAT_VERSION;
use crate::cli::{ImportArgs, ImportFormat};
use crate::domain::currency::Currency;
use crate::domain::cycle::{Cycle, CycleKind};
use crate::domain::money::Money;
use crate::domain::payment::PaymentStatus;
use crate::domain::subscription::{
    CATEGORY_NAME_MAX, ICON_MAX, NAME_MAX, PROVIDER_MAX, PaymentMethod, Status, Subscription,
    TEXT_MAX,
};
use crate::domain::{alert::AlertType, id, schedule, validate};
use crate::error::{Error, Result};
use crate::render::text::safe;
use crate::store::backup::{
    self, AlertRow, CategoryRow, ConfigRow, PaymentRow, PriceRow, RateRow, SubscriptionRow, Table,
    UsageRow,
};
use crate::store::{categories, now_timestamp, subscriptions};

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub dry_run: bool,
    pub format: &'static str,
    pub inserted: BTreeMap<&'static str, u64>,
    pub unchanged: BTreeMap<&'static str, u64>,
    /// Rows whose id exists with different content: the existing row is kept.
    pub conflicts: Vec<Conflict>,
    pub conflict_count: u64,
    /// Rows not imported, with why (Wallos cycles that cannot be mapped).
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Conflict {
    pub section: &'static str,
    pub id: String,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct Skipped {
    pub row: String,
    pub name: String,
    pub reason: String,
}

const MAX_LISTED: usize = 100;

pub fn run(ctx: &mut Ctx, args: &ImportArgs) -> Result<()> {
    let format = args.format.unwrap_or_else(|| {
        let csv = args
            .file
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
        if csv {
            ImportFormat::Csv
        } else {
            ImportFormat::Json
        }
    });
    let file = open(&args.file)?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let progress =
        (std::io::stderr().is_terminal() && !ctx.out.json && !ctx.out.quiet).then(|| {
            let bar = indicatif::ProgressBar::new(size);
            if let Ok(style) =
                indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {msg}")
            {
                bar.set_style(style);
            }
            bar
        });
    let reader = Counting {
        inner: BufReader::with_capacity(1 << 16, file),
        bar: progress.clone(),
    };
    let today = ctx.today;
    let job = |tx: &rusqlite::Transaction<'_>| -> Result<Report> {
        let mut report = Report {
            dry_run: args.dry_run,
            ..Report::default()
        };
        match format {
            ImportFormat::Json => import_json(tx, reader, &mut report)?,
            ImportFormat::Csv => import_csv(tx, reader, today, &mut report)?,
            ImportFormat::Wallos => import_wallos(tx, reader, today, &mut report)?,
        }
        Ok(report)
    };
    let result = if args.dry_run {
        ctx.store.simulate(job)
    } else {
        ctx.store.write(job)
    };
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    let report = result?;
    if ctx.out.json {
        return ctx.out.json(&report);
    }
    for w in &report.warnings {
        ctx.out.warn(w);
    }
    ctx.out.text(&summary(&report))
}

fn summary(r: &Report) -> String {
    let counts = |m: &BTreeMap<&str, u64>| {
        let parts: Vec<String> = m
            .iter()
            .filter(|(_, n)| **n > 0)
            .map(|(k, n)| format!("{n} {k}"))
            .collect();
        if parts.is_empty() {
            "nothing".to_string()
        } else {
            parts.join(", ")
        }
    };
    let verb = if r.dry_run {
        "Would import"
    } else {
        "Imported"
    };
    let mut lines = vec![format!(
        "{verb} {} ({} format).",
        counts(&r.inserted),
        r.format
    )];
    if r.unchanged.values().any(|n| *n > 0) {
        lines.push(format!(
            "Already present, unchanged: {}.",
            counts(&r.unchanged)
        ));
    }
    if r.conflict_count > 0 {
        lines.push(format!(
            "{} conflict(s): the existing rows were kept.",
            r.conflict_count
        ));
        for c in &r.conflicts {
            lines.push(format!(
                "  {} {}: {}",
                c.section,
                safe(&c.id),
                safe(&c.reason)
            ));
        }
    }
    for s in &r.skipped {
        lines.push(format!(
            "Skipped {} ({}): {}",
            s.row,
            safe(&s.name),
            safe(&s.reason)
        ));
    }
    if r.dry_run {
        lines.push("Dry run: nothing was written.".into());
    }
    lines.join("\n")
}

fn open(path: &Path) -> Result<File> {
    let file = File::open(path)
        .map_err(|e| Error::invalid(format!("cannot read {}: {e}", path.display())))?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(Error::invalid(format!(
            "cannot read {}: it is a directory",
            path.display()
        )));
    }
    Ok(file)
}

/// Counts bytes for the progress bar.
struct Counting<R> {
    inner: R,
    bar: Option<indicatif::ProgressBar>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(bar) = &self.bar {
            bar.inc(n as u64);
        }
        Ok(n)
    }
}

// ---------------------------------------------------------------------------
// Row validation: the same rules as `add`, for rows from any file.

type Check = std::result::Result<(), (&'static str, String)>;

fn field(name: &'static str, r: std::result::Result<impl Sized, String>) -> Check {
    r.map(|_| ()).map_err(|e| (name, e))
}

fn date(name: &'static str, value: &str) -> std::result::Result<NaiveDate, (&'static str, String)> {
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

trait Validate {
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
        stamp("updated_at", &self.updated_at)
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
        let kind = CycleKind::parse(&self.billing_cycle).ok_or((
            "billing_cycle",
            format!(
                "\"{}\" is not one of weekly, monthly, quarterly, yearly, custom",
                self.billing_cycle
            ),
        ))?;
        field(
            "custom_cycle_days",
            Cycle::new(kind, self.custom_cycle_days),
        )?;
        let start = date("start_date", &self.start_date)?;
        date("billing_anchor", &self.billing_anchor)?;
        let next = date("next_billing_date", &self.next_billing_date)?;
        if next < start {
            return Err(("next_billing_date", "is before start_date".into()));
        }
        if let Some(end) = &self.end_date
            && date("end_date", end)? < start
        {
            return Err(("end_date", "is before start_date".into()));
        }
        Status::parse(&self.status).ok_or((
            "status",
            format!(
                "\"{}\" is not one of active, paused, cancelled, expired",
                self.status
            ),
        ))?;
        PaymentMethod::parse(&self.payment_method).ok_or((
            "payment_method",
            format!(
                "\"{}\" is not one of card, bank_transfer, paypal, other",
                self.payment_method
            ),
        ))?;
        field("reminder_days", validate::reminder_days(self.reminder_days))?;
        if let Some(url) = &self.website_url {
            field("website_url", validate::url(url))?;
        }
        text("description", &self.description, TEXT_MAX)?;
        text("notes", &self.notes, TEXT_MAX)?;
        for (name, json) in [
            ("ai_insights", &self.ai_insights),
            ("usage_tracking", &self.usage_tracking),
        ] {
            if serde_json::from_str::<serde_json::Value>(json).is_err() {
                return Err((name, "is not valid JSON text".into()));
            }
        }
        stamp("created_at", &self.created_at)?;
        stamp("updated_at", &self.updated_at)
    }
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
        if self.usage_count < 0 {
            return Err(("usage_count", "must be 0 or more".into()));
        }
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

impl Validate for PriceRow {
    fn validate(&self) -> Check {
        date("changed_on", &self.changed_on)?;
        money("old_amount", self.old_amount)?;
        money("new_amount", self.new_amount)?;
        code("currency", &self.currency)?;
        stamp("created_at", &self.created_at)
    }
}

// ---------------------------------------------------------------------------
// The JSON backup, streamed: rows are validated and written as they are
// read, so a file of any size needs little memory.

struct State<'a> {
    tx: &'a Connection,
    report: &'a mut Report,
    seen: HashMap<&'static str, HashSet<String>>,
    /// Category ids in the file → ids in the database (a same-named
    /// category that already exists is reused).
    categories: HashMap<i64, i64>,
    version: Option<u64>,
    /// The database was empty when the import began: nothing can clash
    /// with a row except another row of the file, which `seen` catches.
    fresh: bool,
    /// The real reason when the parser stops us.
    failure: Option<String>,
}

impl State<'_> {
    fn accept<T: Table + Validate>(
        &mut self,
        mut row: T,
        index: usize,
    ) -> std::result::Result<(), String> {
        let at = format!("{}[{index}]", T::NAME);
        if let Some(v) = self.version
            && v != FORMAT_VERSION
        {
            return Err(unsupported(v));
        }
        if let Err((name, problem)) = row.validate() {
            return Err(format!("{at}: field {name}: {problem}"));
        }
        if !self.seen.entry(T::NAME).or_default().insert(row.key()) {
            return Err(format!("{at}: duplicate id {} in the file", row.key()));
        }
        row.remap_category(&self.categories);
        if let Some(mapped) = self.map_category(&row).map_err(|e| format!("{at}: {e}"))? {
            self.categories.insert(mapped.0, mapped.1);
            *self.report.unchanged.entry(T::NAME).or_default() += 1;
            return Ok(());
        }
        let stored = if self.fresh {
            None
        } else {
            backup::existing(self.tx, &row).map_err(|e| format!("{at}: {e}"))?
        };
        match stored {
            Some(stored) if stored == row => {
                *self.report.unchanged.entry(T::NAME).or_default() += 1
            }
            Some(_) => {
                self.report.conflict_count += 1;
                if self.report.conflicts.len() < MAX_LISTED {
                    self.report.conflicts.push(Conflict {
                        section: T::NAME,
                        id: row.key(),
                        reason: "exists with different content".into(),
                    });
                }
            }
            None => {
                row.insert(self.tx)
                    .map_err(|e| format!("{at}: {}", Error::from(e)))?;
                *self.report.inserted.entry(T::NAME).or_default() += 1;
            }
        }
        Ok(())
    }

    /// For a category row: a different-id category of the same name in the
    /// database is the same category.
    fn map_category<T: Table>(&self, row: &T) -> Result<Option<(i64, i64)>> {
        let Some((id, name)) = row.as_category() else {
            return Ok(None);
        };
        Ok(categories::find(self.tx, name)?
            .filter(|c| c.id != id)
            .map(|c| (id, c.id)))
    }
}

fn unsupported(v: u64) -> String {
    format!("unsupported format_version {v}: this subs reads version {FORMAT_VERSION}")
}

struct Top<'s, 'a>(&'s RefCell<State<'a>>);

impl<'de> DeserializeSeed<'de> for Top<'_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Top<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a subs backup: an object with format_version and tables")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format_version" => {
                    let v: u64 = map.next_value()?;
                    self.0.borrow_mut().version = Some(v);
                    if v != FORMAT_VERSION {
                        return Err(self.fail(unsupported(v)));
                    }
                }
                "config" => map.next_value_seed(Rows::<ConfigRow>(self.0, PhantomData))?,
                "rates" => map.next_value_seed(Rows::<RateRow>(self.0, PhantomData))?,
                "categories" => map.next_value_seed(Rows::<CategoryRow>(self.0, PhantomData))?,
                "subscriptions" => {
                    map.next_value_seed(Rows::<SubscriptionRow>(self.0, PhantomData))?
                }
                "payments" => map.next_value_seed(Rows::<PaymentRow>(self.0, PhantomData))?,
                "usage" => map.next_value_seed(Rows::<UsageRow>(self.0, PhantomData))?,
                "alerts" => map.next_value_seed(Rows::<AlertRow>(self.0, PhantomData))?,
                "price_history" => map.next_value_seed(Rows::<PriceRow>(self.0, PhantomData))?,
                other => {
                    let _: IgnoredAny = map.next_value()?;
                    return Err(self.fail(format!(
                        "unknown section \"{other}\" (is this a subs backup?)"
                    )));
                }
            }
        }
        Ok(())
    }
}

impl Top<'_, '_> {
    fn fail<E: de::Error>(&self, message: String) -> E {
        let mut state = self.0.borrow_mut();
        if state.failure.is_none() {
            state.failure = Some(message.clone());
        }
        E::custom(message)
    }
}

struct Rows<'s, 'a, T>(&'s RefCell<State<'a>>, PhantomData<T>);

impl<'de, T: Table + Validate> DeserializeSeed<'de> for Rows<'_, '_, T> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, T: Table + Validate> Visitor<'de> for Rows<'_, '_, T> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an array of {} rows", T::NAME)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        let mut index = 0;
        loop {
            let row = seq.next_element::<T>().map_err(|e| {
                let message = format!("{}[{index}]: {e}", T::NAME);
                self.0.borrow_mut().failure.get_or_insert(message.clone());
                de::Error::custom(message)
            })?;
            let Some(row) = row else { return Ok(()) };
            let accepted = self.0.borrow_mut().accept(row, index);
            if let Err(message) = accepted {
                self.0.borrow_mut().failure.get_or_insert(message.clone());
                return Err(de::Error::custom(message));
            }
            index += 1;
        }
    }
}

fn import_json(tx: &Connection, reader: impl Read, report: &mut Report) -> Result<()> {
    report.format = "json";
    // Rows may refer to rows later in the file; check references at the end.
    // A larger page cache keeps index updates of big files in memory
    // instead of spilling to the WAL (about a third faster for 2M rows).
    tx.execute_batch("PRAGMA defer_foreign_keys = ON; PRAGMA cache_size = -98304")?;
    let state = RefCell::new(State {
        tx,
        report,
        seen: HashMap::new(),
        categories: HashMap::new(),
        version: None,
        fresh: backup::is_empty(tx)?,
        failure: None,
    });
    let mut de = serde_json::Deserializer::from_reader(reader);
    let parsed = Top(&state).deserialize(&mut de).and_then(|()| de.end());
    let state = state.into_inner();
    if let Err(e) = parsed {
        let position = if e.line() > 0 {
            format!(" (line {})", e.line())
        } else {
            String::new()
        };
        return Err(Error::invalid(match state.failure {
            Some(reason) => format!("invalid backup: {reason}{position}; nothing was imported"),
            None if e.is_io() => format!("cannot read the file: {e}"),
            None => format!("invalid backup: {e}; nothing was imported"),
        }));
    }
    match state.version {
        None => {
            return Err(Error::invalid(
                "invalid backup: format_version is missing; is this a subs export?",
            ));
        }
        Some(v) if v != FORMAT_VERSION => {
            return Err(Error::invalid(format!(
                "invalid backup: {}",
                unsupported(v)
            )));
        }
        _ => {}
    }
    if let Some((table, rowid, parent)) = backup::first_fk_violation(tx)? {
        return Err(Error::invalid(format!(
            "invalid backup: a {table} row (id {rowid}) refers to a {parent} that is neither in the file nor in the database; nothing was imported"
        )));
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// CSV of subscriptions: header names as in the JSON object; name, amount
// and billing_cycle are required, the rest optional; computed columns
// (monthly_cost, …) are ignored.

fn import_csv(
    tx: &Connection,
    reader: impl Read,
    today: NaiveDate,
    report: &mut Report,
) -> Result<()> {
    report.format = "csv";
    let mut csv = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(reader);
    let headers = csv
        .headers()
        .map_err(|e| Error::invalid(format!("invalid CSV: {e}")))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect::<Vec<_>>();
    for required in ["name", "amount", "billing_cycle"] {
        if !headers.iter().any(|h| h == required) {
            return Err(Error::invalid(format!(
                "invalid CSV: the header has no \"{required}\" column"
            )));
        }
    }
    let known: HashSet<&str> = crate::render::json::SUBSCRIPTION_FIELDS
        .iter()
        .copied()
        .collect();
    if let Some(unknown) = headers.iter().find(|h| !known.contains(h.as_str())) {
        return Err(Error::invalid(format!(
            "invalid CSV: unknown column \"{unknown}\"; use the subscription JSON field names"
        )));
    }
    let base = crate::settings::base_currency(tx)?;
    let mut seen = HashSet::new();
    for record in csv.records() {
        let record = record.map_err(|e| Error::invalid(format!("invalid CSV: {e}")))?;
        let line = record.position().map_or(0, |p| p.line());
        let get = |name: &str| -> Option<&str> {
            headers
                .iter()
                .position(|h| h == name)
                .and_then(|i| record.get(i))
                .filter(|v| !v.trim().is_empty())
        };
        let sub = subscription_from_fields(&get, today, base).map_err(|(f, m)| {
            Error::invalid(format!(
                "line {line}, column {f}: {m}; nothing was imported"
            ))
        })?;
        if !seen.insert(sub.0.id.clone()) {
            return Err(Error::invalid(format!(
                "line {line}: duplicate subscription_id {}",
                sub.0.id
            )));
        }
        insert_new(tx, sub, report, &format!("line {line}"))?;
    }
    Ok(())
}

type Fields<'f> = dyn Fn(&str) -> Option<&'f str> + 'f;

/// A subscription from named text fields, checked like `add`.
fn subscription_from_fields<'f>(
    get: &Fields<'f>,
    today: NaiveDate,
    base: Currency,
) -> std::result::Result<(Subscription, Option<String>), (&'static str, String)> {
    let invalid = |f: &'static str, v: &str, why: &str| (f, validate::invalid(f, v, why));
    let name =
        validate::name("name", get("name").unwrap_or(""), NAME_MAX).map_err(|e| ("name", e))?;
    let amount_text = get("amount").unwrap_or("");
    let amount = Money::parse(amount_text).map_err(|e| invalid("amount", amount_text, &e))?;
    let kind_text = get("billing_cycle").unwrap_or("");
    let kind = CycleKind::parse(kind_text.trim()).ok_or_else(|| {
        invalid(
            "billing_cycle",
            kind_text,
            "use weekly, monthly, quarterly, yearly or custom",
        )
    })?;
    let days = match get("custom_cycle_days") {
        Some(d) => Some(
            d.trim()
                .parse::<i64>()
                .map_err(|_| invalid("custom_cycle_days", d, "not a whole number"))?,
        ),
        None => None,
    };
    let cycle = Cycle::new(kind, days).map_err(|e| ("custom_cycle_days", e))?;
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
    if next_given.is_some_and(|n| n < start) {
        return Err(("next_billing_date", "is before start_date".into()));
    }
    if end.is_some_and(|e| e < start) {
        return Err(("end_date", "is before start_date".into()));
    }
    let next = match next_given {
        Some(n) => n,
        None => schedule::default_next_billing(start, cycle, today)
            .ok_or(("start_date", "too far ahead".into()))?,
    };
    let flag =
        |f: &'static str, default: bool| -> std::result::Result<bool, (&'static str, String)> {
            match get(f).map(|v| v.trim().to_ascii_lowercase()) {
                None => Ok(default),
                Some(v) if matches!(v.as_str(), "true" | "yes" | "1") => Ok(true),
                Some(v) if matches!(v.as_str(), "false" | "no" | "0") => Ok(false),
                Some(v) => Err(invalid(f, &v, "use true or false")),
            }
        };
    let status = match get("status") {
        Some(s) => Status::parse(s.trim())
            .ok_or_else(|| invalid("status", s, "use active, paused, cancelled or expired"))?,
        None => Status::Active,
    };
    let method = match get("payment_method") {
        Some(m) => PaymentMethod::parse(m.trim()).ok_or_else(|| {
            invalid(
                "payment_method",
                m,
                "use card, bank_transfer, paypal or other",
            )
        })?,
        None => PaymentMethod::Card,
    };
    let reminder = match get("reminder_days") {
        Some(r) => {
            let n = r
                .trim()
                .parse::<i64>()
                .map_err(|_| invalid("reminder_days", r, "not a whole number"))?;
            validate::reminder_days(n).map_err(|e| ("reminder_days", e))?
        }
        None => 3,
    };
    let url = get("website_url")
        .map(|u| validate::url(u).map_err(|e| ("website_url", e)))
        .transpose()?;
    let provider = match get("provider") {
        Some(p) => validate::name("provider", p, PROVIDER_MAX).map_err(|e| ("provider", e))?,
        None => name.clone(),
    };
    let text = |f: &'static str| -> std::result::Result<Option<String>, (&'static str, String)> {
        get(f)
            .map(|v| validate::text(f, v, TEXT_MAX).map_err(|e| (f, e)))
            .transpose()
    };
    let id = match get("subscription_id") {
        Some(i) if id::is_valid(i.trim()) => i.trim().to_string(),
        Some(i) => {
            return Err(invalid(
                "subscription_id",
                i,
                "not SUB + 22 base57 characters",
            ));
        }
        None => id::new_subscription_id(),
    };
    let category = get("category")
        .map(|c| validate::name("category", c, CATEGORY_NAME_MAX).map_err(|e| ("category", e)))
        .transpose()?;
    let now = now_timestamp();
    Ok((
        Subscription {
            id,
            name,
            description: text("description")?,
            provider,
            category_id: None,
            category: None,
            amount,
            currency,
            cycle,
            anchor: next_given.unwrap_or(start),
            start_date: start,
            next_billing_date: next,
            end_date: end,
            status,
            payment_method: method,
            auto_renewal: flag("auto_renewal", true)?,
            reminder_days: reminder,
            email_notifications: flag("email_notifications", true)?,
            website_url: url,
            notes: text("notes")?,
            created_at: now.clone(),
            updated_at: now,
        },
        category,
    ))
}

/// Inserts a subscription unless its id exists (then it is a conflict).
fn insert_new(
    tx: &Connection,
    (mut sub, category): (Subscription, Option<String>),
    report: &mut Report,
    row: &str,
) -> Result<()> {
    if subscriptions::get(tx, &sub.id).is_ok() {
        report.conflict_count += 1;
        if report.conflicts.len() < MAX_LISTED {
            report.conflicts.push(Conflict {
                section: "subscriptions",
                id: sub.id.clone(),
                reason: format!("{row}: a subscription with this id exists; kept it"),
            });
        }
        return Ok(());
    }
    if let Some(name) = category {
        let c = categories::find_or_create(tx, &name)?;
        sub.category_id = Some(c.id);
        sub.category = Some(c.name);
    }
    let limit = crate::settings::max_subscriptions(tx)?;
    if subscriptions::count(tx)? >= limit {
        return Err(Error::invalid(format!(
            "{row}: the import would exceed {limit} subscriptions (the MAX_SUBSCRIPTIONS setting); nothing was imported"
        )));
    }
    subscriptions::insert(tx, &sub)?;
    *report.inserted.entry("subscriptions").or_default() += 1;
    Ok(())
}

// ---------------------------------------------------------------------------
// Wallos: its API/export JSON (`{"subscriptions": [...]}` or a bare array).
// Cycles are ids (1 days, 2 weeks, 3 months, 4 years) times `frequency`.

fn wallos_cycle(
    cycle: i64,
    frequency: i64,
) -> std::result::Result<(Cycle, Option<String>), String> {
    let f = frequency.max(1);
    let custom = |days: i64, note: Option<String>| {
        if (1..=365).contains(&days) {
            Ok((Cycle::Custom(days as u16), note))
        } else {
            Err(format!(
                "every {f} {} is longer than the 365-day limit of a custom cycle",
                unit(cycle)
            ))
        }
    };
    match (cycle, f) {
        (1, f) => custom(f, None),
        (2, 1) => Ok((Cycle::Weekly, None)),
        (2, f) => custom(7 * f, None),
        (3, 1) => Ok((Cycle::Monthly, None)),
        (3, 3) => Ok((Cycle::Quarterly, None)),
        (3, 12) => Ok((Cycle::Yearly, None)),
        (3, f) => {
            let days = (Decimal::from(f) * Decimal::new(36525, 2) / Decimal::from(12)).round();
            let days: i64 = days.to_string().parse().unwrap_or(0);
            custom(
                days,
                Some(format!(
                    "every {f} months became every {days} days (approximately)"
                )),
            )
        }
        (4, 1) => Ok((Cycle::Yearly, None)),
        (4, f) => Err(format!(
            "every {f} years is longer than a year, which subs cannot bill"
        )),
        (other, _) => Err(format!(
            "unknown Wallos cycle {other} (expected 1 days, 2 weeks, 3 months, 4 years)"
        )),
    }
}

fn unit(cycle: i64) -> &'static str {
    match cycle {
        1 => "days",
        2 => "weeks",
        3 => "months",
        _ => "years",
    }
}

fn wallos_method(name: &str) -> (PaymentMethod, bool) {
    let n = name.to_lowercase();
    if n.contains("paypal") {
        (PaymentMethod::Paypal, true)
    } else if [
        "card",
        "credit",
        "debit",
        "visa",
        "master",
        "amex",
        "american express",
    ]
    .iter()
    .any(|k| n.contains(k))
    {
        (PaymentMethod::Card, true)
    } else if ["bank", "transfer", "sepa", "direct debit", "wire", "iban"]
        .iter()
        .any(|k| n.contains(k))
    {
        (PaymentMethod::BankTransfer, true)
    } else {
        (PaymentMethod::Other, n.is_empty())
    }
}

fn import_wallos(
    tx: &Connection,
    mut reader: impl Read,
    today: NaiveDate,
    report: &mut Report,
) -> Result<()> {
    report.format = "wallos";
    let mut text = String::new();
    reader
        .read_to_string(&mut text)
        .map_err(|e| Error::invalid(format!("cannot read the file: {e}")))?;
    let doc: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| Error::invalid(format!("invalid Wallos export: {e}")))?;
    let rows = match &doc {
        serde_json::Value::Array(a) => a,
        serde_json::Value::Object(o) => o
            .get("subscriptions")
            .and_then(|s| s.as_array())
            .ok_or_else(|| Error::invalid("invalid Wallos export: no \"subscriptions\" array"))?,
        _ => {
            return Err(Error::invalid(
                "invalid Wallos export: expected an object or an array",
            ));
        }
    };
    let base = crate::settings::base_currency(tx)?;
    for (i, row) in rows.iter().enumerate() {
        let at = format!("subscriptions[{i}]");
        let name = row["name"].as_str().unwrap_or("").to_string();
        let fail = |field: &str, why: String| {
            Error::invalid(format!(
                "{at} ({name}): field {field}: {why}; nothing was imported"
            ))
        };
        let s = |k: &str| row[k].as_str().map(str::trim).filter(|v| !v.is_empty());
        let n = |k: &str| {
            row[k]
                .as_i64()
                .or_else(|| row[k].as_str().and_then(|v| v.trim().parse().ok()))
        };
        let (cycle, note) = match wallos_cycle(n("cycle").unwrap_or(3), n("frequency").unwrap_or(1))
        {
            Ok(c) => c,
            Err(reason) => {
                report.skipped.push(Skipped {
                    row: at,
                    name,
                    reason,
                });
                continue;
            }
        };
        if let Some(note) = note {
            report.warnings.push(format!("{at} ({name}): {note}"));
        }
        let price = match &row["price"] {
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::String(s) => s.clone(),
            _ => String::new(),
        };
        let amount = Money::parse(&price)
            .or_else(|_| {
                // Wallos stores floats; round to cents, which is what it shows.
                price
                    .parse::<Decimal>()
                    .map_err(|e| e.to_string())
                    .and_then(|d| Money::from_decimal(d.round_dp(2)))
            })
            .map_err(|e| fail("price", format!("\"{price}\": {e}")))?;
        let currency = match s("currency_code").or_else(|| s("currency")) {
            Some(c) => {
                Currency::parse(c).map_err(|e| fail("currency_code", format!("\"{c}\": {e}")))?
            }
            None => {
                report
                    .warnings
                    .push(format!("{at} ({name}): no currency code; used {base}"));
                base
            }
        };
        let next = match s("next_payment") {
            Some(d) => validate::date("next_payment", d).map_err(|e| fail("next_payment", e))?,
            None => return Err(fail("next_payment", "is missing".into())),
        };
        let start = match s("start_date") {
            Some(d) => validate::date("start_date", d)
                .map_err(|e| fail("start_date", e))?
                .min(next),
            None => next,
        };
        let cancellation = s("cancellation_date")
            .map(|d| {
                validate::date("cancellation_date", d).map_err(|e| fail("cancellation_date", e))
            })
            .transpose()?
            .filter(|d| *d >= start);
        let inactive = n("inactive").unwrap_or(0) != 0 || row["inactive"].as_bool() == Some(true);
        let status = if inactive {
            Status::Cancelled
        } else {
            Status::Active
        };
        let end = if inactive {
            Some(cancellation.unwrap_or(today.max(start)))
        } else {
            cancellation
        };
        let method_name = s("payment_method_name")
            .or_else(|| s("payment_method"))
            .unwrap_or("");
        let (method, exact) = wallos_method(method_name);
        if !exact {
            report.warnings.push(format!(
                "{at} ({name}): payment method \"{method_name}\" became \"other\""
            ));
        }
        let reminder = n("notify_days_before")
            .filter(|d| (0..=365).contains(d))
            .unwrap_or(3) as u16;
        let url = s("url")
            .map(|u| validate::url(u).map_err(|e| fail("url", e)))
            .transpose()?;
        let category = s("category_name")
            .or_else(|| s("category"))
            .filter(|c| *c != "No category")
            .map(str::to_string);
        let now = now_timestamp();
        let sub = Subscription {
            id: id::new_subscription_id(),
            name: validate::name("name", &name, NAME_MAX).map_err(|e| fail("name", e))?,
            description: None,
            provider: name.trim().to_string(),
            category_id: None,
            category: None,
            amount,
            currency,
            cycle,
            anchor: next,
            start_date: start,
            next_billing_date: next,
            end_date: end,
            status,
            payment_method: method,
            auto_renewal: n("auto_renew") != Some(0),
            reminder_days: reminder,
            email_notifications: n("notify") != Some(0),
            website_url: url,
            notes: s("notes").map(str::to_string),
            created_at: now.clone(),
            updated_at: now,
        };
        insert_new(tx, (sub, category), report, &at)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wallos_cycles_map_onto_ours() {
        assert_eq!(wallos_cycle(3, 1).unwrap().0, Cycle::Monthly);
        assert_eq!(wallos_cycle(3, 3).unwrap().0, Cycle::Quarterly);
        assert_eq!(wallos_cycle(3, 12).unwrap().0, Cycle::Yearly);
        assert_eq!(wallos_cycle(4, 1).unwrap().0, Cycle::Yearly);
        assert_eq!(wallos_cycle(2, 1).unwrap().0, Cycle::Weekly);
        assert_eq!(wallos_cycle(2, 2).unwrap().0, Cycle::Custom(14));
        assert_eq!(wallos_cycle(1, 10).unwrap().0, Cycle::Custom(10));
        let (c, note) = wallos_cycle(3, 2).unwrap();
        assert_eq!(c, Cycle::Custom(61));
        assert!(note.unwrap().contains("approximately"));
        assert!(wallos_cycle(4, 2).is_err());
        assert!(wallos_cycle(1, 400).is_err());
        assert!(wallos_cycle(9, 1).is_err());
    }

    #[test]
    fn wallos_payment_methods() {
        assert_eq!(wallos_method("PayPal").0, PaymentMethod::Paypal);
        assert_eq!(wallos_method("Credit Card").0, PaymentMethod::Card);
        assert_eq!(
            wallos_method("Bank Transfer").0,
            PaymentMethod::BankTransfer
        );
        assert_eq!(wallos_method("Apple Pay"), (PaymentMethod::Other, false));
    }
}
