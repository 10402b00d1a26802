//! Detection scored against a generated statement's truth: each candidate
//! is matched to the true series holding the majority of its evidence rows
//! (by transaction id, else by date and amount), then precision, recall and
//! F1 by series, and cadence accuracy on the matches.
#![allow(dead_code)]

use std::collections::HashMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::{Value, json};
use subs::detect::Candidate;
use subs::statement::Transaction;

use crate::generator::Truth;

/// One row a candidate rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    pub id: Option<String>,
    pub date: NaiveDate,
    /// Positive: what was charged.
    pub amount: Decimal,
}

/// A candidate from any detector (subs, or the Python baseline's JSON).
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub name: String,
    /// `subs::detect::Cadence` as `{:?}` writes it.
    pub cadence: String,
    pub amount: Decimal,
    pub status: String,
    pub confidence: f64,
    pub evidence: Vec<Evidence>,
}

pub fn from_candidates(transactions: &[Transaction], candidates: &[Candidate]) -> Vec<Found> {
    candidates
        .iter()
        .map(|c| Found {
            name: c.name.clone(),
            cadence: format!("{:?}", c.cadence),
            amount: c.amount,
            status: serde_json::to_value(c.status)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default(),
            confidence: c.confidence,
            evidence: c
                .charges
                .iter()
                .filter_map(|charge| transactions.get(charge.index))
                .map(|t| Evidence {
                    id: t.id.clone(),
                    date: t.date,
                    amount: t.amount.abs(),
                })
                .collect(),
        })
        .collect()
}

/// `{"candidates": [{name, cadence, amount, status, confidence, charges:
/// [{id, date, amount}]}]}`: what `statements detect` prints and `score
/// --candidates` reads (the Python baseline writes the same).
pub fn to_json(found: &[Found]) -> Value {
    let list: Vec<Value> = found
        .iter()
        .map(|f| {
            json!({
                "name": f.name, "cadence": f.cadence, "amount": f.amount.to_string(),
                "status": f.status, "confidence": f.confidence,
                "charges": f.evidence.iter().map(|e| json!({
                    "id": e.id, "date": e.date.to_string(), "amount": e.amount.to_string(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({ "candidates": list })
}

pub fn from_json(v: &Value) -> Result<Vec<Found>, String> {
    let list = v
        .get("candidates")
        .and_then(Value::as_array)
        .ok_or("expected an object with a \"candidates\" list")?;
    let text = |v: &Value, k: &str| match v.get(k) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let mut out = Vec::new();
    for c in list {
        let mut evidence = Vec::new();
        for e in c
            .get("charges")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
        {
            let date = text(&e, "date")
                .parse::<NaiveDate>()
                .map_err(|err| format!("a charge's date: {err}"))?;
            let amount = text(&e, "amount")
                .parse::<Decimal>()
                .map_err(|err| format!("a charge's amount: {err}"))?;
            let id = e.get("id").and_then(Value::as_str).map(String::from);
            evidence.push(Evidence {
                id,
                date,
                amount: amount.abs(),
            });
        }
        out.push(Found {
            name: text(c, "name"),
            cadence: text(c, "cadence"),
            amount: text(c, "amount").parse().unwrap_or_default(),
            status: text(c, "status"),
            confidence: c.get("confidence").and_then(Value::as_f64).unwrap_or(0.0),
            evidence,
        });
    }
    Ok(out)
}

/// Counts over one or more statements.
#[derive(Clone, Debug, Default)]
pub struct Score {
    pub statements: usize,
    pub candidates: usize,
    pub true_positives: usize,
    /// Candidates from habits, transfers, one-offs, or a second candidate
    /// for a series already found.
    pub false_positives: usize,
    /// Of the false positives: second candidates for one true series.
    pub splits: usize,
    /// Candidates for subscriptions recall does not expect (fewer than three
    /// charges): neither right nor wrong.
    pub neutral: usize,
    pub expected: usize,
    pub found: usize,
    pub cadence_right: usize,
    pub status_right: usize,
    /// What went wrong, one line each, for the report.
    pub notes: Vec<String>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.expected)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn cadence_accuracy(&self) -> f64 {
        ratio(self.cadence_right, self.true_positives)
    }
    pub fn status_accuracy(&self) -> f64 {
        ratio(self.status_right, self.true_positives)
    }

    pub fn add(&mut self, other: &Score) {
        self.statements += other.statements;
        self.candidates += other.candidates;
        self.true_positives += other.true_positives;
        self.false_positives += other.false_positives;
        self.splits += other.splits;
        self.neutral += other.neutral;
        self.expected += other.expected;
        self.found += other.found;
        self.cadence_right += other.cadence_right;
        self.status_right += other.status_right;
        self.notes.extend(other.notes.iter().cloned());
    }

    pub fn to_json(&self) -> Value {
        json!({
            "statements": self.statements, "candidates": self.candidates,
            "true_positives": self.true_positives, "false_positives": self.false_positives,
            "splits": self.splits, "neutral": self.neutral,
            "expected": self.expected, "found": self.found,
            "precision": self.precision(), "recall": self.recall(), "f1": self.f1(),
            "cadence_accuracy": self.cadence_accuracy(), "status_accuracy": self.status_accuracy(),
            "notes": self.notes,
        })
    }

    /// One line: the four numbers and the counts behind them.
    pub fn line(&self) -> String {
        format!(
            "precision {:.3}  recall {:.3}  F1 {:.3}  cadence {:.3}  ({} statements, {} candidates: {} right, {} wrong, {} split, {} neutral; {}/{} series found)",
            self.precision(),
            self.recall(),
            self.f1(),
            self.cadence_accuracy(),
            self.statements,
            self.candidates,
            self.true_positives,
            self.false_positives,
            self.splits,
            self.neutral,
            self.found,
            self.expected
        )
    }
}

/// The series (index into `truth.series`) holding more than half of a
/// candidate's evidence, if one does.
fn majority(
    truth: &Truth,
    by_id: &HashMap<&str, usize>,
    by_day: &HashMap<(NaiveDate, Decimal), Vec<usize>>,
    found: &Found,
) -> Option<usize> {
    let mut votes: HashMap<usize, f64> = HashMap::new();
    for e in &found.evidence {
        if let Some(&s) = e.id.as_deref().and_then(|id| by_id.get(id)) {
            *votes.entry(s).or_default() += 1.0;
            continue;
        }
        // No id, or one the truth does not know: the rows booked that day
        // at that amount share the vote.
        if let Some(series) = by_day.get(&(e.date, e.amount)) {
            for s in series {
                *votes.entry(*s).or_default() += 1.0 / series.len() as f64;
            }
        }
    }
    let half = found.evidence.len() as f64 / 2.0;
    votes
        .into_iter()
        .filter(|(s, v)| *v > half && *s < truth.series.len())
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(s, _)| s)
}

pub fn score(truth: &Truth, found: &[Found]) -> Score {
    let by_id = truth.by_id();
    let mut by_day: HashMap<(NaiveDate, Decimal), Vec<usize>> = HashMap::new();
    for (i, s) in truth.series.iter().enumerate() {
        for c in &s.charges {
            by_day.entry((c.date, c.amount.abs())).or_default().push(i);
        }
    }
    let mut out = Score {
        statements: 1,
        candidates: found.len(),
        expected: truth.series.iter().filter(|s| s.expected).count(),
        ..Score::default()
    };
    let mut claimed = vec![false; truth.series.len()];
    let tag = format!("seed {} {}", truth.seed, truth.format);
    for f in found {
        let matched = majority(truth, &by_id, &by_day, f);
        let Some((i, s)) = matched.and_then(|i| Some((i, truth.series.get(i)?))) else {
            out.false_positives += 1;
            out.notes.push(format!(
                "{tag}: false positive {:?} ({}) matches no series",
                f.name, f.cadence
            ));
            continue;
        };
        if !s.subscription {
            out.false_positives += 1;
            out.notes.push(format!(
                "{tag}: false positive {:?} is {} {} ({})",
                f.name, s.id, s.merchant, s.role
            ));
        } else if claimed.get(i).copied().unwrap_or(false) {
            out.false_positives += 1;
            out.splits += 1;
            out.notes.push(format!(
                "{tag}: {:?} is a second candidate for {} {}",
                f.name, s.id, s.merchant
            ));
        } else if !s.expected {
            out.neutral += 1;
        } else {
            out.true_positives += 1;
            out.found += 1;
            if s.cadence.as_deref() == Some(f.cadence.as_str()) {
                out.cadence_right += 1;
            } else {
                out.notes.push(format!(
                    "{tag}: {} {} is {:?}, found as {}",
                    s.id, s.merchant, s.cadence, f.cadence
                ));
            }
            if s.status.as_deref() == Some(f.status.as_str()) {
                out.status_right += 1;
            }
        }
        if let Some(c) = claimed.get_mut(i) {
            *c = true;
        }
    }
    for (i, s) in truth.series.iter().enumerate() {
        if s.expected && !claimed.get(i).copied().unwrap_or(false) {
            out.notes.push(format!(
                "{tag}: missed {} {} ({:?}, {:?})",
                s.id, s.merchant, s.cadence, s.twists
            ));
        }
    }
    out
}
