//! `subs member add|list|remove` and `subs split`.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use super::{Ctx, parse_date};
use crate::domain::money::cents_to_decimal;
use crate::domain::payment::PaymentStatus;
use crate::domain::schedule;
use crate::domain::share;
use crate::domain::subscription::{CATEGORY_NAME_MAX, Status, Subscription};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::json::Exact;
use crate::render::member::{ChargeJson, DebtJson, MemberJson, MemberList, PartJson, Split, cents};
use crate::render::text::safe;
use crate::store::payments::{self, Filter};
use crate::store::{members, subscriptions};

pub fn add(ctx: &mut Ctx, name: &str) -> Result<()> {
    let name = validate::name("member name", name, CATEGORY_NAME_MAX).map_err(Error::invalid)?;
    let member = ctx.store.write(|db| members::add(db, &name))?;
    ctx.out.show(&Done::new(
        MemberJson {
            name: member.name.clone(),
            subscriptions: Vec::new(),
        },
        format!("Added member {}", safe(&member.name)),
    ))
}

pub fn list(ctx: &mut Ctx) -> Result<()> {
    let all = members::list(ctx.store.db())?;
    let mut out = vec![MemberJson {
        name: "me".into(),
        subscriptions: members::mine(ctx.store.db())?,
    }];
    out.extend(all.into_iter().map(|l| MemberJson {
        name: l.member.name,
        subscriptions: l.subscriptions,
    }));
    ctx.out.show(&MemberList(out))
}

pub fn remove(ctx: &mut Ctx, name: &str) -> Result<()> {
    let removed = ctx.store.write(|db| {
        let member = members::get(db, name)?
            .ok_or_else(|| Error::invalid("\"me\" is always a member and cannot be removed"))?;
        let used = members::list(db)?
            .into_iter()
            .find(|l| l.member.id == member.id)
            .map(|l| l.subscriptions)
            .unwrap_or_default();
        if !used.is_empty() {
            return Err(Error::invalid(format!(
                "{} shares or pays {}; change those first (`subs edit NAME --shared-with ...` or `--paid-by me`)",
                safe(&member.name),
                used.join(", ")
            )));
        }
        members::remove(db, member.id)?;
        Ok(member.name)
    })?;
    #[derive(serde::Serialize)]
    struct Removed {
        removed: String,
    }
    let message = format!("Removed member {}", safe(&removed));
    ctx.out.show(&Done::new(Removed { removed }, message))
}

/// `YYYY-MM` → its first and last day.
fn month_bounds(text: Option<&str>, today: NaiveDate) -> Result<(NaiveDate, NaiveDate)> {
    let first = match text {
        None => today.with_day(1).unwrap_or(today),
        Some(m) => parse_date("--month", &format!("{}-01", m.trim()), today)
            .ok()
            .filter(|_| m.trim().len() == 7)
            .ok_or_else(|| {
                Error::invalid(format!(
                    "invalid --month \"{m}\": expected YYYY-MM, e.g. 2027-01"
                ))
            })?,
    };
    let last = first
        .checked_add_months(chrono::Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first);
    Ok((first, last))
}

/// A charge of a shared subscription: (date, signed cents, source).
fn charges_of(
    db: &crate::store::Db,
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

pub fn split(ctx: &mut Ctx, month: Option<&str>) -> Result<()> {
    let today = ctx.today();
    let (first, last) = month_bounds(month, today)?;
    let view = ctx.store.read(|db| {
        let mut charges = Vec::new();
        // (from, to, currency) → cents owed.
        let mut owed: BTreeMap<(String, String, String), i64> = BTreeMap::new();
        let mut totals: BTreeMap<String, BTreeMap<String, i64>> = BTreeMap::new();
        for sub in subscriptions::shared(db)? {
            let payer = sub
                .paid_by
                .as_ref()
                .map_or("me".to_string(), |m| m.name.clone());
            let (names, fractions): (Vec<String>, Vec<rust_decimal::Decimal>) =
                if sub.shares.is_empty() {
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
    })?;
    ctx.out.show(&view)
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
