//! The European Central Bank's euro reference rates: fetched over HTTP
//! (no key), read with an XML parser. The daily document is a
//! `gesmes:Envelope` whose `Cube time="YYYY-MM-DD"` holds one
//! `Cube currency="USD" rate="1.0389"` per currency, each "1 EUR = rate X".

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::currency::Currency;

/// Where the ECB publishes them; `SUBS_RATES_URL` points elsewhere (a
/// mirror, a test server).
pub const DEFAULT_BASE: &str = "https://www.ecb.europa.eu/stats/eurofxref";

/// The daily document's name under the base URL.
pub const DAILY: &str = "eurofxref-daily.xml";

/// The history document (every working day since 1999), same shape.
pub const HISTORY: &str = "eurofxref-hist.xml";

/// One day's reference rates: 1 EUR = `per_eur[X]` X.
#[derive(Debug, PartialEq)]
pub struct Day {
    pub date: NaiveDate,
    pub per_eur: BTreeMap<Currency, Decimal>,
    /// Codes the document holds that subs does not know (skipped).
    pub unknown: Vec<String>,
}

/// Fetches `base/name` within `timeout`. The ECB needs no key, so a
/// redirect carries no secret; at most three are followed.
pub fn fetch(base: &str, name: &str, timeout: Duration) -> Result<String, String> {
    let url = format!("{}/{name}", base.trim_end_matches('/'));
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .max_redirects(3)
        .user_agent(concat!("subs/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut response = agent.get(&url).call().map_err(|e| match e {
        ureq::Error::Timeout(_) => format!("no answer from {url} within {}s", timeout.as_secs()),
        other => format!("cannot reach {url}: {other}"),
    })?;
    let status = response.status().as_u16();
    if status != 200 {
        return Err(format!("{url} answered HTTP {status}"));
    }
    response
        .body_mut()
        .with_config()
        .limit(MAX_DOCUMENT as u64 + 1)
        .read_to_string()
        .map_err(|e| match e {
            ureq::Error::Timeout(_) => {
                format!("no answer from {url} within {}s", timeout.as_secs())
            }
            other => format!("reading {url} failed: {other}"),
        })
}

/// The largest document read: the full history since 1999 is about
/// 10 MiB; anything far larger is not the ECB's.
pub const MAX_DOCUMENT: usize = 32 << 20;

/// The deepest element nesting read: the ECB's documents nest four deep
/// (`Envelope` › `Cube` › `Cube time` › `Cube currency`).
const MAX_DEPTH: usize = 8;

/// The most nodes (elements, attributes' owners and text) a document may
/// have: the history holds about half a million.
const NODES_LIMIT: u32 = 4_000_000;

/// The range a reference rate (units of a currency per euro) may take;
/// every real quote is far inside it.
fn sane_quote(rate: Decimal) -> bool {
    rate >= Decimal::new(1, 6) && rate <= Decimal::from(1_000_000)
}

/// Reads an ECB document: every `Cube time` day in it, oldest first. The
/// document is bounded before it is parsed (size, nesting depth, node
/// count; no DTD), then held to the ECB's shape: a root `Envelope` with
/// one `Cube`, holding one `Cube time="YYYY-MM-DD"` per day (each day
/// once), each holding `Cube currency="XXX" rate="1.2345"` entries (each
/// currency once a day, three capital letters, a plain positive decimal
/// within 0.000001 to 1000000 per euro).
pub fn parse(xml: &str) -> Result<Vec<Day>, String> {
    if xml.len() > MAX_DOCUMENT {
        return Err(format!(
            "it is larger than {} MiB, far more than any ECB document",
            MAX_DOCUMENT >> 20
        ));
    }
    check_depth(xml)?;
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: NODES_LIMIT,
    };
    let doc = roxmltree::Document::parse_with_options(xml, options)
        .map_err(|e| format!("not XML: {e}"))?;
    let root = doc.root_element();
    if !root.has_tag_name("Envelope") {
        return Err(format!(
            "its root is <{}>, not the ECB's <Envelope>",
            root.tag_name().name()
        ));
    }
    let mut outer = root.children().filter(|n| n.has_tag_name("Cube"));
    let (Some(outer), None) = (outer.next(), outer.next()) else {
        return Err("its <Envelope> does not hold exactly one <Cube>".into());
    };
    let mut days: Vec<Day> = Vec::new();
    for cube in elements(outer) {
        if !cube.has_tag_name("Cube") {
            return Err(format!(
                "<{}> where a <Cube time> was expected",
                cube.tag_name().name()
            ));
        }
        let time = cube.attribute("time").ok_or("a day's <Cube> has no time")?;
        let date = NaiveDate::parse_from_str(time, "%Y-%m-%d")
            .ok()
            .filter(|_| time.len() == 10)
            .ok_or_else(|| format!("\"{time}\" is not a YYYY-MM-DD date"))?;
        if days.iter().any(|d| d.date == date) {
            return Err(format!("the day {date} appears twice"));
        }
        days.push(read_day(cube, date)?);
    }
    if days.is_empty() {
        return Err("it holds no day of rates (no Cube with a time)".into());
    }
    days.sort_by_key(|d| d.date);
    Ok(days)
}

/// The element children of `node`.
fn elements<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
) -> impl Iterator<Item = roxmltree::Node<'a, 'i>> {
    node.children().filter(|n| n.is_element())
}

/// One `Cube time` day's rates.
fn read_day(cube: roxmltree::Node<'_, '_>, date: NaiveDate) -> Result<Day, String> {
    let mut per_eur = BTreeMap::new();
    let mut unknown = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for entry in elements(cube) {
        let (Some(code), Some(rate)) = (entry.attribute("currency"), entry.attribute("rate"))
        else {
            return Err(format!("a rate of {date} has no currency or no rate"));
        };
        if !entry.has_tag_name("Cube") || entry.has_children() {
            return Err(format!("the {code} rate of {date} is not a plain <Cube/>"));
        }
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!(
                "\"{}\" of {date} is not a currency code (three capital letters)",
                code.escape_debug()
            ));
        }
        if !seen.insert(code) {
            return Err(format!("{code} appears twice on {date}"));
        }
        let plain = !rate.is_empty()
            && rate.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && rate.bytes().filter(|b| *b == b'.').count() <= 1
            && !rate.starts_with('.')
            && !rate.ends_with('.');
        let rate: Decimal = plain
            .then(|| rate.parse().ok())
            .flatten()
            .filter(|r: &Decimal| *r > Decimal::ZERO)
            .ok_or_else(|| format!("the {code} rate of {date} is not a positive number"))?;
        if !sane_quote(rate) {
            return Err(format!(
                "the {code} rate of {date} ({rate} per euro) is outside 0.000001 to 1000000"
            ));
        }
        match Currency::parse(code) {
            Ok(currency) => {
                per_eur.insert(currency, rate);
            }
            Err(_) => unknown.push(code.to_string()),
        }
    }
    if per_eur.is_empty() && unknown.is_empty() {
        return Err(format!("the day {date} holds no rates"));
    }
    Ok(Day {
        date,
        per_eur,
        unknown,
    })
}

/// Refuses a document nested deeper than `MAX_DEPTH` before a parser
/// walks it (a parser recursing into 100,000 levels overflows the stack).
/// A light scan of the tags: comments, processing instructions and CDATA
/// are skipped, quoted attribute values may hold `>`; a DOCTYPE is left to
/// the parser, which refuses it.
fn check_depth(xml: &str) -> Result<(), String> {
    let bytes = xml.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    let skip_to = |from: usize, end: &[u8]| -> usize {
        bytes[from..]
            .windows(end.len())
            .position(|w| w == end)
            .map_or(bytes.len(), |p| from + p + end.len())
    };
    while let Some(p) = bytes[i..].iter().position(|b| *b == b'<') {
        let at = i + p;
        let rest = &bytes[at..];
        if rest.starts_with(b"<!--") {
            i = skip_to(at + 4, b"-->");
        } else if rest.starts_with(b"<![CDATA[") {
            i = skip_to(at + 9, b"]]>");
        } else if rest.starts_with(b"<?") {
            i = skip_to(at + 2, b"?>");
        } else if rest.starts_with(b"<!") {
            i = skip_to(at + 2, b">");
        } else if rest.starts_with(b"</") {
            depth = depth.saturating_sub(1);
            i = skip_to(at + 2, b">");
        } else {
            // An opening tag: find its end outside quoted values.
            let mut quote = None;
            let mut j = at + 1;
            while j < bytes.len() {
                match (quote, bytes[j]) {
                    (None, b'"' | b'\'') => quote = Some(bytes[j]),
                    (Some(q), c) if c == q => quote = None,
                    (None, b'>') => break,
                    _ => {}
                }
                j += 1;
            }
            if j >= bytes.len() || bytes[j - 1] != b'/' {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(format!(
                        "its elements nest deeper than {MAX_DEPTH} levels, which no ECB document does"
                    ));
                }
            }
            i = (j + 1).min(bytes.len());
        }
    }
    Ok(())
}

/// Every day of the document `name` under `base`, oldest first, fetched
/// and read; the error says why not, in a sentence of its own.
pub fn fetch_days(base: &str, name: &str, timeout: Duration) -> Result<Vec<Day>, String> {
    let xml = fetch(base, name, timeout)
        .map_err(|why| format!("could not fetch the ECB rates: {why}"))?;
    let days = parse(&xml).map_err(|why| format!("the ECB rates could not be read ({why})"))?;
    // The daily document is one day's rates; more is not what was asked.
    if name == DAILY && days.len() != 1 {
        return Err(format!(
            "the ECB rates could not be read (the daily document holds {} days, not one)",
            days.len()
        ));
    }
    Ok(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAILY_DOC: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
  <Cube>
    <Cube time='2024-12-31'>
      <Cube currency='USD' rate='1.0389'/>
      <Cube currency='JPY' rate='163.06'/>
      <Cube currency='INR' rate='88.9335'/>
    </Cube>
  </Cube>
</gesmes:Envelope>"#;

    #[test]
    fn the_daily_document_is_read() {
        let days = parse(DAILY_DOC).unwrap();
        assert_eq!(days.len(), 1);
        assert_eq!(days[0].date.to_string(), "2024-12-31");
        let usd = Currency::parse("USD").unwrap();
        assert_eq!(days[0].per_eur[&usd], "1.0389".parse::<Decimal>().unwrap());
        assert_eq!(days[0].per_eur.len(), 3);
    }

    #[test]
    fn malformed_documents_are_errors() {
        let wrap = |days: &str| format!("<Envelope><Cube>{days}</Cube></Envelope>");
        assert!(parse("<not xml").is_err());
        assert!(parse("<Envelope><Cube/></Envelope>").is_err());
        assert!(
            parse(&wrap(
                "<Cube time='2024-12-31'><Cube currency='USD' rate='abc'/></Cube>"
            ))
            .unwrap_err()
            .contains("USD")
        );
        assert!(parse(&wrap("<Cube time='31.12.2024'></Cube>")).is_err());
    }

    #[test]
    fn documents_out_of_the_ecb_shape_are_refused() {
        let wrap = |days: &str| format!("<Envelope><Cube>{days}</Cube></Envelope>");
        let day = |entries: &str| wrap(&format!("<Cube time='2024-12-31'>{entries}</Cube>"));
        let refused = |doc: &str, says: &str| {
            let err = parse(doc).unwrap_err();
            assert!(err.contains(says), "{doc}: {err}");
        };
        // Structure: the root, one outer Cube, days inside it.
        refused(
            "<Cube><Cube time='2024-12-31'><Cube currency='USD' rate='1.1'/></Cube></Cube>",
            "root",
        );
        refused("<Envelope><Cube/><Cube/></Envelope>", "exactly one <Cube>");
        refused(&wrap("<Rate time='2024-12-31'/>"), "<Rate>");
        refused(
            &wrap("<Cube time='2024-1-5'><Cube currency='USD' rate='1'/></Cube>"),
            "YYYY-MM-DD",
        );
        // Each day once; each currency once a day; a day holds rates.
        let usd = "<Cube currency='USD' rate='1.1'/>";
        refused(
            &wrap(&format!(
                "<Cube time='2024-12-31'>{usd}</Cube><Cube time='2024-12-31'>{usd}</Cube>"
            )),
            "twice",
        );
        refused(&day(&format!("{usd}{usd}")), "USD appears twice");
        refused(&day(""), "holds no rates");
        // Exact codes; plain, positive, finite, sane rates.
        refused(
            &day("<Cube currency='usd' rate='1.1'/>"),
            "not a currency code",
        );
        refused(
            &day("<Cube currency=' USD' rate='1.1'/>"),
            "not a currency code",
        );
        for rate in [
            "1e300", "-1", "0", "", " 1.1", "NaN", "inf", "1.", ".5", "1.1.1", "+1",
        ] {
            refused(
                &day(&format!("<Cube currency='USD' rate='{rate}'/>")),
                "USD rate",
            );
        }
        refused(
            &day("<Cube currency='USD' rate='10000000'/>"),
            "outside 0.000001 to 1000000",
        );
        refused(
            &day("<Cube currency='USD' rate='0.0000001'/>"),
            "outside 0.000001 to 1000000",
        );
        // No DTD (entity expansion), no huge or deep document.
        refused(
            &format!("<!DOCTYPE x [<!ENTITY a 'b'>]>{}", day(usd)),
            "not XML",
        );
        let deep = format!("{}{}", "<a>".repeat(100_000), "</a>".repeat(100_000));
        refused(&deep, "nest deeper than");
        let huge = format!("<!--{}-->{}", " ".repeat(MAX_DOCUMENT), day(usd));
        refused(&huge, "larger than");
        // A quoted '>' or a comment does not confuse the depth count.
        let odd = wrap(&format!(
            "<!-- <a><a><a><a><a><a><a><a><a> --><Cube time='2024-12-31' note='>>'>{usd}</Cube>"
        ));
        assert_eq!(parse(&odd).map(|d| d.len()), Ok(1));
    }
}
