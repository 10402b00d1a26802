//! `subs reconcile FILE...`: a bank statement laid over the charges the
//! tracked subscriptions expected in its period (`report::reconcile`), the
//! matching `detect::reconcile`'s; with `--apply`, what it settles is
//! written in one step (`ops::reconcile`) that `subs undo` reverts whole.

use super::Ctx;
use super::statement::{self, Read, Reading};
use crate::error::{Error, Result};
use crate::ops::reconcile::{self as apply, Row, Step};
use crate::render::reconcile::Reconciled;
use crate::report::reconcile::{self, Finding, FindingKind, Outcome};
use crate::store::Db;

/// What `subs reconcile` was given.
pub struct Reconcile {
    pub reading: Reading,
    pub apply: bool,
}

/// At most this many unreadable rows are named, one warning each.
const SKIPPED_SHOWN: usize = 10;

pub fn run(ctx: &mut Ctx, args: Reconcile) -> Result<()> {
    let read = statement::read(&args.reading)?;
    read.require_currency()?;
    let files = args
        .reading
        .files
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(" ");
    let Some((from, until)) = read.period() else {
        return Err(Error::invalid(format!(
            "{files}: no booked rows to check against your subscriptions"
        )));
    };
    let today = ctx.today();
    let check = |db: &Db| -> Result<Reconciled> {
        let (subs, known) = crate::report::statement::known(db)?;
        let history = crate::store::subscriptions::all_price_history(db)?;
        let expected = reconcile::expected(&subs, &history, &read.currencies(), (from, until));
        let findings = reconcile::reconcile(&read.transactions, &expected, &known, until);
        let outcome = Outcome {
            subs: &subs,
            transactions: &read.transactions,
            expected: &expected,
            findings: &findings,
            from,
            until,
        };
        let mut view = reconcile::view(&outcome, files.clone(), skipped(&read));
        if args.apply {
            view.applied = Some(apply::apply(db, &steps(&outcome), today)?);
        }
        Ok(view)
    };
    let view = if args.apply {
        ctx.store.write(check)?
    } else {
        ctx.store.read(check)?
    };
    ctx.out.show(&view)
}

/// What `--apply` writes for the findings, charges in due order (recording
/// one moves the next billing date, which the next is checked against).
/// A possible rename is only shown: the charge may be someone else's.
fn steps<'a>(o: &Outcome<'a>) -> Vec<Step<'a>> {
    let mut steps: Vec<Step<'a>> = o.findings.iter().filter_map(|f| step(o, f)).collect();
    steps.sort_by_key(|s| match s {
        Step::Paid { due, .. } | Step::Missed { due, .. } | Step::Duplicate { due, .. } => *due,
    });
    steps
}

fn step<'a>(o: &Outcome<'a>, f: &Finding) -> Option<Step<'a>> {
    let sub = reconcile::subscription(o.subs, f.subscription_id)?;
    let due = f.due?;
    let first = f.charges.first().and_then(|i| o.transactions.get(*i));
    match f.kind {
        FindingKind::Paid | FindingKind::Late | FindingKind::PriceChange => {
            let t = first?;
            Some(Step::Paid {
                sub,
                due,
                row: Row {
                    id: t.id.as_deref(),
                    date: t.date,
                    amount: t.amount.abs(),
                },
            })
        }
        FindingKind::Missed => Some(Step::Missed { sub, due }),
        FindingKind::Duplicate => Some(Step::Duplicate {
            sub,
            due,
            // The finding holds the charges beside the one that paid.
            times: f.charges.len() + 1,
            amount: first.map_or(sub.amount.amount(), |t| t.amount.abs()),
        }),
        FindingKind::PossibleRename | FindingKind::Unexpected => None,
    }
}

/// One warning per row that could not be read (the first few), naming the
/// file and line.
fn skipped(read: &Read) -> Vec<String> {
    let mut out: Vec<String> = read
        .skipped
        .iter()
        .take(SKIPPED_SHOWN)
        .map(|(path, s)| format!("{}:{}: {}", path.display(), s.line, s.reason))
        .collect();
    if read.skipped.len() > SKIPPED_SHOWN {
        out.push(format!(
            "and {} more rows could not be read",
            read.skipped.len() - SKIPPED_SHOWN
        ));
    }
    out
}
