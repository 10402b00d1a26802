//! Payment statuses and what each one means for the schedule.

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use super::currency::Currency;
use super::money::Money;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentStatus {
    Paid,
    Pending,
    Failed,
    Refunded,
}

impl PaymentStatus {
    pub const ALL: [PaymentStatus; 4] = [
        PaymentStatus::Paid,
        PaymentStatus::Pending,
        PaymentStatus::Failed,
        PaymentStatus::Refunded,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PaymentStatus::Paid => "paid",
            PaymentStatus::Pending => "pending",
            PaymentStatus::Failed => "failed",
            PaymentStatus::Refunded => "refunded",
        }
    }

    pub fn parse(s: &str) -> Option<PaymentStatus> {
        PaymentStatus::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Paid and pending settle an occurrence (and move the schedule on);
    /// failed and refunded never do.
    pub fn settles(self) -> bool {
        matches!(self, PaymentStatus::Paid | PaymentStatus::Pending)
    }
}

impl fmt::Display for PaymentStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Payment {
    pub id: i64,
    pub subscription_id: String,
    pub subscription_name: String,
    pub amount: Money,
    pub currency: Currency,
    pub payment_date: NaiveDate,
    pub due_date: NaiveDate,
    pub status: PaymentStatus,
    pub transaction_id: Option<String>,
    pub notes: Option<String>,
    pub created_at: String,
    /// The global id (what backups and sync merge by).
    pub uid: String,
}

/// A payment about to be recorded.
#[derive(Clone, Debug)]
pub struct NewPayment<'a> {
    pub subscription_id: &'a str,
    pub amount: Money,
    pub currency: Currency,
    pub payment_date: NaiveDate,
    pub due_date: NaiveDate,
    pub status: PaymentStatus,
    pub transaction_id: Option<&'a str>,
    pub notes: Option<&'a str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paid_and_pending_settle() {
        assert!(PaymentStatus::Paid.settles());
        assert!(PaymentStatus::Pending.settles());
        assert!(!PaymentStatus::Failed.settles());
        assert!(!PaymentStatus::Refunded.settles());
        for s in PaymentStatus::ALL {
            assert_eq!(PaymentStatus::parse(s.as_str()), Some(s));
        }
    }
}
