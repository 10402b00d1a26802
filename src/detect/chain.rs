//! Segments joined into series: one merchant's segments one after the
//! other (a price change, a pause) and, across merchants, a segment that
//! picks up the next slot at the same amount where another stopped (a
//! rename: `CLAUDE.AI` becomes `ANTHROPIC`).

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::cadence;
use super::series::{Group, GroupKey, Segment, same_price};

/// How two neighbouring segments of a series are joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// The same merchant again.
    Continue,
    /// Another merchant, same amount, next slot.
    Rename,
}

/// One series: its segments in date order, `links[i]` joining segment `i`
/// to `i + 1`.
#[derive(Clone, Debug)]
pub struct Chain {
    pub segments: Vec<Segment>,
    pub links: Vec<Link>,
}

/// How many of the latest series per merchant, and per amount, a segment
/// may continue: enough for parallel plans, few enough that thousands of
/// merchants at one price stay linear.
const RECENT: usize = 32;

/// Joins segments into series, earliest first: each segment goes to the
/// series it continues best (of its merchant's, or of those ending at its
/// first amount: a rename keeps the price), or starts one.
pub fn link(mut segments: Vec<Segment>, groups: &[Group]) -> Vec<Chain> {
    segments.sort_by_key(|s| s.first().map(|(p, _)| (p.date, p.index)));
    let mut chains: Vec<Chain> = Vec::new();
    let mut by_group: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut by_amount: HashMap<Decimal, Vec<usize>> = HashMap::new();
    for segment in segments {
        let first = segment.first().map(|(p, _)| p.amount.normalize());
        let mut near: Vec<usize> = recent(by_group.get(&segment.group))
            .chain(recent(first.and_then(|a| by_amount.get(&a))))
            .collect();
        near.sort_unstable();
        near.dedup();
        let best = near
            .into_iter()
            .filter_map(|i| {
                let (score, link) = join(chains.get(i)?.segments.last()?, &segment, groups)?;
                Some((score, i, link))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        let group = segment.group;
        let last = segment.last().map(|(p, _)| p.amount.normalize());
        let index = match best.and_then(|(_, i, link)| Some((i, chains.get_mut(i)?, link))) {
            Some((i, chain, link)) => {
                chain.segments.push(segment);
                chain.links.push(link);
                i
            }
            None => {
                chains.push(Chain {
                    segments: vec![segment],
                    links: Vec::new(),
                });
                chains.len() - 1
            }
        };
        let mine = by_group.entry(group).or_default();
        if mine.last() != Some(&index) {
            mine.push(index);
        }
        if let Some(amount) = last {
            by_amount.entry(amount).or_default().push(index);
        }
    }
    chains
}

fn recent(list: Option<&Vec<usize>>) -> impl Iterator<Item = usize> + '_ {
    list.into_iter()
        .flat_map(|l| l.iter().rev().take(RECENT).copied())
}

/// Whether `next` continues `last`, and how well. One merchant's segments
/// join when `next` takes the very next slot, keeps the price (a pause),
/// or both are long enough to be plans of their own (a price change); different
/// merchants only at the same amount in the next slot (or the one after).
fn join(last: &Segment, next: &Segment, groups: &[Group]) -> Option<(f64, Link)> {
    let (before, after) = (groups.get(last.group)?, groups.get(next.group)?);
    if last.cadence() != next.cadence() || before.currency != after.currency {
        return None;
    }
    let (end, end_slot) = last.last()?;
    let (start, _) = next.first()?;
    if start.date <= end.date {
        return None;
    }
    let slot = last.grid.place(start.date).map(|p| p.slot - end_slot);
    let next_slot = slot == Some(1);
    let periods = (start.date - end.date).num_days() as f64 / cadence::period_days(last.cadence());
    if last.group == next.group {
        let same = same_price(end.amount, start.amount);
        // A price five times the old one is another plan, not a change.
        let (low, high) = (end.amount.min(start.amount), end.amount.max(start.amount));
        let near = high <= low * Decimal::TWO;
        let long = last.charges.len() >= 3 && next.charges.len() >= 3 && near;
        if !(next_slot || same || long) {
            return None;
        }
        let price = if same { 0.5 } else { 0.0 };
        return Some((2.0 + price - 0.01 * periods, Link::Continue));
    }
    let tracked =
        matches!(before.key, GroupKey::Known(_)) || matches!(after.key, GroupKey::Known(_));
    // The switch-over may skip a period (a miss), no more.
    let soon = matches!(slot, Some(1 | 2));
    (!tracked && soon && end.amount == start.amount).then_some((1.0, Link::Rename))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::detect::Cadence;
    use crate::detect::cadence::Grid;
    use crate::detect::series::{Amounts, Point};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn group(key: &str) -> Group {
        Group {
            key: GroupKey::Merchant(key.to_string()),
            merchant: key.to_string(),
            currency: None,
            points: Vec::new(),
        }
    }

    /// Monthly on the 10th from `from` (a month index into 2024) for `n`.
    fn segment(group: usize, from: u32, n: u32, amount: i64) -> Segment {
        let grid = Grid::new(Cadence::Monthly, d(2024, 1, 10));
        let charges = (from..from + n)
            .map(|k| {
                let date = grid.slot(i64::from(k)).unwrap_or_default();
                let point = Point {
                    index: k as usize,
                    date,
                    amount: Decimal::new(amount, 2),
                };
                (point, i64::from(k))
            })
            .collect();
        Segment {
            group,
            grid,
            charges,
            duplicates: Vec::new(),
            amounts: Amounts::Stable,
            placed: 1.0,
            mean_offset: 0.0,
        }
    }

    #[test]
    fn a_new_merchant_in_the_next_slot_at_the_same_amount_is_a_rename() {
        let groups = [group("CLAUDE"), group("ANTHROPIC")];
        let chains = link(
            vec![segment(0, 0, 5, 2000), segment(1, 5, 6, 2000)],
            &groups,
        );
        assert_eq!(chains.len(), 1);
        assert_eq!(chains[0].links, vec![Link::Rename]);
    }

    #[test]
    fn another_amount_or_a_later_slot_is_no_rename() {
        let groups = [group("CLAUDE"), group("ANTHROPIC")];
        let chains = link(
            vec![segment(0, 0, 5, 2000), segment(1, 5, 6, 2100)],
            &groups,
        );
        assert_eq!(chains.len(), 2);
        let chains = link(
            vec![segment(0, 0, 5, 2000), segment(1, 7, 6, 2000)],
            &groups,
        );
        assert_eq!(chains.len(), 2);
    }

    #[test]
    fn one_merchants_segments_join_across_a_pause_and_a_price_change() {
        let groups = [group("OPENAI")];
        let chains = link(
            vec![segment(0, 0, 4, 2000), segment(0, 12, 4, 2200)],
            &groups,
        );
        assert_eq!(chains.len(), 1);
        assert_eq!(chains[0].links, vec![Link::Continue]);
    }

    #[test]
    fn short_segments_of_one_merchant_join_only_in_the_next_slot() {
        let groups = [group("SHOP")];
        let chains = link(
            vec![segment(0, 0, 2, 2000), segment(0, 6, 2, 2600)],
            &groups,
        );
        assert_eq!(chains.len(), 2);
    }

    #[test]
    fn overlapping_plans_stay_apart() {
        let groups = [group("ADOBE")];
        let chains = link(
            vec![segment(0, 0, 12, 9930), segment(0, 2, 10, 5194)],
            &groups,
        );
        assert_eq!(chains.len(), 2);
    }
}
