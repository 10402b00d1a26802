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

/// How much of payment `id` is refunded, from the rows of its charge
/// (id, status, cents) in the order they were recorded: refunds go to the
/// charge's paid payments first come, first served. A charge is paid again
/// only once its refunds cover every earlier payment, so this is the
/// payment each refund was recorded against.
pub fn refunded_of(charge: &[(i64, PaymentStatus, i64)], id: i64) -> i64 {
    let mut paid: Vec<(i64, i64)> = Vec::new();
    let mut refunds = 0;
    for &(row, status, cents) in charge {
        match status {
            PaymentStatus::Paid => paid.push((row, cents)),
            PaymentStatus::Refunded => refunds += cents,
            _ => {}
        }
    }
    for (row, cents) in paid {
        let taken = refunds.min(cents);
        if row == id {
            return taken;
        }
        refunds -= taken;
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refunds_go_to_the_payments_of_a_charge_in_order() {
        use PaymentStatus::{Failed, Paid, Refunded};
        // Paid, refunded in full, paid again, then a part refunded.
        let charge = [
            (1, Paid, 1599),
            (2, Refunded, 1599),
            (3, Failed, 1599),
            (4, Paid, 1599),
            (5, Refunded, 500),
        ];
        assert_eq!(refunded_of(&charge, 1), 1599);
        assert_eq!(refunded_of(&charge, 4), 500);
        assert_eq!(refunded_of(&charge, 3), 0);
        assert_eq!(refunded_of(&charge[..3], 1), 1599);
        assert_eq!(refunded_of(&[(1, Paid, 1000)], 1), 0);
    }

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
