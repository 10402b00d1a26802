//! The subscriptions subs tracks, as statement detection and
//! reconciliation see them.

use crate::detect::{Cadence, Known};
use crate::domain::cycle::Cycle;
use crate::domain::subscription::Subscription;
use crate::error::Result;
use crate::store::Db;
use crate::store::subscriptions::{self, Filter, Sort};

/// Every subscription (whatever its status: a cancelled one's old charges
/// are still its own), with its `--match` descriptors. Each `Known.id` is
/// the index of its subscription in the list returned beside.
pub fn known(db: &Db) -> Result<(Vec<Subscription>, Vec<Known>)> {
    let all = subscriptions::list(db, &Filter::default(), Sort::Name)?;
    let known = all
        .iter()
        .enumerate()
        .map(|(i, s)| known_one(i as i64, s))
        .collect();
    Ok((all, known))
}

fn known_one(id: i64, s: &Subscription) -> Known {
    Known {
        id,
        name: s.name.clone(),
        patterns: s
            .statement_match
            .as_deref()
            .map(|m| m.split('|').map(str::to_string).collect())
            .unwrap_or_default(),
        amount: s.amount.amount(),
        currency: s.currency,
        cadence: cadence(s.cycle),
    }
}

/// A subscription's cycle as a statement shows it.
pub fn cadence(cycle: Cycle) -> Cadence {
    match cycle {
        Cycle::Weekly => Cadence::Weekly,
        Cycle::Monthly => Cadence::Monthly,
        Cycle::Quarterly => Cadence::Quarterly,
        Cycle::Yearly => Cadence::Yearly,
        Cycle::Custom(7) => Cadence::Weekly,
        Cycle::Custom(days) => Cadence::EveryDays(u32::from(days)),
        Cycle::EveryMonths(months) => Cadence::EveryMonths(u32::from(months)),
    }
}
