//! Budgets: a monthly limit on what all subscriptions, or one category's,
//! cost — in the base currency or a currency of the user's choosing.

use rust_decimal::Decimal;

use super::currency::Currency;
use super::money::Money;

/// A budget as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Budget {
    pub id: i64,
    /// `None`: the overall budget.
    pub category_id: Option<i64>,
    pub category: Option<String>,
    pub amount: Money,
    pub currency: Currency,
    pub created_at: String,
    pub uid: String,
}

/// How much of a budget is used: the monthly cost it covers, converted
/// into the budget's currency (`None` when a rate is missing).
#[derive(Clone, Debug, PartialEq)]
pub struct Usage {
    pub used: Option<Decimal>,
    /// This calendar month's payments (less refunds), converted likewise.
    pub charged: Option<Decimal>,
}

impl Usage {
    /// Used / budget, in whole percent rounded half up (`None` without a
    /// figure).
    pub fn percent(&self, budget: &Budget) -> Option<Decimal> {
        let used = self.used?;
        Some((used * Decimal::from(100) / budget.amount.amount()).round_dp(0))
    }

    pub fn is_over(&self, budget: &Budget) -> bool {
        self.used.is_some_and(|u| u > budget.amount.amount())
    }
}
