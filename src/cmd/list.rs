//! `subs list`: a table for people, an array of subscription objects for
//! scripts.

use chrono::NaiveDate;

use super::Ctx;
use crate::domain::currency::Currency;
use crate::domain::rates::Converter;
use crate::domain::subscription::{Status, Subscription};
use crate::error::Result;
use crate::render::subscription::{SubscriptionList, monthly_totals};
use crate::report::Envelope;
use crate::store::Db;
use crate::store::subscriptions::{self, Filter, Sort};

/// Lists subscriptions with `status` (`None`: every status), optionally of
/// one category, in `sort` order.
pub fn run(
    ctx: &mut Ctx,
    status: Option<Status>,
    category: Option<String>,
    sort: Sort,
    mine: Option<bool>,
) -> Result<()> {
    let filter = Filter { status, category };
    let today = ctx.today();
    let (list, damaged) = ctx.store.read(|db| build(db, today, &filter, sort, mine))?;
    for row in &damaged {
        ctx.out.warn(row);
    }
    ctx.out.show(&list)
}

/// The listing and the rows that could not be read (a warning each), in
/// one snapshot: what `subs list` and the MCP tool show.
pub fn build(
    db: &Db,
    today: NaiveDate,
    filter: &Filter,
    sort: Sort,
    mine: Option<bool>,
) -> Result<(SubscriptionList, Vec<String>)> {
    let (mut subs, damaged) = subscriptions::list_readable(db, filter, sort)?;
    let env = Envelope::load(db, today)?;
    let unranked = match sort {
        Sort::Monthly | Sort::Amount => rank_in_base(&mut subs, sort, &env.conv),
        _ => Vec::new(),
    };
    let mine = crate::settings::totals_mine(db, mine)?;
    let totals = monthly_totals(&subs, today, mine);
    let in_base = (totals.by_currency.len() > 1
        || totals.by_currency.keys().any(|c| *c != env.base()))
    .then(|| totals.in_base(&env.conv))
    .filter(|(_, missing)| missing.is_empty())
    .map(|(total, _)| (total, env.base()));
    let counts = subscriptions::count_by_status(db)?;
    let hidden = match filter.status {
        Some(Status::Active) => counts
            .iter()
            .filter(|(s, _)| *s != Status::Active)
            .map(|(_, n)| n)
            .sum(),
        _ => 0,
    };
    let list = SubscriptionList {
        subscriptions: subs,
        today,
        empty: counts.is_empty(),
        hidden,
        in_base,
        unranked,
        mine,
    };
    Ok((list, damaged))
}

/// Orders by cost in the base currency (largest first), so amounts in
/// different currencies compare as money, not as numbers; subscriptions in
/// a currency without a rate go last. Returns those currencies.
fn rank_in_base(subs: &mut [Subscription], sort: Sort, conv: &Converter) -> Vec<Currency> {
    let value = |s: &Subscription| {
        let own = match sort {
            Sort::Amount => s.amount.amount(),
            _ => s.monthly_cost(),
        };
        conv.to_base(s.currency, own)
    };
    subs.sort_by(|a, b| match (value(a), value(b)) {
        (Some(x), Some(y)) => y.cmp(&x).then_with(|| a.name.cmp(&b.name)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a
            .currency
            .cmp(&b.currency)
            .then_with(|| value_own(b, sort).cmp(&value_own(a, sort))),
    });
    let mut missing: Vec<Currency> = subs
        .iter()
        .filter(|s| value(s).is_none())
        .map(|s| s.currency)
        .collect();
    missing.dedup();
    missing
}

fn value_own(s: &Subscription, sort: Sort) -> rust_decimal::Decimal {
    match sort {
        Sort::Amount => s.amount.amount(),
        _ => s.monthly_cost(),
    }
}
