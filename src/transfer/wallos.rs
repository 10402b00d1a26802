//! Wallos: the three files it produces — its REST API's JSON
//! (`{"subscriptions": [...]}` or a bare array, currencies by id), the JSON
//! of its web Export button (display labels, prices with symbols) and the
//! CSV of that export (rows written without quoting). Cycles are ids (1
//! days, 2 weeks, 3 months, 4 years; 5 is a one-time purchase) times
//! `frequency`, mapped exactly. A row that cannot be read or billed (a
//! one-time purchase, a free row, no cycle, an ambiguous currency symbol,
//! a cycle beyond ten years) is skipped with the reason, never the whole
//! file; nothing is guessed silently (`$` alone is USD, with a warning).

use std::collections::HashMap;
use std::io::Read;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{ImportReport, Importer, NewRows, skip};
use crate::clock::Clock;
use crate::domain::currency::Currency;
use crate::domain::cycle::Cycle;
use crate::domain::money::Money;
use crate::domain::subscription::{self, NAME_MAX, PaymentMethod, Status, Subscription};
use crate::domain::{id, validate};
use crate::error::{Error, Result};
use crate::ops::next_billing;
use crate::store::Db;

/// Whether the start of a file reads like something Wallos wrote: its API
/// fields (`cycle`, `frequency`, `price`) or its export's labels
/// ("Payment Cycle", "Next Payment").
pub fn looks_like(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    let api = ["\"cycle\"", "\"frequency\"", "\"price\""]
        .iter()
        .all(|key| text.contains(key));
    let export = text.contains("Payment Cycle") || text.contains("Next Payment");
    api || export
}

/// Undoes the HTML escaping Wallos applies to text it stores: `&amp;`,
/// `&lt;`, `&gt;`, `&quot;`, `&#39;`/`&#039;`/`&apos;`, and numeric
/// references. Anything else is left as written.
pub fn unescape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest.find(';').filter(|&end| end <= 10).and_then(|end| {
            let entity = &rest[1..end];
            let c = match entity {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => entity
                    .strip_prefix("#x")
                    .or_else(|| entity.strip_prefix("#X"))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The largest file read as a Wallos export.
const MAX_FILE: u64 = 64 << 20;

/// Imports a Wallos subscriptions export.
pub struct Wallos {
    pub clock: Clock,
    /// `--currency-map`: Wallos currency ids (`1=USD`) and price symbols
    /// (`kr=SEK`); they win over the file's own `currencies` section and
    /// over the symbols subs knows.
    pub currency_map: CurrencyMap,
}

/// What `--currency-map 1=USD,kr=SEK,$=CAD` says: currency ids of an API
/// response and symbols of the Export button's prices.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CurrencyMap {
    pub ids: HashMap<i64, Currency>,
    pub symbols: HashMap<String, Currency>,
}

/// A Wallos cycle id and frequency as a subs cycle, exactly: days and
/// weeks as a custom cycle of days, months and years as months.
fn wallos_cycle(cycle: i64, frequency: i64) -> std::result::Result<Cycle, String> {
    use crate::domain::cycle::CycleKind;
    let f = frequency.max(1);
    let too_long = |limit: &str| format!("every {f} {} is longer than {limit}", unit(cycle));
    match (cycle, f) {
        (1, f) if f <= Cycle::MAX_CUSTOM_DAYS => Ok(Cycle::Custom(f as u16)),
        (2, 1) => Ok(Cycle::Weekly),
        (2, f) if 7 * f <= Cycle::MAX_CUSTOM_DAYS => Ok(Cycle::Custom(7 * f as u16)),
        (1 | 2, _) => Err(too_long("the 365-day limit of a cycle counted in days")),
        (3, f) if f <= Cycle::MAX_CUSTOM_MONTHS => {
            Cycle::from_parts(CycleKind::Custom, None, Some(f))
        }
        (4, f) if 12 * f <= Cycle::MAX_CUSTOM_MONTHS => {
            Cycle::from_parts(CycleKind::Custom, None, Some(12 * f))
        }
        (3 | 4, _) => Err(too_long("ten years, the longest cycle subs bills")),
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
    // "Direct Debit" is a bank transfer, not a debit card: bank words first.
    let bank = ["bank", "transfer", "sepa", "direct debit", "wire", "iban"]
        .iter()
        .any(|k| n.contains(k));
    if n.contains("paypal") {
        (PaymentMethod::Paypal, true)
    } else if bank {
        (PaymentMethod::BankTransfer, true)
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
    } else {
        (PaymentMethod::Other, n.is_empty())
    }
}

impl Importer for Wallos {
    const FORMAT: &'static str = "wallos";

    fn import(&self, tx: &Db, reader: &mut dyn Read, report: &mut ImportReport) -> Result<()> {
        report.format = Self::FORMAT;
        let today = self.clock.today();
        let now = self.clock.timestamp();
        // Wallos exports are small (a few hundred subscriptions); a cap keeps
        // memory bounded whatever the file (`/dev/zero` stops at once).
        let mut text = String::new();
        let read = reader
            .take(MAX_FILE + 1)
            .read_to_string(&mut text)
            .map_err(|e| Error::invalid(format!("cannot read the file: {e}")))?;
        if read as u64 > MAX_FILE {
            return Err(Error::invalid(format!(
                "this file is larger than {} MiB, far more than any Wallos export; is it the right file?",
                MAX_FILE >> 20
            )));
        }
        let text = text.trim_start_matches('\u{feff}');
        let doc: serde_json::Value = if text.trim_start().starts_with(['{', '[']) {
            serde_json::from_str(text)
                .map_err(|e| Error::invalid(format!("invalid Wallos export: {e}")))?
        } else {
            serde_json::Value::Array(csv_rows(text)?)
        };
        let mut currencies = currencies_section(&doc)?;
        currencies.extend(self.currency_map.ids.iter().map(|(k, v)| (*k, *v)));
        let rows = match &doc {
            serde_json::Value::Array(a) => a,
            serde_json::Value::Object(o) => o
                .get("subscriptions")
                .and_then(|s| s.as_array())
                .ok_or_else(|| {
                    Error::invalid("invalid Wallos export: no \"subscriptions\" array")
                })?,
            _ => {
                return Err(Error::invalid(
                    "invalid Wallos export: expected an object or an array",
                ));
            }
        };
        let base = crate::settings::base_currency(tx)?;
        let context = Context {
            base,
            today,
            now: &now,
            currencies: &currencies,
            symbols: &self.currency_map.symbols,
        };
        let mut new_rows = NewRows::load(tx)?;
        for (i, row) in rows.iter().enumerate() {
            let at = format!("subscriptions[{i}]");
            let name = row_name(row);
            // One bad row is skipped with its reason; the rest imports.
            let read = from_labels(row, &context)
                .and_then(|(api, warning)| {
                    let sub = subscription_from(&api, &context, &mut report.warnings, &at)?;
                    Ok((sub, warning))
                })
                .map_err(|why| skip(report, &at, &name, why));
            if let Ok((sub, warning)) = read {
                report
                    .warnings
                    .extend(warning.map(|w| format!("{at} ({name}): {w}")));
                new_rows.insert(tx, sub, report, &at)?;
            }
        }
        Ok(())
    }
}

/// A row's name as Wallos shows it, for the report.
fn row_name(row: &serde_json::Value) -> String {
    let name = row
        .get("Name")
        .or_else(|| row.get("name"))
        .and_then(|n| n.as_str())
        .unwrap_or("");
    unescape_html(name.trim())
}

/// What every row is read against.
struct Context<'a> {
    base: Currency,
    today: NaiveDate,
    now: &'a str,
    currencies: &'a HashMap<i64, Currency>,
    symbols: &'a HashMap<String, Currency>,
}

/// The CSV of Wallos' export: a header of display labels, then one line
/// per subscription. Wallos writes the fields without quoting (it replaces
/// commas in names and notes with spaces), so a line may hold a stray
/// quote or, in its URL, a comma: quoted fields are read as quoted, a
/// quote inside a field is kept, and surplus fields go back into the URL.
fn csv_rows(text: &str) -> Result<Vec<serde_json::Value>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| Error::invalid(format!("invalid Wallos CSV: {e}")))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    if !headers.iter().any(|h| h == "Name") {
        return Err(Error::invalid(
            "invalid Wallos CSV: its header has no \"Name\" column (is this Wallos' export?)",
        ));
    }
    let url_at = headers.iter().position(|h| h == "URL");
    let price_at = headers.iter().position(|h| h == "Price");
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record
            .map_err(|e| Error::invalid(format!("invalid Wallos CSV at line {}: {e}", i + 2)))?;
        let mut fields: Vec<String> = record.iter().map(str::to_string).collect();
        if fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let mut surplus = fields.len().saturating_sub(headers.len());
        // "₹2,999" written unquoted is two fields, "₹2" and "999": joined
        // again, so the price is never read 1000 times smaller.
        if let Some(at) = price_at {
            while surplus > 0
                && at + 1 < fields.len()
                && split_thousands(&fields[at], &fields[at + 1])
            {
                let tail = fields.remove(at + 1);
                fields[at] = format!("{},{tail}", fields[at]);
                surplus -= 1;
            }
        }
        if let Some(at) = url_at.filter(|_| surplus > 0) {
            let joined = fields[at..=at + surplus].join(",");
            fields.splice(at..=at + surplus, [joined]);
        } else if surplus > 0 {
            return Err(Error::invalid(format!(
                "invalid Wallos CSV at line {}: {} fields for {} columns",
                i + 2,
                fields.len(),
                headers.len()
            )));
        }
        let row: serde_json::Map<String, serde_json::Value> = headers
            .iter()
            .zip(fields)
            .map(|(h, f)| (h.clone(), serde_json::Value::String(f)))
            .collect();
        rows.push(serde_json::Value::Object(row));
    }
    Ok(rows)
}

/// Whether `head` and `next` are one price cut at its thousands comma:
/// `head` ends in one to three digits after its symbol or an earlier
/// group, and `next` is three digits, then a decimal part or a symbol.
fn split_thousands(head: &str, next: &str) -> bool {
    let digits_at_end = head.chars().rev().take_while(char::is_ascii_digit).count();
    let tail: String = next.chars().skip_while(char::is_ascii_digit).collect();
    let lead = next.chars().take_while(char::is_ascii_digit).count();
    (1..=3).contains(&digits_at_end)
        && lead == 3
        && (tail.is_empty()
            || tail.starts_with('.')
            || !tail.starts_with(|c: char| c.is_ascii_alphanumeric()))
}

/// The `currencies` section of an API response (`[{"id": 1, "code":
/// "EUR"}, ...]`, as Wallos' get_currencies returns it) or a map
/// (`{"1": "EUR"}`): Wallos currency id → currency.
fn currencies_section(doc: &serde_json::Value) -> Result<HashMap<i64, Currency>> {
    let mut map = HashMap::new();
    let Some(section) = doc.get("currencies") else {
        return Ok(map);
    };
    let bad = |why: String| Error::invalid(format!("invalid Wallos currencies section: {why}"));
    let mut add = |id: Option<i64>, code: Option<&str>| -> Result<()> {
        let id = id.ok_or_else(|| bad("an entry has no numeric id".into()))?;
        let code = code.ok_or_else(|| bad(format!("currency {id} has no code")))?;
        let currency = Currency::parse(code).map_err(|e| bad(format!("currency {id}: {e}")))?;
        map.insert(id, currency);
        Ok(())
    };
    let number = |v: &serde_json::Value| {
        v.as_i64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
    };
    match section {
        serde_json::Value::Array(entries) => {
            for e in entries {
                add(
                    e.get("id").and_then(number),
                    e.get("code").and_then(|c| c.as_str()),
                )?;
            }
        }
        serde_json::Value::Object(entries) => {
            for (id, e) in entries {
                let code = e
                    .as_str()
                    .or_else(|| e.get("code").and_then(|c| c.as_str()));
                add(id.trim().parse().ok(), code)?;
            }
        }
        _ => return Err(bad("expected a list or an object".into())),
    }
    Ok(map)
}

/// `--currency-map 1=USD,kr=SEK,$=CAD`: Wallos currency ids (a number) or
/// price symbols (anything else), each with its code.
pub fn parse_currency_map(text: &str) -> std::result::Result<CurrencyMap, String> {
    let mut map = CurrencyMap::default();
    for pair in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let bad = || {
            format!(
                "invalid --currency-map \"{text}\": \"{pair}\" is not ID=CODE or SYMBOL=CODE (e.g. 1=USD,kr=SEK)"
            )
        };
        let (key, code) = pair.split_once('=').ok_or_else(bad)?;
        let key = key.trim();
        if key.is_empty() {
            return Err(bad());
        }
        let currency = Currency::parse(code.trim()).map_err(|e| {
            format!(
                "invalid --currency-map \"{text}\": \"{}\": {e}",
                code.trim()
            )
        })?;
        match key.parse::<i64>() {
            Ok(id) => map.ids.insert(id, currency),
            Err(_) => map.symbols.insert(key.to_string(), currency),
        };
    }
    if map.ids.is_empty() && map.symbols.is_empty() {
        return Err(format!(
            "invalid --currency-map \"{text}\": give ID=CODE or SYMBOL=CODE pairs, e.g. 1=USD,kr=SEK"
        ));
    }
    Ok(map)
}

/// A row of the web Export button — display labels ("Name", "Price":
/// "€10.99", "Payment Cycle": "Every 2 Months", "Active": "Yes") — as the
/// API's fields, with a warning when its currency was assumed; an API row
/// is returned as it is. `Err` is why the row is skipped.
fn from_labels(
    row: &serde_json::Value,
    context: &Context<'_>,
) -> std::result::Result<(serde_json::Value, Option<String>), String> {
    use serde_json::{Value, json};
    let Some(labels) = row.as_object().filter(|o| o.contains_key("Name")) else {
        return match row {
            Value::Object(_) => Ok((row.clone(), None)),
            _ => Err("it is not an object of fields".into()),
        };
    };
    let text = |k: &str| {
        labels
            .get(k)
            .and_then(Value::as_str)
            .map(str::trim)
            .unwrap_or("")
    };
    let (price, symbol) =
        price_with_symbol(text("Price")).map_err(|why| format!("Price: {why}"))?;
    let (currency, warning) = match symbol {
        Some(symbol) => {
            let (currency, warning) = currency_of(&symbol, context.symbols)?;
            (Some(currency), warning)
        }
        None => (None, None),
    };
    let (cycle, frequency) = cycle_words(text("Payment Cycle"))?;
    let yes = |k: &str, default: bool| match text(k).to_ascii_lowercase().as_str() {
        "" => default,
        v => matches!(
            v,
            "yes" | "true" | "1" | "active" | "automatic" | "auto" | "enabled"
        ),
    };
    let mut api = json!({
        "name": text("Name"),
        "price": price,
        "cycle": cycle,
        "frequency": frequency,
        "next_payment": text("Next Payment"),
        "category_name": text("Category"),
        "payment_method_name": text("Payment Method"),
        "notes": text("Notes"),
        "url": text("URL"),
        "auto_renew": i64::from(yes("Renewal", true)),
        "notify": i64::from(yes("Notifications", true)),
        // "Active" (Yes/No); older exports say "State" (Enabled/Disabled).
        "inactive": i64::from(!yes("Active", yes("State", true))),
        "cancellation_date": text("Cancellation Date"),
    });
    if let Some(currency) = currency {
        api["currency_code"] = currency.code().into();
    }
    Ok((api, warning))
}

/// The symbols of Wallos' currency list (its seed data) that name one
/// currency, and a few common spellings; ISO codes ("CHF", "SEK") are read
/// as codes.
const SYMBOLS: &[(&str, &str)] = &[
    ("€", "EUR"),
    ("£", "GBP"),
    ("лв", "BGN"),
    ("Kč", "CZK"),
    ("Ft", "HUF"),
    ("zł", "PLN"),
    ("lei", "RON"),
    ("Fr", "CHF"),
    ("Fr.", "CHF"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("R$", "BRL"),
    ("HK$", "HKD"),
    ("Rp", "IDR"),
    ("₪", "ILS"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("Mex$", "MXN"),
    ("RM", "MYR"),
    ("NZ$", "NZD"),
    ("₱", "PHP"),
    ("S$", "SGD"),
    ("฿", "THB"),
    ("R", "ZAR"),
    ("₴", "UAH"),
    ("NT$", "TWD"),
    ("US$", "USD"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
];

/// Symbols Wallos ships for more than one currency: the row needs
/// `--currency-map` (except `$`, read as USD with a warning).
const AMBIGUOUS: &[(&str, &[&str])] = &[
    ("$", &["USD", "CAD", "AUD"]),
    ("kr", &["SEK", "NOK", "DKK", "ISK"]),
    ("¥", &["JPY", "CNY"]),
];

/// The currency a price's symbol names: the user's `--currency-map` first,
/// then Wallos' unambiguous symbols, then ISO codes. `$` alone is USD with
/// a warning; another ambiguous or unknown symbol is an error.
fn currency_of(
    symbol: &str,
    map: &HashMap<String, Currency>,
) -> std::result::Result<(Currency, Option<String>), String> {
    if let Some(currency) = map.get(symbol) {
        return Ok((*currency, None));
    }
    let known = |code: &str| Currency::parse(code).map_err(|e| format!("{code}: {e}"));
    if let Some((_, code)) = SYMBOLS.iter().find(|(s, _)| *s == symbol) {
        return Ok((known(code)?, None));
    }
    if let Some((_, codes)) = AMBIGUOUS.iter().find(|(s, _)| *s == symbol) {
        if symbol == "$" {
            let warning = "its price's \"$\" was read as USD; if it is another dollar, import again with --currency-map '$=CAD' (or AUD, …)";
            return Ok((known("USD")?, Some(warning.to_string())));
        }
        return Err(format!(
            "ambiguous currency symbol {symbol}: pass --currency-map {symbol}={}",
            codes.join("|")
        ));
    }
    if symbol.len() == 3
        && symbol.chars().all(|c| c.is_ascii_alphabetic())
        && let Ok(currency) = Currency::parse(symbol)
    {
        return Ok((currency, None));
    }
    Err(format!(
        "unknown currency symbol \"{symbol}\": pass --currency-map '{symbol}=CODE'"
    ))
}

/// "€10.99", "$139", "10,99 €", "139 USD", "Fr79.9", "₹2,999" → the amount
/// (a plain decimal) and the symbol or code written beside it.
fn price_with_symbol(text: &str) -> std::result::Result<(String, Option<String>), String> {
    let first = text.find(|c: char| c.is_ascii_digit());
    let last = text.rfind(|c: char| c.is_ascii_digit());
    let (Some(first), Some(last)) = (first, last) else {
        return Err(format!("\"{text}\" has no amount"));
    };
    let (before, number, after) = (&text[..first], &text[first..=last], &text[last + 1..]);
    let before = before.trim();
    let after = after.trim();
    let (before, negative) = match before.strip_suffix('-') {
        Some(rest) => (rest.trim(), true),
        None => (before, false),
    };
    if negative || before.starts_with('-') {
        return Err(format!("\"{text}\" is negative"));
    }
    let symbol = match (before.is_empty(), after.is_empty()) {
        (true, true) => None,
        (false, true) => Some(before),
        (true, false) => Some(after),
        (false, false) => {
            return Err(format!("\"{text}\" has text on both sides of the amount"));
        }
    };
    let amount = plain_amount(number).map_err(|why| format!("\"{text}\": {why}"))?;
    Ok((amount, symbol.map(str::to_string)))
}

/// An amount as people write it — "1,500", "1.234,56", "1 234,56",
/// "1'234.50", "79.9", "10,99" — as a plain decimal ("1500", "1234.56").
/// A lone separator followed by exactly three digits is a thousands
/// separator after a comma ("$1,500" is 1500) and refused after a dot
/// ("1.500" could be either): an amount is never read 1000 times smaller.
pub fn plain_amount(number: &str) -> std::result::Result<String, String> {
    let spaced: String = number
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '’'))
        .collect();
    if spaced.is_empty()
        || !spaced
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err("not an amount".into());
    }
    let decimal_at = match (spaced.rfind('.'), spaced.rfind(',')) {
        (Some(d), Some(c)) => Some(d.max(c)),
        (Some(_), None) if spaced.matches('.').count() > 1 => {
            return grouped(&spaced, '.').map(|()| spaced.replace('.', ""));
        }
        (None, Some(_)) if spaced.matches(',').count() > 1 => {
            return grouped(&spaced, ',').map(|()| spaced.replace(',', ""));
        }
        (Some(d), None) => {
            if spaced.len() - d - 1 == 3 {
                return Err(format!(
                    "\"{number}\" is ambiguous: a thousands separator or a decimal point? write it without thousands separators"
                ));
            }
            Some(d)
        }
        (None, Some(c)) => {
            if spaced.len() - c - 1 == 3 {
                return grouped(&spaced, ',').map(|()| spaced.replace(',', ""));
            }
            Some(c)
        }
        (None, None) => None,
    };
    let Some(at) = decimal_at else {
        return Ok(spaced);
    };
    let (whole, fraction) = (&spaced[..at], &spaced[at + 1..]);
    let thousands = if spaced.as_bytes()[at] == b'.' {
        ','
    } else {
        '.'
    };
    if whole.contains(spaced.as_bytes()[at] as char) || fraction.contains(['.', ',']) {
        return Err(format!("\"{number}\" mixes its separators"));
    }
    if whole.contains(thousands) {
        grouped(whole, thousands)?;
    }
    let whole = whole.replace(thousands, "");
    let whole = if whole.is_empty() {
        "0".to_string()
    } else {
        whole
    };
    if fraction.is_empty() {
        return Ok(whole);
    }
    Ok(format!("{whole}.{fraction}"))
}

/// Whether `digits` groups by three after `sep` ("1,234,567").
fn grouped(digits: &str, sep: char) -> std::result::Result<(), String> {
    let mut groups = digits.split(sep);
    let head = groups.next().unwrap_or("");
    let ok = (1..=3).contains(&head.len()) && groups.all(|g| g.len() == 3);
    if ok {
        Ok(())
    } else {
        Err(format!(
            "\"{digits}\" does not group its digits by three around \"{sep}\""
        ))
    }
}

/// "Monthly", "Weekly", "Yearly", "Daily", "Every 2 Months" → (Wallos
/// cycle id, frequency); `Err` is why the row is skipped (a one-time
/// purchase, no cycle, words Wallos does not write).
fn cycle_words(text: &str) -> std::result::Result<(i64, i64), String> {
    let words = text.to_ascii_lowercase();
    let unit = |w: &str| match w.trim_end_matches('s') {
        "day" => Some(1),
        "week" => Some(2),
        "month" => Some(3),
        "year" => Some(4),
        _ => None,
    };
    let parsed = match words.as_str() {
        "" => {
            return Err(
                "Payment Cycle is empty: subs does not guess a cycle (it is not taken as monthly)"
                    .into(),
            );
        }
        "monthly" => Some((3, 1)),
        "daily" => Some((1, 1)),
        "weekly" => Some((2, 1)),
        "yearly" | "annually" | "annual" => Some((4, 1)),
        "quarterly" => Some((3, 3)),
        "one-time" | "one time" | "onetime" | "once" | "lifetime" | "never" => {
            return Err(one_time(text));
        }
        _ => {
            let parts: Vec<&str> = words.split_whitespace().collect();
            match parts.as_slice() {
                ["every", n, u] => n.parse().ok().zip(unit(u)).map(|(n, u)| (u, n)),
                ["every", u] => unit(u).map(|u| (u, 1)),
                _ => None,
            }
        }
    };
    parsed.ok_or_else(|| format!("Payment Cycle: \"{text}\" is not a cycle Wallos writes"))
}

fn one_time(what: &str) -> String {
    format!("\"{what}\" is a one-time purchase, not a recurring charge")
}

/// One Wallos row (API fields) as a subscription and its category name;
/// `Err` is why the row is skipped. Warnings go to `warnings`. The checks
/// run in a fixed order (the first failure is the one reported): cycle,
/// price, currency, dates, the rest, and the name last.
fn subscription_from(
    row: &serde_json::Value,
    context: &Context<'_>,
    warnings: &mut Vec<String>,
    at: &str,
) -> std::result::Result<(Subscription, Option<String>), String> {
    let Context { today, now, .. } = *context;
    // Wallos stores text HTML-escaped ("Rock &amp; Roll"): store what the
    // person typed.
    let name = unescape_html(row["name"].as_str().unwrap_or(""));
    let s = |k: &str| text(row, k);
    let cycle = cycle(row)?;
    let amount = amount(row)?;
    let currency = currency(row, context, &mut |why| {
        warnings.push(format!("{at} ({name}): {why}"));
    })?;
    let Dates {
        start,
        next,
        end,
        status,
    } = dates(row, today).map_err(|(f, why)| fail(f, why))?;
    let method = payment_method(row, &mut |why| {
        warnings.push(format!("{at} ({name}): {why}"));
    });
    let reminder = whole_number(row, "notify_days_before")
        .ok()
        .flatten()
        .filter(|d| (0..=365).contains(d))
        .unwrap_or(3) as u16;
    let url = s("url")
        .map(|u| validate::url(u).map_err(|e| fail("url", e)))
        .transpose()?;
    let category = s("category_name")
        .or_else(|| s("category"))
        .filter(|c| *c != "No category")
        .map(unescape_html);
    let flag = |k: &str| whole_number(row, k).ok().flatten() != Some(0);
    let first = next_billing::Start::on(next);
    let sub = Subscription {
        provider: name.trim().to_string(),
        anchor: first.anchor,
        end_date: end,
        status,
        payment_method: method,
        auto_renewal: flag("auto_renew"),
        reminder_days: reminder,
        email_notifications: flag("notify"),
        website_url: url,
        notes: s("notes").map(unescape_html),
        created_at: now.to_string(),
        updated_at: now.to_string(),
        ..Subscription::new(
            id::new_subscription_id(),
            validate::name("name", &name, NAME_MAX).map_err(|e| fail("name", e))?,
            amount,
            currency,
            cycle,
            start,
            first.next,
        )
    };
    Ok((sub, category))
}

/// The payment method by name; a name subs does not know becomes
/// "other", with a warning.
fn payment_method(row: &serde_json::Value, warn: &mut dyn FnMut(String)) -> PaymentMethod {
    let name = text(row, "payment_method_name")
        .or_else(|| text(row, "payment_method"))
        .unwrap_or("");
    let (method, exact) = wallos_method(name);
    if !exact {
        warn(format!("payment method \"{name}\" became \"other\""));
    }
    method
}

/// Why a row is skipped, blamed on its field.
fn fail(field: &str, why: String) -> String {
    format!("field {field}: {why}")
}

/// A text field, trimmed; empty is absent.
fn text<'r>(row: &'r serde_json::Value, k: &str) -> Option<&'r str> {
    row[k].as_str().map(str::trim).filter(|v| !v.is_empty())
}

/// A whole-number field (a number or its text). A field that is there but
/// not a whole number is not "missing".
fn whole_number(row: &serde_json::Value, k: &str) -> std::result::Result<Option<i64>, String> {
    match &row[k] {
        serde_json::Value::Null => Ok(None),
        serde_json::Value::String(v) if v.trim().is_empty() => Ok(None),
        serde_json::Value::Number(v) => v
            .as_i64()
            .map(Some)
            .ok_or_else(|| fail(k, format!("{v} is out of range (a whole number)"))),
        serde_json::Value::String(v) => v
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| fail(k, format!("\"{v}\" is not a whole number"))),
        other => Err(fail(k, format!("{other} is not a whole number"))),
    }
}

/// The row's cycle from its `cycle` id and `frequency`. Missing or out of
/// range is a broken row, never a guess (a 0 or a negative frequency would
/// otherwise bill daily, a missing cycle monthly).
fn cycle(row: &serde_json::Value) -> std::result::Result<Cycle, String> {
    let cycle_id = whole_number(row, "cycle")?.ok_or_else(|| {
        fail(
            "cycle",
            "is missing: subs does not guess a cycle (it is not taken as monthly)".into(),
        )
    })?;
    if cycle_id == 5 {
        return Err(one_time("cycle 5 (One-time)"));
    }
    if !(1..=4).contains(&cycle_id) {
        return Err(fail(
            "cycle",
            format!(
                "{cycle_id} is not a Wallos cycle (1 days, 2 weeks, 3 months, 4 years, 5 one-time)"
            ),
        ));
    }
    let frequency = match whole_number(row, "frequency")? {
        Some(f) if (1..=MAX_FREQUENCY).contains(&f) => f,
        Some(f) => {
            return Err(fail(
                "frequency",
                format!("{f} is out of range (1 to {MAX_FREQUENCY})"),
            ));
        }
        None => return Err(fail("frequency", "is missing".into())),
    };
    wallos_cycle(cycle_id, frequency)
}

/// The amount billed; a free row is skipped, not imported at 0.
fn amount(row: &serde_json::Value) -> std::result::Result<Money, String> {
    match price(row) {
        Ok(amount) => Ok(amount),
        Err(Price::Free) => Err("it costs nothing (price 0): subs tracks what you pay".into()),
        Err(Price::Invalid(why)) => Err(fail("price", why)),
    }
}

/// The currency by code, else by Wallos' id through the file's currencies
/// (or --currency-map), else the base currency with a warning.
fn currency(
    row: &serde_json::Value,
    context: &Context<'_>,
    warn: &mut dyn FnMut(String),
) -> std::result::Result<Currency, String> {
    let code = text(row, "currency_code").or_else(|| text(row, "currency"));
    match (code, whole_number(row, "currency_id")?) {
        (Some(c), _) => {
            Currency::parse(c).map_err(|e| fail("currency_code", format!("\"{c}\": {e}")))
        }
        (None, Some(id)) => context.currencies.get(&id).copied().ok_or_else(|| {
            fail(
                "currency_id",
                format!(
                    "Wallos currency {id} is not named in the file's \"currencies\" section; pass --currency-map {id}=CODE (Wallos lists its currencies under Settings)"
                ),
            )
        }),
        (None, None) => {
            warn(format!("no currency code; used {}", context.base));
            Ok(context.base)
        }
    }
}

/// The largest `frequency` read: a cycle repeats every 1 to this many
/// days, weeks, months or years (Wallos offers far fewer).
const MAX_FREQUENCY: i64 = 366;

/// Why a price is not an amount subs bills.
enum Price {
    /// 0 (or rounds to 0.00): a free row.
    Free,
    Invalid(String),
}

/// The price: Wallos stores floats, rounded here to cents, which is what
/// it shows. A text price may carry thousands separators.
fn price(row: &serde_json::Value) -> std::result::Result<Money, Price> {
    let price = match &row["price"] {
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::String(s) if s.trim().is_empty() => {
            return Err(Price::Invalid("is missing".into()));
        }
        serde_json::Value::String(s) => {
            plain_amount(s.trim()).map_err(|why| Price::Invalid(format!("\"{s}\": {why}")))?
        }
        serde_json::Value::Null => return Err(Price::Invalid("is missing".into())),
        other => return Err(Price::Invalid(format!("{other} is not a number"))),
    };
    let parsed = price
        .parse::<Decimal>()
        .map_err(|e| Price::Invalid(format!("\"{price}\": {e}")))?;
    if parsed.round_dp(2).is_zero() {
        return Err(Price::Free);
    }
    Money::parse(&price)
        .or_else(|_| Money::from_decimal(parsed.round_dp(2)))
        .map_err(|e| Price::Invalid(format!("\"{price}\": {e}")))
}

/// The schedule's dates and the status: an inactive subscription is
/// cancelled, ending on its cancellation date (or today).
struct Dates {
    start: NaiveDate,
    next: NaiveDate,
    end: Option<NaiveDate>,
    status: Status,
}

fn dates(
    row: &serde_json::Value,
    today: NaiveDate,
) -> std::result::Result<Dates, (&'static str, String)> {
    let s = |k: &str| row[k].as_str().map(str::trim).filter(|v| !v.is_empty());
    let date = |field: &'static str| {
        s(field)
            .map(|d| validate::date(field, d).map_err(|e| (field, e)))
            .transpose()
    };
    let next = date("next_payment")?.ok_or(("next_payment", "is missing".to_string()))?;
    let start = date("start_date")?.map_or(next, |d| d.min(next));
    // A cancellation before the start would break the end-date rule: it is
    // dropped (an inactive row then ends today, or on its start).
    let cancellation =
        date("cancellation_date")?.filter(|d| subscription::check_end(start, Some(*d)).is_ok());
    let inactive = row["inactive"].as_i64().unwrap_or(0) != 0
        || row["inactive"]
            .as_str()
            .and_then(|v| v.trim().parse::<i64>().ok())
            .is_some_and(|v| v != 0)
        || row["inactive"].as_bool() == Some(true);
    let (status, end) = if inactive {
        (
            Status::Cancelled,
            Some(cancellation.unwrap_or(today.max(start))),
        )
    } else {
        (Status::Active, cancellation)
    };
    Ok(Dates {
        start,
        next,
        end,
        status,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_button_labels_read_as_api_fields() {
        let read = |t: &str| price_with_symbol(t).ok();
        let owned = |a: &str, s: Option<&str>| (a.to_string(), s.map(str::to_string));
        assert_eq!(read("€10.99"), Some(owned("10.99", Some("€"))));
        assert_eq!(read("$139"), Some(owned("139", Some("$"))));
        assert_eq!(read("10,99 €"), Some(owned("10.99", Some("€"))));
        assert_eq!(read("12.00 CHF"), Some(owned("12.00", Some("CHF"))));
        assert_eq!(read("Fr79.9"), Some(owned("79.9", Some("Fr"))));
        assert_eq!(read("R$ 29,90"), Some(owned("29.90", Some("R$"))));
        assert_eq!(read("12.00"), Some(owned("12.00", None)));
        assert!(price_with_symbol("€").is_err());
        assert!(price_with_symbol("-€5").is_err());
        let words = |w| cycle_words(w).ok();
        assert_eq!(words("Monthly"), Some((3, 1)));
        assert_eq!(words("Every 2 Months"), Some((3, 2)));
        assert_eq!(words("Every 3 Weeks"), Some((2, 3)));
        assert_eq!(words("Yearly"), Some((4, 1)));
        assert!(
            cycle_words("Fortnightly-ish")
                .unwrap_err()
                .contains("not a cycle")
        );
        assert!(cycle_words("One-time").unwrap_err().contains("one-time"));
        assert!(
            cycle_words("")
                .unwrap_err()
                .contains("not taken as monthly")
        );
    }

    #[test]
    fn thousands_separators_are_read_right_or_refused_never_1000_times_smaller() {
        let ok = |t: &str| plain_amount(t).ok();
        assert_eq!(ok("1,500").as_deref(), Some("1500"));
        assert_eq!(ok("2,999").as_deref(), Some("2999"));
        assert_eq!(ok("1,234,567.89").as_deref(), Some("1234567.89"));
        assert_eq!(ok("1.234,56").as_deref(), Some("1234.56"));
        assert_eq!(ok("1.234.567").as_deref(), Some("1234567"));
        assert_eq!(ok("1 234,56").as_deref(), Some("1234.56"));
        assert_eq!(ok("1\u{a0}234,56").as_deref(), Some("1234.56"));
        assert_eq!(ok("1'234.50").as_deref(), Some("1234.50"));
        assert_eq!(ok("79.9").as_deref(), Some("79.9"));
        assert_eq!(ok("10,99").as_deref(), Some("10.99"));
        assert_eq!(ok("1500").as_deref(), Some("1500"));
        // "1.500" could be 1500 or 1.5: refused, not guessed.
        assert!(plain_amount("1.500").unwrap_err().contains("ambiguous"));
        for bad in ["1,50,0", "12,34.5,6", "1.2.3,4.5", "1,2345.00", "abc", ""] {
            assert!(plain_amount(bad).is_err(), "{bad}");
        }
    }

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    #[test]
    fn currency_symbols_map_where_wallos_ships_one_currency() -> TestResult {
        let none = HashMap::new();
        let code =
            |s: &str| currency_of(s, &none).map(|(c, w)| (c.code().to_string(), w.is_some()));
        // Each symbol of the table reads as a currency subs knows, and ISO
        // codes as themselves.
        let spot_checks = [("€", "EUR"), ("£", "GBP"), ("Fr", "CHF")];
        let codes = [("CHF", "CHF"), ("SEK", "SEK")];
        for &(symbol, want) in SYMBOLS.iter().chain(&spot_checks).chain(&codes) {
            assert_eq!(code(symbol), Ok((want.to_string(), false)), "{symbol}");
        }
        assert_eq!(
            code("$"),
            Ok(("USD".to_string(), true)),
            "USD, with a warning"
        );
        assert_eq!(
            code("kr").unwrap_err(),
            "ambiguous currency symbol kr: pass --currency-map kr=SEK|NOK|DKK|ISK"
        );
        assert!(code("¥").unwrap_err().contains("¥=JPY|CNY"));
        assert!(code("Ƀ").unwrap_err().contains("unknown currency symbol"));
        let map = parse_currency_map("kr=NOK,$=CAD")?;
        assert_eq!(currency_of("kr", &map.symbols)?.0.code(), "NOK");
        assert_eq!(
            currency_of("$", &map.symbols)?,
            (Currency::parse("CAD")?, None)
        );
        Ok(())
    }

    #[test]
    fn payment_method_names_map_to_ours() {
        assert_eq!(wallos_method("Direct Debit").0, PaymentMethod::BankTransfer);
        assert_eq!(wallos_method("Debit card").0, PaymentMethod::Card);
        assert_eq!(wallos_method("Visa").0, PaymentMethod::Card);
        assert_eq!(wallos_method("PayPal").0, PaymentMethod::Paypal);
        assert_eq!(wallos_method("Crypto"), (PaymentMethod::Other, false));
    }

    #[test]
    fn html_escapes_wallos_stored_are_undone() {
        assert_eq!(unescape_html("Rock &amp; Roll"), "Rock & Roll");
        assert_eq!(
            unescape_html("&quot;Pro&quot; &#39;plan&#039; &lt;3"),
            "\"Pro\" 'plan' <3"
        );
        assert_eq!(unescape_html("caf&#xE9; &#233;"), "café é");
        assert_eq!(
            unescape_html("AT&T & co; &bogus; &"),
            "AT&T & co; &bogus; &"
        );
    }

    #[test]
    fn wallos_files_are_recognised_and_others_are_not() {
        assert!(looks_like(
            br#"{"subscriptions":[{"name":"X","price":1,"cycle":3,"frequency":1}]}"#
        ));
        assert!(looks_like(
            b"Name,Payment Cycle,Next Payment\nX,Monthly,2026-01-01\n"
        ));
        assert!(!looks_like(
            br#"{"format_version": 3, "subscriptions": []}"#
        ));
        assert!(!looks_like(b"name,amount,currency,billing_cycle\n"));
    }

    #[test]
    fn wallos_cycles_map_onto_ours() {
        assert_eq!(wallos_cycle(3, 1), Ok(Cycle::Monthly));
        assert_eq!(wallos_cycle(3, 3), Ok(Cycle::Quarterly));
        assert_eq!(wallos_cycle(3, 12), Ok(Cycle::Yearly));
        assert_eq!(wallos_cycle(4, 1), Ok(Cycle::Yearly));
        assert_eq!(wallos_cycle(2, 1), Ok(Cycle::Weekly));
        assert_eq!(wallos_cycle(2, 2), Ok(Cycle::Custom(14)));
        assert_eq!(wallos_cycle(1, 10), Ok(Cycle::Custom(10)));
        // Every N months and years are exact, not approximated in days.
        assert_eq!(wallos_cycle(3, 2), Ok(Cycle::EveryMonths(2)));
        assert_eq!(wallos_cycle(3, 6), Ok(Cycle::EveryMonths(6)));
        assert_eq!(wallos_cycle(4, 2), Ok(Cycle::EveryMonths(24)));
        assert!(wallos_cycle(4, 11).unwrap_err().contains("ten years"));
        assert!(wallos_cycle(1, 400).is_err());
        assert!(wallos_cycle(2, 60).is_err());
        assert!(wallos_cycle(9, 1).is_err());
    }

    #[test]
    fn currency_maps_read_ids_and_codes() -> TestResult {
        let map = parse_currency_map("1=USD, 2=eur")?;
        assert_eq!(map.ids[&1], Currency::parse("USD")?);
        assert_eq!(map.ids[&2], Currency::parse("EUR")?);
        assert!(parse_currency_map("1:USD").unwrap_err().contains("ID=CODE"));
        assert!(parse_currency_map("=USD").is_err());
        assert_eq!(parse_currency_map("x=USD")?.symbols.len(), 1);
        assert!(parse_currency_map("1=EURO").is_err());
        assert!(parse_currency_map("").is_err());
        let doc: serde_json::Value = serde_json::from_str(
            r#"{"currencies": [{"id": 1, "code": "EUR", "symbol": "€"}, {"id": "2", "code": "GBP"}]}"#,
        )
        .unwrap();
        let section = currencies_section(&doc).unwrap();
        assert_eq!(section[&2], Currency::parse("GBP").unwrap());
        let doc: serde_json::Value =
            serde_json::from_str(r#"{"currencies": {"7": "CHF"}}"#).unwrap();
        assert_eq!(
            currencies_section(&doc).unwrap()[&7],
            Currency::parse("CHF").unwrap()
        );
        Ok(())
    }

    #[test]
    fn unquoted_csv_rows_are_read_as_wallos_wrote_them() {
        let text = "Name,Payment Cycle,Next Payment,Price,Notes,URL,Active\n\
                    He said \"hi\",Monthly,2026-12-01,€5.00,no commas here,https://x.test/a?b=1,c=2,Yes\n\
                    \"Quoted, fine\",Yearly,2027-01-01,$10,,,No\n";
        let rows = csv_rows(text).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0]["Name"], "He said \"hi\"");
        assert_eq!(rows[0]["URL"], "https://x.test/a?b=1,c=2");
        assert_eq!(rows[0]["Active"], "Yes");
        assert_eq!(rows[1]["Name"], "Quoted, fine");
        assert!(csv_rows("name,amount\nX,1\n").is_err());
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
