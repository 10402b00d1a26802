//! The kinds of alert, by their stable names (the JSON's and the
//! database's).

use std::fmt;

use serde::Serialize;

/// The alert types: the original's five plus `status_change`, which the
/// original raised but left out of its CHECK list.
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
}

impl AlertType {
    pub const ALL: [AlertType; 10] = [
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
