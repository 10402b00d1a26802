//! `subs reconcile`: a bank statement laid over the charges subs expected,
//! one event per expected charge and per series nobody declared, as a
//! table by date with a summary; with `--apply`, what was written.

use rust_decimal::Decimal;
use serde::Serialize;

use super::table::{Fit, Grid};
use super::text::{count, safe};
use super::{Output, Style, View};

/// What happened to one expected charge, or a series nobody declared:
/// the finding's own kind.
pub use crate::detect::FindingKind as Kind;

/// The words of the text (the JSON has the snake_case name).
pub fn label(kind: Kind) -> &'static str {
    words(kind).0
}

/// The summary's words for `n` events of this kind.
fn counted(kind: Kind, n: usize) -> String {
    let (one, many) = words(kind);
    format!("{n} {}", if n == 1 { one } else { many })
}

fn words(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::Paid => ("paid", "paid"),
        Kind::Late => ("late", "late"),
        Kind::Missed => ("missed", "missed"),
        Kind::Duplicate => ("duplicate", "duplicates"),
        Kind::PriceChange => ("price change", "price changes"),
        Kind::PossibleRename => ("possible rename", "possible renames"),
        Kind::Unexpected => ("unexpected", "unexpected"),
    }
}

fn style(kind: Kind) -> Option<Style> {
    match kind {
        Kind::Paid => Some(Style::Good),
        Kind::Missed | Kind::Duplicate => Some(Style::Bad),
        Kind::Late | Kind::PriceChange | Kind::PossibleRename => Some(Style::Warn),
        Kind::Unexpected => None,
    }
}

/// A statement row an event rests on.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Charge {
    /// The bank's id for the row, when it gives one.
    pub id: Option<String>,
    /// The posting date.
    pub date: String,
    /// Positive for money out.
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub amount: Decimal,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    pub kind: Kind,
    /// The subscription's name; `null` for a series nobody declared.
    #[serde(rename = "subscription_name")]
    pub subscription: Option<String>,
    pub subscription_id: Option<String>,
    /// The expected charge's date; `null` for an unexpected series.
    pub due: Option<String>,
    pub transactions: Vec<Charge>,
    pub detail: String,
}

impl Event {
    /// Where the table puts it: its due date, else its first charge.
    fn day(&self) -> &str {
        self.due
            .as_deref()
            .or_else(|| self.transactions.first().map(|c| c.date.as_str()))
            .unwrap_or("")
    }
}

/// An expected charge too recent to call missed (due within 7 days of the
/// statement's last day): in the text's summary, not an event.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub subscription: String,
    pub due: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Period {
    pub from: String,
    pub until: String,
}

/// A new amount taken on after two charges in a row agreed on it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PriceAdopted {
    #[serde(rename = "subscription_name")]
    pub subscription: String,
    pub subscription_id: String,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub from: Decimal,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub to: Decimal,
}

/// What `--apply` wrote.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Applied {
    /// Payments recorded for paid, late and price-changed charges.
    pub payments: usize,
    /// Charges whose payment was there already (the same bank id, or the
    /// same day and amount, or the charge settled by hand).
    pub already_recorded: usize,
    pub prices: Vec<PriceAdopted>,
    /// New missed_charge and duplicate_charge alerts.
    pub alerts: usize,
    /// Charges that could not be recorded, and why.
    pub not_recorded: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reconciled {
    pub events: Vec<Event>,
    pub period: Period,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applied: Option<Applied>,
    #[serde(skip)]
    pub pending: Vec<Pending>,
    /// Rows of the files that could not be read.
    #[serde(skip)]
    pub warnings: Vec<String>,
    /// The files as typed, for the `subs detect` hint.
    #[serde(skip)]
    pub files: String,
}

impl View for Reconciled {
    fn text(&self, out: &Output) -> String {
        // The footer's summary says there is nothing to report.
        if self.events.is_empty() {
            return String::new();
        }
        let mut grid = Grid::new(
            out,
            &[
                ("Due", Fit::Whole),
                ("Subscription", Fit::Name),
                ("Event", Fit::Whole),
                ("Detail", Fit::Wrap),
            ],
        );
        let mut events: Vec<&Event> = self.events.iter().collect();
        events.sort_by(|a, b| (a.day(), a.kind).cmp(&(b.day(), b.kind)));
        for e in events {
            grid.row(vec![
                e.due.clone().unwrap_or_else(|| "-".into()).into(),
                e.subscription.as_deref().map_or("-".into(), safe).into(),
                super::table::Text::styled(label(e.kind), style(e.kind)),
                safe(&e.detail).into(),
            ]);
        }
        grid.render()
    }

    /// The counts per kind, the charges too recent to tell, the hint for
    /// unexpected series and what `--apply` wrote.
    fn footer(&self, _out: &Output) -> String {
        let mut lines = vec![self.summary()];
        if !self.pending.is_empty() {
            let each: Vec<String> = self
                .pending
                .iter()
                .map(|p| format!("{} due {}", safe(&p.subscription), p.due))
                .collect();
            lines.push(format!(
                "Too early to tell (due in the statement's last 7 days): {}.",
                each.join(", ")
            ));
        }
        if self.events.iter().any(|e| e.kind == Kind::Unexpected) {
            lines.push(format!(
                "Unexpected charges look like subscriptions subs does not track: `subs detect {} --add` adds them.",
                safe(&self.files)
            ));
        }
        if let Some(applied) = &self.applied {
            lines.push(applied.sentence());
        }
        lines.join("\n")
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }
}

impl Reconciled {
    /// "From 2026-05-01 to 2026-11-30: 5 paid, 1 late, 1 missed."
    fn summary(&self) -> String {
        let parts: Vec<String> = Kind::ALL
            .iter()
            .filter_map(|k| {
                let n = self.events.iter().filter(|e| e.kind == *k).count();
                (n > 0).then(|| counted(*k, n))
            })
            .collect();
        let said = if parts.is_empty() {
            "nothing to report".to_string()
        } else {
            parts.join(", ")
        };
        format!(
            "From {} to {}: {said}.",
            self.period.from, self.period.until
        )
    }
}

impl Applied {
    /// "Recorded 3 payments (1 already recorded), adopted 1 new price, raised 2 alerts."
    fn sentence(&self) -> String {
        let mut said = format!(
            "Recorded {}",
            count(self.payments as i64, "payment", "payments")
        );
        if self.already_recorded > 0 {
            said.push_str(&format!(" ({} already recorded)", self.already_recorded));
        }
        said.push_str(&format!(
            ", adopted {}, raised {}.",
            count(self.prices.len() as i64, "new price", "new prices"),
            count(self.alerts as i64, "alert", "alerts")
        ));
        for p in &self.prices {
            said.push_str(&format!(
                "\n{} now costs {} (was {}).",
                safe(&p.subscription),
                p.to,
                p.from
            ));
        }
        for why in &self.not_recorded {
            said.push_str(&format!("\nNot recorded: {}", safe(why)));
        }
        said
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(kind: Kind, name: Option<&str>, due: Option<&str>, charges: &[&str]) -> Event {
        Event {
            kind,
            subscription: name.map(str::to_string),
            subscription_id: name.map(|_| "SUB1".to_string()),
            due: due.map(str::to_string),
            transactions: charges
                .iter()
                .map(|d| Charge {
                    id: None,
                    date: d.to_string(),
                    amount: Decimal::new(999, 2),
                })
                .collect(),
            detail: String::new(),
        }
    }

    fn view(events: Vec<Event>) -> Reconciled {
        Reconciled {
            events,
            period: Period {
                from: "2026-05-01".into(),
                until: "2026-11-30".into(),
            },
            applied: None,
            pending: vec![Pending {
                subscription: "Gym".into(),
                due: "2026-11-28".into(),
            }],
            warnings: Vec::new(),
            files: "bank.csv".into(),
        }
    }

    #[test]
    fn the_table_runs_by_date_and_unexpected_series_by_their_first_charge() {
        let v = view(vec![
            event(Kind::Missed, Some("Gym"), Some("2026-10-28"), &[]),
            event(Kind::Unexpected, None, None, &["2026-06-02", "2026-07-02"]),
            event(
                Kind::Paid,
                Some("Netflix"),
                Some("2026-05-03"),
                &["2026-05-04"],
            ),
        ]);
        let text = v.text(&Output::pipe());
        let firsts: Vec<&str> = text.lines().filter_map(|l| l.split('\t').next()).collect();
        assert_eq!(firsts, ["Due", "2026-05-03", "-", "2026-10-28"]);
        assert!(text.contains("-\t-\tunexpected\t"), "{text}");
    }

    #[test]
    fn the_footer_counts_kinds_names_pending_charges_and_suggests_detect() {
        let v = view(vec![
            event(
                Kind::Paid,
                Some("Netflix"),
                Some("2026-05-03"),
                &["2026-05-04"],
            ),
            event(
                Kind::Paid,
                Some("Netflix"),
                Some("2026-06-03"),
                &["2026-06-03"],
            ),
            event(
                Kind::PriceChange,
                Some("Netflix"),
                Some("2026-07-03"),
                &["2026-07-03"],
            ),
            event(
                Kind::PriceChange,
                Some("Gym"),
                Some("2026-07-04"),
                &["2026-07-04"],
            ),
            event(Kind::Unexpected, None, None, &["2026-06-02"]),
        ]);
        assert_eq!(
            v.footer(&Output::pipe()),
            "From 2026-05-01 to 2026-11-30: 2 paid, 2 price changes, 1 unexpected.\n\
             Too early to tell (due in the statement's last 7 days): Gym due 2026-11-28.\n\
             Unexpected charges look like subscriptions subs does not track: `subs detect bank.csv --add` adds them."
        );
    }

    #[test]
    fn what_apply_wrote_is_one_sentence_and_a_line_per_price() {
        let applied = Applied {
            payments: 3,
            already_recorded: 1,
            prices: vec![PriceAdopted {
                subscription: "Netflix".into(),
                subscription_id: "SUB1".into(),
                from: Decimal::new(1599, 2),
                to: Decimal::new(1799, 2),
            }],
            alerts: 2,
            not_recorded: Vec::new(),
        };
        assert_eq!(
            applied.sentence(),
            "Recorded 3 payments (1 already recorded), adopted 1 new price, raised 2 alerts.\n\
             Netflix now costs 17.99 (was 15.99)."
        );
    }

    #[test]
    fn json_has_the_kinds_snake_case_and_leaves_out_applied_unless_applying()
    -> serde_json::Result<()> {
        let v = view(vec![event(
            Kind::PossibleRename,
            Some("Netflix"),
            Some("2026-05-03"),
            &["2026-05-04"],
        )]);
        let json = serde_json::to_value(&v)?;
        assert_eq!(json["events"][0]["kind"], "possible_rename");
        assert_eq!(json["events"][0]["transactions"][0]["amount"], 9.99);
        assert!(json.get("applied").is_none());
        assert!(json.get("pending").is_none());
        Ok(())
    }
}
