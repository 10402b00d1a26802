//! A desktop notification: the freedesktop Notify call over the session
//! bus on Linux, the native API on macOS; bounded by the deadline (a
//! silent D-Bus never answers). It has no settings.

use serde::{Deserialize, Serialize};

use super::remote::{top, within};
use super::{Channel, Delivery, Failure, Flags, Kind, Spelling};
use crate::domain::alert::Alert;
use crate::domain::channel::Severity;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Desktop {}

impl Kind for Desktop {
    fn from_flags(_: &Flags) -> Result<Desktop, String> {
        Ok(Desktop {})
    }

    fn check(&mut self, _: Spelling) -> Result<(), String> {
        Ok(())
    }
}

impl Channel for Desktop {
    fn send(&mut self, alerts: &[&Alert], delivery: &Delivery) -> Result<(), Failure> {
        let summary = match alerts {
            [one] => one.title.clone(),
            many => format!("subs: {} reminders", many.len()),
        };
        let body: Vec<String> = alerts.iter().map(|a| a.message.clone()).collect();
        let body = body.join("\n");
        let top = top(alerts);
        within(delivery.limit, move || {
            let mut n = notify_rust::Notification::new();
            n.appname("subs").summary(&summary).body(&body);
            #[cfg(all(unix, not(target_os = "macos")))]
            n.urgency(match top {
                Severity::Urgent => notify_rust::Urgency::Critical,
                Severity::Warning => notify_rust::Urgency::Normal,
                Severity::Info => notify_rust::Urgency::Low,
            });
            #[cfg(not(all(unix, not(target_os = "macos"))))]
            let _ = top;
            n.show()
                .map(|_| ())
                .map_err(|e| format!("no desktop notification service answered: {e}"))
        })
    }
}
