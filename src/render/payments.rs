//! Payments: the table of `subs payments` (and of `show`), and what `pay`
//! says it recorded.

use rust_decimal::Decimal;
use serde::Serialize;

use super::json::{PaymentJson, date};
use super::table::{Fit, Grid};
use super::text::safe;
use super::{Output, View};
use crate::domain::payment::{Payment, PaymentStatus};
use crate::domain::rates::PerCurrency;

/// `subs payments`.
pub struct PaymentList(pub Vec<Payment>);

/// `{"payments": [...], "totals": {"USD": 31.98}}`: the totals are net
/// paid per currency (paid counts, refunded is subtracted), as the text
/// shows them.
impl Serialize for PaymentList {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let payments: Vec<PaymentJson> = self.0.iter().map(PaymentJson::from).collect();
        let mut out = s.serialize_struct("PaymentList", 3)?;
        out.serialize_field("payments", &payments)?;
        out.serialize_field("totals", &paid_totals(&self.0))?;
        out.serialize_field("refunded", &refunded_totals(&self.0))?;
        out.end()
    }
}

impl View for PaymentList {
    fn empty(&self) -> Option<String> {
        self.0.is_empty().then(|| "No payments match.".into())
    }

    fn text(&self, out: &Output) -> String {
        payment_table(out, &self.0)
    }

    /// The totals (a pipe gets them on stderr).
    fn footer(&self, _out: &Output) -> String {
        let paid = paid_totals(&self.0);
        if paid.is_empty() {
            return String::new();
        }
        let parts: Vec<String> = paid
            .by_currency
            .iter()
            .map(|(c, v)| format!("{v} {c}"))
            .collect();
        format!("Paid: {}", parts.join(" + "))
    }
}

/// Net paid per currency: paid counts, refunded is subtracted.
fn paid_totals(rows: &[Payment]) -> PerCurrency {
    let mut totals = PerCurrency::default();
    for p in rows {
        let sign = match p.status {
            PaymentStatus::Paid => Decimal::ONE,
            PaymentStatus::Refunded => Decimal::NEGATIVE_ONE,
            _ => continue,
        };
        totals.add(p.currency, sign * p.amount.amount());
    }
    totals
}

/// The refunds among the rows, per currency.
fn refunded_totals(rows: &[Payment]) -> PerCurrency {
    let mut totals = PerCurrency::default();
    for p in rows.iter().filter(|p| p.status == PaymentStatus::Refunded) {
        totals.add(p.currency, p.amount.amount());
    }
    totals
}

pub fn payment_table(out: &Output, rows: &[Payment]) -> String {
    let mut grid = Grid::new(
        out,
        &[
            ("ID", Fit::WholeRight),
            ("Date", Fit::Whole),
            ("Subscription", Fit::Name),
            ("Amount", Fit::WholeRight),
            ("Due", Fit::Whole),
            ("Status", Fit::Whole),
            ("Transaction", Fit::Shrink),
        ],
    );
    for p in rows {
        grid.row(vec![
            p.id.to_string().into(),
            p.payment_date.to_string().into(),
            safe(&p.subscription_name).into(),
            format!("{} {}", p.amount, p.currency).into(),
            p.due_date.to_string().into(),
            p.status.to_string().into(),
            p.transaction_id
                .as_deref()
                .map(safe)
                .unwrap_or_default()
                .into(),
        ]);
    }
    grid.render()
}

/// `subs payments delete`: which payment went, and where the schedule
/// stands now.
#[derive(Serialize)]
pub struct PaymentDeleted {
    pub deleted: i64,
    pub subscription_id: String,
    pub subscription_name: String,
    pub due_date: String,
    pub next_billing_date: String,
}

/// `subs pay`: the payment recorded and where the schedule stands now.
pub struct Paid {
    pub payment: Payment,
    pub next_billing_date: chrono::NaiveDate,
}

#[derive(Serialize)]
struct PaidJson<'a> {
    payment: PaymentJson<'a>,
    next_billing_date: String,
}

impl Serialize for Paid {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        PaidJson {
            payment: PaymentJson::from(&self.payment),
            next_billing_date: date(self.next_billing_date),
        }
        .serialize(s)
    }
}

impl View for Paid {
    fn text(&self, out: &Output) -> String {
        if out.quiet {
            return String::new();
        }
        let p = &self.payment;
        if p.status == PaymentStatus::Refunded {
            return format!(
                "Recorded refund {}: {} {} back for {} (the charge due {}); next billing {}",
                p.id,
                p.amount,
                p.currency,
                safe(&p.subscription_name),
                p.due_date,
                self.next_billing_date
            );
        }
        format!(
            "Recorded {} {} {} for {} (due {}); next billing {}",
            p.amount,
            p.currency,
            p.status,
            safe(&p.subscription_name),
            p.due_date,
            self.next_billing_date
        )
    }
}
