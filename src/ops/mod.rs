//! Every rule that decides what a write does, one function per rule, as
//! `report/` is for reads. Commands parse their arguments, call these
//! inside one `Store::write`, and render the result; importers, `demo`,
//! sync and any later caller use the same functions. They take plain
//! values and return a result struct: no clap types, no printing.

pub mod billing;
pub mod payment;
pub mod rates;
