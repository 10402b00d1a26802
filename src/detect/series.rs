//! Debits grouped by merchant, and each group cut into segments: runs of
//! charges that sit one per slot of one cadence at stable amounts. A group
//! that fits as a whole is one segment (its amounts may change or follow
//! usage); otherwise it is split by amount, so two plans from one merchant
//! charged in the same months become two segments and a habit none.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::cadence::{self, Grid, Place};
use super::{Cadence, Known, merchant};
use crate::domain::currency::Currency;
use crate::statement::Transaction;

/// One debit as detection sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    /// Its index in the slice given to `detect`.
    pub index: usize,
    pub date: NaiveDate,
    /// Positive.
    pub amount: Decimal,
}

/// What a group's debits share.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum GroupKey {
    /// A tracked subscription's patterns matched (its index in `known`).
    Known(usize),
    /// A SEPA mandate, with its creditor: one mandate is one series.
    Mandate(String, String),
    /// The merchant key of the descriptor.
    Merchant(String),
}

/// The debits of one merchant in one currency, in date order.
#[derive(Clone, Debug)]
pub struct Group {
    pub key: GroupKey,
    /// The most common merchant key of its rows (what names it).
    pub merchant: String,
    pub currency: Option<Currency>,
    pub points: Vec<Point>,
}

/// A run of charges on one grid.
#[derive(Clone, Debug)]
pub struct Segment {
    /// Its group's index.
    pub group: usize,
    pub grid: Grid,
    /// One charge per slot, in date order, with its slot.
    pub charges: Vec<(Point, i64)>,
    /// Second charges of one slot at the same amount, with their slot.
    pub duplicates: Vec<(Point, i64)>,
    pub amounts: Amounts,
    /// The share of the charges it was fitted from that sit in its slots.
    pub placed: f64,
    /// The mean distance of a charge from its slot, in days.
    pub mean_offset: f64,
}

impl Segment {
    pub fn cadence(&self) -> Cadence {
        self.grid.cadence
    }

    pub fn first(&self) -> Option<&(Point, i64)> {
        self.charges.first()
    }

    pub fn last(&self) -> Option<&(Point, i64)> {
        self.charges.last()
    }
}

/// How a segment's amounts behave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amounts {
    /// One price throughout.
    Stable,
    /// Runs of prices: price changes.
    Changes,
    /// Usage-billed: a different amount most periods.
    Variable,
}

/// A price is the same within 3 % (card charges in another currency move
/// with the exchange rate; a price change is larger).
pub fn same_price(a: Decimal, b: Decimal) -> bool {
    (a - b).abs() <= a.abs().max(b.abs()) * Decimal::new(3, 2)
}

/// Groups the debits by tracked subscription, SEPA mandate or merchant,
/// and by currency. Credits, debits before `since`, and transfers, taxes,
/// payoffs, cash and salaries (unless a tracked subscription's pattern
/// claims them) are left out.
pub fn group(
    transactions: &[Transaction],
    known: &[Known],
    since: Option<NaiveDate>,
) -> Vec<Group> {
    let patterns = KnownPatterns::new(known);
    let mut keys: HashMap<(&str, &str), Option<String>> = HashMap::new();
    let mut groups: BTreeMap<(GroupKey, Option<Currency>), Vec<Point>> = BTreeMap::new();
    for (index, t) in transactions.iter().enumerate() {
        if !t.is_debit() || since.is_some_and(|since| t.date < since) {
            continue;
        }
        let bound = patterns.find(t, known);
        if bound.is_none() && merchant::excluded(t) {
            continue;
        }
        let key = match (bound, &t.hints.mandate) {
            (Some(k), _) => GroupKey::Known(k),
            (None, Some(mandate)) if !mandate.trim().is_empty() => {
                let creditor = t.hints.creditor.clone().unwrap_or_default();
                GroupKey::Mandate(creditor, mandate.trim().to_string())
            }
            (None, _) => {
                let found = keys
                    .entry((&t.payee, &t.memo))
                    .or_insert_with(|| merchant::key_of(t));
                match found {
                    Some(key) => GroupKey::Merchant(key.clone()),
                    None => continue,
                }
            }
        };
        let point = Point {
            index,
            date: t.date,
            amount: -t.amount,
        };
        groups.entry((key, t.currency)).or_default().push(point);
    }
    groups
        .into_iter()
        .map(|((key, currency), mut points)| {
            points.sort_by_key(|p| (p.date, p.index));
            let merchant = most_common_key(&key, &points, transactions);
            Group {
                key,
                merchant,
                currency,
                points,
            }
        })
        .collect()
}

fn most_common_key(key: &GroupKey, points: &[Point], transactions: &[Transaction]) -> String {
    if let GroupKey::Merchant(key) = key {
        return key.clone();
    }
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for point in points {
        if let Some(key) = transactions.get(point.index).and_then(merchant::key_of) {
            *counts.entry(key).or_default() += 1;
        }
    }
    // Ties go to the later name: after a rename the new one is what the
    // bank prints now.
    let latest = points
        .last()
        .and_then(|p| transactions.get(p.index))
        .and_then(merchant::key_of);
    let best = counts.values().copied().max().unwrap_or(0);
    match latest {
        Some(latest) if counts.get(&latest) == Some(&best) => latest,
        _ => counts
            .into_iter()
            .find(|(_, count)| *count == best)
            .map(|(key, _)| key)
            .unwrap_or_default(),
    }
}

/// The tracked subscriptions' alternatives, lower case, once.
struct KnownPatterns {
    alternatives: Vec<Vec<String>>,
}

impl KnownPatterns {
    fn new(known: &[Known]) -> KnownPatterns {
        let alternatives = known
            .iter()
            .map(|k| {
                k.patterns
                    .iter()
                    .flat_map(|p| p.split('|'))
                    .map(|a| a.trim().to_lowercase())
                    .filter(|a| !a.is_empty())
                    .collect()
            })
            .collect();
        KnownPatterns { alternatives }
    }

    /// The tracked subscription whose pattern matches; of several, the one
    /// in the same currency closest in amount.
    fn find(&self, t: &Transaction, known: &[Known]) -> Option<usize> {
        if self.alternatives.iter().all(Vec::is_empty) {
            return None;
        }
        let payee = t.payee.to_lowercase();
        let memo = t.memo.to_lowercase();
        self.alternatives
            .iter()
            .enumerate()
            .filter(|(_, alts)| alts.iter().any(|a| payee.contains(a) || memo.contains(a)))
            .filter_map(|(k, _)| Some((k, known.get(k)?)))
            .min_by_key(|(_, k)| {
                let other = t.currency.is_some() && t.currency != Some(k.currency);
                (other, (k.amount.abs() + t.amount).abs())
            })
            .map(|(k, _)| k)
    }
}

/// Cuts one group's points into segments: the group as a whole first
/// (a plan whose price changes or follows usage), then what is left by
/// amount (parallel plans), then what is still left as a whole again (a
/// usage-billed plan beside a fixed one).
pub fn segments(group: usize, points: &[Point]) -> Vec<Segment> {
    let (mut found, rest) = fit_pieces(group, points);
    let (by_amount, rest) = by_amount(group, rest);
    found.extend(by_amount);
    if !found.is_empty() {
        let usage = fit_pieces(group, &rest).0;
        found.extend(usage.into_iter().filter(|s| s.amounts == Amounts::Variable));
    }
    found
}

/// A segment from `points` as a whole, else from each piece between long
/// gaps or where the plan moved to another day; and the points in none.
fn fit_pieces(group: usize, points: &[Point]) -> (Vec<Segment>, Vec<Point>) {
    if let Some((segment, left)) = accept(group, points) {
        return (vec![segment], left);
    }
    let mut pieces = gap_split(points);
    if let [whole] = pieces.as_slice() {
        pieces = shift_split(whole);
    }
    let mut found = Vec::new();
    let mut rest = Vec::new();
    for piece in pieces {
        match accept(group, &piece) {
            Some((segment, left)) => {
                found.push(segment);
                rest.extend(left);
            }
            None => rest.extend(piece),
        }
    }
    rest.sort_by_key(|p| (p.date, p.index));
    (found, rest)
}

/// Segments from amount clusters; a cluster that fits as none is tried
/// again one exact amount at a time (two plans a few cents apart).
fn by_amount(group: usize, points: Vec<Point>) -> (Vec<Segment>, Vec<Point>) {
    let mut found = Vec::new();
    let mut rest = Vec::new();
    for cluster in clusters(points, Decimal::new(5, 2)) {
        let (segments, left) = fit_pieces(group, &cluster);
        if !segments.is_empty() {
            found.extend(segments);
            rest.extend(left);
            continue;
        }
        for exact in clusters(cluster, Decimal::ZERO) {
            let (segments, left) = fit_pieces(group, &exact);
            found.extend(segments);
            rest.extend(left);
        }
    }
    rest.sort_by_key(|p| (p.date, p.index));
    (found, rest)
}

/// Splits around the longest run of points that sit in the slots of the
/// best grid, when the points before or after it do not: a plan moved to
/// another day of the month (billed on the 7th, then on the 17th).
fn shift_split(points: &[Point]) -> Vec<Vec<Point>> {
    let dates: Vec<NaiveDate> = points.iter().map(|p| p.date).collect();
    let Some(fit) = cadence::fit(&dates) else {
        return vec![points.to_vec()];
    };
    let mut best = (0, 0);
    let mut start = 0;
    for (i, place) in fit.places.iter().enumerate() {
        if place.is_none() {
            start = i + 1;
        } else if i + 1 - start > best.1 - best.0 {
            best = (start, i + 1);
        }
    }
    let (from, to) = best;
    if to - from < 3 || to - from == points.len() {
        return vec![points.to_vec()];
    }
    [points.get(..from), points.get(from..to), points.get(to..)]
        .into_iter()
        .flatten()
        .filter(|piece| !piece.is_empty())
        .map(<[Point]>::to_vec)
        .collect()
}

/// Splits where a gap is far longer than the usual one: a pause, after
/// which the plan may run on another day.
fn gap_split(points: &[Point]) -> Vec<Vec<Point>> {
    let mut gaps: Vec<i64> = points
        .windows(2)
        .filter_map(|w| match w {
            [a, b] => Some((b.date - a.date).num_days()),
            _ => None,
        })
        .filter(|&gap| gap > 0)
        .collect();
    gaps.sort_unstable();
    let Some(&median) = gaps.get(gaps.len() / 2) else {
        return vec![points.to_vec()];
    };
    let limit = (3 * median).max(median + 60);
    let mut pieces: Vec<Vec<Point>> = Vec::new();
    for (i, point) in points.iter().enumerate() {
        let split = i > 0
            && points
                .get(i - 1)
                .is_some_and(|p| (point.date - p.date).num_days() > limit);
        match pieces.last_mut() {
            Some(piece) if !split => piece.push(*point),
            _ => pieces.push(vec![*point]),
        }
    }
    pieces
}

/// Amount clusters (each within `width`, a share, of its smallest amount
/// and a cent), each in date order.
fn clusters(mut points: Vec<Point>, width: Decimal) -> Vec<Vec<Point>> {
    points.sort_by(|a, b| a.amount.cmp(&b.amount).then(a.date.cmp(&b.date)));
    let mut clusters: Vec<Vec<Point>> = Vec::new();
    for point in points {
        let fits = clusters
            .last()
            .and_then(|c| c.first())
            .is_some_and(|first| {
                let slack = if width.is_zero() {
                    Decimal::ZERO
                } else {
                    Decimal::new(1, 2)
                };
                point.amount <= first.amount * (Decimal::ONE + width) + slack
            });
        match clusters.last_mut() {
            Some(cluster) if fits => cluster.push(point),
            _ => clusters.push(vec![point]),
        }
    }
    for cluster in &mut clusters {
        cluster.sort_by_key(|p| (p.date, p.index));
    }
    clusters
}

/// Fits one run of points; a segment when its charges sit one per slot
/// (a quarter of them elsewhere is a habit), the slots are mostly filled
/// and the amounts are stable, change in steps or follow usage monthly.
/// Returns the points left over (outside the slots, or a second charge of
/// another amount in a slot).
fn accept(group: usize, points: &[Point]) -> Option<(Segment, Vec<Point>)> {
    let (first, last) = (points.first()?, points.last()?);
    let weeks = (last.date - first.date).num_days() as f64 / 7.0;
    if points.len() < 2 || points.len() as f64 > weeks * 1.5 + 4.0 {
        return None;
    }
    let dates: Vec<NaiveDate> = points.iter().map(|p| p.date).collect();
    let fit = cadence::fit(&dates)?;
    let mut slotted = Slotted::new(points, &fit.places);
    slotted.trim();
    let used = slotted.charges.len();
    let placed = (used + slotted.duplicates.len()) as f64 / points.len() as f64;
    let span = match (slotted.charges.first(), slotted.charges.last()) {
        (Some(a), Some(b)) => (b.1 - a.1 + 1) as f64,
        _ => return None,
    };
    if used < 2 || placed < 0.75 || slotted.crowded as f64 > 0.25 * used as f64 {
        return None;
    }
    if (used as f64) < 0.6 * span {
        return None;
    }
    let amounts: Vec<Decimal> = slotted.charges.iter().map(|(p, _, _)| p.amount).collect();
    let kind = amounts_kind(&amounts);
    if used == 2 && kind != Amounts::Stable {
        return None;
    }
    let offsets: i64 = slotted
        .charges
        .iter()
        .map(|(_, _, offset)| offset.abs())
        .sum();
    let mean_offset = offsets as f64 / used as f64;
    let usage_like = fit.grid.cadence == Cadence::Monthly && used >= 4 && mean_offset <= 2.0;
    if kind == Amounts::Variable && !usage_like {
        return None;
    }
    let segment = Segment {
        group,
        grid: fit.grid,
        charges: slotted
            .charges
            .iter()
            .map(|&(p, slot, _)| (p, slot))
            .collect(),
        duplicates: slotted.duplicates,
        amounts: kind,
        placed,
        mean_offset,
    };
    Some((segment, slotted.left))
}

/// Points sorted into their slots: one charge per slot (the one closest to
/// the usual amount), duplicates, and what is left.
struct Slotted {
    /// Each with its slot and its offset from it.
    charges: Vec<(Point, i64, i64)>,
    duplicates: Vec<(Point, i64)>,
    left: Vec<Point>,
    /// Slots that also hold a charge of another amount.
    crowded: usize,
}

impl Slotted {
    fn new(points: &[Point], places: &[Option<Place>]) -> Slotted {
        let mut by_slot: BTreeMap<i64, Vec<(Point, i64)>> = BTreeMap::new();
        let mut left = Vec::new();
        for (point, place) in points.iter().zip(places) {
            match place {
                Some(place) => by_slot
                    .entry(place.slot)
                    .or_default()
                    .push((*point, place.offset)),
                None => left.push(*point),
            }
        }
        let usual = usual_amount(&by_slot);
        let mut slotted = Slotted {
            charges: Vec::new(),
            duplicates: Vec::new(),
            left,
            crowded: 0,
        };
        for (slot, mut held) in by_slot {
            held.sort_by_key(|(p, offset)| ((p.amount - usual).abs(), offset.abs(), p.date));
            let mut held = held.into_iter();
            let Some((charge, offset)) = held.next() else {
                continue;
            };
            slotted.charges.push((charge, slot, offset));
            let mut crowded = false;
            for (other, _) in held {
                if other.amount == charge.amount && (other.date - charge.date).num_days().abs() <= 3
                {
                    slotted.duplicates.push((other, slot));
                } else {
                    crowded = true;
                    slotted.left.push(other);
                }
            }
            slotted.crowded += usize::from(crowded);
        }
        slotted.charges.sort_by_key(|(p, _, _)| (p.date, p.index));
        slotted.left.sort_by_key(|p| (p.date, p.index));
        slotted
    }

    /// Leaves out a first or last charge cut off from the rest by two or
    /// more empty slots, or by one at another price: a lone charge of
    /// something else, not a pause or an introductory price.
    fn trim(&mut self) {
        let mut amounts: Vec<Decimal> = self.charges.iter().map(|(p, _, _)| p.amount).collect();
        amounts.sort_unstable();
        let usual = amounts.get(amounts.len() / 2).copied().unwrap_or_default();
        let apart = |pair: &[(Point, i64, i64)], lone: usize| match pair {
            [(p, a, _), (q, b, _)] => {
                let lone = if lone == 0 { p } else { q };
                b - a > 2 || (b - a > 1 && !same_price(lone.amount, usual))
            }
            _ => false,
        };
        let count = self.charges.len();
        let mut from = 0;
        while count - from >= 3
            && self
                .charges
                .get(from..from + 2)
                .is_some_and(|w| apart(w, 0))
        {
            from += 1;
        }
        let mut to = count;
        while to - from >= 3 && self.charges.get(to - 2..to).is_some_and(|w| apart(w, 1)) {
            to -= 1;
        }
        let mut gone: Vec<(Point, i64, i64)> = self.charges.drain(to..).collect();
        gone.extend(self.charges.drain(..from));
        if gone.is_empty() {
            return;
        }
        let slots: Vec<i64> = gone.iter().map(|(_, slot, _)| *slot).collect();
        self.left.extend(gone.into_iter().map(|(p, _, _)| p));
        let (dropped, kept): (Vec<_>, Vec<_>) = self
            .duplicates
            .drain(..)
            .partition(|(_, s)| slots.contains(s));
        self.duplicates = kept;
        self.left.extend(dropped.into_iter().map(|(p, _)| p));
        self.left.sort_by_key(|p| (p.date, p.index));
    }
}

/// The median amount of the slots holding a single charge (of all slots
/// when none does): what a crowded slot's own charge is closest to.
fn usual_amount(by_slot: &BTreeMap<i64, Vec<(Point, i64)>>) -> Decimal {
    let mut single: Vec<Decimal> = by_slot
        .values()
        .filter(|held| held.len() == 1)
        .flatten()
        .map(|(p, _)| p.amount)
        .collect();
    if single.is_empty() {
        single = by_slot.values().flatten().map(|(p, _)| p.amount).collect();
    }
    single.sort_unstable();
    single.get(single.len() / 2).copied().unwrap_or_default()
}

/// Runs of one price, in date order: (first index, length).
pub fn price_runs(amounts: &[Decimal]) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut start_amount = None;
    for (i, &amount) in amounts.iter().enumerate() {
        match (runs.last_mut(), start_amount) {
            (Some(run), Some(start)) if same_price(start, amount) => run.1 += 1,
            _ => {
                runs.push((i, 1));
                start_amount = Some(amount);
            }
        }
    }
    runs
}

/// Stable, a few price changes (each new price held at least twice, or
/// the latest; the first may be an introductory price), or usage-billed.
/// A rare odd charge between two of one price (a late fee, a prorated
/// month) is noise, not a change.
fn amounts_kind(amounts: &[Decimal]) -> Amounts {
    let runs = price_runs(amounts);
    let last = runs.len().saturating_sub(1);
    let odd = |(k, &(_, len)): (usize, &(usize, usize))| len == 1 && k != 0 && k != last;
    let singles = runs.iter().enumerate().filter(|&run| odd(run)).count();
    if singles > (amounts.len() / 8).max(usize::from(amounts.len() >= 5)) {
        return Amounts::Variable;
    }
    let prices: Vec<Decimal> = runs
        .iter()
        .enumerate()
        .filter(|&run| !odd(run))
        .filter_map(|(_, &(start, _))| amounts.get(start).copied())
        .collect();
    let changes = prices
        .windows(2)
        .filter(|w| !same_price(w[0], w[1]))
        .count();
    match changes {
        0 => Amounts::Stable,
        n if n <= (amounts.len() / 4).max(1) => Amounts::Changes,
        _ => Amounts::Variable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn p(index: usize, date: NaiveDate, amount: &str) -> Point {
        Point {
            index,
            date,
            amount: amount.parse().unwrap_or_default(),
        }
    }

    fn monthly(day: u32, months: u32, amount: &str) -> Vec<Point> {
        (0..months)
            .map(|m| {
                p(
                    m as usize,
                    d(2024 + (m / 12) as i32, m % 12 + 1, day),
                    amount,
                )
            })
            .collect()
    }

    fn dec(text: &str) -> Decimal {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn a_clean_monthly_group_is_one_segment() {
        let found = segments(0, &monthly(5, 12, "9.99"));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].charges.len(), 12);
        assert_eq!(found[0].amounts, Amounts::Stable);
    }

    #[test]
    fn two_plans_in_the_same_months_are_two_segments() {
        let mut points = monthly(5, 12, "9.99");
        points.extend(monthly(20, 12, "24.00").into_iter().map(|p| Point {
            index: p.index + 100,
            ..p
        }));
        points.sort_by_key(|p| p.date);
        let found = segments(0, &points);
        assert_eq!(found.len(), 2, "{found:?}");
        for segment in &found {
            assert_eq!(segment.charges.len(), 12);
            assert_eq!(segment.amounts, Amounts::Stable);
        }
    }

    #[test]
    fn usage_billed_monthly_is_kept_and_weekly_variable_is_not() {
        let amounts = ["31.20", "54.10", "18.90", "77.00", "42.35", "60.00"];
        let points: Vec<Point> = amounts
            .iter()
            .enumerate()
            .map(|(i, a)| p(i, d(2025, i as u32 + 1, 2), a))
            .collect();
        let found = segments(0, &points);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].amounts, Amounts::Variable);
        let weekly: Vec<Point> = amounts
            .iter()
            .enumerate()
            .map(|(i, a)| p(i, d(2025, 1, 4) + chrono::TimeDelta::days(7 * i as i64), a))
            .collect();
        assert!(segments(0, &weekly).is_empty());
    }

    #[test]
    fn a_crowded_slot_keeps_the_usual_amount() {
        let mut points = monthly(5, 6, "9.99");
        points.push(p(50, d(2024, 3, 6), "49.00"));
        points.sort_by_key(|p| p.date);
        let found = segments(0, &points);
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .charges
                .iter()
                .all(|(p, _)| p.amount == dec("9.99"))
        );
    }

    #[test]
    fn a_same_amount_second_charge_is_a_duplicate() {
        let mut points = monthly(5, 6, "9.99");
        points.push(p(50, d(2024, 3, 6), "9.99"));
        points.sort_by_key(|p| p.date);
        let found = segments(0, &points);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].duplicates.len(), 1);
        assert_eq!(found[0].charges.len(), 6);
    }

    #[test]
    fn a_plan_moved_to_another_day_is_two_pieces() {
        let mut points: Vec<Point> = (0..3)
            .map(|m| p(m, d(2025, m as u32 + 1, 7), "20.56"))
            .collect();
        points.extend((3..10).map(|m| p(m, d(2025, m as u32 + 1, 17), "20.56")));
        let pieces = shift_split(&points);
        assert_eq!(pieces.iter().map(Vec::len).collect::<Vec<_>>(), vec![3, 7]);
        let found = segments(0, &points);
        assert_eq!(
            found.iter().map(|s| s.charges.len()).collect::<Vec<_>>(),
            vec![3, 7]
        );
    }

    #[test]
    fn a_long_gap_splits_into_pieces() {
        let mut points = monthly(5, 4, "9.99");
        points.extend(monthly(5, 24, "9.99").into_iter().skip(12));
        let pieces = gap_split(&points);
        assert_eq!(pieces.iter().map(Vec::len).collect::<Vec<_>>(), vec![4, 12]);
    }

    #[test]
    fn price_runs_tell_changes_from_usage() {
        let kind =
            |amounts: &[&str]| amounts_kind(&amounts.iter().map(|a| dec(a)).collect::<Vec<_>>());
        assert_eq!(kind(&["10", "10", "10.2", "10"]), Amounts::Stable);
        assert_eq!(kind(&["10", "10", "12", "12", "12"]), Amounts::Changes);
        assert_eq!(kind(&["10", "10", "10", "12"]), Amounts::Changes);
        assert_eq!(kind(&["5", "10", "10", "10"]), Amounts::Changes);
        assert_eq!(kind(&["10", "14", "10", "10"]), Amounts::Variable);
        assert_eq!(kind(&["10", "20", "30", "40", "50"]), Amounts::Variable);
        let fee = ["477", "477", "477", "477", "502", "477", "477", "477"];
        assert_eq!(kind(&fee), Amounts::Stable);
    }

    #[test]
    fn a_dense_habit_is_not_fitted() {
        let points: Vec<Point> = (0..200)
            .map(|i| {
                p(
                    i,
                    d(2025, 1, 1) + chrono::TimeDelta::days(i as i64 / 2),
                    "3.50",
                )
            })
            .collect();
        assert!(segments(0, &points).is_empty());
    }
}
