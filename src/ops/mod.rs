//! The rules of writes, as `report/` holds the reads': what a change to the
//! user's data does, one function per rule. A command parses its
//! arguments, calls these inside `Store::write` and renders the result;
//! importers, `demo` and any other writer call the same functions, so each
//! rule is written once. They take the open transaction (`&Db`) or the
//! value they change, and plain values already parsed (no clap types, no
//! printing); what was typed comes along only to be quoted in a refusal.

pub mod billing;
pub mod demo;
pub mod lifecycle;
pub mod member;
pub mod next_billing;
pub mod payment;
pub mod plan;
pub mod rates;
pub mod reconcile;
pub mod statement;
pub mod subscription;
