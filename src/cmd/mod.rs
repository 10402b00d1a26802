//! One file per command group. Each reads like a story: parse the
//! arguments, call the domain and the store, render.

mod add;
mod alerts;
mod analytics;
mod category;
mod config;
mod dashboard;
mod demo;
mod edit;
mod export;
mod import;
mod insights;
mod lifecycle;
mod list;
mod pay;
mod rates;
mod renew;
mod report;
mod show;
mod upcoming;
mod usage;

use std::io::IsTerminal;

use chrono::NaiveDate;

pub use self::demo::PROFILE as DEMO_PROFILE;
use crate::cli::{Command, ExportFormat, ExportWhat, ImportFormat};
use crate::clock::Clock;
use crate::domain::currency::Currency;
use crate::domain::money::Money;
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::render::Output;
use crate::store::Store;

/// What every command gets: the open store, "today", and how to print.
pub struct Ctx {
    pub store: Store,
    pub today: NaiveDate,
    /// The run's one clock ("now" for timestamps and cache ages).
    pub clock: Clock,
    pub out: Output,
    /// `--color #RRGGBB` given to `category add|edit`.
    pub category_color: Option<String>,
}

pub fn run(ctx: &mut Ctx, command: Command) -> Result<()> {
    match command {
        Command::Add(args) => add::run(ctx, args),
        Command::List(args) => list::run(ctx, &args),
        Command::Show(args) => show::run(ctx, &args),
        Command::Edit(args) => edit::run(ctx, args),
        Command::Pause(args) => lifecycle::pause(ctx, &args),
        Command::Resume(args) => lifecycle::resume(ctx, &args),
        Command::Cancel(args) => lifecycle::cancel(ctx, &args),
        Command::Delete(args) => lifecycle::delete(ctx, &args),
        Command::Pay(args) => pay::pay(ctx, &args),
        Command::Payments(args) => pay::list(ctx, &args),
        Command::LogUsage(args) => usage::log(ctx, &args),
        Command::Usage(args) => usage::report(ctx, &args),
        Command::Renew(args) => renew::run(ctx, &args),
        Command::Upcoming(args) => upcoming::run(ctx, &args),
        Command::Dashboard(args) => dashboard::run(ctx, &args),
        Command::Analytics(args) => analytics::run(ctx, &args),
        Command::Rates(cmd) => rates::run(ctx, cmd),
        Command::Demo => demo::run(ctx),
        Command::Insights(args) => insights::run(ctx, &args),
        Command::Export(args) => export::run(
            ctx,
            export::Export {
                format: match args.format {
                    ExportFormat::Json => export::Format::Json,
                    ExportFormat::Csv => export::Format::Csv,
                    ExportFormat::Ics => export::Format::Ics,
                },
                what: match args.what {
                    ExportWhat::Subscriptions => export::Table::Subscriptions,
                    ExportWhat::Payments => export::Table::Payments,
                    ExportWhat::Usage => export::Table::Usage,
                },
                output: args.output,
            },
        ),
        Command::Import(args) => import::run(
            ctx,
            import::Import {
                file: args.file,
                format: args.format.map(|f| match f {
                    ImportFormat::Json => import::Format::Json,
                    ImportFormat::Csv => import::Format::Csv,
                    ImportFormat::Wallos => import::Format::Wallos,
                }),
                dry_run: args.dry_run,
            },
        ),
        Command::Alerts(cmd) => alerts::run(ctx, cmd),
        Command::Category(cmd) => category::run(ctx, cmd),
        Command::Config(cmd) => config::run(ctx, cmd),
    }
}

/// Prompts are only shown when a person is there to answer: stdin and
/// stdout are both terminals. A script never hangs waiting for input.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Asks a yes/no question on the terminal; `Ok(false)` if declined.
pub fn confirm(question: &str) -> Result<bool> {
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(prompt_error)
}

pub fn prompt_error(err: dialoguer::Error) -> Error {
    match err {
        dialoguer::Error::IO(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            Error::invalid("cancelled at the prompt; nothing was changed")
        }
        dialoguer::Error::IO(e) => Error::runtime(format!("cannot read the answer: {e}")),
    }
}

/// A destructive command goes ahead with --yes, or after a "yes" on a
/// terminal; without either it refuses (exit 2) and changes nothing.
pub fn confirmed(yes: bool, question: &str) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !interactive() {
        return Err(Error::invalid(
            "refusing to delete without confirmation: pass --yes (not on a terminal, so subs cannot ask)",
        ));
    }
    if confirm(question)? {
        Ok(())
    } else {
        Err(Error::invalid("not confirmed; nothing was deleted"))
    }
}

pub fn parse_money(flag: &str, value: &str) -> Result<Money> {
    Money::parse(value).map_err(|reason| Error::invalid(validate::invalid(flag, value, &reason)))
}

pub fn parse_date(flag: &str, value: &str) -> Result<NaiveDate> {
    validate::date(flag, value).map_err(Error::invalid)
}

pub fn parse_currency(value: &str) -> Result<Currency> {
    Currency::parse(value)
        .map_err(|reason| Error::invalid(validate::invalid("--currency", value, &reason)))
}

/// An optional `--since`/`--until` pair; since may not be after until.
pub fn parse_window(
    since: &Option<String>,
    until: &Option<String>,
) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
    let since = since
        .as_deref()
        .map(|s| parse_date("--since", s))
        .transpose()?;
    let until = until
        .as_deref()
        .map(|u| parse_date("--until", u))
        .transpose()?;
    if let (Some(s), Some(u)) = (since, until)
        && s > u
    {
        return Err(Error::invalid(format!(
            "invalid --since \"{s}\": it is after --until {u}"
        )));
    }
    Ok((since, until))
}
