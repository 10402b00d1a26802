//! Plain-text accounting: the payments (and, for hledger and ledger, a
//! periodic rule per active subscription so `--forecast` works) as an
//! hledger/ledger journal or a beancount file.
//!
//! Money goes from the payment method's account (`ledger_payment_accounts`)
//! to `ledger_expenses_account:<category>`. Paid is cleared (`*`), pending
//! pending (`!`), a refund is the reverse posting, a failed payment moved
//! no money and is left as a comment. Text from the user (names, notes,
//! transaction ids, categories) is made safe for each syntax, so nothing
//! typed can end a line, start a comment or open an account.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use chrono::{Datelike, NaiveDate};

use super::Exporter;
use crate::domain::accounts;
use crate::domain::cycle::{Cycle, Step};
use crate::domain::payment::{Payment, PaymentStatus};
use crate::domain::subscription::{PaymentMethod, Status, Subscription};
use crate::error::Result;
use crate::settings;
use crate::store::subscriptions::{Filter, Sort};
use crate::store::{Db, payments, subscriptions};

/// What both formats are written from.
struct Book {
    expenses: String,
    pay_from: BTreeMap<PaymentMethod, String>,
    subs: BTreeMap<String, Subscription>,
    payments: Vec<Payment>,
}

impl Book {
    fn load(db: &Db) -> Result<Book> {
        let expenses = settings::get(db, "ledger_expenses_account")?.value;
        let pay_from =
            accounts::payment_accounts(&settings::get(db, "ledger_payment_accounts")?.value)
                .map_err(crate::error::Error::invalid)?;
        let subs = subscriptions::list(db, &Filter::default(), Sort::Name)?
            .into_iter()
            .map(|s| (s.id.clone(), s))
            .collect();
        let mut payments = payments::list(
            db,
            &payments::Filter {
                subscription_id: None,
                since: None,
                until: None,
                status: None,
            },
        )?;
        payments.sort_by_key(|p| (p.payment_date, p.id));
        Ok(Book {
            expenses,
            pay_from,
            subs,
            payments,
        })
    }

    /// (expense account, payment account) of a subscription, hledger style.
    fn accounts(&self, sub: Option<&Subscription>) -> (String, String) {
        let category = sub
            .and_then(|s| s.category.as_deref())
            .map(accounts::part)
            .unwrap_or_else(|| "uncategorized".into());
        let method = sub.map_or(PaymentMethod::Other, |s| s.payment_method);
        let from = self
            .pay_from
            .get(&method)
            .cloned()
            .unwrap_or_else(|| "assets:other".into());
        (format!("{}:{category}", self.expenses), from)
    }
}

/// One line of free text: no line breaks or tabs, no comment or
/// payee/note separators.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' => ' ',
            ';' | '#' | '%' | '*' | '|' => ',',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A payee that cannot be read as a code or a status.
fn payee(name: &str) -> String {
    let text = one_line(name);
    let text = text.trim_start_matches(['(', '!', '*']).trim();
    if text.is_empty() {
        "subscription".into()
    } else {
        text.to_string()
    }
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// `hledger`/`ledger` journal.
pub struct Ledger;

impl Exporter for Ledger {
    fn export(&self, db: &Db, out: &mut dyn Write) -> Result<()> {
        let book = Book::load(db)?;
        writeln!(
            out,
            "; subs: payments, and a periodic rule per active subscription"
        )?;
        writeln!(out, "; (hledger bal --forecast, ledger --budget).")?;
        writeln!(out)?;
        for p in &book.payments {
            let sub = book.subs.get(&p.subscription_id);
            let (expense, from) = book.accounts(sub);
            let name = payee(&p.subscription_name);
            let amount = format!("{} {}", p.amount.amount(), p.currency);
            let code = p
                .transaction_id
                .as_deref()
                .map(|t| format!(" ({})", one_line(t).replace([')', '('], "-")))
                .unwrap_or_default();
            let mut comment = format!("due {}, subscription {}", p.due_date, p.subscription_id);
            if let Some(n) = p.notes.as_deref().filter(|n| !n.trim().is_empty()) {
                comment.push_str(&format!(", notes: {}", one_line(n)));
            }
            match p.status {
                PaymentStatus::Failed => {
                    writeln!(
                        out,
                        "; failed, no money moved: {} {name} {amount}\n",
                        p.payment_date
                    )?;
                }
                PaymentStatus::Refunded => {
                    writeln!(
                        out,
                        "{} *{code} {name} (refund)  ; {comment}",
                        p.payment_date
                    )?;
                    writeln!(out, "    {from}    {amount}")?;
                    writeln!(out, "    {expense}\n")?;
                }
                PaymentStatus::Paid | PaymentStatus::Pending => {
                    let mark = if p.status == PaymentStatus::Paid {
                        '*'
                    } else {
                        '!'
                    };
                    writeln!(out, "{} {mark}{code} {name}  ; {comment}", p.payment_date)?;
                    writeln!(out, "    {expense}    {amount}")?;
                    writeln!(out, "    {from}\n")?;
                }
            }
        }
        for sub in book.subs.values().filter(|s| s.status == Status::Active) {
            let (expense, from) = book.accounts(Some(sub));
            let (period, note) = period(sub.cycle, sub.next_billing_date);
            let until = sub.end_date.map(|e| format!(" to {e}")).unwrap_or_default();
            // ledger reads nothing after the period: the name is a comment.
            writeln!(out, "~ {period}{until}")?;
            match note {
                Some(note) => writeln!(out, "    ; {}: {note}", payee(&sub.name))?,
                None => writeln!(out, "    ; {}", payee(&sub.name))?,
            }
            writeln!(
                out,
                "    {expense}    {} {}",
                sub.amount.amount(),
                sub.currency
            )?;
            writeln!(out, "    {from}\n")?;
        }
        Ok(())
    }
}

/// A period expression for a schedule from `next` that hledger and ledger
/// both read, and a note when the rule falls on another day than subs'
/// charge. Day-based cycles are exact (`every 90 days from …`); a
/// month-based one is `every N months from` the 1st of the month (both
/// tools need a month start there), so its charge lands in the right month
/// on the 1st.
fn period(cycle: Cycle, next: NaiveDate) -> (String, Option<String>) {
    match cycle.step() {
        Step::Days(n) => (format!("every {n} days from {next}"), None),
        Step::Months(m) => {
            let first = next.with_day(1).unwrap_or(next);
            let note = (next.day() != 1).then(|| {
                format!(
                    "subs charges on the {} (the month's last day when shorter); the rule falls on the 1st of the same month",
                    ordinal(next.day())
                )
            });
            (format!("every {m} months from {first}"), note)
        }
    }
}

/// A beancount file.
pub struct Beancount;

/// A beancount string literal.
fn quoted(text: &str) -> String {
    let line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    format!("\"{}\"", line.replace('\\', "\\\\").replace('"', "\\\""))
}

impl Exporter for Beancount {
    fn export(&self, db: &Db, out: &mut dyn Write) -> Result<()> {
        let book = Book::load(db)?;
        let base = settings::base_currency(db)?;
        writeln!(out, "; subs: every payment")?;
        writeln!(out, "option \"operating_currency\" \"{base}\"\n")?;
        let mut opened: BTreeSet<String> = BTreeSet::new();
        let mut currencies: BTreeSet<String> = BTreeSet::new();
        for p in &book.payments {
            let (expense, from) = book.accounts(book.subs.get(&p.subscription_id));
            opened.insert(accounts::beancount(&expense));
            opened.insert(accounts::beancount(&from));
            currencies.insert(p.currency.code().to_string());
        }
        let first = book
            .payments
            .first()
            .map(|p| p.payment_date)
            .unwrap_or_default();
        let open_on = first.pred_opt().unwrap_or(first);
        for c in &currencies {
            writeln!(out, "{open_on} commodity {c}")?;
        }
        for account in &opened {
            writeln!(out, "{open_on} open {account}")?;
        }
        writeln!(out)?;
        for p in &book.payments {
            let sub = book.subs.get(&p.subscription_id);
            let (expense, from) = book.accounts(sub);
            let (expense, from) = (accounts::beancount(&expense), accounts::beancount(&from));
            let amount = format!("{} {}", p.amount.amount(), p.currency);
            let name = quoted(&p.subscription_name);
            let (flag, narration, debit, credit) = match p.status {
                PaymentStatus::Failed => {
                    writeln!(
                        out,
                        "; failed, no money moved: {} {} {amount}\n",
                        p.payment_date,
                        one_line(&p.subscription_name)
                    )?;
                    continue;
                }
                PaymentStatus::Refunded => (
                    '*',
                    format!("refund of the charge due {}", p.due_date),
                    &from,
                    &expense,
                ),
                PaymentStatus::Paid => ('*', format!("charge due {}", p.due_date), &expense, &from),
                PaymentStatus::Pending => {
                    ('!', format!("charge due {}", p.due_date), &expense, &from)
                }
            };
            writeln!(
                out,
                "{} {flag} {name} {}",
                p.payment_date,
                quoted(&narration)
            )?;
            writeln!(out, "  subscription: {}", quoted(&p.subscription_id))?;
            if let Some(t) = p.transaction_id.as_deref() {
                writeln!(out, "  transaction: {}", quoted(t))?;
            }
            if let Some(n) = p.notes.as_deref().filter(|n| !n.trim().is_empty()) {
                writeln!(out, "  notes: {}", quoted(n))?;
            }
            writeln!(out, "  {debit}  {amount}")?;
            writeln!(out, "  {credit}\n")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cannot_break_the_syntax() {
        assert_eq!(one_line("a;b\nc|d # e"), "a,b c,d , e");
        assert_eq!(payee("(Code) !name"), "Code) !name");
        assert_eq!(quoted("say \"hi\" \\ \n"), "\"say \\\"hi\\\" \\\\  \"");
        assert_eq!(ordinal(1), "1st");
        assert_eq!(ordinal(12), "12th");
        assert_eq!(ordinal(22), "22nd");
        assert_eq!(ordinal(31), "31st");
    }

    #[test]
    fn periods_that_hledger_reads() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        for (cycle, day, from) in [
            (Cycle::Weekly, "2026-11-30", "every 7 days from 2026-11-30"),
            (
                Cycle::Monthly,
                "2026-11-14",
                "every 1 months from 2026-11-01",
            ),
            (
                Cycle::Quarterly,
                "2026-11-28",
                "every 3 months from 2026-11-01",
            ),
            (
                Cycle::Yearly,
                "2027-03-14",
                "every 12 months from 2027-03-01",
            ),
        ] {
            assert_eq!(period(cycle, d(day)).0, from, "{day}");
        }
        assert_eq!(period(Cycle::Monthly, d("2026-11-01")).1, None);
        assert!(period(Cycle::Monthly, d("2026-11-30")).1.is_some());
    }
}
