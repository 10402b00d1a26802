//! Wallos: its API/export JSON (`{"subscriptions": [...]}` or a bare
//! array). Cycles are ids (1 days, 2 weeks, 3 months, 4 years) times
//! `frequency`; what cannot be billed exactly is skipped or approximated,
//! and the report says which.

use std::io::Read;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{ImportReport, Importer, Skipped, insert_new};
use crate::clock::Clock;
use crate::domain::currency::Currency;
use crate::domain::cycle::Cycle;
use crate::domain::money::Money;
use crate::domain::subscription::{NAME_MAX, PaymentMethod, Status, Subscription};
use crate::domain::{id, validate};
use crate::error::{Error, Result};
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

/// Imports a Wallos subscriptions export.
pub struct Wallos {
    pub clock: Clock,
}

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
        for (i, row) in rows.iter().enumerate() {
            let at = format!("subscriptions[{i}]");
            let row = &from_labels(row)
                .map_err(|why| Error::invalid(format!("{at}: {why}; nothing was imported")))?;
            if let Some(sub) = subscription_from(row, &at, base, today, &now, report)? {
                insert_new(tx, sub, report, &at)?;
            }
        }
        Ok(())
    }
}

/// A row of the web Export button — display labels ("Name", "Price":
/// "€10.99", "Payment Cycle": "Every 2 Months", "Active": "Yes") — as the
/// API's fields; an API row is returned as it is.
fn from_labels(row: &serde_json::Value) -> std::result::Result<serde_json::Value, String> {
    use serde_json::{Value, json};
    let Some(labels) = row.as_object().filter(|o| o.contains_key("Name")) else {
        return Ok(row.clone());
    };
    let text = |k: &str| {
        labels
            .get(k)
            .and_then(Value::as_str)
            .map(str::trim)
            .unwrap_or("")
    };
    let (price, currency) = price_with_symbol(text("Price"))?;
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
        "inactive": i64::from(!yes("Active", true)),
        "cancellation_date": text("Cancellation Date"),
    });
    if let Some(code) = currency {
        api["currency_code"] = code.into();
    }
    Ok(api)
}

/// "€10.99", "$139", "10,99 €", "139 USD" → the amount and, from the
/// symbol or code, the currency.
fn price_with_symbol(text: &str) -> std::result::Result<(String, Option<String>), String> {
    const SYMBOLS: &[(&str, &str)] = &[
        ("US$", "USD"),
        ("€", "EUR"),
        ("£", "GBP"),
        ("₹", "INR"),
        ("¥", "JPY"),
        ("₩", "KRW"),
        ("₽", "RUB"),
        ("₺", "TRY"),
        ("R$", "BRL"),
        ("CHF", "CHF"),
        ("$", "USD"),
    ];
    let mut currency = None;
    let mut rest = text.to_string();
    for (symbol, code) in SYMBOLS {
        if rest.contains(symbol) {
            currency = Some(code.to_string());
            rest = rest.replace(symbol, "");
            break;
        }
    }
    if currency.is_none() {
        let code: String = rest.chars().filter(char::is_ascii_alphabetic).collect();
        if code.len() == 3 {
            currency = Currency::parse(&code).ok().map(|c| c.code().to_string());
            rest = rest.replace(&code, "");
        }
    }
    let amount = rest.trim().replace(',', ".");
    if amount.is_empty() {
        return Err(format!("field Price: \"{text}\" has no amount"));
    }
    Ok((amount, currency))
}

/// "Monthly", "Weekly", "Yearly", "Daily", "Every 2 Months" → (Wallos
/// cycle id, frequency).
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
        "" | "monthly" => Some((3, 1)),
        "daily" => Some((1, 1)),
        "weekly" => Some((2, 1)),
        "yearly" | "annually" | "annual" => Some((4, 1)),
        "quarterly" => Some((3, 3)),
        _ => {
            let parts: Vec<&str> = words.split_whitespace().collect();
            match parts.as_slice() {
                ["every", n, u] => n.parse().ok().zip(unit(u)).map(|(n, u)| (u, n)),
                ["every", u] => unit(u).map(|u| (u, 1)),
                _ => None,
            }
        }
    };
    parsed.ok_or_else(|| format!("field Payment Cycle: \"{text}\" is not a cycle Wallos writes"))
}

/// One Wallos row as a subscription and its category name; `None` when the
/// row is skipped (recorded in the report).
fn subscription_from(
    row: &serde_json::Value,
    at: &str,
    base: Currency,
    today: NaiveDate,
    now: &str,
    report: &mut ImportReport,
) -> Result<Option<(Subscription, Option<String>)>> {
    // Wallos stores text HTML-escaped ("Rock &amp; Roll"): store what the
    // person typed.
    let name = unescape_html(row["name"].as_str().unwrap_or(""));
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
    let (cycle, note) = match wallos_cycle(n("cycle").unwrap_or(3), n("frequency").unwrap_or(1)) {
        Ok(c) => c,
        Err(reason) => {
            report.skipped.push(Skipped {
                row: at.to_string(),
                name,
                reason,
            });
            return Ok(None);
        }
    };
    if let Some(note) = note {
        report.warnings.push(format!("{at} ({name}): {note}"));
    }
    let amount = price(row).map_err(|(f, why)| fail(f, why))?;
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
    let Dates {
        start,
        next,
        end,
        status,
    } = dates(row, today).map_err(|(f, why)| fail(f, why))?;
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
        .map(unescape_html);
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
        notes: s("notes").map(unescape_html),
        created_at: now.to_string(),
        updated_at: now.to_string(),
        muted: Vec::new(),
    };
    Ok(Some((sub, category)))
}

/// The price: Wallos stores floats, rounded here to cents, which is what
/// it shows.
fn price(row: &serde_json::Value) -> std::result::Result<Money, (&'static str, String)> {
    let price = match &row["price"] {
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::String(s) => s.clone(),
        _ => String::new(),
    };
    Money::parse(&price)
        .or_else(|_| {
            price
                .parse::<Decimal>()
                .map_err(|e| e.to_string())
                .and_then(|d| Money::from_decimal(d.round_dp(2)))
        })
        .map_err(|e| ("price", format!("\"{price}\": {e}")))
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
    let cancellation = date("cancellation_date")?.filter(|d| *d >= start);
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
        assert_eq!(
            price_with_symbol("€10.99").unwrap(),
            ("10.99".into(), Some("EUR".into()))
        );
        assert_eq!(
            price_with_symbol("$139").unwrap(),
            ("139".into(), Some("USD".into()))
        );
        assert_eq!(
            price_with_symbol("10,99 €").unwrap(),
            ("10.99".into(), Some("EUR".into()))
        );
        assert_eq!(
            price_with_symbol("12.00 CHF").unwrap(),
            ("12.00".into(), Some("CHF".into()))
        );
        assert_eq!(
            price_with_symbol("12.00 SEK").unwrap(),
            ("12.00".into(), Some("SEK".into()))
        );
        assert_eq!(price_with_symbol("12.00").unwrap(), ("12.00".into(), None));
        assert!(price_with_symbol("€").is_err());
        assert_eq!(cycle_words("Monthly").unwrap(), (3, 1));
        assert_eq!(cycle_words("Every 2 Months").unwrap(), (3, 2));
        assert_eq!(cycle_words("Every 3 Weeks").unwrap(), (2, 3));
        assert_eq!(cycle_words("Yearly").unwrap(), (4, 1));
        assert!(cycle_words("Fortnightly-ish").is_err());
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
