//! The kinds of alert, by their stable names (the JSON's and the
//! database's).

use std::fmt;

use serde::Serialize;

/// The alert types: the original's five plus `status_change`, which the
/// original raised but left out of its CHECK list; `missed_charge` and
/// `duplicate_charge` come from checking a bank statement (`reconcile
/// --apply`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertType {
    PaymentDue,
    PriceIncrease,
    RenewalReminder,
    UsageLimit,
    CancellationReminder,
    StatusChange,
    TrialEnding,
    CancellationDeadline,
    OverBudget,
    CardExpiring,
    MissedCharge,
    DuplicateCharge,
}

impl AlertType {
    pub const ALL: [AlertType; 12] = [
        AlertType::PaymentDue,
        AlertType::PriceIncrease,
        AlertType::RenewalReminder,
        AlertType::UsageLimit,
        AlertType::CancellationReminder,
        AlertType::StatusChange,
        AlertType::TrialEnding,
        AlertType::CancellationDeadline,
        AlertType::OverBudget,
        AlertType::CardExpiring,
        AlertType::MissedCharge,
        AlertType::DuplicateCharge,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AlertType::PaymentDue => "payment_due",
            AlertType::PriceIncrease => "price_increase",
            AlertType::RenewalReminder => "renewal_reminder",
            AlertType::UsageLimit => "usage_limit",
            AlertType::CancellationReminder => "cancellation_reminder",
            AlertType::StatusChange => "status_change",
            AlertType::TrialEnding => "trial_ending",
            AlertType::CancellationDeadline => "cancellation_deadline",
            AlertType::OverBudget => "over_budget",
            AlertType::CardExpiring => "card_expiring",
            AlertType::MissedCharge => "missed_charge",
            AlertType::DuplicateCharge => "duplicate_charge",
        }
    }

    pub fn parse(s: &str) -> Option<AlertType> {
        AlertType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

impl fmt::Display for AlertType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
