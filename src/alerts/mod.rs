//! The cron side of subs: renewal processing (and, built on it, the alert
//! generator). Everything runs inside one transaction the caller owns.

pub mod renewal;
