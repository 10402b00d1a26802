//! `subs detect`: the recurring series a bank statement shows, as a table
//! sorted by confidence, and the subscriptions `--add` made of them.

use rust_decimal::Decimal;
use serde::Serialize;

use super::json::{SubscriptionRecord, date};
use super::table::{Fit, Grid, Text};
use super::text::{count, safe};
use super::{Output, Style, View};
use crate::detect::{Cadence, Candidate, EventKind, Status};
use crate::statement::{Format, Transaction};

/// The statement as read: what the summary line says.
#[derive(Debug, Serialize)]
pub struct StatementJson {
    /// The files' format (`ofx`, `camt`, `mt940`, `csv`), or `mixed` when
    /// the files are in several.
    pub format: String,
    /// Rows read, a row of overlapping files counted once.
    pub rows: usize,
    pub debits: usize,
    /// The first and last posting dates (null: no rows).
    pub from: Option<String>,
    pub until: Option<String>,
    pub currencies: Vec<String>,
}

impl StatementJson {
    /// The rows of the files read, in `formats`.
    pub fn of(formats: &[Format], rows: &[Transaction]) -> StatementJson {
        let format = match formats.split_first() {
            Some((first, rest)) if rest.iter().all(|f| f == first) => match first {
                Format::Ofx => "ofx",
                Format::Camt => "camt",
                Format::Mt940 => "mt940",
                Format::Csv => "csv",
            },
            _ => "mixed",
        };
        let mut currencies: Vec<String> = rows
            .iter()
            .filter_map(|t| t.currency.map(|c| c.code().to_string()))
            .collect();
        currencies.sort();
        currencies.dedup();
        StatementJson {
            format: format.to_string(),
            rows: rows.len(),
            debits: rows.iter().filter(|t| t.is_debit()).count(),
            from: rows.iter().map(|t| t.date).min().map(date),
            until: rows.iter().map(|t| t.date).max().map(date),
            currencies,
        }
    }
}

/// Something that happened inside a series; the typed fields its kind has
/// are set, the others null.
#[derive(Debug, Serialize)]
pub struct EventJson {
    pub kind: &'static str,
    pub date: String,
    /// The event as one sentence ("15.99 → 17.99").
    pub detail: String,
    #[serde(with = "rust_decimal::serde::arbitrary_precision_option")]
    pub old_amount: Option<Decimal>,
    #[serde(with = "rust_decimal::serde::arbitrary_precision_option")]
    pub new_amount: Option<Decimal>,
    pub old_name: Option<String>,
    pub new_name: Option<String>,
    /// A pause's empty periods.
    pub periods: Option<u32>,
}

/// One charge of a series, as the statement wrote it.
#[derive(Debug, Serialize)]
pub struct ChargeJson {
    /// The bank's id for the row (null: it gives none).
    pub id: Option<String>,
    /// The posting date as the file wrote it.
    pub date: String,
    /// Positive for a debit.
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub amount: Decimal,
}

#[derive(Debug, Serialize)]
pub struct CandidateJson {
    pub name: String,
    pub cycle: &'static str,
    pub every_days: Option<u32>,
    pub every_months: Option<u32>,
    /// The latest charge, positive.
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub amount: Decimal,
    pub currency: Option<String>,
    pub first_date: String,
    pub last_date: String,
    pub next_date: String,
    /// Charges seen (the evidence).
    pub count: usize,
    /// 0 to 1, two decimals.
    pub confidence: f64,
    pub status: Status,
    pub events: Vec<EventJson>,
    /// The tracked subscription it is (null: not tracked).
    pub subscription_id: Option<String>,
    /// The `--match` pattern `--add` stores.
    #[serde(rename = "match")]
    pub pattern: String,
    pub transactions: Vec<ChargeJson>,
}

/// `cycle`, `every_days` and `every_months` of a cadence.
pub fn cycle_fields(cadence: Cadence) -> (&'static str, Option<u32>, Option<u32>) {
    match cadence {
        Cadence::Weekly => ("weekly", None, None),
        Cadence::Monthly => ("monthly", None, None),
        Cadence::Quarterly => ("quarterly", None, None),
        Cadence::Yearly => ("yearly", None, None),
        Cadence::EveryDays(n) => ("custom", Some(n), None),
        Cadence::EveryMonths(n) => ("custom", None, Some(n)),
    }
}

fn event(e: &crate::detect::Event) -> EventJson {
    let mut json = EventJson {
        kind: "",
        date: date(e.date),
        detail: String::new(),
        old_amount: None,
        new_amount: None,
        old_name: None,
        new_name: None,
        periods: None,
    };
    match &e.kind {
        EventKind::PriceChange { from, to } => {
            json.kind = "price_change";
            json.detail = format!("{} → {}", from.abs(), to.abs());
            json.old_amount = Some(from.abs());
            json.new_amount = Some(to.abs());
        }
        EventKind::Miss => {
            json.kind = "miss";
            json.detail = "no charge for this period".into();
        }
        EventKind::Pause { periods } => {
            json.kind = "pause";
            json.detail = format!("no charge for {}", count(*periods, "period", "periods"));
            json.periods = Some(*periods);
        }
        EventKind::Rename { from, to } => {
            json.kind = "rename";
            json.detail = format!("{from} → {to}");
            json.old_name = Some(from.clone());
            json.new_name = Some(to.clone());
        }
        EventKind::Duplicate => {
            json.kind = "duplicate";
            json.detail = "charged twice for one period".into();
        }
    }
    json
}

/// A candidate as JSON; `transactions` is the slice `detect` was given,
/// `tracked` the SUB id of the subscription it is.
pub fn candidate(
    c: &Candidate,
    transactions: &[Transaction],
    tracked: Option<String>,
) -> CandidateJson {
    let (cycle, every_days, every_months) = cycle_fields(c.cadence);
    CandidateJson {
        name: c.name.clone(),
        cycle,
        every_days,
        every_months,
        amount: c.amount.abs(),
        currency: c.currency.map(|c| c.code().to_string()),
        first_date: date(c.first_date),
        last_date: date(c.last_date),
        next_date: date(c.next_date),
        count: c.charges.len(),
        confidence: (c.confidence.clamp(0.0, 1.0) * 100.0).round() / 100.0,
        status: c.status,
        events: c.events.iter().map(event).collect(),
        subscription_id: tracked,
        pattern: c.pattern.clone(),
        transactions: c
            .charges
            .iter()
            .filter_map(|charge| transactions.get(charge.index))
            .map(|t| ChargeJson {
                id: t.id.clone(),
                date: t.date_text.clone(),
                amount: t.amount.abs(),
            })
            .collect(),
    }
}

/// What `subs detect` found.
#[derive(Debug, Serialize)]
pub struct Detected {
    pub statement: StatementJson,
    pub candidates: Vec<CandidateJson>,
    /// The files read, as named.
    #[serde(skip)]
    pub files: Vec<String>,
}

impl Detected {
    /// "Read 120 rows (96 debits) from a.ofx, 2026-01-02 to 2026-08-31; 3
    /// series look recurring (1 already tracked)."
    fn summary(&self) -> String {
        let s = &self.statement;
        let files = match self.files.as_slice() {
            [one] => safe(one).into_owned(),
            many => count(many.len() as i64, "file", "files"),
        };
        let mut line = format!(
            "Read {} ({}) from {files}",
            count(s.rows as i64, "row", "rows"),
            count(s.debits as i64, "debit", "debits")
        );
        if let (Some(from), Some(until)) = (&s.from, &s.until) {
            line.push_str(&format!(", {from} to {until}"));
        }
        let tracked = self
            .candidates
            .iter()
            .filter(|c| c.subscription_id.is_some())
            .count();
        match self.candidates.len() {
            0 => line.push_str("; no series look recurring."),
            1 => line.push_str(&format!(
                "; 1 series looks recurring ({tracked} already tracked)."
            )),
            n => line.push_str(&format!(
                "; {n} series look recurring ({tracked} already tracked)."
            )),
        }
        line
    }
}

impl View for Detected {
    fn text(&self, out: &Output) -> String {
        if self.candidates.is_empty() {
            return self.summary();
        }
        let mut grid = Grid::new(
            out,
            &[
                ("Name", Fit::Name),
                ("Cycle", Fit::Whole),
                ("Amount", Fit::WholeRight),
                ("Charges", Fit::WholeRight),
                ("Confidence", Fit::WholeRight),
                ("Status", Fit::Whole),
                ("Next", Fit::Whole),
                ("Tracked", Fit::Optional),
            ],
        );
        for c in &self.candidates {
            let cycle = match (c.every_days, c.every_months) {
                (Some(days), _) => format!("every {days} days"),
                (_, Some(months)) => format!("every {months} months"),
                _ => c.cycle.to_string(),
            };
            let status = match c.status {
                Status::Active => Text::styled("active", Some(Style::Good)),
                Status::Ended => Text::styled("ended", Some(Style::Dim)),
                Status::Maybe => Text::styled("maybe", Some(Style::Warn)),
            };
            grid.row(vec![
                safe(&c.name).into_owned().into(),
                cycle.into(),
                format!("{} {}", c.amount, c.currency.as_deref().unwrap_or(""))
                    .trim_end()
                    .into(),
                c.count.to_string().into(),
                format!("{:.2}", c.confidence).into(),
                status,
                c.next_date.clone().into(),
                if c.subscription_id.is_some() {
                    "tracked"
                } else {
                    ""
                }
                .into(),
            ]);
        }
        grid.render()
    }

    fn footer(&self, _out: &Output) -> String {
        if self.candidates.is_empty() {
            String::new()
        } else {
            self.summary()
        }
    }
}

/// One subscription `--add` made.
#[derive(Debug, Serialize)]
pub struct AddedJson {
    pub subscription: SubscriptionRecord,
    /// Charges of the statement recorded as its payments.
    pub payments: usize,
    /// Price changes recorded in its price history.
    pub price_changes: usize,
}

/// What `subs detect --add` tracked.
#[derive(Debug, Serialize)]
pub struct Added {
    pub added: Vec<AddedJson>,
}

impl View for Added {
    fn text(&self, out: &Output) -> String {
        if out.quiet {
            let ids: Vec<&str> = self
                .added
                .iter()
                .map(|a| a.subscription.subscription.id.as_str())
                .collect();
            return ids.join("\n");
        }
        if self.added.is_empty() {
            return "Nothing added.".into();
        }
        let lines: Vec<String> = self
            .added
            .iter()
            .map(|a| {
                let s = &a.subscription.subscription;
                let next = match s.status {
                    crate::domain::subscription::Status::Active => {
                        format!("next billing {}", s.next_billing_date)
                    }
                    other => other.to_string(),
                };
                format!(
                    "{}, {}, {}",
                    super::subscription::added(s),
                    count(a.payments as i64, "payment", "payments"),
                    next
                )
            })
            .collect();
        lines.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_custom_cadence_sets_exactly_one_length() {
        assert_eq!(
            cycle_fields(Cadence::EveryDays(14)),
            ("custom", Some(14), None)
        );
        assert_eq!(
            cycle_fields(Cadence::EveryMonths(6)),
            ("custom", None, Some(6))
        );
        assert_eq!(cycle_fields(Cadence::Monthly), ("monthly", None, None));
        assert_eq!(cycle_fields(Cadence::Weekly), ("weekly", None, None));
    }

    fn detected(candidates: usize) -> Detected {
        Detected {
            statement: StatementJson {
                format: "ofx".into(),
                rows: 40,
                debits: 31,
                from: Some("2026-01-02".into()),
                until: Some("2026-08-31".into()),
                currencies: vec!["EUR".into()],
            },
            candidates: (0..candidates)
                .map(|i| CandidateJson {
                    name: format!("Shop {i}"),
                    cycle: "monthly",
                    every_days: None,
                    every_months: None,
                    amount: Decimal::new(999, 2),
                    currency: Some("EUR".into()),
                    first_date: "2026-01-05".into(),
                    last_date: "2026-08-05".into(),
                    next_date: "2026-09-05".into(),
                    count: 8,
                    confidence: 0.9,
                    status: Status::Active,
                    events: Vec::new(),
                    subscription_id: (i == 0).then(|| "SUBx".to_string()),
                    pattern: "SHOP".into(),
                    transactions: Vec::new(),
                })
                .collect(),
            files: vec!["a.ofx".into()],
        }
    }

    #[test]
    fn the_summary_counts_rows_debits_series_and_tracked_ones() {
        assert_eq!(
            detected(2).summary(),
            "Read 40 rows (31 debits) from a.ofx, 2026-01-02 to 2026-08-31; 2 series look recurring (1 already tracked)."
        );
        assert_eq!(
            detected(0).summary(),
            "Read 40 rows (31 debits) from a.ofx, 2026-01-02 to 2026-08-31; no series look recurring."
        );
    }

    #[test]
    fn a_price_change_carries_both_amounts() {
        let e = event(&crate::detect::Event {
            date: chrono::NaiveDate::MIN,
            kind: EventKind::PriceChange {
                from: Decimal::new(1599, 2),
                to: Decimal::new(1799, 2),
            },
        });
        assert_eq!(e.kind, "price_change");
        assert_eq!(e.detail, "15.99 → 17.99");
        assert_eq!(e.old_amount, Some(Decimal::new(1599, 2)));
        assert_eq!(e.new_amount, Some(Decimal::new(1799, 2)));
    }
}
