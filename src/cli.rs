//! The whole command surface as clap derive types, and nothing else: the
//! completions and man pages in `completions/` and `man/` are generated from
//! these definitions (see `tests/generated.rs`).

use std::cell::Cell;
use std::path::PathBuf;

use clap::builder::{BoolishValueParser, PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{
    ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum, ValueHint,
};
use clap_complete::engine::{ArgValueCandidates, ArgValueCompleter, CompletionCandidate};

use crate::domain::alert::AlertType;
use crate::domain::channel::{ChannelKind, Severity};
use crate::domain::cycle::CycleKind;
use crate::domain::payment::PaymentStatus;
use crate::domain::subscription::{PaymentMethod, Status};
use crate::insights::Engine;
pub use crate::render::ColorChoice;
use crate::store::subscriptions::Sort;

/// A clap value enum that mirrors a type of the layers below, which know
/// nothing of clap; `From` maps it down.
macro_rules! value_enum {
    (
        $(#[$meta:meta])*
        $name:ident => $target:ty { $($(#[$vmeta:meta])* $variant:ident),* $(,)? }
    ) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
        $(#[$meta])*
        pub enum $name {
            $($(#[$vmeta])* $variant),*
        }

        impl From<$name> for $target {
            fn from(value: $name) -> Self {
                match value {
                    $($name::$variant => <$target>::$variant),*
                }
            }
        }
    };
}

/// An alert type by its stable name. Clap offers `AlertType::ALL`'s names,
/// in their order, so the list of types lives once, in `domain`.
fn alert_type() -> impl TypedValueParser<Value = AlertType> {
    PossibleValuesParser::new(AlertType::ALL.map(AlertType::as_str))
        .try_map(|name| AlertType::parse(&name).ok_or("not an alert type"))
}

/// A channel kind by its name. Clap offers `ChannelKind::ALL`, in its
/// order, each with what the command line says of it.
fn channel_kind() -> impl TypedValueParser<Value = ChannelKind> {
    let offered = ChannelKind::ALL.map(|kind| {
        let help = match kind {
            ChannelKind::Ntfy => {
                "ntfy's publish API (ntfy.sh or your own server); token from SUBS_NTFY_TOKEN"
            }
            ChannelKind::Webhook => {
                "A POST of the alerts as JSON, signed with SUBS_WEBHOOK_SECRET when set"
            }
            ChannelKind::Command => "A program that reads the alerts as JSON on stdin",
            ChannelKind::Apprise => {
                "Any Apprise URL (Telegram, Signal, Matrix, Pushover, ...), through the apprise program"
            }
            ChannelKind::Email => "One e-mail per run over SMTP; password from SUBS_SMTP_PASSWORD",
            ChannelKind::Desktop => {
                "A desktop notification (freedesktop D-Bus on Linux, macOS's own)"
            }
        };
        PossibleValue::new(kind.as_str()).help(help)
    });
    PossibleValuesParser::new(offered)
        .try_map(|name| ChannelKind::parse(&name).ok_or("not a channel kind"))
}

value_enum! {
    /// How pressing an alert is.
    SeverityArg => Severity { Info, Warning, Urgent }
}

value_enum! {
    /// Billing cycles.
    CycleArg => CycleKind { Weekly, Monthly, Quarterly, Yearly, Custom }
}

value_enum! {
    /// Ways to pay.
    #[value(rename_all = "snake_case")]
    PaymentMethodArg => PaymentMethod { Card, BankTransfer, Paypal, Other }
}

value_enum! {
    /// Payment statuses.
    PaymentStatusArg => PaymentStatus { Paid, Pending, Failed, Refunded }
}

value_enum! {
    /// Orders of `list`.
    SortArg => Sort {
        /// Next billing date, soonest first
        Next,
        /// Name, A to Z
        Name,
        /// Amount, largest first (within each currency)
        Amount,
        /// Monthly cost, largest first
        Monthly,
        /// Newest first
        Created,
    }
}

value_enum! {
    /// AI providers.
    AiProvider => Engine { Gemini, Ollama, Openai }
}

/// Track what you pay for, when it renews, and where to save.
///
/// Your data stays in one SQLite file on this machine. Every command takes
/// --json for scripts; exit codes: 0 ok, 1 runtime failure, 2 invalid input,
/// 3 not found or ambiguous.
#[derive(Debug, Parser)]
#[command(name = "subs", version, propagate_version = true, max_term_width = 100)]
#[command(after_long_help = examples::SUBS)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Chosen<Command>,
}

impl Cli {
    /// Parses a command line as `Cli::command()` would, building only the
    /// command it names: clap copies every global option into every
    /// command of the tree it is given (a sixth of start-up). A line that
    /// parses in the one-command tree parses the same in the whole tree, as
    /// the other commands only matter where a command name stands; any
    /// other line (an error, help, a name that is an option's value) is
    /// parsed again in the whole tree, so what clap prints is its usual.
    pub fn parse_line(args: &[std::ffi::OsString]) -> Result<Cli, clap::Error> {
        if let Some(one) = named_command(args) {
            CHOSEN.set(Some(one));
            let parsed = Cli::parse_in(Cli::command(), args);
            CHOSEN.set(None);
            if parsed.is_ok() {
                return parsed;
            }
        }
        Cli::parse_in(Cli::command(), args)
    }

    fn parse_in(
        mut command: clap::Command,
        args: &[std::ffi::OsString],
    ) -> Result<Cli, clap::Error> {
        let parsed = command
            .try_get_matches_from_mut(args)
            .and_then(|matches| Cli::from_arg_matches(&matches));
        // The command tree is big and the process is about to end: leave it
        // to the operating system instead of freeing it piece by piece.
        std::mem::forget(command);
        parsed
    }
}

thread_local! {
    /// Set while [`Cli::parse_line`] builds its one-command tree.
    static CHOSEN: std::cell::RefCell<Option<clap::Command>> = const { std::cell::RefCell::new(None) };
}

/// The command a line names: its first word that is not an option and is
/// a command's name or alias (`--db PATH list`: `list`). A word that is an
/// option's value and also a command's name (`--db list dashboard`) picks
/// the wrong one; that line fails in the one-command tree and is parsed in
/// the whole one. The tree searched is cheap: each command's arguments are
/// [`Deferred`].
fn named_command(args: &[std::ffi::OsString]) -> Option<clap::Command> {
    let every = Command::augment_subcommands(clap::Command::new(""));
    args.iter()
        .skip(1)
        .filter(|a| !a.as_encoded_bytes().starts_with(b"-"))
        .filter_map(|a| a.to_str())
        .find_map(|word| every.find_subcommand(word).cloned())
}

/// The command a line names. While [`Cli::parse_line`] tries the line,
/// the tree holds that command alone (its name or alias); otherwise every
/// command, as the derived code would add them.
#[derive(Debug)]
pub struct Chosen<T>(pub T);

impl<T: FromArgMatches> FromArgMatches for Chosen<T> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Chosen)
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }
}

impl<T: Subcommand> Subcommand for Chosen<T> {
    fn augment_subcommands(command: clap::Command) -> clap::Command {
        match CHOSEN.with_borrow(Clone::clone) {
            Some(one) => command.subcommand(one),
            None => T::augment_subcommands(command),
        }
    }

    fn augment_subcommands_for_update(command: clap::Command) -> clap::Command {
        T::augment_subcommands_for_update(command)
    }

    fn has_subcommand(name: &str) -> bool {
        T::has_subcommand(name)
    }
}

/// A command whose own arguments (or subcommands) clap builds only when
/// the command line enters it, so a run builds one command's arguments
/// instead of the whole tree (most of clap's share of start-up, and most
/// of the memory the process touches before it opens the database).
/// [`command`] builds the whole tree at once: completion, the man pages
/// and the completion scripts look at every argument.
#[derive(Debug)]
pub struct Deferred<T>(pub T);

thread_local! {
    /// Set while [`command`] builds: every command's arguments now.
    static EAGER: Cell<bool> = const { Cell::new(false) };
}

/// `augment` now, or when clap enters the command.
fn deferring(command: clap::Command, augment: fn(clap::Command) -> clap::Command) -> clap::Command {
    if EAGER.get() {
        augment(command)
    } else {
        command.defer(augment)
    }
}

/// Deferred, `augment` runs after the variant's own settings: the
/// variant's about text (which the derived code sets after the arguments)
/// is put back over the one a documented argument struct would leave.
fn keeping_about(
    command: clap::Command,
    augment: fn(clap::Command) -> clap::Command,
) -> clap::Command {
    let about = command.get_about().cloned();
    let long_about = command.get_long_about().cloned();
    let command = augment(command);
    let command = match about {
        Some(about) => command.about(about),
        None => command.about(None),
    };
    match long_about {
        Some(long_about) => command.long_about(long_about),
        None => command.long_about(None),
    }
}

fn augment_args<T: Args>(command: clap::Command) -> clap::Command {
    keeping_about(command, T::augment_args)
}

fn augment_subcommands<T: Subcommand>(command: clap::Command) -> clap::Command {
    keeping_about(command, T::augment_subcommands)
}

impl<T: FromArgMatches> FromArgMatches for Deferred<T> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Deferred)
    }

    fn from_arg_matches_mut(matches: &mut ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches_mut(matches).map(Deferred)
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }

    fn update_from_arg_matches_mut(&mut self, matches: &mut ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches_mut(matches)
    }
}

impl<T: Args> Args for Deferred<T> {
    fn augment_args(command: clap::Command) -> clap::Command {
        deferring(command, augment_args::<T>)
    }

    fn augment_args_for_update(command: clap::Command) -> clap::Command {
        T::augment_args_for_update(command)
    }

    fn group_id() -> Option<clap::Id> {
        T::group_id()
    }
}

impl<T: Subcommand> Subcommand for Deferred<T> {
    fn augment_subcommands(command: clap::Command) -> clap::Command {
        deferring(command, augment_subcommands::<T>)
    }

    fn augment_subcommands_for_update(command: clap::Command) -> clap::Command {
        T::augment_subcommands_for_update(command)
    }

    fn has_subcommand(name: &str) -> bool {
        T::has_subcommand(name)
    }
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    // The environment variables are read by `run`, not by clap: clap would
    // print an option set from the environment as required in usage lines.
    /// Database file (default: subs.db in your data directory) [env: SUBS_DB]
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Use NAME.db beside the default database [env: SUBS_PROFILE]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// Print one JSON document on stdout instead of text
    #[arg(long, global = true)]
    pub json: bool,

    /// When to colour output: auto, always or never (NO_COLOR is honoured
    /// by auto)
    #[arg(long, global = true, value_name = "WHEN", value_parser = parse_color_choice)]
    pub color: Option<ColorChoice>,

    /// Treat DATE as today, for scripts, tests and backfills [env: SUBS_TODAY]
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,

    /// Print only what was asked for: no confirmations or notes
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Say more on stderr (the database in use, what was decided)
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

fn parse_color_choice(value: &str) -> Result<ColorChoice, String> {
    match value {
        "auto" => Ok(ColorChoice::Auto),
        "always" => Ok(ColorChoice::Always),
        "never" => Ok(ColorChoice::Never),
        hex if hex.starts_with('#') => Err(
            "expected auto, always or never (a category's colour is --hex '#RRGGBB' on category add and edit)"
                .into(),
        ),
        _ => Err("expected auto, always or never".into()),
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add a subscription (prompts for missing values on a terminal)
    #[command(after_long_help = examples::ADD)]
    Add(Deferred<AddArgs>),
    /// List subscriptions with their monthly cost and next billing date
    #[command(visible_alias = "ls")]
    #[command(after_long_help = examples::LIST)]
    List(Deferred<ListArgs>),
    /// Show one subscription in full
    #[command(after_long_help = examples::SHOW)]
    Show(Deferred<ShowArgs>),
    /// Change a subscription's details
    #[command(after_long_help = examples::EDIT)]
    Edit(Deferred<EditArgs>),
    /// Pause billing and reminders
    #[command(after_long_help = examples::PAUSE)]
    Pause(Deferred<RefArgs>),
    /// Resume a paused subscription
    #[command(after_long_help = examples::RESUME)]
    Resume(Deferred<ResumeArgs>),
    /// Cancel now, or at the end of a period with --at
    #[command(after_long_help = examples::CANCEL)]
    Cancel(Deferred<CancelArgs>),
    /// Delete a subscription and all its history
    #[command(visible_alias = "rm")]
    #[command(after_long_help = examples::DELETE)]
    Delete(Deferred<DeleteArgs>),
    /// Record a payment; paying the due occurrence moves the next billing date on
    #[command(after_long_help = examples::PAY)]
    Pay(Deferred<PayArgs>),
    /// List payments, or correct one (payments edit|delete ID)
    #[command(after_long_help = examples::PAYMENTS)]
    Payments(Deferred<PaymentsCommand>),
    /// Check a bank statement against your subscriptions: paid, late,
    /// missed, doubled, a new price, charges nobody declared
    #[command(after_long_help = examples::RECONCILE)]
    Reconcile(Deferred<ReconcileArgs>),
    /// Record that you used a subscription
    #[command(after_long_help = examples::LOG_USAGE)]
    LogUsage(Deferred<LogUsageArgs>),
    /// Per subscription: uses, time, last use, cost per use; with a name, its logs
    #[command(after_long_help = examples::USAGE)]
    Usage(Deferred<UsageCommand>),
    /// Process renewals: record auto-renewal payments, expire ended subscriptions
    #[command(after_long_help = examples::RENEW)]
    Renew(Deferred<RenewArgs>),
    /// Revert the last writing command exactly; again: the one before it; --list shows the journal
    #[command(after_long_help = examples::UNDO)]
    Undo(Deferred<UndoArgs>),
    /// Re-apply the command undone last
    #[command(after_long_help = examples::REDO)]
    Redo(Deferred<RedoArgs>),
    /// Every charge coming up in the next days, overdue ones first
    #[command(after_long_help = examples::UPCOMING)]
    Upcoming(Deferred<UpcomingArgs>),
    /// The charges of the months ahead, per month, and what to set aside
    /// each month to cover them
    #[command(after_long_help = examples::FORECAST)]
    Forecast(Deferred<ForecastArgs>),
    /// The portfolio at a glance: counts, costs, categories, upcoming renewals
    #[command(after_long_help = examples::DASHBOARD)]
    Dashboard(Deferred<DashboardArgs>),
    /// Trends and breakdowns over recent months, with bar charts
    #[command(after_long_help = examples::ANALYTICS)]
    Analytics(Deferred<AnalyticsArgs>),
    /// Exchange rates into the base currency
    #[command(subcommand)]
    #[command(after_long_help = examples::RATES)]
    Rates(Deferred<RatesCommand>),
    /// Fill the separate `demo` profile with a sample portfolio and show it
    #[command(after_long_help = examples::DEMO)]
    Demo,
    /// Where to save: Gemini (or a local model) when enabled, else the rule engine
    #[command(after_long_help = examples::INSIGHTS)]
    Insights(Deferred<InsightsArgs>),
    /// Write a backup (JSON), a spreadsheet (CSV) or a calendar feed (ICS)
    #[command(after_long_help = examples::EXPORT)]
    Export(Deferred<ExportArgs>),
    /// Read a backup, a CSV of subscriptions or a Wallos export
    #[command(after_long_help = examples::IMPORT)]
    Import(Deferred<ImportArgs>),
    /// Find subscriptions in a bank statement (offline); --add tracks them
    #[command(after_long_help = examples::DETECT)]
    Detect(Deferred<DetectArgs>),
    /// Raise reminders (cron-safe) and manage alerts
    #[command(subcommand, visible_alias = "alert")]
    #[command(after_long_help = examples::ALERTS)]
    Alerts(Deferred<AlertsCommand>),
    /// Notification channels: where new alerts are delivered (ntfy, a
    /// webhook, a command), with a delivery outbox
    #[command(subcommand)]
    #[command(after_long_help = examples::NOTIFY)]
    Notify(Deferred<NotifyCommand>),
    /// Run `alerts generate` every hour: a systemd timer, cron or launchd
    #[command(subcommand)]
    #[command(after_long_help = examples::SCHEDULE)]
    Schedule(Deferred<ScheduleCommand>),
    /// Monthly budgets, overall or per category
    #[command(subcommand)]
    #[command(after_long_help = examples::BUDGET)]
    Budget(Deferred<BudgetCommand>),
    /// Payment cards: which subscriptions to move when one expires
    #[command(subcommand)]
    #[command(after_long_help = examples::CARD)]
    Card(Deferred<CardCommand>),
    /// People you share plans with ("me" is always there)
    #[command(subcommand)]
    #[command(after_long_help = examples::MEMBER)]
    Member(Deferred<MemberCommand>),
    /// Who owes whom for a month's charges of shared plans
    #[command(after_long_help = examples::SPLIT)]
    Split(Deferred<SplitArgs>),
    /// Sync with your other devices through a git remote you own,
    /// end-to-end encrypted (`sync init` on the first, `sync join` on the others)
    #[command(after_long_help = examples::SYNC)]
    Sync(Deferred<SyncArgs>),
    /// Manage categories
    #[command(subcommand)]
    #[command(after_long_help = examples::CATEGORY)]
    Category(Deferred<CategoryCommand>),
    /// Read and change settings
    #[command(subcommand)]
    #[command(after_long_help = examples::CONFIG)]
    Config(Deferred<ConfigCommand>),
    /// Serve your subscriptions to an AI assistant: a Model Context
    /// Protocol server on stdin/stdout (reads only, unless --allow-writes)
    #[command(after_long_help = examples::MCP)]
    Mcp(Deferred<McpArgs>),
}

/// Fields shared by `add` and `edit`.
#[derive(Debug, Args)]
pub struct DetailArgs {
    /// Longer description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// Who bills you (default: the name)
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,

    /// Category name; created if it does not exist yet
    #[arg(long, value_name = "NAME")]
    pub category: Option<String>,

    /// ISO 4217 code (default: the base_currency setting, USD until set)
    #[arg(long, value_name = "CODE")]
    pub currency: Option<String>,

    /// How you pay
    #[arg(long, value_enum, value_name = "METHOD", conflicts_with = "card")]
    pub payment_method: Option<PaymentMethodArg>,

    /// The card it is charged to (`subs card add`); "none" to unset
    #[arg(long, value_name = "NAME")]
    pub card: Option<String>,

    /// A shared plan's members, e.g. alex,sam,me (equal parts unless --shares); "none" to unshare
    #[arg(long, value_name = "MEMBERS")]
    pub shared_with: Option<String>,

    /// Parts that are not equal: alex=25%,sam=25% or alex=4.50 (the rest split equally)
    #[arg(long, value_name = "SHARES")]
    pub shares: Option<String>,

    /// Who pays the provider (default: me)
    #[arg(long, value_name = "MEMBER")]
    pub paid_by: Option<String>,

    /// Whether it renews by itself (true/false)
    #[arg(long, value_name = "BOOL", value_parser = BoolishValueParser::new())]
    pub auto_renew: Option<bool>,

    /// Days before a charge to remind you (0 to 365; default 3)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub reminder_days: Option<i64>,

    /// Several reminders: days before each charge, e.g. 30,7,1 (0 = on the
    /// day); each fires once. An empty value goes back to --reminder-days
    #[arg(long, value_name = "DAYS")]
    pub remind: Option<String>,

    /// Alert types not to raise for it, e.g. usage_limit,renewal_reminder
    #[arg(long, value_parser = alert_type(), value_name = "TYPES", value_delimiter = ',')]
    pub mute: Vec<AlertType>,

    /// Alert types to raise again
    #[arg(long, value_parser = alert_type(), value_name = "TYPES", value_delimiter = ',')]
    pub unmute: Vec<AlertType>,

    /// Whether reminders are printed by `alerts generate` (true/false)
    #[arg(long, value_name = "BOOL", value_parser = BoolishValueParser::new())]
    pub email_notifications: Option<bool>,

    /// Web address (http or https)
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,

    /// Free-form notes, kept verbatim
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,

    /// What its charges say on a bank statement, for `detect` and
    /// `reconcile`: descriptors separated by |, matched case-insensitively
    /// (e.g. 'CLAUDE.AI|ANTHROPIC' keeps a renamed merchant one
    /// subscription); "none" to match by its name again
    #[arg(long = "match", value_name = "TEXT|TEXT")]
    pub statement_match: Option<String>,

    /// Last day of the subscription
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    pub end: Option<String>,

    /// Last free day of a trial; the first charge is the day after
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true, conflicts_with_all = ["trial", "next"])]
    pub trial_until: Option<String>,

    /// A trial from the start date: 7d, 2w, 1m (a 7-day trial from Jan 3 bills Jan 10)
    #[arg(long, value_name = "LENGTH", conflicts_with = "next")]
    pub trial: Option<String>,

    /// A contract's minimum term from the start date: 12m, 24m, 1y ("none" removes it)
    #[arg(long, value_name = "LENGTH")]
    pub term: Option<String>,

    /// Notice before a term ends: 30d, 1m (the last day to cancel is the term end minus it)
    #[arg(long, value_name = "LENGTH")]
    pub notice: Option<String>,

    /// Each automatic extension of the contract (default: the term again), e.g. 1m
    #[arg(long, value_name = "LENGTH")]
    pub extends_by: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Name of the service, e.g. Netflix
    pub name: Option<String>,

    #[command(flatten)]
    pub schedule: ScheduleArgs,

    #[command(flatten)]
    pub details: DetailArgs,
}

/// The amount and schedule `add` and `edit` share, worded for `add`
/// (`EditArgs` words each as a change).
#[derive(Debug, Args)]
pub struct ScheduleArgs {
    /// Amount per billing cycle, e.g. 15.99
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
    pub amount: Option<String>,

    /// Billing cycle (any letter case)
    #[arg(long, value_enum, value_name = "CYCLE", ignore_case = true)]
    pub cycle: Option<CycleArg>,

    /// Days per cycle, for --cycle custom (1 to 365)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub every_days: Option<i64>,

    /// Months per cycle, for --cycle custom (1 to 120): every 2 months, twice a year (6)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub every_months: Option<i64>,

    /// First billing date (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    pub start: Option<String>,

    /// Next billing date (default: computed from the start date)
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    pub next: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Which statuses to show
    #[arg(long, value_enum, value_name = "STATUS", default_value_t = StatusFilter::Active)]
    pub status: StatusFilter,

    /// Only this category (any letter case)
    #[arg(long, value_name = "NAME")]
    pub category: Option<String>,

    /// Order of the rows; by default the next billing date, soonest first
    /// (ties by name)
    #[arg(long, value_enum, value_name = "KEY", default_value_t = SortArg::Next)]
    pub sort: SortArg,

    #[command(flatten)]
    pub totals: TotalsArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StatusFilter {
    Active,
    Paused,
    Cancelled,
    Expired,
    All,
}

impl StatusFilter {
    pub fn status(self) -> Option<Status> {
        match self {
            StatusFilter::Active => Some(Status::Active),
            StatusFilter::Paused => Some(Status::Paused),
            StatusFilter::Cancelled => Some(Status::Cancelled),
            StatusFilter::Expired => Some(Status::Expired),
            StatusFilter::All => None,
        }
    }
}

#[derive(Debug, Args)]
pub struct RefArgs {
    /// Subscription, tried in this order: the full id; an id prefix with
    /// its SUB letters; the exact name in any letter case; an id prefix of 4
    /// or more characters without SUB; a unique start of the name; a unique
    /// part of the name. Several matches are listed, never guessed (exit 3);
    /// delete --yes refuses a reference of 1 or 2 characters that is not a
    /// whole name
    #[arg(value_name = "SUBSCRIPTION")]
    pub subscription: String,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[command(flatten)]
    pub target: RefArgs,
}

#[derive(Debug, Args)]
#[command(mut_args(as_changes))]
pub struct EditArgs {
    #[command(flatten)]
    pub target: RefArgs,

    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    #[command(flatten)]
    pub schedule: ScheduleArgs,

    #[command(flatten)]
    pub details: DetailArgs,

    /// Remove the category
    #[arg(long, conflicts_with = "category")]
    pub no_category: bool,

    /// Remove the end date
    #[arg(long, conflicts_with = "end")]
    pub no_end: bool,
}

/// `edit`'s words for the schedule flags it shares with `add`: each is a
/// change. In place, so the flags keep their order.
fn as_changes(arg: clap::Arg) -> clap::Arg {
    let help = match arg.get_id().as_str() {
        "amount" => "New amount per cycle; a change is recorded in the price history",
        "cycle" => "New billing cycle (re-anchors the schedule at the next billing date)",
        "every_days" => "Days per cycle, for a custom cycle",
        "every_months" => "Months per cycle, for a custom cycle",
        "start" => "New start date",
        "next" => "New next billing date (re-anchors the schedule there)",
        _ => return arg,
    };
    arg.help(help)
}

#[derive(Debug, Args)]
pub struct ResumeArgs {
    #[command(flatten)]
    pub target: RefArgs,

    /// Next billing date (default: the first scheduled date from today)
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    pub next: Option<String>,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    #[command(flatten)]
    pub target: RefArgs,

    /// Last day of service (default: today); a future date keeps it active until then
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    pub at: Option<String>,

    /// End with the period already paid: the last day is the day before the next billing date
    #[arg(long, conflicts_with = "at")]
    pub at_period_end: bool,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[command(flatten)]
    pub target: RefArgs,

    /// Do not ask for confirmation (required when not on a terminal)
    #[arg(short, long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct PayArgs {
    #[command(flatten)]
    pub target: RefArgs,

    /// Amount paid (default: the subscription's current amount)
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
    pub amount: Option<String>,

    /// Day the payment was made (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    pub date: Option<String>,

    /// Billing date this payment is for, one the schedule charges (default:
    /// the next billing date); the day the bank posted it goes in --date
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    pub due: Option<String>,

    /// Payment status; failed never moves the schedule; refunded records
    /// money coming back for the charge --due names (default: the latest
    /// one paid)
    #[arg(long, value_enum, value_name = "STATUS", default_value_t = PaymentStatusArg::Paid)]
    pub status: PaymentStatusArg,

    /// The provider's transaction reference
    #[arg(long, value_name = "ID")]
    pub transaction_id: Option<String>,

    /// Free-form notes
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,

    /// Record it even if the subscription is paused, cancelled or expired
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ReconcileArgs {
    #[command(flatten)]
    pub statement: StatementArgs,

    /// Record the charges paid as payments, take on a new price two charges
    /// agree on, and raise missed_charge and duplicate_charge alerts (one
    /// undo step; nothing is deleted or cancelled)
    #[arg(long)]
    pub apply: bool,
}

/// A date window, inclusive at both ends.
#[derive(Debug, Args)]
pub struct WindowArgs {
    /// From this day on
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    pub since: Option<String>,

    /// Up to and including this day
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    pub until: Option<String>,
}

/// `subs payments`: the list, or a correction of one payment.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct PaymentsCommand {
    #[command(subcommand)]
    pub action: Option<PaymentAction>,

    #[command(flatten)]
    pub list: PaymentsArgs,
}

#[derive(Debug, Subcommand)]
pub enum PaymentAction {
    /// Correct a payment (its id is in `subs payments`)
    #[command(after_long_help = examples::PAYMENTS_EDIT)]
    Edit(PaymentEditArgs),
    /// Record money coming back for a payment (all of it, or --amount)
    #[command(after_long_help = examples::PAYMENTS_REFUND)]
    Refund(PaymentRefundArgs),
    /// Delete a payment; the charge it settled is due again
    #[command(visible_alias = "rm")]
    #[command(after_long_help = examples::PAYMENTS_DELETE)]
    Delete(IdDeleteArgs),
}

#[derive(Debug, Args)]
pub struct PaymentEditArgs {
    /// Payment id
    pub id: i64,

    /// Amount paid
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
    pub amount: Option<String>,

    /// Day the payment was made
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    pub date: Option<String>,

    /// Status; failed re-opens the charge it settled; refunded records the
    /// refund of the whole payment (as `subs payments refund ID`)
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Option<PaymentStatusArg>,

    /// The provider's transaction reference (empty to remove)
    #[arg(long, value_name = "ID")]
    pub transaction_id: Option<String>,

    /// Free-form notes (empty to remove)
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct PaymentRefundArgs {
    /// The id of the payment the money comes back for
    pub id: i64,

    /// Part of it (default: all of it that is not refunded yet)
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
    pub amount: Option<String>,

    /// Day the money came back (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    pub date: Option<String>,
}

/// A record to delete by its id.
#[derive(Debug, Args)]
pub struct IdDeleteArgs {
    /// Its id
    pub id: i64,

    /// Do not ask for confirmation (required when not on a terminal)
    #[arg(short, long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct PaymentsArgs {
    /// Only this subscription
    #[arg(value_name = "SUBSCRIPTION")]
    pub subscription: Option<String>,

    #[command(flatten)]
    pub window: WindowArgs,

    /// Only payments with this status
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Option<PaymentStatusArg>,
}

#[derive(Debug, Args)]
pub struct LogUsageArgs {
    #[command(flatten)]
    pub target: RefArgs,

    /// How many times (default 1)
    #[arg(
        long,
        value_name = "N",
        allow_negative_numbers = true,
        default_value_t = 1
    )]
    pub count: i64,

    /// How long: 90m, 1h30m, 2h, 45s (at most 24h)
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    pub duration: Option<String>,

    /// A measured value, e.g. GB stored or pages read (2 decimals)
    #[arg(long, value_name = "NUMBER", allow_hyphen_values = true)]
    pub value: Option<String>,

    /// Day of use (default: today; not in the future)
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    pub date: Option<String>,

    /// Free-form notes
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
}

/// `subs usage`: the report, or deleting one log.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct UsageCommand {
    #[command(subcommand)]
    pub action: Option<UsageAction>,

    #[command(flatten)]
    pub report: UsageArgs,
}

#[derive(Debug, Subcommand)]
pub enum UsageAction {
    /// Delete a usage log (its id is in `subs usage`)
    #[command(visible_alias = "rm")]
    #[command(after_long_help = examples::USAGE_DELETE)]
    Delete(IdDeleteArgs),
}

#[derive(Debug, Args)]
pub struct UsageArgs {
    /// Only this subscription
    #[arg(value_name = "SUBSCRIPTION")]
    pub subscription: Option<String>,

    /// Window start (default: 29 days before --until, a 30-day window)
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    pub since: Option<String>,

    /// Window end (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    pub until: Option<String>,
}

#[derive(Debug, Args)]
pub struct UndoArgs {
    /// Show the last N journalled commands instead (newest first; marks
    /// what undo reverts and what redo re-applies)
    #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "10",
          value_parser = clap::value_parser!(i64).range(1..=10_000))]
    pub list: Option<i64>,

    /// Undo a background run (alerts generate, renew) without asking
    #[arg(long, short = 'y', conflicts_with = "list")]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct RedoArgs {}

#[derive(Debug, Args)]
pub struct RenewArgs {
    /// Show what would happen; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct UpcomingArgs {
    /// How many days ahead, today included (1 to 36525)
    #[arg(
        long,
        value_name = "N",
        default_value_t = 30,
        allow_negative_numbers = true
    )]
    pub days: i64,
}

#[derive(Debug, Args)]
pub struct ForecastArgs {
    /// How many months, the first included (1 to 120)
    #[arg(
        long,
        value_name = "N",
        default_value_t = 12,
        allow_negative_numbers = true
    )]
    pub months: i64,

    /// The first month, YYYY-MM (default: this month)
    #[arg(long, value_name = "YYYY-MM")]
    pub from: Option<String>,
}

#[derive(Debug, Args)]
pub struct InsightsArgs {
    /// Use the rule engine only; no network
    #[arg(long)]
    pub offline: bool,

    /// Ignore the cached answer
    #[arg(long)]
    pub refresh: bool,

    /// Print the exact request body that would be sent; send nothing
    #[arg(long)]
    pub dry_run: bool,

    /// AI provider (default: the ai_provider setting)
    #[arg(long, value_enum, value_name = "PROVIDER")]
    pub provider: Option<AiProvider>,

    /// Also send notes and website addresses to the AI provider
    #[arg(long)]
    pub include_notes: bool,

    #[command(flatten)]
    pub totals: TotalsArgs,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to write
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,

    /// Which table, for CSV
    #[arg(long, value_enum, value_name = "TABLE", default_value_t = ExportWhat::Subscriptions)]
    pub what: ExportWhat,

    /// Write to this file (created 0600) instead of stdout
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,

    /// Let --output replace an existing SQLite file
    #[arg(long, requires = "output")]
    pub force: bool,

    /// CSV: write text exactly as stored, without the leading ' that keeps
    /// spreadsheets from running cells such as =HYPERLINK(...) as formulas
    #[arg(long)]
    pub raw: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Everything, losslessly (subs import reads it back)
    Json,
    /// One table as a spreadsheet
    Csv,
    /// An iCalendar feed of renewals
    Ics,
    /// An hledger/ledger journal: payments and a periodic rule per subscription
    Ledger,
    /// A beancount file of the payments
    Beancount,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportWhat {
    Subscriptions,
    Payments,
    Usage,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to read
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Its format (default: csv for .csv files, else json)
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<ImportFormat>,

    /// Validate everything and report; write nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Wallos currency ids or price symbols and their codes, e.g.
    /// 1=USD,2=EUR (an API response without its currencies section) or
    /// 'kr=SEK,$=CAD' (symbols several currencies share)
    #[arg(long, value_name = "ID=CODE,...")]
    pub currency_map: Option<String>,

    /// All or nothing: a row that cannot be imported fails the whole file
    /// (without it, valid rows are imported and each skipped row is named
    /// with its reason)
    #[arg(long)]
    pub strict: bool,

    /// From a backup, take also the settings that decide where requests and
    /// keys go (ai_base_url, ai_model, ai_provider); without it they are
    /// listed and left out
    #[arg(long)]
    pub with_config: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// A subs backup (`subs export`)
    Json,
    /// Subscriptions, with the JSON object's field names as headers
    Csv,
    /// A Wallos subscriptions export
    Wallos,
}

/// Whose part of shared plans totals count.
#[derive(Debug, Args)]
pub struct TotalsArgs {
    /// Count only my share of shared plans (default: the `totals` setting)
    #[arg(long, conflicts_with = "full")]
    pub mine: bool,

    /// Count shared plans in full
    #[arg(long)]
    pub full: bool,
}

impl TotalsArgs {
    /// `Some(true)`: mine; `Some(false)`: full; `None`: the setting.
    pub fn mine(&self) -> Option<bool> {
        if self.mine {
            Some(true)
        } else if self.full {
            Some(false)
        } else {
            None
        }
    }
}

#[derive(Debug, Args)]
pub struct DashboardArgs {
    /// Count renewals in this many days, today included
    #[arg(
        long,
        value_name = "N",
        default_value_t = 7,
        allow_negative_numbers = true
    )]
    pub days: i64,

    #[command(flatten)]
    pub totals: TotalsArgs,
}

#[derive(Debug, Args)]
pub struct AnalyticsArgs {
    /// How many months, this one included (1 to 120)
    #[arg(
        long,
        value_name = "N",
        default_value_t = 6,
        allow_negative_numbers = true
    )]
    pub months: i64,

    #[command(flatten)]
    pub totals: TotalsArgs,
}

#[derive(Debug, Subcommand)]
pub enum RatesCommand {
    /// Set a rate: 1 CURRENCY = RATE in the base currency
    #[command(after_long_help = examples::RATES_SET)]
    Set(RateSetArgs),
    /// The rates, when they were set, and which are stale
    #[command(visible_alias = "ls")]
    #[command(after_long_help = examples::RATES_LIST)]
    List,
    /// Remove a rate
    #[command(visible_alias = "rm")]
    #[command(after_long_help = examples::RATES_REMOVE)]
    Remove(RateCurrencyArgs),
    /// Fetch the European Central Bank's reference rates (no key needed)
    /// and set, for every currency you hold, its rate into the base currency
    #[command(after_long_help = examples::RATES_UPDATE)]
    Update(RatesUpdateArgs),
}

#[derive(Debug, Args)]
pub struct RatesUpdateArgs {
    /// Show what would change; write nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Replace rates you set by hand too (they are kept otherwise)
    #[arg(long)]
    pub replace_manual: bool,

    /// Also keep the ECB's daily rates from this day on, so analytics
    /// converts each past payment at the rate of its date
    #[arg(long, value_name = "YYYY-MM-DD", allow_hyphen_values = true)]
    pub history: Option<String>,
}

#[derive(Debug, Args)]
pub struct RateSetArgs {
    /// ISO 4217 code, e.g. EUR
    pub currency: String,
    /// Units of the base currency one unit is worth, e.g. 1.08
    #[arg(allow_hyphen_values = true)]
    pub rate: String,
}

#[derive(Debug, Args)]
pub struct RateCurrencyArgs {
    /// ISO 4217 code, e.g. EUR
    pub currency: String,
}

#[derive(Debug, Subcommand)]
pub enum ScheduleCommand {
    /// Install an hourly `alerts generate` for this database
    #[command(after_long_help = examples::SCHEDULE_INSTALL)]
    Install(ScheduleInstallArgs),
    /// Remove what install wrote
    #[command(after_long_help = examples::SCHEDULE_UNINSTALL)]
    Uninstall,
    /// The last run, the schedule, and failed deliveries
    #[command(after_long_help = examples::SCHEDULE_STATUS)]
    Status,
}

#[derive(Debug, Args)]
pub struct ScheduleInstallArgs {
    /// A systemd user timer (Persistent: a run missed while asleep happens at wake-up); the default on Linux
    #[arg(long, conflicts_with_all = ["cron", "launchd"])]
    pub systemd: bool,
    /// A crontab line, printed alone on stdout (installed only with --write)
    #[arg(long, conflicts_with = "launchd")]
    pub cron: bool,
    /// A LaunchAgent (the default on macOS)
    #[arg(long)]
    pub launchd: bool,
    /// With --cron: add the line to your crontab
    #[arg(long, requires = "cron", conflicts_with = "print")]
    pub write: bool,
    /// Print the units (or the LaunchAgent) on stdout; write and enable
    /// nothing
    #[arg(long)]
    pub print: bool,
}

#[derive(Debug, Subcommand)]
pub enum NotifyCommand {
    /// Add a channel
    #[command(after_long_help = examples::NOTIFY_ADD)]
    Add(NotifyAddArgs),
    /// The channels, their settings (secrets never shown) and filters
    #[command(visible_alias = "ls")]
    #[command(after_long_help = examples::NOTIFY_LIST)]
    List,
    /// Remove a channel and its queued deliveries
    #[command(visible_alias = "rm")]
    #[command(after_long_help = examples::NOTIFY_REMOVE)]
    Remove(NotifyNameArgs),
    /// Send a test notification through one channel or all of them
    #[command(after_long_help = examples::NOTIFY_TEST)]
    Test(NotifyTestArgs),
    /// Let a command or apprise channel that came by import or sync run on this device
    #[command(after_long_help = examples::NOTIFY_ENABLE)]
    Enable(NotifyNameArgs),
    /// Deliveries, newest first
    #[command(after_long_help = examples::NOTIFY_LOG)]
    Log(NotifyLogArgs),
}

#[derive(Debug, Args)]
pub struct NotifyAddArgs {
    /// A name for the channel, e.g. phone
    pub name: String,
    /// How it delivers
    #[arg(value_parser = channel_kind())]
    pub kind: ChannelKind,
    /// Where to (ntfy topic URL, webhook URL)
    #[arg(long, value_name = "URL", value_hint = ValueHint::Url)]
    pub url: Option<String>,
    /// Where e-mail goes (email channels)
    #[arg(long, value_name = "ADDRESS")]
    pub to: Option<String>,
    /// The sender (email channels; default: the --to address)
    #[arg(long, value_name = "ADDRESS")]
    pub from: Option<String>,
    /// The SMTP server: smtp://USER@HOST:587 (STARTTLS) or smtps://USER@HOST:465
    #[arg(long, value_name = "URL")]
    pub smtp: Option<String>,
    /// Accept the SMTP server's certificate even when it is self-signed
    #[arg(long)]
    pub insecure_tls: bool,
    /// The program to run (command channels), given the alerts on stdin
    #[arg(long, value_name = "COMMAND", value_hint = ValueHint::CommandString)]
    pub run: Option<String>,
    /// The environment variable holding its token or secret, named
    /// SUBS_<NAME>_TOKEN, _SECRET or _PASSWORD (default SUBS_NTFY_TOKEN,
    /// SUBS_WEBHOOK_SECRET ...); the secret itself is never stored
    #[arg(long, value_name = "VAR")]
    pub secret_env: Option<String>,
    /// Only alerts this pressing or more
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub min_severity: Option<SeverityArg>,
    /// Only these alert types (comma-separated)
    #[arg(long, value_parser = alert_type(), value_name = "TYPES", value_delimiter = ',')]
    pub types: Vec<AlertType>,
    /// One message per run listing the alerts, instead of one per alert
    #[arg(long)]
    pub digest: bool,
}

#[derive(Debug, Args)]
pub struct NotifyNameArgs {
    /// The channel's name
    pub name: String,
}

#[derive(Debug, Args)]
pub struct NotifyTestArgs {
    /// The channel's name (default: every channel)
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct NotifyLogArgs {
    /// Only deliveries that failed for good
    #[arg(long)]
    pub failed: bool,
    /// How many, newest first
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub limit: i64,
}

#[derive(Debug, Subcommand)]
pub enum AlertsCommand {
    /// Process renewals, then raise every alert that is due; prints only new ones
    #[command(after_long_help = examples::ALERTS_GENERATE)]
    Generate(GenerateArgs),
    /// Unread, undismissed alerts, newest first
    #[command(visible_alias = "ls")]
    #[command(after_long_help = examples::ALERTS_LIST)]
    List(AlertsListArgs),
    /// Mark an alert (or all) as read
    #[command(after_long_help = examples::ALERTS_READ)]
    Read(AlertTargetArgs),
    /// Dismiss an alert (or all)
    #[command(after_long_help = examples::ALERTS_DISMISS)]
    Dismiss(AlertTargetArgs),
    /// Delete dismissed alerts older than a given age
    #[command(after_long_help = examples::ALERTS_CLEANUP)]
    Cleanup(CleanupArgs),
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Show what would be raised; write nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Exit 1 when a notification could not be delivered (it is retried
    /// on the next run either way)
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct AlertsListArgs {
    /// Include read and dismissed alerts
    #[arg(long)]
    pub all: bool,

    /// Only this type
    #[arg(long = "type", value_parser = alert_type(), value_name = "TYPE")]
    pub alert_type: Option<AlertType>,

    /// Only this subscription
    #[arg(long, value_name = "SUBSCRIPTION")]
    pub subscription: Option<String>,
}

#[derive(Debug, Args)]
#[command(group(
    clap::ArgGroup::new("which")
        .required(true)
        .multiple(true)
        .args(["ids", "all", "alert_type", "subscription"])
))]
pub struct AlertTargetArgs {
    /// Alert ids (see `subs alerts list`)
    #[arg(value_name = "ID")]
    pub ids: Vec<i64>,

    /// Every alert
    #[arg(long, conflicts_with_all = ["ids", "alert_type", "subscription"])]
    pub all: bool,

    /// Every alert of this type
    #[arg(long = "type", value_parser = alert_type(), value_name = "TYPE", conflicts_with = "ids")]
    pub alert_type: Option<AlertType>,

    /// Every alert of this subscription
    #[arg(long, value_name = "SUBSCRIPTION", conflicts_with = "ids")]
    pub subscription: Option<String>,
}

#[derive(Debug, Args)]
pub struct CleanupArgs {
    /// Age of dismissed alerts to delete: 30d, 2w (default 30d)
    #[arg(long, value_name = "AGE", default_value = "30d")]
    pub older_than: String,
}

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// Add a member
    #[command(after_long_help = examples::MEMBER_ADD)]
    Add(MemberArgs),
    /// List members with the plans each shares or pays
    #[command(visible_alias = "ls")]
    #[command(after_long_help = examples::MEMBER_LIST)]
    List,
    /// Remove a member who shares and pays nothing
    #[command(visible_alias = "rm")]
    #[command(after_long_help = examples::MEMBER_REMOVE)]
    Remove(MemberArgs),
}

#[derive(Debug, Args)]
pub struct MemberArgs {
    /// The member's name, e.g. Alex
    pub name: String,
}

#[derive(Debug, Args)]
pub struct McpArgs {
    /// Also offer the tools that change data: add, edit, pay, log usage,
    /// pause, resume, cancel, mark alerts read (each one `subs undo` step)
    #[arg(long)]
    pub allow_writes: bool,
}

#[derive(Debug, Args)]
pub struct SplitArgs {
    /// The month, YYYY-MM (default: this month)
    #[arg(long, value_name = "YYYY-MM")]
    pub month: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CardCommand {
    /// Add a card (or another way to pay) with its expiry month
    #[command(after_long_help = examples::CARD_ADD)]
    Add(CardAddArgs),
    /// List cards with the subscriptions charged to each
    #[command(visible_alias = "ls")]
    #[command(after_long_help = examples::CARD_LIST)]
    List,
    /// Remove a card; its subscriptions keep its kind as their payment method
    #[command(visible_alias = "rm")]
    #[command(after_long_help = examples::CARD_REMOVE)]
    Remove(CardRemoveArgs),
}

#[derive(Debug, Args)]
pub struct CardAddArgs {
    /// A name for it, e.g. "Visa 4242"
    pub name: String,

    /// The month it expires, YYYY-MM (or MM/YY as printed on the card)
    #[arg(long, value_name = "YYYY-MM")]
    pub expires: String,

    /// What it is
    #[arg(long, value_enum, value_name = "KIND", default_value_t = PaymentMethodArg::Card)]
    pub kind: PaymentMethodArg,
}

#[derive(Debug, Args)]
pub struct CardRemoveArgs {
    /// The card's name (any letter case)
    pub name: String,

    /// Do not ask when subscriptions are charged to it (required when not on a terminal)
    #[arg(short, long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SyncArgs {
    #[command(subcommand)]
    pub command: Option<SyncCommand>,

    /// Make this device the one that sends reminders (notifications) for
    /// every device
    #[arg(long)]
    pub reminders: bool,
}

#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// Start syncing on your first device: sends this database to an empty
    /// git remote (secret from SUBS_SYNC_SECRET or a prompt)
    #[command(after_long_help = examples::SYNC_INIT)]
    Init(SyncInitArgs),
    /// Sync another device with the remote a first device started
    #[command(after_long_help = examples::SYNC_JOIN)]
    Join(SyncSetupArgs),
    /// The remote, the last sync, changes not sent yet, conflicts, and
    /// which device sends reminders
    #[command(after_long_help = examples::SYNC_STATUS)]
    Status,
    /// Accept how subs settled the conflicts `sync status` lists: records
    /// left out are deleted, repairs and merges written down (every device
    /// follows at its next sync)
    #[command(after_long_help = examples::SYNC_RESOLVE)]
    Resolve,
    /// Stop syncing on this device: its data stays, its replica, clone and
    /// remembered secret go (`sync join` later starts again)
    #[command(after_long_help = examples::SYNC_LEAVE)]
    Leave,
}

#[derive(Debug, Args)]
pub struct SyncInitArgs {
    #[command(flatten)]
    pub setup: SyncSetupArgs,

    /// Start a remote that holds data over from this device's data (after
    /// a wrong secret reached it); the other devices then leave and join
    #[arg(long)]
    pub force_new_remote: bool,

    /// Do not ask before starting the remote over (required when not on a
    /// terminal)
    #[arg(short, long, requires = "force_new_remote")]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct SyncSetupArgs {
    /// A git remote: a bare repository over ssh (git@myserver:subs-sync.git),
    /// a path, or a repository on a git host
    pub remote: String,

    /// Make this device the one that sends reminders (default for `init`)
    #[arg(long)]
    pub reminders: bool,

    /// Keep the secret in a file only your user can read (mode 0600) in
    /// your configuration folder, so later syncs need no prompt
    #[arg(long)]
    pub remember: bool,
}

#[derive(Debug, Subcommand)]
pub enum BudgetCommand {
    /// Set the monthly budget for all subscriptions, or one category's
    #[command(after_long_help = examples::BUDGET_SET)]
    Set(BudgetSetArgs),
    /// List budgets with what they cover now
    #[command(visible_alias = "ls")]
    #[command(after_long_help = examples::BUDGET_LIST)]
    List,
    /// Remove the overall budget, or one category's
    #[command(visible_alias = "rm")]
    #[command(after_long_help = examples::BUDGET_REMOVE)]
    Remove(BudgetScopeArgs),
}

#[derive(Debug, Args)]
pub struct BudgetSetArgs {
    /// Monthly amount, e.g. 150
    #[arg(allow_negative_numbers = true)]
    pub amount: String,

    /// Its currency (default: the base currency)
    #[arg(long, value_name = "CODE")]
    pub currency: Option<String>,

    #[command(flatten)]
    pub scope: BudgetScopeArgs,
}

#[derive(Debug, Args)]
pub struct BudgetScopeArgs {
    /// Only this category's subscriptions (default: all)
    #[arg(long, value_name = "NAME")]
    pub category: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CategoryCommand {
    /// Add a category
    #[command(after_long_help = examples::CATEGORY_ADD)]
    Add(CategoryAddArgs),
    /// List categories with how many subscriptions each holds
    #[command(visible_alias = "ls")]
    #[command(after_long_help = examples::CATEGORY_LIST)]
    List,
    /// Rename or restyle a category
    #[command(after_long_help = examples::CATEGORY_EDIT)]
    Edit(CategoryEditArgs),
    /// Delete a category; its subscriptions become uncategorised
    #[command(visible_alias = "rm")]
    #[command(after_long_help = examples::CATEGORY_DELETE)]
    Delete(CategoryDeleteArgs),
}

#[derive(Debug, Args)]
pub struct CategoryAddArgs {
    /// Category name (unique, any letter case)
    pub name: String,

    /// Its colour, e.g. '#E50914'
    #[arg(long, value_name = "#RRGGBB")]
    pub hex: Option<String>,

    /// Icon name
    #[arg(long, value_name = "NAME")]
    pub icon: Option<String>,
}

#[derive(Debug, Args)]
pub struct CategoryEditArgs {
    /// Current name (any letter case)
    pub name: String,

    /// New name
    #[arg(long = "name", value_name = "NEW")]
    pub new_name: Option<String>,

    /// New colour, e.g. '#E50914'
    #[arg(long, value_name = "#RRGGBB")]
    pub hex: Option<String>,

    /// Icon name
    #[arg(long, value_name = "NAME")]
    pub icon: Option<String>,
}

#[derive(Debug, Args)]
pub struct CategoryDeleteArgs {
    /// Category name (any letter case)
    pub name: String,

    /// Do not ask for confirmation (required when not on a terminal)
    #[arg(short, long)]
    pub yes: bool,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Every setting with its value and where the value comes from
    #[command(visible_alias = "ls")]
    #[command(after_long_help = examples::CONFIG_LIST)]
    List,
    /// One setting's value
    #[command(after_long_help = examples::CONFIG_GET)]
    Get(ConfigKeyArgs),
    /// Store a setting in the database
    #[command(after_long_help = examples::CONFIG_SET)]
    Set(ConfigSetArgs),
    /// Remove a stored setting, returning it to its default
    #[command(after_long_help = examples::CONFIG_UNSET)]
    Unset(ConfigKeyArgs),
}

#[derive(Debug, Args)]
pub struct ConfigKeyArgs {
    /// Setting name, e.g. base_currency or MAX_SUBSCRIPTIONS
    pub key: String,
}

#[derive(Debug, Args)]
pub struct ConfigSetArgs {
    /// Setting name, e.g. base_currency or MAX_SUBSCRIPTIONS
    pub key: String,
    /// New value
    pub value: String,
}

/// The whole command line: the derive definitions above, plus what shell
/// completion offers for each kind of value — subscription and category
/// names, alert ids and currency codes read from the user's database, and
/// no file names where a file makes no sense, with every command's
/// arguments built. Completions and man pages start here; a run parses
/// with `Cli::command()`, which builds only the command typed.
pub fn command() -> clap::Command {
    decorate(eager(), "")
}

/// `Cli::command()` with every command's arguments built.
fn eager() -> clap::Command {
    EAGER.set(true);
    let command = Cli::command();
    EAGER.set(false);
    command
}

fn decorate(command: clap::Command, parent: &str) -> clap::Command {
    let path = format!("{parent} {}", command.get_name());
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let in_category = path.ends_with("category edit") || path.ends_with("category delete");
    let in_alerts = path.ends_with("alerts read") || path.ends_with("alerts dismiss");
    let mut command = command.mut_args(|arg| match arg.get_id().as_str() {
        // ValueHint::Other: the static scripts offer no file names there.
        "subscription" => arg
            .add(from_data(crate::store::complete::subscriptions))
            .value_hint(ValueHint::Other),
        "category" => arg
            .add(from_data(crate::store::complete::categories))
            .value_hint(ValueHint::Other),
        "name" if in_category => arg
            .add(from_data(crate::store::complete::categories))
            .value_hint(ValueHint::Other),
        "ids" if in_alerts => arg.add(from_data(crate::store::complete::alerts)),
        "currency" => arg
            .add(ArgValueCandidates::new(|| {
                crate::domain::currency::CODES
                    .iter()
                    .map(|code| CompletionCandidate::new(*code))
                    .collect::<Vec<_>>()
            }))
            .value_hint(ValueHint::Other),
        "amount" | "rate" | "notes" | "description" | "provider" | "transaction_id" => {
            arg.value_hint(ValueHint::Other)
        }
        _ => arg,
    });
    for name in subcommands {
        command = command.mut_subcommand(name, |sub| decorate(sub, &path));
    }
    command
}

/// The shell a Tab is answered for (`COMPLETE=bash subs …`), noted by
/// `main` before clap_complete takes the variable out of the environment.
static COMPLETING_FOR: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Notes the shell that asks for completions (the `COMPLETE` variable).
pub fn completing_for(shell: Option<String>) {
    if let Some(shell) = shell {
        let _ = COMPLETING_FOR.set(shell);
    }
}

/// Candidates read from the database the command would use (`SUBS_DB`,
/// else `SUBS_PROFILE`'s, else the default) — never created by a Tab —
/// that start with what was typed (its quotes and backslashes taken off).
/// bash inserts a candidate as it is, so for bash a name with a space or
/// another special character comes back quoted (`'Car insurance'`); zsh
/// and fish quote what they insert themselves.
fn from_data(read: fn(&std::path::Path) -> Vec<(String, String)>) -> ArgValueCompleter {
    ArgValueCompleter::new(move |current: &std::ffi::OsStr| {
        let typed = unquote(&current.to_string_lossy());
        let bash = COMPLETING_FOR.get().is_some_and(|shell| shell == "bash");
        let path = crate::environment::database_path(None, None).ok();
        path.map(|p| read(&p))
            .unwrap_or_default()
            .into_iter()
            .filter(|(value, _)| value.starts_with(&typed))
            .map(|(value, help)| {
                let value = if bash { shell_quoted(&value) } else { value };
                CompletionCandidate::new(value).help(Some(help.into()))
            })
            .collect::<Vec<_>>()
    })
}

/// A word as the shell will read it: `'Car ins` and `Car\ ins` are
/// `Car ins`.
fn unquote(word: &str) -> String {
    let mut out = String::new();
    let (mut quote, mut escaped) = (None, false);
    for c in word.chars() {
        if escaped {
            out.push(c);
            escaped = false;
            continue;
        }
        match (quote, c) {
            (None | Some('"'), '\\') => escaped = true,
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            _ => out.push(c),
        }
    }
    out
}

/// `value` as one shell word: as it is when nothing in it is special, else
/// in single quotes (a quote inside written `'\''`).
fn shell_quoted(value: &str) -> String {
    if !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || "._-+@%/:,=".contains(c))
    {
        value.to_string()
    } else {
        format!("'{}'", value.replace('\'', "'\\''"))
    }
}

/// The EXAMPLES of `--help` and the man pages; a test runs every one.
mod examples {
    pub const SYNC_LEAVE: &str =
        "Examples:\n  subs sync leave\n      This device stops syncing; its data stays here";
    pub const UNDO: &str = "Examples:\n  subs undo --list\n      The journal, newest first: what undo reverts and redo re-applies\n  subs undo\n      Revert the last change (the refund, in the pay examples)\n  subs undo\n      Then the one before it (the payment)";
    pub const REDO: &str = "Examples:\n  subs redo\n      Re-apply the change undone last (the payment)\n  subs redo\n      And the one undone before it (the refund)";
    pub const ADD: &str = "Examples:\n  subs add Netflix --amount 15.99 --cycle monthly --start 2024-01-31\n      A monthly charge from 31 January (then the last day of shorter months)\n  subs add Lessons --amount 40 --cycle custom --every-days 14 --currency EUR\n      Every two weeks, in euros\n  subs add Insurance --amount 210 --cycle custom --every-months 6\n      Twice a year, on the start date's day of the month\n  subs add Spotify --amount 11.99 --cycle monthly --category Music -q\n      Print only the new id, for scripts";
    pub const LIST: &str = "Examples:\n  subs list\n      Active subscriptions, the next charge first\n  subs list --status all --sort monthly\n      Every subscription, dearest per month first\n  subs list --json\n      The same as JSON, with exact amounts";
    pub const SHOW: &str =
        "Examples:\n  subs show netflix\n      By name, in any letter case, or by id";
    pub const EDIT: &str = "Examples:\n  subs edit netflix --amount 17.99\n      A price change, kept in the price history";
    pub const PAY: &str = "Examples:\n  subs pay netflix\n      Pay the charge that is due; next billing moves on\n  subs pay netflix --amount 5 --notes 'partial refund' --status refunded\n      Record a refund of part of the latest charge paid";
    pub const PAYMENTS_REFUND: &str = "Examples:\n  subs payments refund 1 --amount 2\n      Two of payment 1 came back; its charge stays paid\n  subs payments refund 1\n      The rest came back: the charge is due again";
    pub const LOG_USAGE: &str =
        "Examples:\n  subs log-usage netflix --duration 90m\n      Ninety minutes of use today";
    pub const UPCOMING: &str = "Examples:\n  subs upcoming --days 30\n      Every charge in the next 30 days, overdue ones first";
    pub const DASHBOARD: &str = "Examples:\n  subs dashboard\n      Counts, monthly and yearly cost, categories, what renews next";
    pub const FORECAST: &str = "Examples:\n  subs forecast\n      The next 12 months, and what to set aside each month\n  subs forecast --months 3 --from 2027-01\n      Three months from January 2027";
    pub const NOTIFY_ENABLE: &str = "Examples:\n  subs notify enable script\n      Deliver through the channel script on this device (it runs a program)";
    pub const NOTIFY_ADD: &str = "Examples:\n  subs notify add phone ntfy --url https://ntfy.sh/my-subs --min-severity warning\n      Reminders that matter, on your phone (token from SUBS_NTFY_TOKEN if set)\n  subs notify add hook webhook --url https://example.org/hooks/subs --digest\n      One signed POST per run listing the new alerts\n  subs notify add script command --run 'cat >> alerts.jsonl'\n      The alerts as JSON on a program's stdin";
    pub const SCHEDULE_INSTALL: &str = "Examples:\n  subs schedule install\n      An hourly systemd user timer (Linux) or LaunchAgent (macOS)\n  subs schedule install --cron\n      Print the crontab line alone, absolute paths (>> a file, or --write adds it to your crontab)\n  subs schedule install --systemd --print\n      Show the timer and service units; write and enable nothing";
    pub const RATES_UPDATE: &str = "Examples:\n  subs rates update --dry-run\n      What the ECB's latest rates would change\n  subs rates update\n      Set them (rates you typed yourself are kept)\n  subs rates update --replace-manual\n      Use the ECB's rate for every currency it publishes";
    pub const EXPORT: &str = "Examples:\n  subs export --format json --output backup.json\n      A full backup, to read back with import\n  subs export --format ics --output renewals.ics\n      Renewal dates for a calendar\n  subs export --format ledger --output subs.journal\n      For hledger: hledger -f subs.journal bal --forecast -M";
    pub const DETECT: &str = "Examples:\n  subs detect statement.csv --currency EUR\n      The recurring charges of a bank statement, most certain first\n  subs detect statement.csv --currency EUR --add --yes\n      Track every one found, with its past charges as payments (subs undo reverts it)";
    pub const IMPORT: &str = "Examples:\n  subs import backup.json\n      Merge a backup back in (rows already there are left alone)";
    pub const CANCEL: &str = "Examples:\n  subs cancel spotify --at-period-end\n      Keep it until the paid period ends";
    pub const SUBS: &str = "Examples:\n  subs add Gym --amount 30 --cycle monthly\n      Track a subscription from today (on a terminal, subs add asks for what is missing)\n  subs upcoming --days 7\n      Every charge of the coming week\n  subs dashboard --json\n      The portfolio as one JSON document, for scripts";
    pub const PAUSE: &str =
        "Examples:\n  subs pause spotify\n      No charges and no reminders until you resume it";
    pub const RESUME: &str = "Examples:\n  subs resume spotify\n      Billing again from the first scheduled date on or after today (--next DATE to choose)";
    pub const DELETE: &str = "Examples:\n  subs delete lessons --yes\n      Delete it with its history without asking (--yes needs 3 or more characters of the name, or the whole name or id)";
    pub const PAYMENTS: &str = "Examples:\n  subs payments netflix\n      Netflix's payments, newest first, with their ids\n  subs payments --since 2026-01 --until 2026-06\n      The first half of 2026 (a month is YYYY-MM)";
    pub const PAYMENTS_EDIT: &str = "Examples:\n  subs payments edit 1 --notes 'paid with the new card'\n      Correct payment 1 (its id is in subs payments)";
    pub const PAYMENTS_DELETE: &str = "Examples:\n  subs payments delete 4 --yes\n      Delete payment 4 (a refund, in the refund examples); a payment with refunds is deleted after them";
    pub const RECONCILE: &str = "Examples:\n  subs reconcile statement.ofx\n      What the statement shows against each charge your subscriptions expected\n  subs reconcile export.csv --currency EUR --apply\n      Record the charges paid and raise alerts for missed or doubled ones (subs undo reverts it)";
    pub const USAGE: &str = "Examples:\n  subs usage netflix\n      Netflix's uses over the last 30 days, with the cost per use";
    pub const USAGE_DELETE: &str = "Examples:\n  subs usage delete 1 --yes\n      Delete usage log 1 (its id is in subs usage)";
    pub const RENEW: &str = "Examples:\n  subs renew --dry-run\n      What renewal processing would record; writes nothing (alerts generate runs it)";
    pub const ANALYTICS: &str = "Examples:\n  subs analytics --months 6\n      The last six months: spending, growth, categories";
    pub const RATES: &str = "Examples:\n  subs rates list\n      Every rate into the base currency, and which are stale";
    pub const RATES_SET: &str =
        "Examples:\n  subs rates set EUR 1.08\n      One euro is worth 1.08 of the base currency";
    pub const RATES_LIST: &str = "Examples:\n  subs rates list --json\n      The rates as JSON";
    pub const RATES_REMOVE: &str =
        "Examples:\n  subs rates remove EUR\n      Forget the euro's rate; euro totals stay apart";
    pub const DEMO: &str = "Examples:\n  subs demo\n      A sample portfolio in the separate demo profile (your data is not touched)";
    pub const INSIGHTS: &str = "Examples:\n  subs insights --offline\n      Where to save, from the rule engine only (nothing is sent anywhere)";
    pub const ALERTS: &str = "Examples:\n  subs alerts list\n      Unread alerts, newest first";
    pub const ALERTS_GENERATE: &str = "Examples:\n  subs alerts generate --dry-run\n      What would be raised; writes nothing\n  subs alerts generate\n      Raise what is due and deliver it (what the hourly schedule runs)";
    pub const ALERTS_LIST: &str = "Examples:\n  subs alerts list --all --type renewal_reminder\n      Every renewal reminder, read and dismissed ones too";
    pub const ALERTS_READ: &str =
        "Examples:\n  subs alerts read --all\n      Mark every alert as read";
    pub const ALERTS_DISMISS: &str = "Examples:\n  subs alerts dismiss --type renewal_reminder\n      Dismiss every renewal reminder";
    pub const ALERTS_CLEANUP: &str = "Examples:\n  subs alerts cleanup --older-than 2w\n      Delete alerts dismissed more than two weeks ago";
    pub const NOTIFY: &str = "Examples:\n  subs notify list\n      The channels, their filters and whether their secret is set";
    pub const NOTIFY_LIST: &str = "Examples:\n  subs notify list --json\n      The channels as JSON (secrets are never shown)";
    pub const NOTIFY_REMOVE: &str = "Examples:\n  subs notify remove phone\n      Remove the channel phone and its queued deliveries";
    pub const NOTIFY_TEST: &str = "Examples:\n  subs notify test script\n      Send a test notification through the channel script";
    pub const NOTIFY_LOG: &str = "Examples:\n  subs notify log --failed\n      Deliveries that failed for good, newest first";
    pub const SCHEDULE: &str = "Examples:\n  subs schedule status\n      The last run, what is installed, failed deliveries";
    pub const SCHEDULE_UNINSTALL: &str = "Examples:\n  subs schedule uninstall\n      Remove the timer, LaunchAgent or crontab line install added";
    pub const SCHEDULE_STATUS: &str = "Examples:\n  subs schedule status --json\n      The same as JSON; late is true when no run happened for two intervals";
    pub const BUDGET: &str =
        "Examples:\n  subs budget list\n      Budgets with what they cover this month";
    pub const BUDGET_SET: &str = "Examples:\n  subs budget set 150\n      At most 150 a month in the base currency, all subscriptions\n  subs budget set 40 --category Music\n      At most 40 a month for the Music category";
    pub const BUDGET_LIST: &str = "Examples:\n  subs budget list --json\n      The budgets as JSON";
    pub const BUDGET_REMOVE: &str = "Examples:\n  subs budget remove --category Music\n      Remove the Music budget (without --category: the overall one)";
    pub const CARD: &str =
        "Examples:\n  subs card list\n      Cards with the subscriptions charged to each";
    pub const CARD_ADD: &str = "Examples:\n  subs card add 'Visa 4242' --expires 2027-08\n      A card that expires in August 2027 (08/27 works too)";
    pub const CARD_LIST: &str = "Examples:\n  subs card list --json\n      The cards as JSON";
    pub const CARD_REMOVE: &str = "Examples:\n  subs card remove 'Visa 4242' --yes\n      Remove it without asking, also when subscriptions are charged to it";
    pub const MEMBER: &str =
        "Examples:\n  subs member list\n      Who shares which plans (\"me\" is always there)";
    pub const MEMBER_ADD: &str = "Examples:\n  subs member add Alex\n      Someone to share plans with (then: subs edit NAME --shared-with me,alex)";
    pub const MEMBER_LIST: &str = "Examples:\n  subs member list --json\n      The members as JSON";
    pub const MEMBER_REMOVE: &str =
        "Examples:\n  subs member remove Alex\n      Remove a member who shares and pays nothing";
    pub const MCP: &str = "Examples:\n  subs mcp\n      The server an assistant starts (its configuration: {\"command\": \"subs\", \"args\": [\"mcp\"]}); it reads only\n  subs mcp --allow-writes\n      Also lets the assistant add, pay, edit, pause, resume and cancel; `subs undo` takes each change back";
    pub const SPLIT: &str = "Examples:\n  subs split --month 2026-11\n      Who owes whom for November 2026's shared charges";
    pub const SYNC: &str =
        "Examples:\n  subs sync status\n      Whether this device syncs, and with which remote";
    pub const SYNC_INIT: &str = "Examples:\n  subs sync init subs-sync.git\n      Start syncing to an empty bare repository (git init --bare subs-sync.git); the secret comes from SUBS_SYNC_SECRET or a prompt\n  subs sync\n      Send and receive changes (run it from cron, or before and after work)";
    pub const SYNC_JOIN: &str = "Examples:\n  subs --db laptop.db sync join subs-sync.git\n      On another device (here: another database file), join with the same secret";
    pub const SYNC_STATUS: &str = "Examples:\n  subs sync status --json\n      The remote, the last sync, unsent changes and conflicts as JSON";
    pub const SYNC_RESOLVE: &str = "Examples:\n  subs sync resolve\n      Accept how subs settled the conflicts sync status lists";
    pub const CATEGORY: &str =
        "Examples:\n  subs category list\n      Categories with how many subscriptions each holds";
    pub const CATEGORY_ADD: &str =
        "Examples:\n  subs category add Video --hex '#E50914'\n      A category with its colour";
    pub const CATEGORY_LIST: &str =
        "Examples:\n  subs category list --json\n      The categories as JSON";
    pub const CATEGORY_EDIT: &str = "Examples:\n  subs category edit video --name Streaming\n      Rename it (any letter case finds it)";
    pub const CATEGORY_DELETE: &str = "Examples:\n  subs category delete streaming --yes\n      Delete it without asking; its subscriptions become uncategorised";
    pub const CONFIG: &str = "Examples:\n  subs config list\n      Every setting, its value and where the value comes from";
    pub const CONFIG_LIST: &str =
        "Examples:\n  subs config list --json\n      The settings as JSON";
    pub const CONFIG_GET: &str =
        "Examples:\n  subs config get base_currency\n      One setting's value";
    pub const CONFIG_SET: &str = "Examples:\n  subs config set max_subscriptions 200\n      Store a setting (an environment variable, when set, still wins)";
    pub const CONFIG_UNSET: &str =
        "Examples:\n  subs config unset max_subscriptions\n      Back to the default";
}

/// `subs detect`: the statement flags and what to do with what is found.
#[derive(Debug, Args)]
pub struct DetectArgs {
    #[command(flatten)]
    pub statement: StatementArgs,

    /// Look only at debits from this day on
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,

    /// Leave out series less certain than this (0 to 1)
    #[arg(long, value_name = "0..1", default_value = "0.6")]
    pub min_confidence: f64,

    /// Show every series found, however uncertain
    #[arg(long)]
    pub all: bool,

    /// Track what was found: the series named (by name, any letter case),
    /// else a picker on a terminal (--yes: all of them)
    #[arg(long, value_name = "NAME", num_args = 0..)]
    pub add: Option<Vec<String>>,

    /// With --add: track every series found without asking
    #[arg(long, requires = "add")]
    pub yes: bool,
}

/// How `detect` and `reconcile` read bank statements.
#[derive(Debug, Args)]
pub struct StatementArgs {
    /// Statement files: OFX or QFX, ISO 20022 camt.052/053/054, MT940, or
    /// CSV as a bank writes it (the format is found from the content)
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,

    /// The files' format, when finding it from the content is not wanted
    #[arg(long, value_enum, value_name = "FORMAT", default_value = "auto")]
    pub format: StatementFormatArg,

    /// The text encoding (default: found from the content)
    #[arg(long, value_enum, value_name = "ENCODING")]
    pub encoding: Option<EncodingArg>,

    /// Which CSV header holds which field, for headers subs does not know,
    /// e.g. date=Buchungstag,amount=Betrag,payee=Empfänger (fields: date,
    /// amount, debit, credit, payee, memo, currency, id)
    #[arg(long, value_name = "FIELD=HEADER,...")]
    pub columns: Option<String>,

    /// The order of day and month in a CSV's dates, when its values leave
    /// it open (03/04/2025)
    #[arg(long, value_enum, value_name = "ORDER")]
    pub date_format: Option<DateOrderArg>,

    /// Read only this account of a file that holds several (its IBAN or
    /// account number)
    #[arg(long, value_name = "ID")]
    pub account: Option<String>,

    /// The currency of rows whose statement names none (a CSV without a
    /// currency column)
    #[arg(long, value_name = "CODE")]
    pub currency: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StatementFormatArg {
    /// Found from the content
    Auto,
    /// OFX 1.x (SGML) or 2.x (XML), QFX
    Ofx,
    /// ISO 20022 camt.052, camt.053 or camt.054
    Camt,
    /// SWIFT MT940
    Mt940,
    /// Comma-, semicolon- or tab-separated values
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EncodingArg {
    #[value(name = "utf-8")]
    Utf8,
    #[value(name = "utf-16le")]
    Utf16le,
    #[value(name = "utf-16be")]
    Utf16be,
    #[value(name = "windows-1252")]
    Windows1252,
    #[value(name = "latin1", alias = "iso-8859-1")]
    Latin1,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DateOrderArg {
    /// Day, month, year (31.01.2026, 31/01/2026)
    Dmy,
    /// Month, day, year (01/31/2026)
    Mdy,
    /// Year, month, day (2026-01-31)
    Ymd,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What clap prints for `args` (help, version or an error).
    fn printed(command: clap::Command, args: &[String]) -> String {
        match command.try_get_matches_from(args) {
            Ok(_) => String::from("(parsed)"),
            Err(e) => e.render().to_string(),
        }
    }

    /// Deferring the arguments changes nothing clap prints: each command's
    /// and subcommand's help (short and long), version and bad-flag error
    /// read as with the whole tree built, the variant's about text on top
    /// (not its argument struct's).
    #[test]
    fn deferred_arguments_print_as_the_whole_tree() {
        let mut paths = vec![vec![]];
        for sub in eager().get_subcommands() {
            let name = sub.get_name().to_string();
            paths.push(vec![name.clone()]);
            for nested in sub.get_subcommands() {
                paths.push(vec![name.clone(), nested.get_name().to_string()]);
            }
        }
        assert!(paths.len() > 60, "{}", paths.len());
        for path in paths {
            for tail in ["--help", "-h", "--version", "--no-such-flag"] {
                let mut args = vec!["subs".to_string()];
                args.extend(path.iter().cloned());
                args.push(tail.to_string());
                assert_eq!(
                    printed(Cli::command(), &args),
                    printed(eager(), &args),
                    "{args:?}"
                );
            }
        }
        let payments = printed(
            Cli::command(),
            &["subs".into(), "payments".into(), "-h".into()],
        );
        assert!(payments.starts_with("List payments"), "{payments}");
    }

    /// Splits an example line as a shell would (single quotes only).
    fn words(line: &str) -> Vec<String> {
        let mut words = Vec::new();
        let mut word = String::new();
        let mut quoted = false;
        for c in line.chars() {
            match c {
                '\'' => quoted = !quoted,
                ' ' if !quoted => {
                    if !word.is_empty() {
                        words.push(std::mem::take(&mut word));
                    }
                }
                c => word.push(c),
            }
        }
        words.push(word);
        words
    }

    /// The one-command tree parses every line as the whole tree does: the
    /// same values, or (through the whole tree) the same error, help and
    /// version text.
    #[test]
    fn a_line_parses_in_the_one_command_tree_as_in_the_whole_tree() {
        let outcome = |parsed: Result<Cli, clap::Error>| match parsed {
            Ok(cli) => (true, format!("{cli:?}")),
            Err(e) => (false, format!("{:?}: {}", e.kind(), e.render())),
        };
        let examples = [
            examples::SUBS,
            examples::ADD,
            examples::LIST,
            examples::SHOW,
            examples::EDIT,
            examples::PAY,
            examples::PAYMENTS,
            examples::PAYMENTS_REFUND,
            examples::LOG_USAGE,
            examples::UPCOMING,
            examples::DASHBOARD,
            examples::FORECAST,
            examples::NOTIFY_ADD,
            examples::NOTIFY_ENABLE,
            examples::SCHEDULE_INSTALL,
            examples::RATES_UPDATE,
            examples::EXPORT,
            examples::DETECT,
            examples::IMPORT,
            examples::CANCEL,
            examples::PAUSE,
            examples::RESUME,
            examples::DELETE,
            examples::UNDO,
            examples::REDO,
            examples::SYNC_LEAVE,
        ];
        let mut lines: Vec<Vec<String>> = examples
            .iter()
            .flat_map(|text| text.lines())
            .filter_map(|line| line.strip_prefix("  subs "))
            .map(|line| {
                let mut args = vec!["subs".to_string()];
                args.extend(words(line));
                args
            })
            .collect();
        assert!(lines.len() > 40, "{}", lines.len());
        for odd in [
            "",
            "--json list",
            "--db list list",
            "--db list",
            "--db=x.db list --json",
            "--today 2026-01-01 -q upcoming --days 3",
            "list --status nope",
            "lst",
            "help",
            "help list",
            "list --help",
            "list -h",
            "--version",
            "list --version",
            "alerts generate --json",
            "alerts",
            "payments refund",
            "-q -v list",
            "list -- extra",
            "--color never dashboard",
            "--color list dashboard",
            "add Gym --amount 30 --cycle biweekly",
            "sync",
            "category list --json",
            "ls --json",
            "alert list",
            "rm x",
            "--profile ls ls",
            "--db x.db -q alerts generate",
            "--db alerts list",
            "--db list --profile dashboard list",
            "--db x.db ls --json",
            "--db x.db help list",
        ] {
            let mut args = vec!["subs".to_string()];
            args.extend(odd.split_whitespace().map(String::from));
            lines.push(args);
        }
        let mut one_command = 0;
        for line in lines {
            let args: Vec<std::ffi::OsString> = line.iter().map(Into::into).collect();
            let whole = outcome(Cli::parse_in(Cli::command(), &args));
            assert_eq!(outcome(Cli::parse_line(&args)), whole, "{line:?}");
            one_command += usize::from(whole.0);
        }
        assert!(one_command > 40, "{one_command}");
    }

    /// While a line is tried, the tree holds the command it names alone.
    #[test]
    fn the_one_command_tree_holds_the_named_command_alone() {
        let line = ["subs", "--db", "x.db", "upcoming", "--days", "3"].map(Into::into);
        CHOSEN.set(named_command(&line));
        let one = Cli::command();
        CHOSEN.set(None);
        let names: Vec<&str> = one.get_subcommands().map(clap::Command::get_name).collect();
        assert_eq!(names, ["upcoming"]);
        assert!(Cli::command().get_subcommands().count() > 30);
    }

    /// The command a line names is found past options and their values.
    #[test]
    fn a_line_names_its_first_word_that_is_a_command() {
        let named = |line: &str| {
            let args: Vec<std::ffi::OsString> = std::iter::once("subs")
                .chain(line.split_whitespace())
                .map(Into::into)
                .collect();
            named_command(&args).map_or(String::new(), |c| c.get_name().to_string())
        };
        assert_eq!(named("--db x.db -q alerts generate"), "alerts");
        assert_eq!(named("--color never dashboard"), "dashboard");
        assert_eq!(named("--db x.db ls --json"), "list");
        assert_eq!(named("help upcoming"), "upcoming");
        // An option's value that names a command is taken for it (the line
        // then fails in that tree and is parsed in the whole one).
        assert_eq!(named("--db list dashboard"), "list");
        assert_eq!(named("--db x.db --json"), "");
        assert_eq!(named("lst"), "");
    }

    /// `add` and `edit` share their schedule flags: in one order, each in
    /// its command's words; the alert types offered are the domain's.
    #[test]
    fn shared_flags_keep_their_order_and_each_commands_words() {
        let whole = eager();
        let args = |name: &str| -> Vec<(String, String)> {
            whole
                .find_subcommand(name)
                .map(|c| {
                    c.get_arguments()
                        .map(|a| {
                            let help = a.get_help().map(|h| h.to_string());
                            (a.get_id().to_string(), help.unwrap_or_default())
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let shared = [
            "amount",
            "cycle",
            "every_days",
            "every_months",
            "start",
            "next",
        ];
        let (add, edit) = (args("add"), args("edit"));
        for args in [&add, &edit] {
            let order: Vec<&str> = args
                .iter()
                .map(|(id, _)| id.as_str())
                .filter(|id| shared.contains(id) || *id == "description")
                .collect();
            assert_eq!(order, [&shared[..], &["description"]].concat());
        }
        let help = |args: &[(String, String)], id: &str| {
            args.iter().find(|(a, _)| a == id).map(|(_, h)| h.clone())
        };
        assert_eq!(
            help(&add, "next").as_deref(),
            Some("Next billing date (default: computed from the start date)")
        );
        assert_eq!(
            help(&edit, "next").as_deref(),
            Some("New next billing date (re-anchors the schedule there)")
        );
        let mute = whole
            .find_subcommand("add")
            .and_then(|c| c.get_arguments().find(|a| a.get_id() == "mute"))
            .map(|a| a.get_possible_values());
        let names: Vec<String> = mute
            .unwrap_or_default()
            .iter()
            .map(|v| v.get_name().to_string())
            .collect();
        assert_eq!(names, AlertType::ALL.map(|t| t.as_str().to_string()));
        let parsed = Cli::try_parse_from(["subs", "add", "x", "--mute", "usage_limit,payment_due"]);
        let Ok(Cli {
            command: Chosen(Command::Add(Deferred(a))),
            ..
        }) = parsed
        else {
            panic!("add did not parse");
        };
        assert_eq!(
            a.details.mute,
            [AlertType::UsageLimit, AlertType::PaymentDue]
        );
    }

    /// A run builds the arguments of the command it parses only.
    #[test]
    fn a_run_builds_no_command_arguments_before_parsing_enters_it() {
        let run = Cli::command();
        let list = run
            .find_subcommand("list")
            .map(|c| c.get_arguments().count());
        assert_eq!(list, Some(0));
        let whole = eager();
        let list = whole
            .find_subcommand("list")
            .map(|c| c.get_arguments().count());
        assert!(list.is_some_and(|n| n > 3), "{list:?}");
    }
}
