//! Event alerts: things that happened to a subscription (a status change,
//! a price increase, an expiry), raised in the same transaction as the
//! change itself. Every event alert is created here, through [`raise`].

use chrono::NaiveDate;

use crate::domain::alert::{self, AlertType, NewAlert, Text};
use crate::domain::subscription::{PriceChange, Subscription};
use crate::error::Result;
use crate::store::{Db, alerts, notify, subscriptions};

/// Stores one event alert; the occurrence keeps it unique. Returns whether
/// it was new. A new one is filed for the next `alerts generate`, which
/// prints it and queues it for the channels like the alerts it raises
/// itself.
pub fn raise(
    db: &Db,
    sub: &Subscription,
    alert_type: AlertType,
    text: Text,
    occurrence: String,
    today: NaiveDate,
) -> Result<bool> {
    let new = alerts::insert(
        db,
        &NewAlert {
            subscription_id: Some(&sub.id),
            alert_type,
            text,
            alert_date: today,
            occurrence,
        },
    )?;
    if new {
        notify::unannounced(db)?;
    }
    Ok(new)
}

/// A status change (paused, resumed, cancelled): every change is its own
/// event, so the occurrence is unique per call.
pub fn status_changed(
    db: &Db,
    sub: &Subscription,
    text: Text,
    event: &str,
    today: NaiveDate,
) -> Result<()> {
    let occurrence = format!("{event}:{today}:{}", uuid::Uuid::new_v4().simple());
    raise(db, sub, AlertType::StatusChange, text, occurrence, today)?;
    Ok(())
}

/// A subscription whose end date has passed became expired: once per end date.
pub fn expired(db: &Db, sub: &Subscription, end: NaiveDate, today: NaiveDate) -> Result<()> {
    let text = alert::expired(&sub.name, end);
    raise(
        db,
        sub,
        AlertType::StatusChange,
        text,
        format!("expired:{end}"),
        today,
    )?;
    Ok(())
}

/// Records a new amount or cycle in the price history (with the cycle
/// before and after); a change that costs more a year raises a
/// price_increase alert saying how much. A change of plan that costs less
/// a year (8.99 a month to 99 a year) raises none.
pub fn price_changed(
    db: &Db,
    old: &Subscription,
    new: &Subscription,
    today: NaiveDate,
) -> Result<()> {
    let change = PriceChange {
        changed_on: today,
        old_amount: old.amount,
        new_amount: new.amount,
        currency: new.currency,
        old_cycle: Some(old.cycle),
        new_cycle: Some(new.cycle),
    };
    let row = subscriptions::record_price_change(db, &new.id, &change)?;
    let yearly_diff = change.yearly_difference(new.cycle);
    if yearly_diff > rust_decimal::Decimal::ZERO {
        let text = if old.cycle == new.cycle {
            alert::price_increase(
                &new.name,
                new.currency,
                old.amount.amount(),
                new.amount.amount(),
                yearly_diff,
            )
        } else {
            alert::plan_change(
                &new.name,
                new.currency,
                (old.amount.amount(), &old.cycle.label()),
                (new.amount.amount(), &new.cycle.label()),
                yearly_diff,
            )
        };
        raise(
            db,
            new,
            AlertType::PriceIncrease,
            text,
            format!("price:{row}"),
            today,
        )?;
    }
    Ok(())
}
