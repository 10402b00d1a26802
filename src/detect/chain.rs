//! Segments joined into series: one merchant's segments one after the
//! other (a price change, a pause) and, across merchants, a segment that
//! picks up the next slot at the same amount where another stopped (a
//! rename: `CLAUDE.AI` becomes `ANTHROPIC`).

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

/// Joins segments into series, earliest first: each segment goes to the
/// series it continues best, or starts one.
pub fn link(mut segments: Vec<Segment>, groups: &[Group]) -> Vec<Chain> {
    segments.sort_by_key(|s| s.first().map(|(p, _)| (p.date, p.index)));
    let mut chains: Vec<Chain> = Vec::new();
    for segment in segments {
        let best = chains
            .iter()
            .enumerate()
            .filter_map(|(i, chain)| {
                let (score, link) = join(chain.segments.last()?, &segment, groups)?;
                Some((score, i, link))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        match best.and_then(|(_, i, link)| Some((chains.get_mut(i)?, link))) {
            Some((chain, link)) => {
                chain.segments.push(segment);
                chain.links.push(link);
            }
            None => chains.push(Chain {
                segments: vec![segment],
                links: Vec::new(),
            }),
        }
    }
    chains
}

/// Whether `next` continues `last`, and how well. One merchant's segments
/// join when `next` takes the very next slot, or when both are long
/// enough to be plans of their own (a price change, a pause); different
/// merchants only at the same amount in the very next slot.
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
    let next_slot = last
        .grid
        .place(start.date)
        .is_some_and(|p| p.slot == end_slot + 1);
    let periods = (start.date - end.date).num_days() as f64 / cadence::period_days(last.cadence());
    if last.group == next.group {
        if !next_slot && (last.charges.len() < 3 || next.charges.len() < 3) {
            return None;
        }
        let price = if same_price(end.amount, start.amount) {
            0.5
        } else {
            0.0
        };
        return Some((2.0 + price - 0.01 * periods, Link::Continue));
    }
    let tracked =
        matches!(before.key, GroupKey::Known(_)) || matches!(after.key, GroupKey::Known(_));
    (!tracked && next_slot && end.amount == start.amount).then_some((1.0, Link::Rename))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use rust_decimal::Decimal;

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
