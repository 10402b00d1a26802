//! The black-box tests: `subs` run as a user runs it, on a temporary
//! database with a fixed "today" and a clean environment. One test binary
//! with a module per area (building one binary instead of fourteen keeps
//! `cargo test` fast); `common` holds the test environment and its
//! `#[track_caller]` helpers, `snapshots/` the reviewed text output.

mod common;

mod accounting;
mod alerts;
mod budgets;
mod cards;
mod categories_config;
mod forecast;
mod generated;
mod insight_rules;
mod insights;
mod interactive;
mod json_everywhere;
mod money_flows;
mod notify;
mod plans;
mod rates;
mod reports;
mod schedule;
mod schemas;
mod shared;
mod snapshots;
mod store;
mod subscriptions;
mod sync;
mod sync_support;
mod transfer;
mod undo;
mod validation;
