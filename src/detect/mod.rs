//! Recurring charges found in a bank statement's debits: merchants grouped
//! by what stays the same in their descriptors, cadence by calendar slots,
//! amount stability, a confidence in 0..1. Pure: no database, no clock.
//!
//! Layer: uses `statement` (its `Transaction`) and `domain`.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::currency::Currency;
use crate::statement::Transaction;

mod cadence;
mod chain;
pub mod merchant;
mod reconcile;
mod score;
mod series;

pub use reconcile::{Expected, Finding, FindingKind, reconcile};

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
    let Some(end) = transactions.iter().map(|t| t.date).max() else {
        return Vec::new();
    };
    let groups = series::group(transactions, known, options.since);
    let mut segments = Vec::new();
    let mut busy = Vec::with_capacity(groups.len());
    for (i, group) in groups.iter().enumerate() {
        let found = series::segments(i, &group.points);
        let used: usize = found
            .iter()
            .map(|s| s.charges.len() + s.duplicates.len())
            .sum();
        // A few stray purchases beside a plan say little; many (a shop, a
        // café) make a coincidence in one amount likelier.
        let left = group.points.len().saturating_sub(used) as f64;
        busy.push(left / group.points.len().max(1) as f64 * (left / 20.0).min(1.0));
        segments.extend(found);
    }
    let chains = chain::link(segments, &groups);
    let cx = score::Context {
        transactions,
        groups: &groups,
        busy: &busy,
        known,
        end,
    };
    let mut scored: Vec<score::Scored> = chains
        .iter()
        .filter_map(|c| score::candidate(c, &cx))
        .collect();
    mark_known(&mut scored, known);
    let mut candidates: Vec<Candidate> = scored
        .into_iter()
        .map(|s| s.candidate)
        .filter(|c| options.all || c.confidence >= options.min_confidence)
        .collect();
    candidates.sort_by(|a, b| {
        b.confidence
            .total_cmp(&a.confidence)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.first_date.cmp(&b.first_date))
    });
    candidates
}

/// Marks, for each tracked subscription, the candidate that is it: among
/// those its patterns grouped (else those of its name, in its currency),
/// the one closest in amount.
fn mark_known(scored: &mut [score::Scored], known: &[Known]) {
    for (k, tracked) in known.iter().enumerate() {
        let name = merchant::key(&tracked.name);
        let best = scored
            .iter_mut()
            .filter(|s| s.candidate.subscription_id.is_none())
            .filter(|s| match s.bound {
                Some(bound) => bound == k,
                None => {
                    name.as_ref() == Some(&s.merchant)
                        && s.candidate.currency.is_none_or(|c| c == tracked.currency)
                }
            })
            .min_by_key(|s| (s.candidate.amount - tracked.amount.abs()).abs());
        if let Some(best) = best {
            best.candidate.subscription_id = Some(tracked.id);
        }
    }
}

#[cfg(test)]
mod quality;

#[cfg(test)]
mod tests {
    use chrono::{Datelike, TimeDelta, Weekday};

    use super::*;
    use crate::statement::Hints;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn dec(text: &str) -> Decimal {
        text.parse().unwrap_or_default()
    }

    fn tx(date: NaiveDate, amount: &str, payee: &str, memo: &str) -> Transaction {
        Transaction {
            id: None,
            date,
            date_text: date.to_string(),
            amount: dec(amount),
            currency: Currency::parse("USD").ok(),
            payee: payee.to_string(),
            memo: memo.to_string(),
            hints: Hints::default(),
            line: 1,
        }
    }

    /// The day `day` of month `m` months after January 2024 (clamped).
    fn month(m: u32, day: u32) -> NaiveDate {
        let first = d(2024 + (m / 12) as i32, m % 12 + 1, 1);
        let last = (28..=31)
            .rev()
            .find_map(|x| first.with_day(x))
            .unwrap_or(first);
        first.with_day(day.min(last.day())).unwrap_or(first)
    }

    /// A statement's end: a credit on 31 December 2024 (so series that run
    /// through 2024 are active).
    fn end() -> Transaction {
        tx(d(2024, 12, 31), "2500.00", "ACME PAYROLL", "SALARY")
    }

    fn all() -> Options {
        Options {
            all: true,
            ..Options::default()
        }
    }

    fn run(rows: &[Transaction]) -> Vec<Candidate> {
        detect(rows, &[], &Options::default())
    }

    fn monthly(
        day: u32,
        months: std::ops::Range<u32>,
        amount: &str,
        memo: &str,
    ) -> Vec<Transaction> {
        months
            .map(|m| tx(month(m, day), amount, "", memo))
            .collect()
    }

    fn kinds(candidate: &Candidate) -> Vec<&EventKind> {
        candidate.events.iter().map(|e| &e.kind).collect()
    }

    /// Every charge's payee or memo holds the pattern.
    fn pattern_holds(candidate: &Candidate, rows: &[Transaction]) {
        for charge in &candidate.charges {
            let row = &rows[charge.index];
            assert!(
                merchant::matches(&candidate.pattern, row),
                "{} vs {row:?}",
                candidate.pattern
            );
        }
    }

    #[test]
    fn monthly_descriptors_with_changing_references_are_one_series() {
        let mut rows: Vec<Transaction> = (0..12)
            .map(|m| {
                let memo = format!("NETFLIX.COM 866-579-{:04} CA REF{}", 7000 + m, 98765 + m);
                tx(month(m, 14), "-15.49", "", &memo)
            })
            .collect();
        rows.push(end());
        let found = run(&rows);
        assert_eq!(found.len(), 1, "{found:?}");
        let netflix = &found[0];
        assert_eq!(netflix.name, "Netflix");
        assert_eq!(netflix.pattern, "NETFLIX");
        assert_eq!(netflix.cadence, Cadence::Monthly);
        assert_eq!(netflix.amount, dec("15.49"));
        assert_eq!(netflix.currency, Currency::parse("USD").ok());
        assert_eq!(netflix.status, Status::Active);
        assert_eq!(netflix.charges.len(), 12);
        assert_eq!(netflix.first_date, d(2024, 1, 14));
        assert_eq!(netflix.last_date, d(2024, 12, 14));
        assert_eq!(netflix.next_date, d(2025, 1, 14));
        assert!(netflix.events.is_empty(), "{:?}", netflix.events);
        assert!(netflix.confidence > 0.9, "{}", netflix.confidence);
        pattern_holds(netflix, &rows);
    }

    #[test]
    fn a_clean_payee_is_the_name() {
        let mut rows: Vec<Transaction> = (0..6)
            .map(|m| tx(month(m + 6, 19), "-99.30", "Adobe", "ADOBE  *ADOBE"))
            .collect();
        rows.push(end());
        let found = run(&rows);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Adobe");
        assert_eq!(found[0].pattern, "ADOBE");
    }

    #[test]
    fn a_rename_through_a_tracked_pattern_stays_one_series() {
        let mut rows = monthly(3, 0..6, "-20.00", "CLAUDE.AI SUBSCRIPTION");
        rows.extend(monthly(3, 6..12, "-20.00", "ANTHROPIC"));
        rows.push(end());
        let known = [Known {
            id: 7,
            name: "Claude".into(),
            patterns: vec!["claude.ai|anthropic".into()],
            amount: dec("20"),
            currency: Currency::USD,
            cadence: Cadence::Monthly,
        }];
        let found = detect(&rows, &known, &Options::default());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].subscription_id, Some(7));
        assert_eq!(found[0].name, "Claude");
        assert_eq!(found[0].charges.len(), 12);
        assert_eq!(found[0].pattern, "CLAUDE|ANTHROPIC");
        assert!(
            kinds(&found[0])
                .iter()
                .any(|k| matches!(k, EventKind::Rename { .. }))
        );
        pattern_holds(&found[0], &rows);
    }

    #[test]
    fn a_rename_at_the_same_amount_and_slot_stays_one_series() {
        let mut rows = monthly(3, 0..6, "-20.00", "CLAUDE.AI SUBSCRIPTION");
        rows.extend(monthly(3, 6..12, "-20.00", "ANTHROPIC"));
        rows.push(end());
        let found = run(&rows);
        assert_eq!(found.len(), 1, "{found:?}");
        let series = &found[0];
        assert_eq!(series.charges.len(), 12);
        assert_eq!(series.pattern, "CLAUDE|ANTHROPIC");
        assert_eq!(series.name, "Anthropic");
        let rename = EventKind::Rename {
            from: "Claude".into(),
            to: "Anthropic".into(),
        };
        assert_eq!(
            series.events,
            vec![Event {
                date: d(2024, 7, 3),
                kind: rename
            }]
        );
        pattern_holds(series, &rows);
    }

    #[test]
    fn monthly_on_the_31st_is_one_series() {
        let mut rows = monthly(31, 0..12, "-8.00", "GYM MEMBERSHIP FITNESSWORLD");
        rows.push(end());
        let found = run(&rows);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].cadence, Cadence::Monthly);
        assert!(found[0].events.is_empty(), "{:?}", found[0].events);
        assert_eq!(found[0].charges[1].slot, d(2024, 2, 29));
        assert_eq!(found[0].next_date, d(2025, 1, 31));
    }

    /// A direct debit due on the 1st books on the next business day.
    #[test]
    fn debits_moved_to_the_next_business_day_stay_in_their_slots() {
        let mut rows: Vec<Transaction> = (0..12)
            .map(|m| {
                let mut date = month(m, 1);
                while matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
                    date += TimeDelta::days(1);
                }
                let mut row = tx(date, "-45.00", "Vodafone GmbH", "SEPA-LASTSCHRIFT Vodafone");
                row.hints.direct_debit = true;
                row
            })
            .collect();
        rows.push(end());
        let found = run(&rows);
        assert_eq!(found.len(), 1);
        assert!(found[0].events.is_empty(), "{:?}", found[0].events);
        assert!(found[0].charges.iter().all(|c| c.slot.day() == 1));
        assert!(found[0].confidence > 0.95);
    }

    #[test]
    fn weekly_and_quarterly_plans_are_found() {
        let mut rows: Vec<Transaction> = (0..20)
            .map(|w| {
                tx(
                    d(2024, 8, 5) + TimeDelta::days(7 * w),
                    "-4.99",
                    "",
                    "NYTIMES DIGITAL",
                )
            })
            .collect();
        rows.extend((0..4).map(|q| tx(month(3 * q, 10), "-30.00", "", "MOBBIN QUARTERLY")));
        rows.push(end());
        let found = run(&rows);
        let cadences: Vec<(String, Cadence)> =
            found.iter().map(|c| (c.name.clone(), c.cadence)).collect();
        assert_eq!(found.len(), 2, "{cadences:?}");
        assert!(cadences.contains(&("Nytimes".into(), Cadence::Weekly)));
        assert!(cadences.contains(&("Mobbin".into(), Cadence::Quarterly)));
    }

    #[test]
    fn a_yearly_plan_seen_twice_is_a_maybe() {
        let rows = [
            tx(d(2023, 3, 16), "-153.22", "Figma", "FIGMA ANNUAL RENEWAL"),
            tx(d(2024, 3, 18), "-153.22", "Figma", "FIGMA ANNUAL RENEWAL"),
            end(),
        ];
        let found = run(&rows);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].cadence, Cadence::Yearly);
        assert_eq!(found[0].status, Status::Maybe);
        assert_eq!(found[0].next_date, d(2025, 3, 16));
    }

    #[test]
    fn a_skipped_month_is_a_miss() {
        let mut rows = monthly(10, 0..12, "-12.00", "SPOTIFY P2F3A1");
        rows.remove(4);
        rows.push(end());
        let found = run(&rows);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].events,
            vec![Event {
                date: d(2024, 5, 10),
                kind: EventKind::Miss
            }]
        );
    }

    #[test]
    fn a_pause_then_charges_again_is_one_series() {
        let mut rows = monthly(10, 0..4, "-20.00", "OPENAI *CHATGPT SUBSCR");
        rows.extend(monthly(22, 11..18, "-20.00", "OPENAI *CHATGPT SUBSCR"));
        rows.push(tx(d(2025, 6, 30), "1.00", "", "INTEREST"));
        let found = run(&rows);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].charges.len(), 11);
        assert_eq!(
            kinds(&found[0]),
            vec![&EventKind::Pause { periods: 7 }],
            "{:?}",
            found[0].events
        );
        assert_eq!(found[0].next_date, d(2025, 7, 22));
    }

    #[test]
    fn a_price_change_is_one_series_at_the_latest_price() {
        let mut rows = monthly(20, 0..7, "-275.55", "HIS*HISCOX INC");
        rows.extend(monthly(20, 7..12, "-292.49", "HIS*HISCOX INC"));
        rows.push(end());
        let found = run(&rows);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].amount, dec("292.49"));
        let change = EventKind::PriceChange {
            from: dec("275.55"),
            to: dec("292.49"),
        };
        assert_eq!(
            found[0].events,
            vec![Event {
                date: d(2024, 8, 20),
                kind: change
            }]
        );
    }

    #[test]
    fn the_last_charge_at_a_new_amount_is_the_latest_price() {
        let mut rows = monthly(6, 0..11, "-64.96", "Microsoft G042921953");
        rows.push(tx(month(11, 6), "-112.60", "", "Microsoft G042977777"));
        rows.push(end());
        let found = run(&rows);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].amount, dec("112.60"));
        assert_eq!(found[0].events.len(), 1);
    }

    #[test]
    fn two_plans_from_one_merchant_are_two_series() {
        let mut rows = monthly(19, 0..12, "-99.30", "ADOBE *ADOBE");
        rows.extend(monthly(28, 0..12, "-51.94", "ADOBE *ADOBE"));
        rows.push(end());
        let found = run(&rows);
        let mut amounts: Vec<Decimal> = found.iter().map(|c| c.amount).collect();
        amounts.sort();
        assert_eq!(amounts, vec![dec("51.94"), dec("99.30")]);
        assert!(
            found
                .iter()
                .all(|c| c.charges.len() == 12 && c.events.is_empty())
        );
    }

    #[test]
    fn a_usage_billed_cloud_bill_is_a_series() {
        let amounts = [
            "12.31", "18.02", "9.75", "25.60", "14.44", "31.90", "22.05", "17.70",
        ];
        let mut rows: Vec<Transaction> = amounts
            .iter()
            .zip(0..)
            .map(|(a, m)| tx(month(m + 4, 1), &format!("-{a}"), "Fly.io", "FLY.IO"))
            .collect();
        rows.push(end());
        let found = run(&rows);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Fly.io");
        assert_eq!(found[0].amount, dec("17.70"));
        assert!(found[0].events.is_empty(), "{:?}", found[0].events);
    }

    /// A seeded generator for habits: 1 + the day's number mod `modulus`.
    fn scatter(seed: u64, count: usize, modulus: u64) -> Vec<u64> {
        let mut state = seed;
        (0..count)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                1 + state % modulus
            })
            .collect()
    }

    #[test]
    fn a_coffee_habit_is_no_subscription() {
        let mut rows: Vec<Transaction> = Vec::new();
        let mut day = d(2024, 1, 2);
        for gap in scatter(7, 150, 4) {
            day += TimeDelta::days(gap as i64);
            rows.push(tx(day, "-4.50", "", "SQ *BLUE BOTTLE COFFEE"));
        }
        rows.push(end());
        assert!(detect(&rows, &[], &all()).is_empty());
    }

    #[test]
    fn groceries_and_fuel_are_no_subscription() {
        let mut rows: Vec<Transaction> = Vec::new();
        let mut day = d(2024, 1, 2);
        let gaps = scatter(11, 80, 9);
        let cents = scatter(13, 80, 9000);
        for (gap, cents) in gaps.iter().zip(&cents) {
            day += TimeDelta::days(*gap as i64);
            let amount = format!("-{}.{:02}", 20 + cents / 100, cents % 100);
            rows.push(tx(day, &amount, "", "WHOLEFDS MKT 10234 AUSTIN TX"));
            let fuel = format!("-{}.{:02}", 35 + cents % 30, cents % 97);
            rows.push(tx(day + TimeDelta::days(1), &fuel, "", "SHELL OIL 57444"));
        }
        rows.push(end());
        assert!(run(&rows).is_empty(), "{:?}", run(&rows));
    }

    #[test]
    fn transfers_taxes_payoffs_and_salaries_are_no_subscription() {
        let mut rows = Vec::new();
        for memo in [
            "ONLINE TRANSFER TO SAVINGS",
            "IRS USATAXPYMT",
            "AMEX EPAYMENT ACH PMT",
            "PAYMENT THANK YOU",
            "Dauerauftrag Miete Wohnung",
            "ATM WITHDRAWAL MAIN ST",
        ] {
            rows.extend(monthly(1, 0..12, "-500.00", memo));
        }
        rows.extend(monthly(25, 0..12, "3000.00", "ACME SALARY"));
        rows.extend(monthly(25, 0..12, "9.99", "REFUND NETFLIX"));
        assert!(detect(&rows, &[], &all()).is_empty());
    }

    #[test]
    fn a_second_charge_for_one_period_is_a_duplicate() {
        let mut rows = monthly(12, 0..12, "-53.00", "CPA TEXAS");
        rows.push(tx(d(2024, 4, 12), "-53.00", "", "CPA TEXAS"));
        rows.push(end());
        let found = run(&rows);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].charges.len(), 13);
        assert_eq!(
            found[0].events,
            vec![Event {
                date: d(2024, 4, 12),
                kind: EventKind::Duplicate
            }]
        );
    }

    #[test]
    fn two_currencies_are_two_series() {
        let mut rows = monthly(5, 0..12, "-9.99", "SPOTIFY AB");
        let mut euros = monthly(5, 0..12, "-10.99", "SPOTIFY AB");
        for row in &mut euros {
            row.currency = Currency::parse("EUR").ok();
        }
        rows.extend(euros);
        rows.push(end());
        let found = run(&rows);
        let mut currencies: Vec<&str> = found
            .iter()
            .filter_map(|c| c.currency.as_ref())
            .map(|c| c.code())
            .collect();
        currencies.sort();
        assert_eq!(currencies, vec!["EUR", "USD"]);
    }

    #[test]
    fn a_series_that_stopped_has_ended() {
        let mut rows = monthly(5, 0..6, "-9.99", "HULU 877-8244858 CA");
        rows.push(end());
        let found = run(&rows);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].status, Status::Ended);
    }

    #[test]
    fn few_charges_are_below_the_default_confidence() {
        let mut rows = monthly(5, 10..12, "-9.99", "HULU");
        rows.push(end());
        assert!(run(&rows).is_empty());
        let found = detect(&rows, &[], &all());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].status, Status::Maybe);
        assert!(found[0].confidence < 0.6);
        rows.insert(0, tx(month(9, 5), "-9.99", "", "HULU"));
        assert_eq!(run(&rows).len(), 1);
        assert!(run(&rows)[0].confidence >= 0.6);
    }

    #[test]
    fn since_drops_earlier_debits() {
        let mut rows = monthly(5, 0..12, "-9.99", "HULU");
        rows.push(end());
        let options = Options {
            since: Some(d(2024, 10, 1)),
            all: true,
            ..Options::default()
        };
        let found = detect(&rows, &[], &options);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].charges.len(), 3);
    }

    #[test]
    fn a_tracked_subscription_is_matched_by_name_and_currency() {
        let mut rows = monthly(5, 0..12, "-9.99", "HULU 877-8244858 CA");
        rows.push(end());
        let known = |currency: &str| Known {
            id: 3,
            name: "Hulu".into(),
            patterns: Vec::new(),
            amount: dec("9.99"),
            currency: Currency::parse(currency).unwrap_or(Currency::USD),
            cadence: Cadence::Monthly,
        };
        let found = detect(&rows, &[known("USD")], &Options::default());
        assert_eq!(found[0].subscription_id, Some(3));
        let found = detect(&rows, &[known("EUR")], &Options::default());
        assert_eq!(found[0].subscription_id, None);
    }

    #[test]
    fn candidates_come_sorted_by_confidence() {
        let mut rows = monthly(5, 0..12, "-9.99", "HULU");
        rows.extend(monthly(9, 8..12, "-5.00", "DROPBOX"));
        rows.push(end());
        let found = run(&rows);
        assert_eq!(found.len(), 2);
        assert!(found[0].confidence >= found[1].confidence);
        assert_eq!(found[0].name, "Hulu");
    }

    #[test]
    fn a_direct_debit_mandate_groups_changing_descriptors() {
        let mut rows: Vec<Transaction> = (0..8)
            .map(|m| {
                let mut row = tx(month(m, 2), "-29.90", "", &format!("Beitrag {m} Verein"));
                row.payee = if m < 4 {
                    "TSV Turnverein"
                } else {
                    "Sportverein TSV"
                }
                .into();
                row.hints.mandate = Some("M-0042".into());
                row.hints.creditor = Some("DE98ZZZ09999999999".into());
                row
            })
            .collect();
        rows.push(end());
        let found = run(&rows);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].charges.len(), 8);
        pattern_holds(&found[0], &rows);
    }

    #[test]
    fn no_rows_and_no_debits_find_nothing() {
        assert!(run(&[]).is_empty());
        assert!(run(&[end()]).is_empty());
    }
}
