//! Delivering the outbox: every pending (alert, channel) row that is due,
//! outside any database transaction (the network is slow), each outcome
//! recorded at once. A channel that fails never blocks the others; a
//! failed delivery is retried on later runs with exponential backoff, and
//! given up after `MAX_ATTEMPTS`.

use std::collections::BTreeMap;

use chrono::SecondsFormat;

use super::remote;
use crate::clock::Clock;
use crate::domain::alert::Alert;
use crate::domain::channel::Channel;
use crate::error::Result;
use crate::store::{Store, alerts, notify};

/// Attempts before a delivery is marked failed for good.
pub const MAX_ATTEMPTS: i64 = 6;

/// What a delivery run did.
#[derive(Debug, Default)]
pub struct Summary {
    pub sent: usize,
    /// "channel: error" for each delivery that failed this time.
    pub failed: Vec<String>,
}

/// When a delivery that failed `attempts` times (this one included) is
/// tried again: 5 minutes, then 10, 20, 40, 80; `None` once it gives up.
fn next_attempt(clock: Clock, attempts: i64) -> Option<String> {
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let wait = 300 * 2i64.pow(u32::try_from(attempts.max(1) - 1).unwrap_or(0));
    chrono::DateTime::from_timestamp(clock.unix() + wait, 0)
        .map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true))
}

pub fn deliver(store: &mut Store, clock: Clock) -> Result<Summary> {
    let now = clock.timestamp();
    let seconds: u64 = store
        .read(|db| crate::settings::get(db, "notify_timeout"))?
        .value
        .parse()
        .unwrap_or(10);
    remote::set_timeout(seconds);
    let (due, channels, alert_map) = store.read(|db| {
        let due = notify::due(db, &now)?;
        let channels: BTreeMap<i64, Channel> =
            notify::list(db)?.into_iter().map(|c| (c.id, c)).collect();
        let mut alert_map: BTreeMap<i64, Alert> = BTreeMap::new();
        for d in &due {
            if let Some(a) = alerts::get(db, d.alert_id)? {
                alert_map.insert(a.id, a);
            }
        }
        Ok((due, channels, alert_map))
    })?;
    let mut summary = Summary::default();
    // Per channel: one message per alert, or all of them at once (digest).
    let mut by_channel: BTreeMap<i64, Vec<&notify::Due>> = BTreeMap::new();
    for d in &due {
        by_channel.entry(d.channel_id).or_default().push(d);
    }
    for (channel_id, rows) in by_channel {
        let Some(channel) = channels.get(&channel_id) else {
            continue;
        };
        // E-mail is one message per run by nature.
        let digest = channel.digest || channel.kind == crate::domain::channel::ChannelKind::Email;
        let batches: Vec<Vec<&notify::Due>> = if digest {
            vec![rows]
        } else {
            rows.into_iter().map(|r| vec![r]).collect()
        };
        for batch in batches {
            let alerts: Vec<&Alert> = batch
                .iter()
                .filter_map(|d| alert_map.get(&d.alert_id))
                .collect();
            let outcome = if alerts.is_empty() {
                Ok(())
            } else {
                remote::send(channel, &alerts, false)
            };
            store.write(|db| {
                for d in &batch {
                    match &outcome {
                        Ok(()) => notify::mark_sent(db, d.id)?,
                        Err(why) => notify::mark_failed(
                            db,
                            d.id,
                            why,
                            next_attempt(clock, d.attempts + 1).as_deref(),
                        )?,
                    }
                }
                Ok(())
            })?;
            match outcome {
                Ok(()) => summary.sent += batch.len(),
                Err(why) => summary.failed.push(format!("{}: {why}", channel.name)),
            }
        }
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_then_gives_up() {
        let clock = Clock::on(chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default());
        let base = clock.unix();
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
