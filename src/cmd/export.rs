//! `subs export`: a lossless JSON backup, CSV tables, or an iCalendar feed.
//! Files are written whole or not at all (a temporary file renamed into
//! place), private (0600).

use std::fs::{self, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::Path;

use serde::Serialize;

use super::Ctx;
use crate::cli::{ExportArgs, ExportFormat, ExportWhat};
use crate::domain::ics::{self, Event};
use crate::domain::subscription::Status;
use crate::error::{Error, Result};
use crate::render::json::SubscriptionJson;
use crate::store::backup::{
    self, AlertRow, CategoryRow, ConfigRow, PaymentRow, PriceRow, RateRow, SubscriptionRow, Table,
    UsageRow,
};
use crate::store::subscriptions::{self, Filter, Sort};

/// The backup format this subs writes and reads.
pub const FORMAT_VERSION: u64 = 1;

pub fn run(ctx: &mut Ctx, args: &ExportArgs) -> Result<()> {
    let conn = ctx.store.conn();
    let today = ctx.today;
    let write = |out: &mut dyn Write| -> Result<()> {
        match args.format {
            ExportFormat::Json => json(conn, out),
            ExportFormat::Csv => csv(conn, args.what, today, out),
            ExportFormat::Ics => ics(conn, out),
        }
    };
    match &args.output {
        Some(path) => {
            write_file(path, write)?;
            ctx.out
                .json(&serde_json::json!({"written": path.display().to_string()}))?;
            ctx.out.info(&format!("Wrote {}", path.display()))
        }
        None if ctx.out.json && args.format != ExportFormat::Json => Err(Error::invalid(
            "with --json, write CSV or iCalendar to a file with -o (stdout carries the JSON summary)",
        )),
        None => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            write(&mut out)?;
            out.flush()?;
            Ok(())
        }
    }
}

/// Writes through a temporary file beside `path`, then renames it.
fn write_file(path: &Path, f: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().ok_or_else(|| {
        Error::invalid(format!(
            "invalid --output \"{}\": not a file name",
            path.display()
        ))
    })?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options
        .open(&tmp)
        .map_err(|e| Error::runtime(format!("cannot write {}: {e}", path.display())))?;
    let mut out = BufWriter::new(file);
    let result = f(&mut out)
        .and_then(|()| out.flush().map_err(Error::from))
        .and_then(|()| {
            out.get_ref().sync_all()?;
            fs::rename(&tmp, path)
                .map_err(|e| Error::runtime(format!("cannot write {}: {e}", path.display())))
        });
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn section<T: Table>(conn: &rusqlite::Connection, out: &mut dyn Write, last: bool) -> Result<()> {
    write!(out, "\"{}\": [", T::NAME)?;
    let mut first = true;
    backup::for_each::<T>(conn, |row| {
        out.write_all(if first { b"\n" } else { b",\n" })?;
        first = false;
        serde_json::to_writer(&mut *out, &row)?;
        Ok(())
    })?;
    out.write_all(if first { b"]" } else { b"\n]" })?;
    out.write_all(if last { b"\n" } else { b",\n" })?;
    Ok(())
}

/// One JSON document, one row per line, every table in restore order, keys
/// sorted: the same data always gives the same bytes.
fn json(conn: &rusqlite::Connection, out: &mut dyn Write) -> Result<()> {
    writeln!(out, "{{\"format_version\": {FORMAT_VERSION},")?;
    section::<ConfigRow>(conn, out, false)?;
    section::<RateRow>(conn, out, false)?;
    section::<CategoryRow>(conn, out, false)?;
    section::<SubscriptionRow>(conn, out, false)?;
    section::<PaymentRow>(conn, out, false)?;
    section::<UsageRow>(conn, out, false)?;
    section::<AlertRow>(conn, out, false)?;
    section::<PriceRow>(conn, out, true)?;
    writeln!(out, "}}")?;
    Ok(())
}

/// A JSON object as CSV cells: strings bare, null empty, others as JSON.
fn cells(value: &serde_json::Value, headers: &[String]) -> Vec<String> {
    headers
        .iter()
        .map(|h| match &value[h] {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => s.clone(),
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

fn csv(
    conn: &rusqlite::Connection,
    what: ExportWhat,
    today: chrono::NaiveDate,
    out: &mut dyn Write,
) -> Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    let csv_err = |e: ::csv::Error| Error::runtime(format!("CSV: {e}"));
    match what {
        ExportWhat::Subscriptions => {
            let subs = subscriptions::list(conn, &Filter::default(), Sort::Name)?;
            let header: Vec<String> = crate::render::json::SUBSCRIPTION_FIELDS
                .iter()
                .map(|s| s.to_string())
                .collect();
            w.write_record(&header).map_err(csv_err)?;
            for s in &subs {
                let v = serde_json::to_value(SubscriptionJson::new(s, today))?;
                w.write_record(cells(&v, &header)).map_err(csv_err)?;
            }
        }
        ExportWhat::Payments => write_rows::<PaymentRow>(conn, &mut w)?,
        ExportWhat::Usage => write_rows::<UsageRow>(conn, &mut w)?,
    }
    w.flush()?;
    Ok(())
}

fn write_rows<T: Table>(
    conn: &rusqlite::Connection,
    w: &mut ::csv::Writer<&mut dyn Write>,
) -> Result<()> {
    let mut header: Option<Vec<String>> = None;
    backup::for_each::<T>(conn, |row| {
        let h = match &header {
            Some(h) => h.clone(),
            None => {
                let h = headers(&row)?;
                w.write_record(&h)
                    .map_err(|e| Error::runtime(format!("CSV: {e}")))?;
                header = Some(h.clone());
                h
            }
        };
        w.write_record(cells(&serde_json::to_value(&row)?, &h))
            .map_err(|e| Error::runtime(format!("CSV: {e}")))?;
        Ok(())
    })
}

fn ics(conn: &rusqlite::Connection, out: &mut dyn Write) -> Result<()> {
    let subs = subscriptions::list(
        conn,
        &Filter {
            status: Some(Status::Active),
            category: None,
        },
        Sort::Name,
    )?;
    let events: Vec<Event<'_>> = subs
        .iter()
        .map(|s| Event {
            id: &s.id,
            name: &s.name,
            amount: s.amount.to_string(),
            currency: s.currency.code(),
            cycle: s.cycle,
            anchor: s.anchor,
            next: s.next_billing_date,
            end: s.end_date,
            reminder_days: s.reminder_days,
            stamp: &s.updated_at,
        })
        .collect();
    out.write_all(ics::calendar(&events).as_bytes())?;
    Ok(())
}
