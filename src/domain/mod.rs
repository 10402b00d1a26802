//! Pure rules: no I/O, no SQL, no printing. Everything here is unit-tested.

pub mod accounts;
pub mod alert;
pub mod alert_type;
pub mod budget;
pub mod card;
pub mod category;
pub mod channel;
pub mod conflict;
pub mod currency;
pub mod cycle;
pub mod id;
pub mod journal;
pub mod money;
pub mod payment;
pub mod plan;
pub mod rates;
pub mod reference;
pub mod schedule;
pub mod share;
pub mod subscription;
pub mod usage;
pub mod usage_cost;
pub mod validate;

/// What the domain's unit tests share.
#[cfg(test)]
pub(crate) mod testing {
    use chrono::NaiveDate;

    pub type TestResult = Result<(), Box<dyn std::error::Error>>;

    /// A day written `YYYY-MM-DD`.
    pub fn d(s: &str) -> Result<NaiveDate, chrono::ParseError> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
    }
}
