//! A series made a candidate: its evidence, events, confidence, status,
//! name and pattern.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::cadence;
use super::chain::{Chain, Link};
use super::series::{Amounts, Group, GroupKey, Point, Segment, price_runs, same_price};
use super::{Cadence, Candidate, Charge, Event, EventKind, Known, Status, merchant};
use crate::statement::Transaction;

/// What scoring a series needs besides the series.
pub struct Context<'a> {
    pub transactions: &'a [Transaction],
    pub groups: &'a [Group],
    /// Per group, how busy it is beside its segments (0..1): a busy
    /// merchant (a shop, a café) makes a coincidence likelier.
    pub busy: &'a [f64],
    pub known: &'a [Known],
    /// The statement's end: its latest date.
    pub end: NaiveDate,
}

/// A candidate, with the tracked subscription its group is bound to by
/// pattern and its merchant key (for matching tracked ones by name).
pub struct Scored {
    pub candidate: Candidate,
    pub bound: Option<usize>,
    pub merchant: String,
}

/// The candidate a series makes; `None` for fewer than two charges.
pub fn candidate(chain: &Chain, cx: &Context) -> Option<Scored> {
    let last = chain.segments.last()?;
    let group = cx.groups.get(last.group)?;
    let primaries: Vec<&(Point, i64)> = chain.segments.iter().flat_map(|s| &s.charges).collect();
    let &&(latest, latest_slot) = primaries.last()?;
    if primaries.len() < 2 {
        return None;
    }
    let charges = evidence(chain);
    let dates = || {
        charges
            .iter()
            .filter_map(|c| cx.transactions.get(c.index))
            .map(|t| t.date)
    };
    let cadence = last.cadence();
    let events = events(chain, cx);
    let last_date = dates().max()?;
    let candidate = Candidate {
        name: name(group, last, cx),
        pattern: pattern(&charges, cx.transactions),
        cadence,
        amount: latest.amount,
        currency: group.currency,
        first_date: dates().min()?,
        last_date,
        next_date: last.grid.slot(latest_slot + 1).unwrap_or(last_date),
        confidence: confidence(chain, &events, cx),
        status: status(cadence, primaries.len(), last_date, cx.end),
        events,
        subscription_id: None,
        charges,
    };
    let bound = match group.key {
        GroupKey::Known(k) => Some(k),
        _ => None,
    };
    Some(Scored {
        candidate,
        bound,
        merchant: group.merchant.clone(),
    })
}

/// Every charge of the series with the slot it paid, in date order.
fn evidence(chain: &Chain) -> Vec<Charge> {
    let mut charges: Vec<(NaiveDate, Charge)> = chain
        .segments
        .iter()
        .flat_map(|s| {
            s.charges.iter().chain(&s.duplicates).map(|(point, slot)| {
                let due = s.grid.slot(*slot).unwrap_or(point.date);
                (
                    point.date,
                    Charge {
                        index: point.index,
                        slot: due,
                    },
                )
            })
        })
        .collect();
    charges.sort_by_key(|(date, charge)| (*date, charge.index));
    charges.into_iter().map(|(_, charge)| charge).collect()
}

/// Maybe when there are too few charges to be sure (fewer than three of a
/// monthly or shorter plan, a twice-seen yearly or half-yearly one);
/// active when the last charge is within 1.5 periods of the statement's
/// end; ended otherwise.
pub fn status(cadence: Cadence, charges: usize, last: NaiveDate, end: NaiveDate) -> Status {
    let few = charges < if cadence == Cadence::Quarterly { 2 } else { 3 };
    let since = (end - last).num_days() as f64;
    if few {
        Status::Maybe
    } else if since <= 1.5 * cadence::period_days(cadence) {
        Status::Active
    } else {
        Status::Ended
    }
}

/// How much a number of charges says: the second of a monthly plan little,
/// the second of a yearly one (a year apart, to the week) a lot more.
fn count_factor(cadence: Cadence, charges: usize) -> f64 {
    let (second, decay): (f64, f64) = match cadence {
        Cadence::Weekly | Cadence::EveryDays(_) => (0.45, 0.65),
        Cadence::Monthly | Cadence::EveryMonths(2) => (0.5, 0.56),
        Cadence::Quarterly | Cadence::EveryMonths(_) => (0.68, 0.5),
        Cadence::Yearly => (0.7, 0.5),
    };
    let beyond = i32::try_from(charges.saturating_sub(2)).unwrap_or(i32::MAX);
    (1.0 - (1.0 - second) * decay.powi(beyond)).min(0.98)
}

/// Confidence in 0..1: the number of charges, the slots filled, the share
/// of the charges in slots, how close to their slots they post, how
/// stable the amounts are, how busy the merchant is, pauses, and the
/// bank's own word (a direct debit, a standing order, a mandate).
fn confidence(chain: &Chain, events: &[Event], cx: &Context) -> f64 {
    let segments = &chain.segments;
    let used: usize = segments.iter().map(|s| s.charges.len()).sum();
    let spanned: i64 = segments.iter().map(span).sum();
    let weighted = |f: &dyn Fn(&Segment) -> f64| {
        segments
            .iter()
            .map(|s| f(s) * s.charges.len() as f64)
            .sum::<f64>()
            / used.max(1) as f64
    };
    let cadence = segments.first().map_or(Cadence::Monthly, Segment::cadence);
    let (early, late) = cadence::tolerance(cadence);
    let closeness = 1.0 - 0.5 * weighted(&|s| s.mean_offset) / early.max(late) as f64;
    let coverage = used as f64 / spanned.max(1) as f64;
    let amounts = if segments.iter().any(|s| s.amounts == Amounts::Variable) {
        0.85
    } else if segments.iter().any(|s| s.amounts == Amounts::Changes) {
        0.95
    } else {
        1.0
    };
    let busy = weighted(&|s| cx.busy.get(s.group).copied().unwrap_or(0.0));
    let pauses = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Pause { .. }))
        .count();
    let hinted = segments
        .iter()
        .flat_map(|s| &s.charges)
        .filter_map(|(p, _)| cx.transactions.get(p.index))
        .filter(|t| t.hints.direct_debit || t.hints.standing_order || t.hints.mandate.is_some())
        .count() as f64
        / used.max(1) as f64;
    let base = count_factor(cadence, used)
        * (0.4 + 0.6 * coverage)
        * weighted(&|s| s.placed)
        * closeness
        * amounts
        * (1.0 - 0.6 * busy)
        * 0.95f64.powi(i32::try_from(pauses).unwrap_or(i32::MAX));
    (base + 0.1 * hinted).clamp(0.0, 1.0)
}

/// The slots from a segment's first charge to its last.
fn span(segment: &Segment) -> i64 {
    match (segment.first(), segment.last()) {
        (Some((_, a)), Some((_, b))) => b - a + 1,
        _ => 0,
    }
}

/// Price changes, misses, pauses, renames and duplicates, in date order.
fn events(chain: &Chain, cx: &Context) -> Vec<Event> {
    let mut events = price_changes(chain);
    for segment in &chain.segments {
        for pair in segment.charges.windows(2) {
            if let [(_, a), (_, b)] = pair {
                events.extend(gap_event(segment, *a, b - a - 1));
            }
        }
        for (point, _) in &segment.duplicates {
            events.push(Event {
                date: point.date,
                kind: EventKind::Duplicate,
            });
        }
    }
    for (pair, link) in chain.segments.windows(2).zip(&chain.links) {
        if let [before, after] = pair {
            events.extend(link_event(before, after, *link, cx));
        }
    }
    events.extend(descriptor_changes(chain, cx));
    events.sort_by_key(|e| e.date);
    events
}

/// A run of charges at a new price (held twice, or the latest charge).
fn price_changes(chain: &Chain) -> Vec<Event> {
    if chain
        .segments
        .iter()
        .any(|s| s.amounts == Amounts::Variable)
    {
        return Vec::new();
    }
    let points: Vec<&Point> = chain
        .segments
        .iter()
        .flat_map(|s| &s.charges)
        .map(|(p, _)| p)
        .collect();
    let amounts: Vec<Decimal> = points.iter().map(|p| p.amount).collect();
    let runs = price_runs(&amounts);
    let mut current = amounts.first().copied().unwrap_or_default();
    let mut events = Vec::new();
    for (k, &(start, len)) in runs.iter().enumerate().skip(1) {
        let Some(point) = points.get(start) else {
            continue;
        };
        let held = len >= 2 || k + 1 == runs.len();
        if held && !same_price(current, point.amount) {
            events.push(Event {
                date: point.date,
                kind: EventKind::PriceChange {
                    from: current,
                    to: point.amount,
                },
            });
            current = point.amount;
        }
    }
    events
}

/// `empty` slots with no charge after slot `slot`: one is a miss, more a
/// pause.
fn gap_event(segment: &Segment, slot: i64, empty: i64) -> Option<Event> {
    let date = segment.grid.slot(slot + 1)?;
    let kind = match empty {
        ..=0 => return None,
        1 => EventKind::Miss,
        periods => EventKind::Pause {
            periods: u32::try_from(periods).unwrap_or(u32::MAX),
        },
    };
    Some(Event { date, kind })
}

/// What happened between two segments: a rename, and the slots between
/// them with no charge (a miss or a pause).
fn link_event(before: &Segment, after: &Segment, link: Link, cx: &Context) -> Vec<Event> {
    let (Some((end, end_slot)), Some((start, _))) = (before.last(), after.first()) else {
        return Vec::new();
    };
    let period = cadence::period_days(before.cadence());
    let empty = ((start.date - end.date).num_days() as f64 / period).round() as i64 - 1;
    let mut events: Vec<Event> = gap_event(before, *end_slot, empty).into_iter().collect();
    if link == Link::Rename {
        events.push(Event {
            date: start.date,
            kind: EventKind::Rename {
                from: display(before, cx),
                to: display(after, cx),
            },
        });
    }
    events
}

/// Within a group bound by a pattern or a mandate, the descriptor's
/// merchant changing for good (twice in a row, or the latest charge).
fn descriptor_changes(chain: &Chain, cx: &Context) -> Vec<Event> {
    let mut events = Vec::new();
    for segment in &chain.segments {
        let bound = cx
            .groups
            .get(segment.group)
            .is_some_and(|g| !matches!(g.key, GroupKey::Merchant(_)));
        if !bound {
            continue;
        }
        let keys: Vec<(NaiveDate, String)> = segment
            .charges
            .iter()
            .filter_map(|(p, _)| Some((p.date, merchant::key_of(cx.transactions.get(p.index)?)?)))
            .collect();
        let mut current: Option<&String> = keys.first().map(|(_, key)| key);
        for (i, (date, key)) in keys.iter().enumerate() {
            let held = keys.get(i + 1).is_none_or(|(_, next)| next == key);
            if let Some(from) = current.filter(|from| *from != key && held) {
                events.push(Event {
                    date: *date,
                    kind: EventKind::Rename {
                        from: merchant::title(from),
                        to: merchant::title(key),
                    },
                });
                current = Some(key);
            }
        }
    }
    events
}

/// A readable name: the tracked subscription's, the payee as written when
/// it is clean, else the merchant key in title case.
fn name(group: &Group, segment: &Segment, cx: &Context) -> String {
    if let GroupKey::Known(k) = group.key
        && let Some(known) = cx.known.get(k)
    {
        return known.name.clone();
    }
    display(segment, cx)
}

fn display(segment: &Segment, cx: &Context) -> String {
    let Some(group) = cx.groups.get(segment.group) else {
        return String::new();
    };
    let mut names: Vec<String> = segment
        .charges
        .iter()
        .filter_map(|(p, _)| cx.transactions.get(p.index))
        .filter_map(|t| merchant::clean_name(&t.payee, &group.merchant))
        .collect();
    names.sort();
    let mut best: Option<(usize, &String)> = None;
    for run in names.chunk_by(|a, b| a == b) {
        if let Some(first) = run.first()
            && best.is_none_or(|(count, _)| run.len() > count)
        {
            best = Some((run.len(), first));
        }
    }
    best.map_or_else(
        || merchant::title(&group.merchant),
        |(_, name)| name.clone(),
    )
}

/// `|`-separated alternatives, one of which every charge's payee or memo
/// contains: the merchant key where the text holds it, else the payee (or
/// memo) as written.
fn pattern(charges: &[Charge], transactions: &[Transaction]) -> String {
    let mut alternatives: Vec<String> = Vec::new();
    for t in charges.iter().filter_map(|c| transactions.get(c.index)) {
        if alternatives.iter().any(|a| merchant::matches(a, t)) {
            continue;
        }
        let key = merchant::key_of(t);
        let first = key
            .as_deref()
            .and_then(|k| k.split(' ').next())
            .map(str::to_string);
        let found = [key, first]
            .into_iter()
            .flatten()
            .find(|candidate| merchant::matches(candidate, t))
            .or_else(|| as_written(&t.payee))
            .or_else(|| as_written(&t.memo));
        alternatives.extend(found);
    }
    alternatives.join("|")
}

/// The longest `|`-free stretch of a text, trimmed: a pattern alternative
/// that is sure to match it.
fn as_written(text: &str) -> Option<String> {
    text.split('|')
        .map(str::trim)
        .max_by_key(|part| part.len())
        .filter(|part| !part.is_empty())
        .map(str::to_string)
}
