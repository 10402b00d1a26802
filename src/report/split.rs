//! `subs split`: a month's charges of shared plans, each divided into the
//! members' parts (to the cent), what each member's parts come to, and who
//! owes whom, netted. Recorded payments count; without any, an active
//! plan's scheduled charges do.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::domain::money::cents_to_decimal;
use crate::domain::payment::PaymentStatus;
use crate::domain::schedule;
use crate::domain::share;
use crate::domain::subscription::{Status, Subscription};
use crate::error::{Error, Result};
use crate::render::json::Exact;
use crate::render::member::{ChargeJson, DebtJson, PartJson, Split, cents};
use crate::render::text::safe;
use crate::store::payments::{self, Filter};
use crate::store::{Db, subscriptions};

/// The split of the month `first..=last`.
pub fn build(db: &Db, first: NaiveDate, last: NaiveDate) -> Result<Split> {
    let mut charges = Vec::new();
    // (from, to, currency) → cents owed.
    let mut owed: BTreeMap<(String, String, String), i64> = BTreeMap::new();
    let mut totals: BTreeMap<String, BTreeMap<String, i64>> = BTreeMap::new();
    for sub in subscriptions::shared(db)? {
        let payer = sub
            .paid_by
            .as_ref()
            .map_or("me".to_string(), |m| m.name.clone());
        let (names, fractions): (Vec<String>, Vec<rust_decimal::Decimal>) = if sub.shares.is_empty()
        {
            (vec!["me".to_string()], vec![rust_decimal::Decimal::ONE])
        } else {
            let parts: Vec<_> = sub.shares.iter().map(|s| s.part).collect();
            let f = share::fractions(&parts, sub.amount.cents())
                .map_err(|e| Error::invalid(format!("{}: {e}", safe(&sub.name))))?;
            (sub.shares.iter().map(|s| s.name().to_string()).collect(), f)
        };
        let currency = sub.currency.code().to_string();
        for (date, amount, source) in charges_of(db, &sub, first, last)? {
            let split = share::split_by(&fractions, amount.abs());
            let sign = amount.signum();
            let mut parts = Vec::new();
            for (name, c) in names.iter().zip(split) {
                let c = c * sign;
                *totals
                    .entry(name.clone())
                    .or_default()
                    .entry(currency.clone())
                    .or_default() += c;
                if *name != payer {
                    *owed
                        .entry((name.clone(), payer.clone(), currency.clone()))
                        .or_default() += c;
                }
                parts.push(PartJson {
                    member: name.clone(),
                    amount: cents(c),
                });
            }
            charges.push(ChargeJson {
                date: date.to_string(),
                subscription_id: sub.id.clone(),
                subscription_name: sub.name.clone(),
                amount: Exact(cents_to_decimal(amount)),
                currency: currency.clone(),
                paid_by: payer.clone(),
                source,
                parts,
            });
        }
    }
    charges.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then(a.subscription_name.cmp(&b.subscription_name))
    });
    Ok(Split {
        month: format!("{:04}-{:02}", first.year(), first.month()),
        charges,
        debts: net(owed),
        totals: totals
            .into_iter()
            .map(|(m, by)| (m, by.into_iter().map(|(c, v)| (c, cents(v))).collect()))
            .collect(),
    })
}

/// A charge of a shared subscription: (date, signed cents, source).
fn charges_of(
    db: &Db,
    sub: &Subscription,
    first: NaiveDate,
    last: NaiveDate,
) -> Result<Vec<(NaiveDate, i64, &'static str)>> {
    let recorded: Vec<_> = payments::list(
        db,
        &Filter {
            subscription_id: Some(&sub.id),
            since: Some(first),
            until: Some(last),
            status: None,
        },
    )?
    .into_iter()
    .filter_map(|p| match p.status {
        PaymentStatus::Paid => Some((p.payment_date, p.amount.cents(), "payment")),
        PaymentStatus::Refunded => Some((p.payment_date, -p.amount.cents(), "payment")),
        _ => None,
    })
    .collect();
    if !recorded.is_empty() || sub.status != Status::Active {
        return Ok(recorded);
    }
    let to = schedule::last_charge_day(sub.end_date, last);
    Ok(
        schedule::occurrences_between(sub.anchor, sub.cycle, first.max(sub.anchor), to)
            .into_iter()
            .map(|d| (d, sub.amount.cents(), "scheduled"))
            .collect(),
    )
}

/// Debts both ways between two members become one, in one direction.
fn net(owed: BTreeMap<(String, String, String), i64>) -> Vec<DebtJson> {
    let mut out = Vec::new();
    for ((from, to, currency), amount) in &owed {
        let back = owed
            .get(&(to.clone(), from.clone(), currency.clone()))
            .copied()
            .unwrap_or(0);
        let left = amount - back;
        if left > 0 {
            out.push(DebtJson {
                from: from.clone(),
                to: to.clone(),
                amount: cents(left),
                currency: currency.clone(),
            });
        }
    }
    out
}
