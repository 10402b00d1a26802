//! The cron side of subs: renewal processing, the alert rules and the
//! generator that runs both. Everything runs inside one transaction the
//! caller owns.

pub mod generate;
pub mod renewal;
pub mod rules;
