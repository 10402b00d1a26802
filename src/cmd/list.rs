//! `subs list`: a table for people, an array of subscription objects for
//! scripts.

use super::Ctx;
use crate::domain::subscription::Status;
use crate::error::Result;
use crate::render::subscription::SubscriptionList;
use crate::store::subscriptions::{self, Filter, Sort};

/// Lists subscriptions with `status` (`None`: every status), optionally of
/// one category, in `sort` order.
pub fn run(
    ctx: &mut Ctx,
    status: Option<Status>,
    category: Option<String>,
    sort: Sort,
) -> Result<()> {
    let filter = Filter { status, category };
    let today = ctx.today();
    let list = ctx.store.read(|db| {
        let subs = subscriptions::list(db, &filter, sort)?;
        let counts = subscriptions::count_by_status(db)?;
        let hidden = match filter.status {
            Some(Status::Active) => counts
                .iter()
                .filter(|(s, _)| *s != Status::Active)
                .map(|(_, n)| n)
                .sum(),
            _ => 0,
        };
        Ok(SubscriptionList {
            subscriptions: subs,
            today,
            empty: counts.is_empty(),
            hidden,
        })
    })?;
    ctx.out.show(&list)
}
