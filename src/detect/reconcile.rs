//! A statement laid over the charges subs expected in its period: each
//! expected charge paid, late, missed, charged twice or repriced, charges
//! under a new name, and the recurring series nobody declared. Pure, like
//! detection: the caller lists what it expected.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Known, Options, detect, merchant};
use crate::domain::currency::Currency;
use crate::statement::Transaction;

/// Days either side of the due date a charge counts as on time.
pub const ON_TIME_DAYS: i64 = 3;
/// The latest a charge counts as late, in days after the due date.
pub const LATE_DAYS: i64 = 10;
/// A charge due less than this many days before the statement's last day
/// may still be posted: too early to call it missed.
pub const MISSED_AFTER_DAYS: i64 = 7;

/// One charge a subscription's schedule expected. `subscription_id` is the
/// caller's id, the same as the `Known.id` of that subscription.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    pub subscription_id: i64,
    pub due: NaiveDate,
    pub amount: Decimal,
    pub currency: Currency,
}

/// Its JSON name (`price_change`) is the reconcile view's `kind`, and its
/// order the order of the view's summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// Charged within 3 days of the due date at the expected amount.
    Paid,
    /// Charged 4–10 days after the due date.
    Late,
    /// No charge, and the due date is a week or more before the end.
    Missed,
    /// A second charge of the same amount for one occurrence.
    Duplicate,
    /// The first charge at an amount other than the one before it.
    PriceChange,
    /// Charged on time at the expected amount under a descriptor that
    /// does not match the subscription.
    PossibleRename,
    /// A recurring series no subscription matches.
    Unexpected,
}

impl FindingKind {
    pub const ALL: [FindingKind; 7] = [
        FindingKind::Paid,
        FindingKind::Late,
        FindingKind::Missed,
        FindingKind::Duplicate,
        FindingKind::PriceChange,
        FindingKind::PossibleRename,
        FindingKind::Unexpected,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: FindingKind,
    pub subscription_id: Option<i64>,
    pub due: Option<NaiveDate>,
    /// Indexes into the transactions given.
    pub charges: Vec<usize>,
    pub detail: String,
}

/// Reconciles `transactions` (a statement ending on `until`) against the
/// `expected` charges of the `known` subscriptions. Each charge explains at
/// most one expected occurrence. Findings come in due-date order, the
/// unexpected series last.
pub fn reconcile(
    transactions: &[Transaction],
    expected: &[Expected],
    known: &[Known],
    until: NaiveDate,
) -> Vec<Finding> {
    let owner: Vec<Option<usize>> = transactions
        .iter()
        .map(|t| t.is_debit().then(|| owner_of(t, known)).flatten())
        .collect();
    let mut used = vec![false; transactions.len()];
    let mut order: Vec<&Expected> = expected.iter().collect();
    order.sort_by_key(|e| (e.due, e.subscription_id));
    // What each subscription was last charged: a charge at another amount
    // is a price change once, then the new price is the one expected.
    let mut last_amount: Vec<Option<Decimal>> = vec![None; known.len()];
    let mut findings = Vec::new();
    let mut open = Vec::new();
    for e in &order {
        let Some(k) = known.iter().position(|k| k.id == e.subscription_id) else {
            continue;
        };
        let mine = |i: usize| owner[i] == Some(k);
        match closest(transactions, &used, e, mine) {
            Some(i) => {
                used[i] = true;
                let paid = transactions[i].amount.abs();
                let before = last_amount[k].unwrap_or(e.amount);
                last_amount[k] = Some(paid);
                findings.push(settled(transactions, e, i, before));
                if let Some(j) = duplicate_of(transactions, &used, i, mine) {
                    used[j] = true;
                    findings.push(Finding {
                        kind: FindingKind::Duplicate,
                        subscription_id: Some(e.subscription_id),
                        due: Some(e.due),
                        charges: vec![j],
                        detail: format!(
                            "charged {} twice for the charge due {} ({} and {})",
                            paid, e.due, transactions[i].date, transactions[j].date
                        ),
                    });
                }
            }
            None => open.push(*e),
        }
    }
    for e in open {
        let stranger = |i: usize| {
            owner[i].is_none()
                && transactions[i].amount.abs() == e.amount
                && (transactions[i].date - e.due).num_days().abs() <= ON_TIME_DAYS
        };
        if let Some(i) = closest(transactions, &used, e, stranger) {
            used[i] = true;
            findings.push(Finding {
                kind: FindingKind::PossibleRename,
                subscription_id: Some(e.subscription_id),
                due: Some(e.due),
                charges: vec![i],
                detail: format!(
                    "charged on time at {} as \"{}\"",
                    e.amount,
                    descriptor(&transactions[i])
                ),
            });
        } else if (until - e.due).num_days() >= MISSED_AFTER_DAYS {
            findings.push(Finding {
                kind: FindingKind::Missed,
                subscription_id: Some(e.subscription_id),
                due: Some(e.due),
                charges: Vec::new(),
                detail: format!("no charge of {} {} near {}", e.amount, e.currency, e.due),
            });
        }
    }
    findings.sort_by_key(|f| (f.due, f.subscription_id));
    findings.extend(unexpected(transactions, known, &owner, &used));
    findings
}

/// The known subscription a debit's descriptor names: its `--match`
/// patterns, else its name's merchant key. Where several name it (two
/// plans of one merchant), the one whose price it is.
fn owner_of(t: &Transaction, known: &[Known]) -> Option<usize> {
    let mut named: Vec<usize> = known
        .iter()
        .enumerate()
        .filter(|(_, k)| k.patterns.iter().any(|p| merchant::matches(p, t)))
        .map(|(i, _)| i)
        .collect();
    if named.is_empty() {
        let key = merchant::key_of(t)?;
        named = known
            .iter()
            .enumerate()
            .filter(|(_, k)| {
                k.patterns.is_empty() && merchant::key(&k.name).as_deref() == Some(key.as_str())
            })
            .map(|(i, _)| i)
            .collect();
    }
    let paid = t.amount.abs();
    named
        .iter()
        .copied()
        .find(|&i| known[i].amount == paid)
        .or_else(|| named.first().copied())
}

/// The unused charge in `e`'s currency nearest its due date, from three
/// days before to ten after, that `eligible` accepts; the expected amount
/// wins a tie.
fn closest(
    transactions: &[Transaction],
    used: &[bool],
    e: &Expected,
    eligible: impl Fn(usize) -> bool,
) -> Option<usize> {
    transactions
        .iter()
        .enumerate()
        .filter(|(i, t)| !used[*i] && t.is_debit() && eligible(*i))
        .filter(|(_, t)| t.currency.is_none_or(|c| c == e.currency))
        .filter(|(_, t)| {
            let days = (t.date - e.due).num_days();
            (-ON_TIME_DAYS..=LATE_DAYS).contains(&days)
        })
        .min_by_key(|(_, t)| {
            (
                (t.date - e.due).num_days().abs(),
                t.amount.abs() != e.amount,
            )
        })
        .map(|(i, _)| i)
}

/// Paid, late or a price change, for the charge `i` of occurrence `e`.
fn settled(transactions: &[Transaction], e: &Expected, i: usize, before: Decimal) -> Finding {
    let t = &transactions[i];
    let paid = t.amount.abs();
    let days = (t.date - e.due).num_days();
    let (kind, detail) = if paid != before {
        (
            FindingKind::PriceChange,
            format!("charged {paid} instead of {before} on {}", t.date),
        )
    } else if days <= ON_TIME_DAYS {
        (FindingKind::Paid, format!("charged {paid} on {}", t.date))
    } else {
        (
            FindingKind::Late,
            format!("charged {paid} on {}, {days} days after it was due", t.date),
        )
    };
    Finding {
        kind,
        subscription_id: Some(e.subscription_id),
        due: Some(e.due),
        charges: vec![i],
        detail,
    }
}

/// A second unused charge of the same subscription and amount within three
/// days of charge `i`.
fn duplicate_of(
    transactions: &[Transaction],
    used: &[bool],
    i: usize,
    mine: impl Fn(usize) -> bool,
) -> Option<usize> {
    let first = &transactions[i];
    transactions.iter().enumerate().position(|(j, t)| {
        !used[j]
            && j != i
            && mine(j)
            && t.amount == first.amount
            && t.currency == first.currency
            && (t.date - first.date).num_days().abs() <= ON_TIME_DAYS
    })
}

/// The recurring series detection finds that no subscription matches:
/// not all its charges carry a tracked subscription's descriptor, none was
/// taken for an expected charge, and it has charges enough to be sure (not
/// `maybe`). One finding each, with its charges.
fn unexpected(
    transactions: &[Transaction],
    known: &[Known],
    owner: &[Option<usize>],
    used: &[bool],
) -> Vec<Finding> {
    detect(transactions, known, &Options::default())
        .into_iter()
        .filter(|c| c.subscription_id.is_none() && c.status != super::Status::Maybe)
        .filter(|c| {
            let owned = |i: usize| owner.get(i).is_some_and(Option::is_some);
            !c.charges.iter().all(|ch| owned(ch.index))
                && !c.charges.iter().any(|ch| used.get(ch.index) == Some(&true))
        })
        .map(|c| Finding {
            kind: FindingKind::Unexpected,
            subscription_id: None,
            due: None,
            detail: format!(
                "\"{}\": {} charges of {}, last on {}; `subs detect --add` tracks it",
                c.name,
                c.charges.len(),
                c.amount,
                c.last_date
            ),
            charges: c.charges.iter().map(|ch| ch.index).collect(),
        })
        .collect()
}

fn descriptor(t: &Transaction) -> String {
    let text = if t.payee.trim().is_empty() {
        &t.memo
    } else {
        &t.payee
    };
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Cadence;
    use crate::statement::Hints;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or(NaiveDate::MIN)
    }

    fn debit(date: &str, amount: &str, payee: &str) -> Transaction {
        Transaction {
            id: Some(format!("{date}-{payee}-{amount}")),
            date: d(date),
            date_text: date.to_string(),
            amount: -amount.parse::<Decimal>().unwrap_or_default(),
            currency: Some(Currency::USD),
            payee: payee.to_string(),
            memo: String::new(),
            hints: Hints::default(),
            line: 1,
        }
    }

    fn known(id: i64, name: &str, patterns: &[&str], amount: &str) -> Known {
        Known {
            id,
            name: name.to_string(),
            patterns: patterns.iter().map(|p| p.to_string()).collect(),
            amount: amount.parse().unwrap_or_default(),
            currency: Currency::USD,
            cadence: Cadence::Monthly,
        }
    }

    fn due(id: i64, date: &str, amount: &str) -> Expected {
        Expected {
            subscription_id: id,
            due: d(date),
            amount: amount.parse().unwrap_or_default(),
            currency: Currency::USD,
        }
    }

    type Summary = (FindingKind, Option<i64>, Option<NaiveDate>, Vec<usize>);

    fn kinds(findings: &[Finding]) -> Vec<Summary> {
        findings
            .iter()
            .map(|f| (f.kind, f.subscription_id, f.due, f.charges.clone()))
            .collect()
    }

    #[test]
    fn each_expected_charge_is_paid_late_missed_or_too_early() {
        let rows = vec![
            debit("2026-03-05", "15.49", "NETFLIX.COM 866-579-7172"),
            debit("2026-03-17", "9.99", "SPOTIFY P1A2B3"),
        ];
        let known = [
            known(0, "Netflix", &[], "15.49"),
            known(1, "Spotify", &[], "9.99"),
            known(2, "Gym", &["IRONWORKS"], "45"),
        ];
        let expected = [
            due(0, "2026-03-03", "15.49"),
            due(1, "2026-03-10", "9.99"),
            due(2, "2026-03-01", "45"),
            due(2, "2026-03-28", "45"),
        ];
        let found = reconcile(&rows, &expected, &known, d("2026-03-31"));
        assert_eq!(
            kinds(&found),
            [
                (FindingKind::Missed, Some(2), Some(d("2026-03-01")), vec![]),
                (FindingKind::Paid, Some(0), Some(d("2026-03-03")), vec![0]),
                (FindingKind::Late, Some(1), Some(d("2026-03-10")), vec![1]),
            ]
        );
    }

    #[test]
    fn a_second_equal_charge_is_a_duplicate_and_a_new_price_a_change_once() {
        let rows = vec![
            debit("2026-01-03", "15.49", "NETFLIX.COM"),
            debit("2026-02-03", "17.99", "NETFLIX.COM"),
            debit("2026-03-03", "17.99", "NETFLIX.COM"),
            debit("2026-03-04", "17.99", "NETFLIX.COM"),
        ];
        let known = [known(0, "Netflix", &[], "15.49")];
        let expected = [
            due(0, "2026-01-03", "15.49"),
            due(0, "2026-02-03", "15.49"),
            due(0, "2026-03-03", "15.49"),
        ];
        let found = reconcile(&rows, &expected, &known, d("2026-03-31"));
        assert_eq!(
            kinds(&found),
            [
                (FindingKind::Paid, Some(0), Some(d("2026-01-03")), vec![0]),
                (
                    FindingKind::PriceChange,
                    Some(0),
                    Some(d("2026-02-03")),
                    vec![1]
                ),
                (FindingKind::Paid, Some(0), Some(d("2026-03-03")), vec![2]),
                (
                    FindingKind::Duplicate,
                    Some(0),
                    Some(d("2026-03-03")),
                    vec![3]
                ),
            ]
        );
    }

    #[test]
    fn an_on_time_charge_under_another_name_is_a_possible_rename_unless_its_own() {
        let rows = vec![
            debit("2026-03-11", "20.00", "ANTHROPIC"),
            debit("2026-03-12", "20.00", "OPENAI *CHATGPT"),
        ];
        let known = [
            known(0, "Claude", &["CLAUDE.AI"], "20"),
            known(1, "ChatGPT", &["OPENAI"], "20"),
        ];
        let expected = [due(0, "2026-03-11", "20"), due(1, "2026-03-12", "20")];
        let found = reconcile(&rows, &expected, &known, d("2026-03-31"));
        assert_eq!(
            kinds(&found),
            [
                (
                    FindingKind::PossibleRename,
                    Some(0),
                    Some(d("2026-03-11")),
                    vec![0]
                ),
                (FindingKind::Paid, Some(1), Some(d("2026-03-12")), vec![1]),
            ]
        );
    }

    #[test]
    fn a_series_nobody_declared_is_unexpected_once_and_one_offs_are_not() {
        let mut rows: Vec<Transaction> = (1..=6)
            .map(|m| debit(&format!("2026-{m:02}-08"), "11.99", "DROPBOX*ABCDEF"))
            .collect();
        rows.push(debit("2026-04-19", "310.00", "BEST BUY 00123"));
        let found = reconcile(&rows, &[], &[], d("2026-06-30"));
        assert_eq!(
            kinds(&found),
            [(FindingKind::Unexpected, None, None, vec![0, 1, 2, 3, 4, 5])]
        );
    }
}
