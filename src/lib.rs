//! subs: a local-first subscription tracker. The binary (`main.rs`) parses
//! the command line and maps errors to exit codes; everything else lives
//! here so tests and benchmarks can reach it. This file builds the run's
//! context (clock, output, store) and turns the parsed command line into
//! the plain values each command takes — the one place that knows both
//! clap's types and the commands.

pub mod alerts;
pub mod cli;
pub mod clock;
pub mod cmd;
pub mod detect;
pub mod domain;
pub mod ecb;
pub mod environment;
pub mod error;
pub mod insights;
pub mod interrupt;
pub mod mcp;
pub mod notify;
pub mod ops;
pub mod render;
pub mod report;
pub mod scheduler;
pub mod settings;
pub mod statement;
pub mod store;
pub mod sync;
pub mod transfer;

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::cli::{
    AlertsCommand, BudgetCommand, CardCommand, CategoryCommand, Cli, ColorChoice, Command,
    ConfigCommand, Deferred, DetailArgs, ExportArgs, ExportFormat, ExportWhat, ImportArgs,
    ImportFormat, MemberCommand, PaymentAction, RatesCommand, UsageAction,
};
use crate::clock::Clock;
use crate::cmd::{Ctx, DetailInput, ScheduleInput};
pub use crate::environment::database_path;
use crate::error::{Error, Result};
use crate::render::Output;
use crate::store::Store;

/// The command line as typed, quoted where a shell would need it, for the
/// undo journal.
fn command_line() -> String {
    let mut line = String::from("subs");
    for arg in std::env::args_os().skip(1) {
        let arg = arg.to_string_lossy();
        line.push(' ');
        let plain = !arg.is_empty()
            && arg
                .chars()
                .all(|c| c.is_alphanumeric() || "-_.,:/=@+%#".contains(c));
        if plain {
            line.push_str(&arg);
        } else {
            line.push('\'');
            line.push_str(&arg.replace('\'', "'\\''"));
            line.push('\'');
        }
    }
    line
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    store::configure();
    let g = &cli.global;
    let color = g.color.unwrap_or(ColorChoice::Auto);
    let out = Output::new(g.json, color, g.quiet, g.verbose);
    let clock = clock(g.today.as_deref())?;
    let path = if matches!(cli.command.0, Command::Demo) {
        demo_path()?
    } else {
        database_path(g.db.clone(), g.profile.clone())?
    };
    out.debug(&format!("database {}", path.display()));
    out.debug(&format!("today is {}", today_label(clock.today())));
    let mut store = open(&path, clock, &out)?;
    if !matches!(cli.command.0, Command::Sync(_)) {
        // What a sync brings is other devices' changes, not a command of
        // this one to undo.
        // Cron's runs: undo asks before reverting one.
        let background = matches!(
            cli.command.0,
            Command::Renew(_) | Command::Alerts(Deferred(AlertsCommand::Generate(_)))
        );
        store.journal_as(command_line(), background);
    }
    let mut ctx = Ctx { store, clock, out };
    if converts(&cli.command.0) {
        cmd::rates::auto_refresh(&mut ctx)?;
    }
    if !matches!(
        cli.command.0,
        Command::Alerts(_) | Command::Schedule(_) | Command::Notify(_)
    ) {
        heartbeat(&mut ctx);
    }
    let result = match dispatch(&mut ctx, cli.command.0) {
        // The change is made; only telling about it failed. Exit 0, so a
        // script that retries on failure does not pay or add twice.
        Err(Error::Output(why)) if ctx.store.wrote() => {
            render::stderr_line(&format!(
                "subs: the change was saved, but its output could not be written ({why})"
            ));
            Ok(())
        }
        other => other,
    };
    if result.is_err() && ctx.store.created_file() {
        // A failed command that made the file leaves no file behind.
        drop(ctx);
        let _ = store::remove_database(&path);
    } else {
        ctx.store.finish();
    }
    result
}

/// The run's clock: `--today` or `SUBS_TODAY` when given, else the system's.
fn clock(today: Option<&str>) -> Result<Clock> {
    let today = match today {
        Some(value) => Some(("--today", value.to_string())),
        None => environment::text("SUBS_TODAY")?.map(|value| ("SUBS_TODAY", value)),
    };
    Ok(match today {
        Some((label, value)) => {
            Clock::on(domain::validate::date(label, &value).map_err(Error::invalid)?)
        }
        None => Clock::system(),
    })
}

/// The demo's own file, emptied: the demo never touches the user's
/// database, nor a file it did not make.
fn demo_path() -> Result<PathBuf> {
    let path = store::default_path(Some(store::DEMO_PROFILE))?;
    if !store::is_demo_file(&path) {
        return Err(Error::runtime(format!(
            "{} was not made by `subs demo` (it may hold your data); the demo leaves it alone — move it away to rebuild the demo",
            path.display()
        )));
    }
    store::remove_database(&path)?;
    Ok(path)
}

/// Opens the database (waiting `SUBS_LOCK_TIMEOUT` at most for a lock),
/// telling `-v` how it is backed.
fn open(path: &std::path::Path, clock: Clock, out: &Output) -> Result<Store> {
    let mut store = Store::open_waiting(path, clock, lock_wait()?)?;
    if let Some(note) = store.take_note() {
        out.warn(&note);
    }
    match store.backing() {
        store::Backing::File => {}
        store::Backing::NotYet => out.debug(&format!(
            "{} does not exist yet: an empty portfolio is shown, and the first change creates it",
            path.display()
        )),
        store::Backing::ReadOnly => out.debug(&format!(
            "{} cannot be written here: reading it without its write-ahead log",
            path.display()
        )),
    }
    Ok(store)
}

/// When channels exist and `alerts generate` has not run for more than
/// twice `alert_interval`, a person at a terminal is told — at most once a
/// day, never with -q or --json, never on a script's output.
fn heartbeat(ctx: &mut Ctx) {
    use std::io::IsTerminal;
    let at_terminal = std::io::stderr().is_terminal() && std::io::stdout().is_terminal();
    if ctx.out.quiet || ctx.out.json || !at_terminal {
        return;
    }
    if ctx.store.backing() != store::Backing::File {
        return;
    }
    let today = ctx.today().to_string();
    let checked = ctx.store.read(|db| {
        let channels = store::notify::list(db)?.len();
        let interval: i64 = settings::get(db, "alert_interval")?
            .value
            .parse()
            .unwrap_or(3600);
        Ok((channels, store::runs::last(db)?, interval))
    });
    let Ok((channels, last, interval)) = checked else {
        return;
    };
    if channels == 0 || last.as_ref().and_then(|r| r.warned_on.as_deref()) == Some(today.as_str()) {
        return;
    }
    let last_at = last
        .as_ref()
        .map(|r| r.last_run_at.clone())
        .filter(|s| !s.is_empty());
    if !cmd::schedule::heartbeat_late(last_at.as_deref(), interval, ctx.clock.unix()) {
        return;
    }
    let since = match &last_at {
        Some(at) => format!("since {}", at.get(..10).unwrap_or(at)),
        None => "yet (no run so far)".to_string(),
    };
    ctx.out.warn(&format!(
        "reminders are not running {since}: your notification channels get nothing; `subs schedule install` fixes it"
    ));
    let _ = ctx.store.write(|db| store::runs::warned(db, &today));
}

/// Commands that convert amounts into the base currency: with
/// `rates_auto_update` on, stale rates are refreshed before them.
fn converts(command: &Command) -> bool {
    matches!(
        command,
        Command::Dashboard(_)
            | Command::Analytics(_)
            | Command::List(_)
            | Command::Upcoming(_)
            | Command::Forecast(_)
            | Command::Insights(_)
    )
}

/// How long opening the database waits for another process's lock.
fn lock_wait() -> Result<std::time::Duration> {
    Ok(match environment::text("SUBS_LOCK_TIMEOUT")? {
        Some(value) => lock_timeout(&value)?,
        None => store::DEFAULT_LOCK_WAIT,
    })
}

/// `SUBS_LOCK_TIMEOUT`: whole seconds, 0 to 3600.
fn lock_timeout(value: &str) -> Result<std::time::Duration> {
    value
        .trim()
        .parse::<u64>()
        .ok()
        .filter(|s| *s <= 3600)
        .map(std::time::Duration::from_secs)
        .ok_or_else(|| {
            Error::invalid(format!(
                "invalid SUBS_LOCK_TIMEOUT \"{value}\": give whole seconds, 0 to 3600"
            ))
        })
}

fn today_label(today: NaiveDate) -> String {
    today.format("%Y-%m-%d (%A)").to_string()
}

fn details(d: DetailArgs) -> DetailInput {
    cmd::detail_input!(
        d,
        payment_method: d.payment_method.map(Into::into),
        mute: d.mute,
        unmute: d.unmute,
    )
}

/// Calls the command with the plain values it takes.
fn dispatch(ctx: &mut Ctx, command: Command) -> Result<()> {
    use crate::cmd::*;
    match command {
        Command::Add(Deferred(a)) => add::run(ctx, add_args(a)),
        Command::List(Deferred(a)) => list::run(
            ctx,
            a.status.status(),
            a.category,
            a.sort.into(),
            a.totals.mine(),
        ),
        Command::Show(Deferred(a)) => show::run(ctx, &a.target.subscription),
        Command::Edit(Deferred(a)) => edit::run(ctx, edit_args(a)),
        Command::Pause(Deferred(a)) => lifecycle::pause(ctx, &a.subscription),
        Command::Resume(Deferred(a)) => {
            lifecycle::resume(ctx, &a.target.subscription, a.next.as_deref())
        }
        Command::Cancel(Deferred(a)) => lifecycle::cancel(
            ctx,
            &a.target.subscription,
            cancel_at(a.at, a.at_period_end),
        ),
        Command::Delete(Deferred(a)) => lifecycle::delete(ctx, &a.target.subscription, a.yes),
        Command::Pay(Deferred(a)) => pay::pay(ctx, pay_args(a)),
        Command::Payments(Deferred(c)) => dispatch_payments(ctx, c),
        Command::Reconcile(Deferred(a)) => reconcile::run(
            ctx,
            reconcile::Reconcile {
                reading: statement_reading(a.statement)?,
                apply: a.apply,
            },
        ),
        Command::LogUsage(Deferred(a)) => usage::log(ctx, log_args(a)),
        Command::Usage(Deferred(c)) => match c.action {
            None => usage::report(
                ctx,
                c.report.subscription.as_deref(),
                &c.report.since,
                &c.report.until,
            ),
            Some(UsageAction::Delete(a)) => usage::delete_log(ctx, a.id, a.yes),
        },
        Command::Renew(Deferred(a)) => renew::run(ctx, a.dry_run),
        Command::Undo(Deferred(a)) => match a.list {
            Some(last) => undo::list(ctx, last),
            None => undo::undo(ctx, a.yes),
        },
        Command::Redo(_) => undo::redo(ctx),
        Command::Upcoming(Deferred(a)) => upcoming::run(ctx, a.days),
        Command::Forecast(Deferred(a)) => forecast::run(ctx, a.months, a.from.as_deref()),
        Command::Dashboard(Deferred(a)) => dashboard::run(ctx, a.days, a.totals.mine()),
        Command::Analytics(Deferred(a)) => analytics::run(ctx, a.months, a.totals.mine()),
        Command::Rates(Deferred(command)) => dispatch_rates(ctx, command),
        Command::Demo => demo::run(ctx),
        Command::Insights(Deferred(a)) => insights::run(ctx, insights_args(a)),
        Command::Export(Deferred(a)) => export::run(ctx, export_args(a)),
        Command::Import(Deferred(a)) => import::run(ctx, import_args(a)),
        Command::Detect(Deferred(a)) => detect::run(ctx, detect_args(a)?),
        Command::Alerts(Deferred(command)) => dispatch_alerts(ctx, command),
        Command::Notify(Deferred(command)) => dispatch_notify(ctx, command),
        Command::Schedule(Deferred(command)) => dispatch_schedule(ctx, command),
        Command::Budget(Deferred(command)) => dispatch_budget(ctx, command),
        Command::Member(Deferred(command)) => match command {
            MemberCommand::Add(a) => cmd::member::add(ctx, &a.name),
            MemberCommand::List => cmd::member::list(ctx),
            MemberCommand::Remove(a) => cmd::member::remove(ctx, &a.name),
        },
        Command::Split(Deferred(a)) => cmd::member::split(ctx, a.month.as_deref()),
        Command::Sync(Deferred(a)) => dispatch_sync(ctx, a),
        Command::Card(Deferred(command)) => match command {
            CardCommand::Add(a) => cmd::card::add(ctx, &a.name, &a.expires, a.kind.into()),
            CardCommand::List => cmd::card::list(ctx),
            CardCommand::Remove(a) => cmd::card::remove(ctx, &a.name, a.yes),
        },
        Command::Category(Deferred(command)) => dispatch_category(ctx, command),
        Command::Config(Deferred(command)) => dispatch_config(ctx, command),
        Command::Mcp(Deferred(a)) => mcp::run(ctx, a.allow_writes, lock_wait()?),
    }
}

/// When `cancel --at DAY`/`--at-period-end` takes effect.
fn cancel_at(at: Option<String>, at_period_end: bool) -> cmd::lifecycle::CancelAt {
    use cmd::lifecycle::CancelAt;
    match (at, at_period_end) {
        (Some(day), _) => CancelAt::Day(day),
        (None, true) => CancelAt::PeriodEnd,
        (None, false) => CancelAt::Today,
    }
}

fn add_args(a: cli::AddArgs) -> cmd::add::Add {
    cmd::add::Add {
        name: a.name,
        schedule: schedule(a.schedule),
        details: details(a.details),
    }
}

fn edit_args(a: cli::EditArgs) -> cmd::edit::Edit {
    cmd::edit::Edit {
        subscription: a.target.subscription,
        name: a.name,
        schedule: schedule(a.schedule),
        details: details(a.details),
        no_category: a.no_category,
        no_end: a.no_end,
    }
}

fn schedule(s: cli::ScheduleArgs) -> ScheduleInput {
    ScheduleInput {
        amount: s.amount,
        cycle: s.cycle.map(Into::into),
        every_days: s.every_days,
        every_months: s.every_months,
        start: s.start,
        next: s.next,
    }
}

fn pay_args(a: cli::PayArgs) -> cmd::pay::Pay {
    cmd::pay::Pay {
        subscription: a.target.subscription,
        amount: a.amount,
        date: a.date,
        due: a.due,
        status: a.status.into(),
        transaction_id: a.transaction_id,
        notes: a.notes,
        force: a.force,
    }
}

fn dispatch_payments(ctx: &mut Ctx, c: cli::PaymentsCommand) -> Result<()> {
    use crate::cmd::payments;
    match c.action {
        None => payments::list(
            ctx,
            c.list.subscription.as_deref(),
            &c.list.window.since,
            &c.list.window.until,
            c.list.status.map(Into::into),
        ),
        Some(PaymentAction::Edit(a)) => payments::edit(
            ctx,
            payments::PaymentEdit {
                id: a.id,
                amount: a.amount,
                date: a.date,
                status: a.status.map(Into::into),
                transaction_id: a.transaction_id,
                notes: a.notes,
            },
        ),
        Some(PaymentAction::Refund(a)) => {
            payments::refund(ctx, a.id, a.amount.as_deref(), a.date.as_deref())
        }
        Some(PaymentAction::Delete(a)) => payments::delete(ctx, a.id, a.yes),
    }
}

fn log_args(a: cli::LogUsageArgs) -> cmd::usage::Log {
    cmd::usage::Log {
        subscription: a.target.subscription,
        count: a.count,
        duration: a.duration,
        value: a.value,
        date: a.date,
        notes: a.notes,
    }
}

fn dispatch_rates(ctx: &mut Ctx, command: RatesCommand) -> Result<()> {
    use crate::cmd::rates;
    match command {
        RatesCommand::Set(a) => rates::set(ctx, &a.currency, &a.rate),
        RatesCommand::List => rates::list(ctx),
        RatesCommand::Remove(a) => rates::remove(ctx, &a.currency),
        RatesCommand::Update(a) => rates::update(
            ctx,
            rates::Update {
                dry_run: a.dry_run,
                replace_manual: a.replace_manual,
                history: a.history,
            },
        ),
    }
}

fn insights_args(a: cli::InsightsArgs) -> cmd::insights::Options {
    cmd::insights::Options {
        offline: a.offline,
        refresh: a.refresh,
        dry_run: a.dry_run,
        provider: a.provider.map(Into::into),
        include_notes: a.include_notes,
        mine: a.totals.mine(),
    }
}

fn dispatch_schedule(ctx: &mut Ctx, command: cli::ScheduleCommand) -> Result<()> {
    use crate::cli::ScheduleCommand;
    use crate::cmd::schedule::{self, Scheduler};
    match command {
        ScheduleCommand::Install(a) => {
            let scheduler = if a.cron {
                Scheduler::Cron
            } else if a.launchd || (!a.systemd && cfg!(target_os = "macos")) {
                Scheduler::Launchd
            } else {
                Scheduler::Systemd
            };
            if a.write && scheduler != Scheduler::Cron {
                return Err(Error::invalid("--write goes with --cron"));
            }
            schedule::install(ctx, scheduler, a.write, a.print)
        }
        ScheduleCommand::Uninstall => schedule::uninstall(ctx),
        ScheduleCommand::Status => schedule::status(ctx),
    }
}

fn dispatch_sync(ctx: &mut Ctx, a: cli::SyncArgs) -> Result<()> {
    use crate::cmd::sync::{self, Setup};
    match a.command {
        None => sync::run(ctx, a.reminders),
        Some(cli::SyncCommand::Status) => sync::status(ctx),
        Some(cli::SyncCommand::Resolve) => sync::resolve(ctx),
        Some(cli::SyncCommand::Leave) => sync::leave(ctx),
        Some(cli::SyncCommand::Init(i)) => sync::setup(
            ctx,
            Setup {
                remote: i.setup.remote,
                join: false,
                reminders: i.setup.reminders,
                remember: i.setup.remember,
                force_new_remote: i.force_new_remote,
                yes: i.yes,
            },
        ),
        Some(cli::SyncCommand::Join(s)) => sync::setup(
            ctx,
            Setup {
                remote: s.remote,
                join: true,
                reminders: s.reminders,
                remember: s.remember,
                force_new_remote: false,
                yes: false,
            },
        ),
    }
}

fn export_args(a: ExportArgs) -> cmd::export::Export {
    use crate::cmd::export::{Export, Format, Table};
    Export {
        format: match a.format {
            ExportFormat::Json => Format::Json,
            ExportFormat::Csv => Format::Csv,
            ExportFormat::Ics => Format::Ics,
            ExportFormat::Ledger => Format::Ledger,
            ExportFormat::Beancount => Format::Beancount,
        },
        what: match a.what {
            ExportWhat::Subscriptions => Table::Subscriptions,
            ExportWhat::Payments => Table::Payments,
            ExportWhat::Usage => Table::Usage,
        },
        output: a.output,
        force: a.force,
        raw: a.raw,
    }
}

fn import_args(a: ImportArgs) -> cmd::import::Import {
    use crate::cmd::import::{Format, Import};
    Import {
        file: a.file,
        format: a.format.map(|f| match f {
            ImportFormat::Json => Format::Json,
            ImportFormat::Csv => Format::Csv,
            ImportFormat::Wallos => Format::Wallos,
        }),
        dry_run: a.dry_run,
        currency_map: a.currency_map,
        with_config: a.with_config,
        strict: a.strict,
    }
}

fn dispatch_notify(ctx: &mut Ctx, command: cli::NotifyCommand) -> Result<()> {
    use crate::cli::NotifyCommand;
    use crate::cmd::notify;
    match command {
        NotifyCommand::Add(a) => notify::add(
            ctx,
            notify::Add {
                name: a.name,
                kind: a.kind,
                url: a.url,
                to: a.to,
                from: a.from,
                smtp: a.smtp,
                insecure_tls: a.insecure_tls,
                run: a.run,
                secret_env: a.secret_env,
                min_severity: a.min_severity.map(Into::into),
                types: a.types,
                digest: a.digest,
            },
        ),
        NotifyCommand::List => notify::list(ctx),
        NotifyCommand::Remove(a) => notify::remove(ctx, &a.name),
        NotifyCommand::Test(a) => notify::test(ctx, a.name.as_deref()),
        NotifyCommand::Enable(a) => notify::enable(ctx, &a.name),
        NotifyCommand::Log(a) => notify::log(ctx, a.failed, a.limit),
    }
}

fn dispatch_budget(ctx: &mut Ctx, command: BudgetCommand) -> Result<()> {
    use crate::cmd::budget;
    match command {
        BudgetCommand::Set(a) => budget::set(
            ctx,
            &a.amount,
            a.currency.as_deref(),
            a.scope.category.as_deref(),
        ),
        BudgetCommand::List => budget::list(ctx),
        BudgetCommand::Remove(a) => budget::remove(ctx, a.category.as_deref()),
    }
}

fn dispatch_category(ctx: &mut Ctx, command: CategoryCommand) -> Result<()> {
    use crate::cmd::category;
    match command {
        CategoryCommand::Add(a) => category::add(ctx, &a.name, a.hex.as_deref(), a.icon.as_deref()),
        CategoryCommand::List => category::list(ctx),
        CategoryCommand::Edit(a) => {
            let change = category::Change {
                name: a.new_name.as_deref(),
                hex: a.hex.as_deref(),
                icon: a.icon.as_deref(),
            };
            category::edit(ctx, &a.name, change)
        }
        CategoryCommand::Delete(a) => category::delete(ctx, &a.name, a.yes),
    }
}

fn dispatch_config(ctx: &mut Ctx, command: ConfigCommand) -> Result<()> {
    use crate::cmd::config;
    match command {
        ConfigCommand::List => config::list(ctx),
        ConfigCommand::Get(a) => config::get(ctx, &a.key),
        ConfigCommand::Set(a) => config::set(ctx, &a.key, &a.value),
        ConfigCommand::Unset(a) => config::unset(ctx, &a.key),
    }
}

fn dispatch_alerts(ctx: &mut Ctx, command: AlertsCommand) -> Result<()> {
    use crate::cmd::alerts;
    use crate::store::alerts::Mark;
    let target = |a: cli::AlertTargetArgs| {
        if a.ids.is_empty() {
            alerts::Which::Matching {
                alert_type: a.alert_type,
                subscription: a.subscription,
            }
        } else {
            alerts::Which::Ids(a.ids)
        }
    };
    match command {
        AlertsCommand::Generate(a) => alerts::generate(ctx, a.dry_run, a.strict),
        AlertsCommand::List(a) => alerts::list(ctx, a.all, a.alert_type, a.subscription.as_deref()),
        AlertsCommand::Read(a) => alerts::mark(ctx, target(a), Mark::Read),
        AlertsCommand::Dismiss(a) => alerts::mark(ctx, target(a), Mark::Dismissed),
        AlertsCommand::Cleanup(a) => alerts::cleanup(ctx, &a.older_than),
    }
}

fn detect_args(a: cli::DetectArgs) -> Result<cmd::detect::Detect> {
    Ok(cmd::detect::Detect {
        reading: statement_reading(a.statement)?,
        since: a.since,
        min_confidence: a.min_confidence,
        all: a.all,
        add: a.add,
        yes: a.yes,
    })
}

/// `StatementArgs` as plain values for `cmd::statement`.
fn statement_reading(a: cli::StatementArgs) -> Result<cmd::statement::Reading> {
    use crate::statement::{DateOrder, Encoding, Format, ReadOptions};
    let format = match a.format {
        cli::StatementFormatArg::Auto => None,
        cli::StatementFormatArg::Ofx => Some(Format::Ofx),
        cli::StatementFormatArg::Camt => Some(Format::Camt),
        cli::StatementFormatArg::Mt940 => Some(Format::Mt940),
        cli::StatementFormatArg::Csv => Some(Format::Csv),
    };
    let encoding = a.encoding.map(|e| match e {
        cli::EncodingArg::Utf8 => Encoding::Utf8,
        cli::EncodingArg::Utf16le => Encoding::Utf16Le,
        cli::EncodingArg::Utf16be => Encoding::Utf16Be,
        cli::EncodingArg::Windows1252 => Encoding::Windows1252,
        cli::EncodingArg::Latin1 => Encoding::Latin1,
    });
    let date_order = a.date_format.map(|d| match d {
        cli::DateOrderArg::Dmy => DateOrder::DayMonthYear,
        cli::DateOrderArg::Mdy => DateOrder::MonthDayYear,
        cli::DateOrderArg::Ymd => DateOrder::YearMonthDay,
    });
    Ok(cmd::statement::Reading {
        files: a.files,
        options: ReadOptions {
            format,
            encoding,
            date_order,
            columns: a
                .columns
                .as_deref()
                .map(crate::statement::Columns::parse)
                .transpose()?
                .unwrap_or_default(),
            account: a.account,
        },
        currency: a.currency.as_deref().map(cmd::parse_currency).transpose()?,
    })
}
