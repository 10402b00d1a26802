//! `subs pay` and `subs payments`.

use std::collections::BTreeMap;

use comfy_table::{Cell, CellAlignment};
use rust_decimal::Decimal;

use super::{Ctx, parse_date, parse_money, parse_window};
use crate::cli::{PayArgs, PaymentsArgs};
use crate::domain::payment::PaymentStatus;
use crate::domain::payment::{NewPayment, Payment};
use crate::domain::subscription::{Status, TEXT_MAX};
use crate::domain::{schedule, validate};
use crate::error::{Error, Result};
use crate::render::json::PaymentJson;
use crate::render::text::safe;
use crate::store::payments::{self, Filter};
use crate::store::subscriptions;

pub fn pay(ctx: &mut Ctx, args: &PayArgs) -> Result<()> {
    let today = ctx.today;
    let amount = args
        .amount
        .as_deref()
        .map(|a| parse_money("--amount", a))
        .transpose()?;
    let date = args
        .date
        .as_deref()
        .map(|d| parse_date("--date", d))
        .transpose()?
        .unwrap_or(today);
    let due = args
        .due
        .as_deref()
        .map(|d| parse_date("--due", d))
        .transpose()?;
    if date > today && args.status != PaymentStatus::Pending {
        return Err(Error::invalid(format!(
            "invalid --date \"{date}\": a {} payment cannot be in the future (today is {today}); use --status pending for a scheduled one",
            args.status
        )));
    }
    let transaction_id = args
        .transaction_id
        .as_deref()
        .map(|t| validate::name("--transaction-id", t, 100).map_err(Error::invalid))
        .transpose()?;
    let notes = args
        .notes
        .as_deref()
        .map(|n| validate::text("--notes", n, TEXT_MAX).map_err(Error::invalid))
        .transpose()?;

    let (payment, next) = ctx.store.write(|tx| {
        let id = subscriptions::resolve(tx, &args.target.subscription)?;
        let sub = subscriptions::get(tx, &id)?;
        if sub.status != Status::Active && !args.force {
            return Err(Error::invalid(format!(
                "cannot record a payment for {}: it is {}; pass --force to record it anyway",
                safe(&sub.name),
                sub.status
            )));
        }
        let due = due.unwrap_or(sub.next_billing_date);
        if args.status.settles() && due > sub.next_billing_date {
            return Err(Error::invalid(format!(
                "invalid --due \"{due}\": that occurrence is not due yet; the next one due is {}",
                sub.next_billing_date
            )));
        }
        let payment_id = payments::insert(
            tx,
            &NewPayment {
                subscription_id: &sub.id,
                amount: amount.unwrap_or(sub.amount),
                currency: sub.currency,
                payment_date: date,
                due_date: due,
                status: args.status,
                transaction_id: transaction_id.as_deref(),
                notes: notes.as_deref(),
            },
        )?;
        // Settling the occurrence due next moves the schedule one step on;
        // failed and refunded payments, and back-filled earlier ones, do not.
        let mut next = sub.next_billing_date;
        if args.status.settles() && due == sub.next_billing_date {
            next = schedule::first_after(sub.anchor, sub.cycle, due)
                .ok_or_else(|| Error::invalid("the schedule runs past the calendar"))?;
            subscriptions::set_next_billing(tx, &sub.id, next)?;
        }
        Ok((payments::get(tx, payment_id)?, next))
    })?;

    ctx.out.json(&serde_json::json!({
        "payment": PaymentJson::from(&payment),
        "next_billing_date": crate::render::json::date(next),
    }))?;
    ctx.out.info(&format!(
        "Recorded {} {} {} for {} (due {}); next billing {}",
        payment.amount,
        payment.currency,
        payment.status,
        safe(&payment.subscription_name),
        payment.due_date,
        next
    ))
}

pub fn list(ctx: &mut Ctx, args: &PaymentsArgs) -> Result<()> {
    let conn = ctx.store.db();
    let (since, until) = parse_window(&args.window.since, &args.window.until)?;
    let id = args
        .subscription
        .as_deref()
        .map(|r| subscriptions::resolve(conn, r))
        .transpose()?;
    let rows = payments::list(
        conn,
        &Filter {
            subscription_id: id.as_deref(),
            since,
            until,
            status: args.status,
        },
    )?;
    if ctx.out.json {
        return ctx
            .out
            .json(&rows.iter().map(PaymentJson::from).collect::<Vec<_>>());
    }
    if rows.is_empty() {
        return ctx.out.text("No payments match.");
    }
    ctx.out.text(&table(ctx, &rows))?;
    let paid = paid_totals(&rows);
    if !paid.is_empty() {
        let parts: Vec<String> = paid.iter().map(|(c, v)| format!("{v} {c}")).collect();
        ctx.out.text(&format!("Paid: {}", parts.join(" + ")))?;
    }
    Ok(())
}

/// Net paid per currency: paid counts, refunded is subtracted.
fn paid_totals(rows: &[Payment]) -> BTreeMap<String, Decimal> {
    let mut totals: BTreeMap<String, Decimal> = BTreeMap::new();
    for p in rows {
        let sign = match p.status {
            PaymentStatus::Paid => Decimal::ONE,
            PaymentStatus::Refunded => Decimal::NEGATIVE_ONE,
            _ => continue,
        };
        *totals.entry(p.currency.code().to_string()).or_default() += sign * p.amount.amount();
    }
    totals
}

pub fn table(ctx: &Ctx, rows: &[Payment]) -> String {
    let mut table = ctx.out.table();
    table.set_header([
        "Date",
        "Subscription",
        "Amount",
        "Due",
        "Status",
        "Transaction",
    ]);
    for p in rows {
        table.add_row(vec![
            Cell::new(p.payment_date),
            Cell::new(safe(&p.subscription_name)),
            Cell::new(format!("{} {}", p.amount, p.currency)).set_alignment(CellAlignment::Right),
            Cell::new(p.due_date),
            Cell::new(p.status),
            Cell::new(p.transaction_id.as_deref().map(safe).unwrap_or_default()),
        ]);
    }
    table.to_string()
}
