//! Delivering the outbox: every pending (alert, channel) row that is due,
//! outside any database transaction (the network is slow), each outcome
//! recorded at once. A channel that fails never blocks the others; a
//! failed delivery is retried on later runs with exponential backoff, and
//! given up after `MAX_ATTEMPTS`.
//!
//! Runs may overlap (cron every minute, a slow channel): before sending,
//! a run claims a channel's due rows in a short write transaction, with a
//! lease that expires (`delivery_lease`). Another run skips claimed rows,
//! so a row is never sent twice while its lease holds; a run killed
//! mid-delivery leaves a lease that expires, and a later run sends the row
//! again. Delivery is at least once (exactly once for receivers that honour
//! the idempotency key).
//!
//! Time: every delivery has one deadline (`notify_timeout`), and each
//! channel a budget per run (`BUDGET_DEADLINES` deadlines); after a timeout
//! a channel gets nothing more this run, so a channel that never answers
//! costs one deadline per run, not one per alert. What is left stays queued.
//! Leases and retry times follow the real clock, never `--today`.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use chrono::SecondsFormat;

use super::{ChannelConfig, remote};
use crate::clock::Clock;
use crate::domain::alert::Alert;
use crate::domain::channel::Channel;
use crate::error::Result;
use crate::render::text::count;
use crate::store::{Store, alerts, notify};

/// Attempts before a delivery is marked failed for good.
pub const MAX_ATTEMPTS: i64 = 6;

/// A channel's time in one run, in deliveries' deadlines.
pub const BUDGET_DEADLINES: u32 = 3;

/// How long a lease outlives the channel's budget: a margin for the
/// database writes around the deliveries.
const LEASE_MARGIN_SECS: i64 = 60;

/// What a delivery run did.
#[derive(Debug, Default)]
pub struct Summary {
    pub sent: usize,
    /// "channel: error" for each delivery that failed this time.
    pub failed: Vec<String>,
    /// Deliveries left queued for the next run (a channel out of time).
    pub deferred: usize,
}

/// RFC 3339 of the real instant `secs` seconds from `clock`'s.
fn real_time(clock: Clock, secs: i64) -> Option<String> {
    chrono::DateTime::from_timestamp(clock.instant().timestamp() + secs, 0)
        .map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true))
}

/// When a delivery that failed `attempts` times (this one included) is
/// tried again, by the real clock: 5 minutes, then 10, 20, 40, 80; `None`
/// once it gives up.
fn next_attempt(clock: Clock, attempts: i64) -> Option<String> {
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let wait = 300 * 2i64.pow(u32::try_from(attempts.max(1) - 1).unwrap_or(0));
    real_time(clock, wait)
}

impl Summary {
    /// What to warn about: deliveries that failed (retried on the next
    /// run) and deliveries that wait for it.
    pub fn warning(&self) -> Option<String> {
        let mut parts = Vec::new();
        if !self.failed.is_empty() {
            parts.push(format!(
                "{} could not be delivered ({}); retried on the next run",
                count(self.failed.len() as i64, "notification", "notifications"),
                self.failed.join("; ")
            ));
        }
        if self.deferred > 0 {
            parts.push(format!(
                "{} wait for the next run (a channel used up this run's time)",
                count(self.deferred as i64, "notification", "notifications")
            ));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

/// Whether any channel has a delivery due now (else `deliver` has
/// nothing to do).
pub fn anything_due(db: &crate::store::Db, clock: Clock) -> Result<bool> {
    let now = real_time(clock, 0).unwrap_or_default();
    Ok(!notify::channels_due(db, &now)?.is_empty())
}

/// Delivers every due row of the outbox, each delivery within `limit`.
pub fn deliver(store: &mut Store, clock: Clock, limit: Duration) -> Result<Summary> {
    let budget = limit * BUDGET_DEADLINES;
    let owner = uuid::Uuid::new_v4().simple().to_string();
    let now = real_time(clock, 0).unwrap_or_default();
    let (channel_ids, channels) = store.read(|db| {
        let channels: BTreeMap<i64, Channel> =
            notify::list(db)?.into_iter().map(|c| (c.id, c)).collect();
        Ok((notify::channels_due(db, &now)?, channels))
    })?;
    let mut summary = Summary::default();
    let outcome = (|| -> Result<()> {
        for channel_id in channel_ids {
            let Some(channel) = channels.get(&channel_id) else {
                continue;
            };
            if !channel.enabled() {
                continue;
            }
            deliver_channel(store, clock, channel, &owner, limit, budget, &mut summary)?;
        }
        Ok(())
    })();
    // Whatever this run claimed and did not get to goes back to the queue
    // (also when a write failed above).
    let released = store.write(|db| notify::release(db, &owner));
    outcome?;
    released?;
    Ok(summary)
}

/// One channel's due deliveries: claimed, then sent one by one (or as one
/// digest) within the channel's budget.
fn deliver_channel(
    store: &mut Store,
    clock: Clock,
    channel: &Channel,
    owner: &str,
    limit: Duration,
    budget: Duration,
    summary: &mut Summary,
) -> Result<()> {
    let started = Instant::now();
    let budget_secs = i64::try_from(budget.as_secs()).unwrap_or(i64::MAX / 2);
    let now = real_time(clock, 0).unwrap_or_default();
    let until = real_time(clock, budget_secs + LEASE_MARGIN_SECS).unwrap_or_default();
    let (rows, alert_map) = store.write(|db| {
        let rows = notify::claim(db, channel.id, owner, &now, &until)?;
        let mut alert_map: BTreeMap<i64, Alert> = BTreeMap::new();
        for d in &rows {
            if let Some(a) = alerts::get(db, d.alert_id)? {
                alert_map.insert(a.id, a);
            }
        }
        Ok((rows, alert_map))
    })?;
    let digest = channel.digest
        || ChannelConfig::stored(channel).is_ok_and(|mut c| c.kind().always_digest());
    let batches: Vec<Vec<&notify::Due>> = if digest {
        vec![rows.iter().collect()]
    } else {
        rows.iter().map(|r| vec![r]).collect()
    };
    let mut left = batches.into_iter();
    for batch in left.by_ref() {
        let remaining = budget.saturating_sub(started.elapsed());
        if remaining.is_zero() {
            summary.deferred += batch.len();
            break;
        }
        let alerts: Vec<&Alert> = batch
            .iter()
            .filter_map(|d| alert_map.get(&d.alert_id))
            .collect();
        let outcome = if alerts.is_empty() {
            Ok(())
        } else {
            remote::send(channel, &alerts, false, limit.min(remaining))
        };
        store.write(|db| {
            for d in &batch {
                match &outcome {
                    Ok(()) => notify::mark_sent(db, d.id)?,
                    Err(why) => notify::mark_failed(
                        db,
                        d.id,
                        &why.to_string(),
                        next_attempt(clock, d.attempts + 1).as_deref(),
                    )?,
                }
            }
            Ok(())
        })?;
        match outcome {
            Ok(()) => summary.sent += batch.len(),
            Err(why) => {
                summary.failed.push(format!("{}: {why}", channel.name));
                if why.is_timeout() {
                    break;
                }
            }
        }
    }
    summary.deferred += left.map(|b| b.len()).sum::<usize>();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_then_gives_up() {
        // Retry times follow the real clock, whatever day --today names.
        let clock = Clock::on(chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap_or_default());
        let base = clock.instant().timestamp();
        let at = |n| {
            next_attempt(clock, n).map(|t| {
                chrono::DateTime::parse_from_rfc3339(&t)
                    .map(|d| d.timestamp() - base)
                    .unwrap_or(0)
            })
        };
        assert_eq!(at(1), Some(300));
        assert_eq!(at(2), Some(600));
        assert_eq!(at(5), Some(4800));
        assert_eq!(at(6), None);
    }
}
