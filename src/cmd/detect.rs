//! `subs detect`: read bank statements, find the recurring charges, show
//! them; with `--add`, track the ones chosen (one write, one undo step).

use super::statement::{self, Read, Reading};
use super::{Ctx, Prompting, cancelled, interactive, parse_date, prompt_error};
use crate::detect::{self, Candidate, Options};
use crate::error::{Error, Result};
use crate::ops;
use crate::render::detect::{Added, AddedJson, Detected, StatementJson, candidate};
use crate::render::json::SubscriptionRecord;
use crate::report;

/// What `subs detect` was given.
pub struct Detect {
    pub reading: Reading,
    pub since: Option<String>,
    pub min_confidence: f64,
    pub all: bool,
    /// `--add` with the names given (empty: all, by picker or `--yes`).
    pub add: Option<Vec<String>>,
    pub yes: bool,
}

/// At most this many unreadable rows are named one by one.
const SKIPPED_SHOWN: usize = 10;

pub fn run(ctx: &mut Ctx, args: Detect) -> Result<()> {
    if !(0.0..=1.0).contains(&args.min_confidence) {
        return Err(Error::invalid(format!(
            "invalid --min-confidence \"{}\": give a number from 0 to 1",
            args.min_confidence
        )));
    }
    let today = ctx.today();
    let since = args
        .since
        .as_deref()
        .map(|s| parse_date("--since", s, today))
        .transpose()?;
    let read = statement::read(&args.reading)?;
    warn_skipped(ctx, &read);
    let (subs, known) = ctx.store.read(report::statement::known)?;
    let options = Options {
        min_confidence: args.min_confidence,
        all: args.all && args.add.is_none(),
        since,
    };
    let found = detect::detect(&read.transactions, &known, &options);
    let Some(names) = args.add else {
        let tracked = |c: &Candidate| {
            c.subscription_id
                .and_then(|i| usize::try_from(i).ok())
                .and_then(|i| subs.get(i))
                .map(|s| s.id.clone())
        };
        let view = Detected {
            statement: StatementJson::of(&read.formats, &read.transactions),
            candidates: found
                .iter()
                .map(|c| candidate(c, &read.transactions, tracked(c)))
                .collect(),
            files: args
                .reading
                .files
                .iter()
                .map(|f| f.display().to_string())
                .collect(),
        };
        return ctx.out.show(&view);
    };
    read.require_currency()?;
    let proposed: Vec<&Candidate> = found
        .iter()
        .filter(|c| c.subscription_id.is_none())
        .collect();
    let chosen = choose(&proposed, &names, args.yes)?;
    add(ctx, &read, &chosen)
}

/// One line per row that could not be read (the first ten), then how
/// many more.
fn warn_skipped(ctx: &Ctx, read: &Read) {
    for (path, skipped) in read.skipped.iter().take(SKIPPED_SHOWN) {
        ctx.out.warn(&format!(
            "{}:{}: {}",
            path.display(),
            skipped.line,
            skipped.reason
        ));
    }
    if read.skipped.len() > SKIPPED_SHOWN {
        ctx.out.warn(&format!(
            "and {} more rows could not be read",
            read.skipped.len() - SKIPPED_SHOWN
        ));
    }
}

/// The series to track: those named, all with `--yes`, else those picked
/// on a terminal; without a terminal, names or `--yes`, nothing (exit 2).
fn choose<'a>(
    proposed: &[&'a Candidate],
    names: &[String],
    yes: bool,
) -> Result<Vec<&'a Candidate>> {
    if !names.is_empty() {
        return ops::statement::named(proposed, names);
    }
    if yes {
        return Ok(proposed.to_vec());
    }
    if !interactive() {
        return Err(Error::invalid(
            "not on a terminal, so subs cannot ask which series to track: --yes adds them all, or name them (--add NAME...)",
        ));
    }
    pick(proposed)
}

/// The picker: every series proposed, preselected.
fn pick<'a>(proposed: &[&'a Candidate]) -> Result<Vec<&'a Candidate>> {
    if proposed.is_empty() {
        return Ok(Vec::new());
    }
    let labels: Vec<String> = proposed
        .iter()
        .map(|c| {
            format!(
                "{} — {} {}, {} charges",
                crate::render::text::safe(&c.name),
                c.amount.abs(),
                c.currency.map(|c| c.code().to_string()).unwrap_or_default(),
                c.charges.len()
            )
        })
        .collect();
    let _prompting = Prompting::start();
    let picked = dialoguer::MultiSelect::new()
        .with_prompt("Track which? (space toggles, enter adds)")
        .items(&labels)
        .defaults(&vec![true; labels.len()])
        .interact_opt()
        .map_err(prompt_error)?
        .ok_or_else(cancelled)?;
    Ok(picked
        .into_iter()
        .filter_map(|i| proposed.get(i).copied())
        .collect())
}

/// Tracks `chosen` in one write (one undo step) and shows what was added.
fn add(ctx: &mut Ctx, read: &Read, chosen: &[&Candidate]) -> Result<()> {
    let today = ctx.today();
    let now = ctx.clock.timestamp();
    let tracked = if chosen.is_empty() {
        Vec::new()
    } else {
        ctx.store.write(|db| {
            chosen
                .iter()
                .map(|c| ops::statement::track(db, c, &read.transactions, today, &now))
                .collect::<Result<Vec<_>>>()
        })?
    };
    let added = tracked
        .into_iter()
        .map(|t| AddedJson {
            subscription: SubscriptionRecord {
                subscription: t.subscription,
                today,
            },
            payments: t.payments,
            price_changes: t.price_changes,
        })
        .collect();
    ctx.out.show(&Added { added })
}
