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
        .limit(64 << 20)
        .read_to_string()
        .map_err(|e| match e {
            ureq::Error::Timeout(_) => {
                format!("no answer from {url} within {}s", timeout.as_secs())
            }
            other => format!("reading {url} failed: {other}"),
        })
}

/// Reads an ECB document: every `Cube time` day in it, oldest first.
pub fn parse(xml: &str) -> Result<Vec<Day>, String> {
    let doc = roxmltree::Document::parse(xml).map_err(|e| format!("not XML: {e}"))?;
    let mut days = Vec::new();
    for cube in doc
        .descendants()
        .filter(|n| n.has_tag_name("Cube") && n.attribute("time").is_some())
    {
        let time = cube.attribute("time").unwrap_or_default();
        let date = NaiveDate::parse_from_str(time, "%Y-%m-%d")
            .map_err(|_| format!("\"{time}\" is not a date"))?;
        let mut per_eur = BTreeMap::new();
        let mut unknown = Vec::new();
        for entry in cube.children().filter(|n| n.has_tag_name("Cube")) {
            let (Some(code), Some(rate)) = (entry.attribute("currency"), entry.attribute("rate"))
            else {
                return Err(format!("a rate of {date} has no currency or no rate"));
            };
            let rate: Decimal = rate
                .trim()
                .parse()
                .ok()
                .filter(|r: &Decimal| *r > Decimal::ZERO)
                .ok_or_else(|| format!("the {code} rate of {date} is not a positive number"))?;
            match Currency::parse(code) {
                Ok(currency) => {
                    per_eur.insert(currency, rate);
                }
                Err(_) => unknown.push(code.to_string()),
            }
        }
        days.push(Day {
            date,
            per_eur,
            unknown,
        });
    }
    if days.is_empty() {
        return Err("it holds no day of rates (no Cube with a time)".into());
    }
    days.sort_by_key(|d| d.date);
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
        assert!(parse("<not xml").is_err());
        assert!(parse("<Envelope><Cube/></Envelope>").is_err());
        assert!(
            parse("<Cube><Cube time='2024-12-31'><Cube currency='USD' rate='abc'/></Cube></Cube>")
                .unwrap_err()
                .contains("USD")
        );
        assert!(parse("<Cube><Cube time='31.12.2024'></Cube></Cube>").is_err());
    }
}
