//! Recurring charges found in a bank statement's debits: merchants grouped
//! by what stays the same in their descriptors, cadence by calendar slots,
//! amount stability, a confidence in 0..1. Pure: no database, no clock.
//!
//! Layer: uses `statement` (its `Transaction`) and `domain`.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::currency::Currency;
use crate::statement::Transaction;

/// How often a series charges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cadence {
    Weekly,
    /// Every N days (N ≠ 7).
    EveryDays(u32),
    /// Monthly on a day (29–31 clamp to the month's end).
    Monthly,
    /// Every N months (N ∉ {1, 3, 12}).
    EveryMonths(u32),
    Quarterly,
    Yearly,
}

/// Whether a series still runs at the statement's end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The last charge is within 1.5 periods of the statement's end.
    Active,
    /// It stopped.
    Ended,
    /// Too few charges to be sure (a yearly plan seen twice).
    Maybe,
}

/// Something that happened inside one series.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// A run of charges at a new amount starts on `date`.
    PriceChange { from: Decimal, to: Decimal },
    /// A slot with no charge (one skipped period).
    Miss,
    /// Several slots in a row with no charge, then charges again.
    Pause { periods: u32 },
    /// The descriptor changed while the amount and slots stayed.
    Rename { from: String, to: String },
    /// Two charges for one slot.
    Duplicate,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub date: NaiveDate,
    pub kind: EventKind,
}

/// A subscription subs already tracks, as detection needs it: a candidate
/// that matches one is marked with its id and not proposed again.
#[derive(Clone, Debug)]
pub struct Known {
    pub id: i64,
    pub name: String,
    /// The user's `--match` patterns: `|`-separated alternatives, matched
    /// case-insensitively as substrings of the payee or memo.
    pub patterns: Vec<String>,
    pub amount: Decimal,
    pub currency: Currency,
    pub cadence: Cadence,
}

#[derive(Clone, Debug)]
pub struct Options {
    /// Candidates below this confidence are left out unless `all`.
    pub min_confidence: f64,
    pub all: bool,
    /// Debits before this day are not looked at.
    pub since: Option<NaiveDate>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_confidence: 0.6,
            all: false,
            since: None,
        }
    }
}

/// One recurring series found.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// A readable merchant name ("Netflix", "Adobe").
    pub name: String,
    /// What the series' descriptors share, usable as a `--match` pattern.
    pub pattern: String,
    pub cadence: Cadence,
    /// The latest charge, positive.
    pub amount: Decimal,
    pub currency: Option<Currency>,
    pub first_date: NaiveDate,
    pub last_date: NaiveDate,
    /// The next slot after `last_date`.
    pub next_date: NaiveDate,
    pub confidence: f64,
    pub status: Status,
    pub events: Vec<Event>,
    /// The tracked subscription it matches, if any.
    pub subscription_id: Option<i64>,
    /// The evidence: indexes into the slice given to `detect`, in date
    /// order, each with the slot (due date) it paid.
    pub charges: Vec<Charge>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Charge {
    pub index: usize,
    pub slot: NaiveDate,
}

/// Finds the recurring series among the debits of `transactions` (credits
/// are ignored). The statement ends on its last row's date. Candidates come
/// sorted by confidence, highest first.
pub fn detect(transactions: &[Transaction], known: &[Known], options: &Options) -> Vec<Candidate> {
    let _ = (transactions, known, options);
    Vec::new()
}
