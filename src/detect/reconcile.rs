//! A statement checked against the charges subs expected: each expected
//! occurrence paid, late, missed, charged twice or at a new price, or paid
//! under a descriptor the subscription does not match (a rename); and the
//! recurring series nothing tracked explains. Pure: the caller computes the
//! expected charges from the schedules.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Known, Options, detect, merchant};
use crate::domain::currency::Currency;
use crate::statement::Transaction;

/// One charge subs expected in the statement's period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    pub subscription_id: i64,
    pub due: NaiveDate,
    /// Positive.
    pub amount: Decimal,
    pub currency: Currency,
}

/// What became of an expected charge, or a series nobody expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// Charged within 3 days of the due date at the expected amount.
    Paid,
    /// Charged 4 to 10 days after the due date.
    Late,
    /// No charge, and the due date is a week or more before the statement's end.
    Missed,
    /// A second charge of the same amount for one occurrence, within 3 days.
    Duplicate,
    /// Charged on time at another amount.
    PriceChange,
    /// Charged on time at the expected amount under a descriptor the
    /// subscription does not match.
    PossibleRename,
    /// A recurring series no tracked subscription explains.
    Unexpected,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: FindingKind,
    pub subscription_id: Option<i64>,
    pub due: Option<NaiveDate>,
    /// Indexes into the transactions given.
    pub charges: Vec<usize>,
    /// One sentence for people.
    pub detail: String,
}

/// Days either side of the due date a charge counts as on time.
const ON_TIME: i64 = 3;
/// Days after the due date a charge counts as late.
const LATE: i64 = 10;
/// Days before `until` a due date must be to call its charge missed.
const TOO_EARLY: i64 = 7;

/// Checks `transactions` against `expected` (the charges subs computed for
/// the statement's period) up to `until`. Each charge pays at most one
/// expected occurrence.
pub fn reconcile(
    transactions: &[Transaction],
    expected: &[Expected],
    known: &[Known],
    until: NaiveDate,
) -> Vec<Finding> {
    let mut ledger = Ledger::new(transactions, known);
    let mut order: Vec<usize> = (0..expected.len()).collect();
    order.sort_by_key(|&i| expected.get(i).map(|e| (e.due, e.subscription_id)));
    let mut paid: Vec<Option<usize>> = vec![None; expected.len()];
    // On time at the expected amount first, then on time at another
    // amount, then late: a weekly plan's late charge is not next week's.
    for pass in [Pass::Exact, Pass::OnTime, Pass::Late] {
        for &i in &order {
            if paid.get(i).is_some_and(Option::is_none)
                && let Some(e) = expected.get(i)
                && let Some(charge) = ledger.take(e, pass)
            {
                paid[i] = Some(charge);
            }
        }
    }
    let mut findings = Vec::new();
    let mut price_told: Vec<i64> = Vec::new();
    for &i in &order {
        let (Some(e), Some(charge)) = (expected.get(i), paid.get(i)) else {
            continue;
        };
        match charge {
            Some(charge) => findings.extend(ledger.settled(e, *charge, &mut price_told)),
            None => findings.extend(ledger.unpaid(e, until)),
        }
    }
    findings.extend(ledger.unexpected());
    findings
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    Exact,
    OnTime,
    Late,
}

/// The statement's debits and which of them are spoken for.
struct Ledger<'a> {
    transactions: &'a [Transaction],
    known: &'a [Known],
    debits: Vec<usize>,
    used: Vec<bool>,
}

impl<'a> Ledger<'a> {
    fn new(transactions: &'a [Transaction], known: &'a [Known]) -> Ledger<'a> {
        let mut debits: Vec<usize> = (0..transactions.len())
            .filter(|&i| transactions.get(i).is_some_and(Transaction::is_debit))
            .collect();
        debits.sort_by_key(|&i| transactions.get(i).map(|t| (t.date, i)));
        Ledger {
            transactions,
            known,
            debits,
            used: vec![false; transactions.len()],
        }
    }

    fn tracked(&self, id: i64) -> Option<&'a Known> {
        self.known.iter().find(|k| k.id == id)
    }

    /// Whether a charge is the tracked subscription's: its patterns match
    /// the payee or memo, or its name is the charge's merchant.
    fn is_of(&self, t: &Transaction, known: &Known) -> bool {
        known.patterns.iter().any(|p| merchant::matches(p, t))
            || (merchant::key(&known.name).is_some()
                && merchant::key(&known.name) == merchant::key_of(t))
    }

    fn fits(&self, t: &Transaction, e: &Expected) -> bool {
        t.currency.is_none_or(|c| c == e.currency)
    }

    /// The unused debits dated from `from` to `to` days after `due`.
    fn window(
        &self,
        due: NaiveDate,
        from: i64,
        to: i64,
    ) -> impl Iterator<Item = (usize, &'a Transaction)> + '_ {
        let start = self.debits.partition_point(|&i| {
            self.transactions
                .get(i)
                .is_some_and(|t| (t.date - due).num_days() < from)
        });
        self.debits
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .filter_map(|&i| Some((i, self.transactions.get(i)?)))
            .take_while(move |(_, t)| (t.date - due).num_days() <= to)
            .filter(|(i, _)| !self.used.get(*i).copied().unwrap_or(true))
    }

    /// The charge that pays `e` in this pass, marked used.
    fn take(&mut self, e: &Expected, pass: Pass) -> Option<usize> {
        let known = self.tracked(e.subscription_id)?;
        let (from, to) = match pass {
            Pass::Exact | Pass::OnTime => (-ON_TIME, ON_TIME),
            Pass::Late => (ON_TIME + 1, LATE),
        };
        let (charge, _) = self
            .window(e.due, from, to)
            .filter(|(_, t)| self.fits(t, e) && self.is_of(t, known))
            .filter(|(_, t)| pass != Pass::Exact || -t.amount == e.amount)
            .min_by_key(|(_, t)| {
                (
                    (-t.amount - e.amount).abs(),
                    (t.date - e.due).num_days().abs(),
                )
            })?;
        if let Some(used) = self.used.get_mut(charge) {
            *used = true;
        }
        Some(charge)
    }

    /// The findings of an occurrence that was charged: paid, late or at a
    /// new price (told once per subscription), and a duplicate beside it.
    fn settled(&mut self, e: &Expected, charge: usize, price_told: &mut Vec<i64>) -> Vec<Finding> {
        let Some(t) = self.transactions.get(charge) else {
            return Vec::new();
        };
        let amount = -t.amount;
        let late = (t.date - e.due).num_days() > ON_TIME;
        let (kind, detail) = if late {
            let days = (t.date - e.due).num_days();
            (
                FindingKind::Late,
                format!(
                    "charged {} on {}, {days} days after it was due",
                    amount, t.date
                ),
            )
        } else if amount != e.amount && !price_told.contains(&e.subscription_id) {
            price_told.push(e.subscription_id);
            (
                FindingKind::PriceChange,
                format!("charged {} on {} instead of {}", amount, t.date, e.amount),
            )
        } else {
            (
                FindingKind::Paid,
                format!("charged {} on {}", amount, t.date),
            )
        };
        let mut findings = vec![finding(kind, e, vec![charge], detail)];
        findings.extend(self.duplicate(e, charge, t));
        findings
    }

    /// A second charge of the same amount within 3 days of the one that paid.
    fn duplicate(&mut self, e: &Expected, charge: usize, t: &Transaction) -> Option<Finding> {
        let known = self.tracked(e.subscription_id)?;
        let (twin, other) = self
            .window(t.date, -ON_TIME, ON_TIME)
            .find(|(_, o)| o.amount == t.amount && self.is_of(o, known))?;
        if let Some(used) = self.used.get_mut(twin) {
            *used = true;
        }
        let detail = format!(
            "charged {} twice: on {} and on {}",
            -t.amount, t.date, other.date
        );
        Some(finding(
            FindingKind::Duplicate,
            e,
            vec![charge, twin],
            detail,
        ))
    }

    /// An occurrence with no charge of its own: paid under another name
    /// (an on-time charge of the expected amount that no tracked
    /// subscription explains), missed, or too early to tell.
    fn unpaid(&mut self, e: &Expected, until: NaiveDate) -> Option<Finding> {
        let renamed = self
            .window(e.due, -ON_TIME, ON_TIME)
            .filter(|(_, t)| self.fits(t, e) && -t.amount == e.amount)
            .find(|(_, t)| !self.known.iter().any(|k| self.is_of(t, k)))
            .map(|(i, t)| {
                (
                    i,
                    format!("charged {} on {} as {:?}", -t.amount, t.date, descriptor(t)),
                )
            });
        if let Some((charge, detail)) = renamed {
            if let Some(used) = self.used.get_mut(charge) {
                *used = true;
            }
            return Some(finding(
                FindingKind::PossibleRename,
                e,
                vec![charge],
                detail,
            ));
        }
        ((until - e.due).num_days() >= TOO_EARLY).then(|| {
            let detail = format!(
                "no charge of {} {} due on {}",
                e.amount,
                e.currency.code(),
                e.due
            );
            finding(FindingKind::Missed, e, Vec::new(), detail)
        })
    }

    /// Recurring series that match no tracked subscription and whose
    /// charges paid nothing expected.
    fn unexpected(&self) -> Vec<Finding> {
        detect(self.transactions, self.known, &Options::default())
            .into_iter()
            .filter(|c| c.subscription_id.is_none())
            .filter(|c| {
                c.charges.iter().all(|ch| {
                    let used = self.used.get(ch.index).copied().unwrap_or(true);
                    let tracked = self
                        .transactions
                        .get(ch.index)
                        .is_some_and(|t| self.known.iter().any(|k| self.is_of(t, k)));
                    !used && !tracked
                })
            })
            .map(|c| Finding {
                kind: FindingKind::Unexpected,
                subscription_id: None,
                due: None,
                charges: c.charges.iter().map(|ch| ch.index).collect(),
                detail: format!(
                    "{} charges {} {:?} since {}",
                    c.name, c.amount, c.cadence, c.first_date
                ),
            })
            .collect()
    }
}

fn finding(kind: FindingKind, e: &Expected, charges: Vec<usize>, detail: String) -> Finding {
    Finding {
        kind,
        subscription_id: Some(e.subscription_id),
        due: Some(e.due),
        charges,
        detail,
    }
}

fn descriptor(t: &Transaction) -> &str {
    if t.payee.trim().is_empty() {
        t.memo.trim()
    } else {
        t.payee.trim()
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeDelta;

    use super::*;
    use crate::detect::Cadence;
    use crate::statement::Hints;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn dec(text: &str) -> Decimal {
        text.parse().unwrap_or_default()
    }

    fn tx(date: NaiveDate, amount: &str, memo: &str) -> Transaction {
        Transaction {
            id: None,
            date,
            date_text: date.to_string(),
            amount: dec(amount),
            currency: Some(Currency::USD),
            payee: String::new(),
            memo: memo.to_string(),
            hints: Hints::default(),
            line: 1,
        }
    }

    fn netflix() -> Known {
        Known {
            id: 1,
            name: "Netflix".into(),
            patterns: vec!["netflix".into()],
            amount: dec("15.49"),
            currency: Currency::USD,
            cadence: Cadence::Monthly,
        }
    }

    fn due(id: i64, date: NaiveDate, amount: &str) -> Expected {
        Expected {
            subscription_id: id,
            due: date,
            amount: dec(amount),
            currency: Currency::USD,
        }
    }

    fn kinds(findings: &[Finding]) -> Vec<FindingKind> {
        findings.iter().map(|f| f.kind).collect()
    }

    #[test]
    fn a_charge_within_three_days_at_the_amount_is_paid() {
        let rows = [tx(d(2025, 3, 16), "-15.49", "NETFLIX.COM 866-579")];
        let found = reconcile(
            &rows,
            &[due(1, d(2025, 3, 14), "15.49")],
            &[netflix()],
            d(2025, 3, 31),
        );
        assert_eq!(kinds(&found), vec![FindingKind::Paid]);
        assert_eq!(found[0].charges, vec![0]);
        assert_eq!(found[0].subscription_id, Some(1));
        assert_eq!(found[0].due, Some(d(2025, 3, 14)));
    }

    #[test]
    fn four_to_ten_days_after_is_late() {
        let rows = [tx(d(2025, 3, 20), "-15.49", "NETFLIX.COM")];
        let found = reconcile(
            &rows,
            &[due(1, d(2025, 3, 14), "15.49")],
            &[netflix()],
            d(2025, 3, 31),
        );
        assert_eq!(kinds(&found), vec![FindingKind::Late]);
        let rows = [tx(d(2025, 3, 26), "-15.49", "NETFLIX.COM")];
        let found = reconcile(
            &rows,
            &[due(1, d(2025, 3, 14), "15.49")],
            &[netflix()],
            d(2025, 3, 31),
        );
        assert_eq!(kinds(&found), vec![FindingKind::Missed]);
    }

    #[test]
    fn no_charge_is_missed_only_a_week_after_the_due_date() {
        let rows = [tx(d(2025, 3, 31), "-3.50", "SQ *CAFE")];
        let expected = [
            due(1, d(2025, 3, 10), "15.49"),
            due(1, d(2025, 3, 27), "15.49"),
        ];
        let found = reconcile(&rows, &expected, &[netflix()], d(2025, 3, 31));
        assert_eq!(kinds(&found), vec![FindingKind::Missed]);
        assert_eq!(found[0].due, Some(d(2025, 3, 10)));
    }

    #[test]
    fn a_second_charge_of_the_amount_is_a_duplicate() {
        let rows = [
            tx(d(2025, 3, 14), "-15.49", "NETFLIX.COM"),
            tx(d(2025, 3, 15), "-15.49", "NETFLIX.COM"),
        ];
        let found = reconcile(
            &rows,
            &[due(1, d(2025, 3, 14), "15.49")],
            &[netflix()],
            d(2025, 3, 31),
        );
        assert_eq!(
            kinds(&found),
            vec![FindingKind::Paid, FindingKind::Duplicate]
        );
        assert_eq!(found[1].charges, vec![0, 1]);
    }

    #[test]
    fn a_new_amount_on_time_is_a_price_change_told_once() {
        let rows = [
            tx(d(2025, 3, 14), "-17.99", "NETFLIX.COM"),
            tx(d(2025, 4, 14), "-17.99", "NETFLIX.COM"),
        ];
        let expected = [
            due(1, d(2025, 3, 14), "15.49"),
            due(1, d(2025, 4, 14), "15.49"),
        ];
        let found = reconcile(&rows, &expected, &[netflix()], d(2025, 4, 30));
        assert_eq!(
            kinds(&found),
            vec![FindingKind::PriceChange, FindingKind::Paid]
        );
        assert!(found[0].detail.contains("17.99"), "{}", found[0].detail);
    }

    #[test]
    fn the_amount_on_time_under_another_name_is_a_possible_rename() {
        let rows = [tx(d(2025, 3, 14), "-15.49", "NFLX STREAMING")];
        let found = reconcile(
            &rows,
            &[due(1, d(2025, 3, 14), "15.49")],
            &[netflix()],
            d(2025, 3, 31),
        );
        assert_eq!(kinds(&found), vec![FindingKind::PossibleRename]);
        assert_eq!(found[0].charges, vec![0]);
        let hulu = Known {
            id: 2,
            name: "Hulu".into(),
            patterns: vec!["nflx".into()],
            ..netflix()
        };
        let found = reconcile(
            &rows,
            &[due(1, d(2025, 3, 14), "15.49")],
            &[netflix(), hulu],
            d(2025, 3, 31),
        );
        assert_eq!(
            kinds(&found),
            vec![FindingKind::Missed],
            "another subscription explains it"
        );
    }

    #[test]
    fn a_charge_pays_one_occurrence_only() {
        let rows = [tx(d(2025, 3, 14), "-15.49", "NETFLIX.COM")];
        let expected = [
            due(1, d(2025, 3, 13), "15.49"),
            due(1, d(2025, 3, 15), "15.49"),
        ];
        let found = reconcile(&rows, &expected, &[netflix()], d(2025, 3, 31));
        assert_eq!(kinds(&found), vec![FindingKind::Paid, FindingKind::Missed]);
    }

    #[test]
    fn a_weekly_plans_late_charge_is_not_next_weeks() {
        let weekly = Known {
            cadence: Cadence::Weekly,
            amount: dec("4.99"),
            ..netflix()
        };
        let rows = [
            tx(d(2025, 3, 8), "-4.99", "NETFLIX"),
            tx(d(2025, 3, 10), "-4.99", "NETFLIX"),
        ];
        let expected = [
            due(1, d(2025, 3, 3), "4.99"),
            due(1, d(2025, 3, 10), "4.99"),
        ];
        let found = reconcile(&rows, &expected, &[weekly], d(2025, 3, 31));
        assert_eq!(kinds(&found), vec![FindingKind::Late, FindingKind::Paid]);
        assert_eq!(found[0].charges, vec![0]);
        assert_eq!(found[1].charges, vec![1]);
    }

    #[test]
    fn an_untracked_series_is_unexpected_and_habits_are_not() {
        let mut rows: Vec<Transaction> = (0..8)
            .map(|m| {
                tx(
                    d(2024, 5, 1) + TimeDelta::days(30 * m),
                    "-9.99",
                    "SPOTIFY P2F3",
                )
            })
            .collect();
        rows.extend((0..8).map(|m| {
            tx(
                d(2024, 5, 14) + TimeDelta::days(30 * m),
                "-15.49",
                "NETFLIX.COM",
            )
        }));
        rows.extend((0..200).map(|i| tx(d(2024, 5, 1) + TimeDelta::days(i), "-3.50", "SQ *CAFE")));
        let found = reconcile(&rows, &[], &[netflix()], d(2024, 12, 31));
        assert_eq!(kinds(&found), vec![FindingKind::Unexpected], "{found:?}");
        assert_eq!(found[0].charges.len(), 8);
        assert!(
            found[0]
                .charges
                .iter()
                .all(|&i| rows[i].memo.starts_with("SPOTIFY"))
        );
    }
}
