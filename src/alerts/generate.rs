//! `alerts generate`: process renewals, then raise every alert that is due.
//! One transaction, a handful of queries whatever the number of
//! subscriptions, and safe to run every minute or several at once.

use chrono::NaiveDate;
use rusqlite::Connection;
use rust_decimal::Decimal;

use super::renewal::{self, Report};
use super::rules;
use crate::error::Result;
use crate::store::alerts::{self, Alert, NewAlert};
use crate::store::date_str;

pub struct Outcome {
    pub renewals: Report,
    /// Alerts this run stored, oldest first (including status changes from
    /// expiry during renewal processing).
    pub new_alerts: Vec<Alert>,
}

pub fn run(conn: &Connection, today: NaiveDate, cost_per_use_limit: Decimal) -> Result<Outcome> {
    let before = alerts::max_id(conn)?;
    let renewals = renewal::process(conn, today, false)?;
    let alert_date = date_str(today);
    for candidate in alerts::candidates(conn, today)? {
        for proposed in rules::evaluate(&candidate, today, cost_per_use_limit) {
            alerts::insert(
                conn,
                &NewAlert {
                    subscription_id: &candidate.subscription.id,
                    alert_type: proposed.alert_type,
                    title: proposed.text.title,
                    message: proposed.text.message,
                    alert_date: alert_date.clone(),
                    occurrence: proposed.occurrence,
                },
            )?;
        }
    }
    Ok(Outcome {
        renewals,
        new_alerts: alerts::created_after(conn, before)?,
    })
}
