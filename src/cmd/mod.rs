//! One file per command group. Each reads like a story: check the
//! arguments, call the layers below inside one transaction, hand a view to
//! `render`. Commands know nothing of clap: `lib.rs` turns the parsed
//! command line into the plain values they take.

pub mod add;
pub mod alerts;
pub mod analytics;
pub mod budget;
pub mod card;
pub mod category;
pub mod config;
pub mod dashboard;
pub mod demo;
pub mod detect;
pub mod edit;
pub mod export;
pub mod forecast;
pub mod import;
pub mod insights;
pub mod lifecycle;
pub mod list;
pub mod member;
pub mod notify;
pub mod pay;
pub mod payments;
pub mod rates;
pub mod reconcile;
pub mod renew;
pub mod schedule;
pub mod show;
pub mod statement;
pub mod sync;
pub mod undo;
pub mod upcoming;
pub mod usage;

use std::io::IsTerminal;

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::domain::alert::AlertType;
use crate::domain::currency::Currency;
use crate::domain::cycle::CycleKind;
use crate::domain::money::Money;
use crate::domain::plan::Length;
use crate::domain::share::Part;
use crate::domain::subscription::{CATEGORY_NAME_MAX, PROVIDER_MAX, PaymentMethod, TEXT_MAX};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::ops::plan::{Plan, Trial};
use crate::ops::subscription::Details;
use crate::render::{Done, Output};
use crate::store::Store;

/// What every command gets: the open store, the run's one clock, and how
/// to print.
pub struct Ctx {
    pub store: Store,
    /// "Today" and "now" for this run.
    pub clock: Clock,
    pub out: Output,
}

impl Ctx {
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }
}

/// Prompts are only shown when a person is there to answer: stdin and
/// stdout are both terminals. A script never hangs waiting for input.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Asks a yes/no question on the terminal; `Ok(false)` if declined (with
/// "n", Enter, or Esc).
pub fn confirm(question: &str) -> Result<bool> {
    let _prompting = Prompting::start();
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact_opt()
        .map(|answer| answer.unwrap_or(false))
        .map_err(prompt_error)
}

/// Asks on the terminal until `parse` accepts the answer (`default` is
/// shown, and taken on Enter). The caller holds a `Prompting`.
pub fn ask<T>(
    prompt: &str,
    default: Option<String>,
    parse: impl Fn(&str) -> Result<T>,
) -> Result<T> {
    let mut input = dialoguer::Input::<String>::new().with_prompt(prompt);
    if let Some(d) = default {
        input = input.default(d);
    }
    input
        .validate_with(|v: &String| parse(v).map(|_| ()).map_err(|e| e.to_string()))
        .interact_text()
        .map_err(prompt_error)
        .and_then(|v| parse(&v))
}

pub use crate::domain::validate::as_typed;
pub use crate::interrupt::Prompting;

/// A prompt left with Ctrl-C or Esc: nothing was changed (exit 2), and the
/// cursor is visible again.
pub fn cancelled() -> Error {
    crate::interrupt::prompt_cancelled();
    Error::invalid("cancelled at the prompt; nothing was changed")
}

pub fn prompt_error(err: dialoguer::Error) -> Error {
    match err {
        dialoguer::Error::IO(e) if e.kind() == std::io::ErrorKind::Interrupted => cancelled(),
        dialoguer::Error::IO(e) => Error::runtime(format!("cannot read the answer: {e}")),
    }
}

/// A destructive command goes ahead with --yes, or after a "yes" on a
/// terminal (`Ok(true)`); a "no" is `Ok(false)` — the person decided, which
/// is not an error. Without --yes and without a terminal it refuses (exit 2)
/// and changes nothing.
pub fn confirmed(yes: bool, question: &str) -> Result<bool> {
    if yes {
        return Ok(true);
    }
    if !interactive() {
        return Err(Error::invalid(
            "refusing to delete without confirmation: pass --yes (not on a terminal, so subs cannot ask)",
        ));
    }
    confirm(question)
}

/// The refusal of a one- or two-character reference where data would be
/// destroyed without asking (exit 2: the reference did match, but is too
/// short to trust; a longer one, or the prompt on a terminal, is needed).
pub fn too_short(typed: &str, matched: &str) -> Error {
    Error::invalid(format!(
        "refusing to delete with --yes by a reference of one or two characters (\"{}\" matched \"{}\"): type more of the name, or the id",
        typed.trim().escape_debug(),
        matched.escape_debug()
    ))
}

/// What a declined deletion prints: "Nothing deleted." (exit 0).
pub fn nothing_deleted(ctx: &Ctx) -> Result<()> {
    #[derive(serde::Serialize)]
    struct NotDeleted {
        deleted: Option<()>,
    }
    ctx.out.show(&Done::new(
        NotDeleted { deleted: None },
        "Nothing deleted.".into(),
    ))
}

/// What a declined addition prints: "Nothing added." (exit 0).
pub fn nothing_added(ctx: &Ctx) -> Result<()> {
    #[derive(serde::Serialize)]
    struct NotAdded {
        added: Option<()>,
    }
    ctx.out.show(&Done::new(
        NotAdded { added: None },
        "Nothing added.".into(),
    ))
}

pub fn parse_money(flag: &str, value: &str) -> Result<Money> {
    Money::parse(value).map_err(|reason| Error::invalid(validate::invalid(flag, value, &reason)))
}

/// A date flag: `YYYY-MM-DD`, or a day relative to today (`today`, `+7d`,
/// `-2w`, `+1m`, `eom`, …).
pub fn parse_date(flag: &str, value: &str, today: NaiveDate) -> Result<NaiveDate> {
    validate::date_on(flag, value, today).map_err(Error::invalid)
}

pub fn parse_currency(value: &str) -> Result<Currency> {
    Currency::parse(value)
        .map_err(|reason| Error::invalid(validate::invalid("--currency", value, &reason)))
}

/// An optional `--since`/`--until` pair, each a date or a `YYYY-MM` month
/// (its first day for `--since`, its last for `--until`); since may not be
/// after until.
pub fn parse_window(
    since: &Option<String>,
    until: &Option<String>,
    today: NaiveDate,
) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
    let since_day = since
        .as_deref()
        .map(|s| validate::day_or_month_on("--since", s, today).map(|(first, _)| first))
        .transpose()
        .map_err(Error::invalid)?;
    let until_day = until
        .as_deref()
        .map(|u| validate::day_or_month_on("--until", u, today).map(|(_, last)| last))
        .transpose()
        .map_err(Error::invalid)?;
    if let (Some(s), Some(u)) = (since_day, until_day)
        && s > u
    {
        return Err(Error::invalid(format!(
            "invalid --since {}: it is after --until {}",
            as_typed(since.as_deref(), s),
            as_typed(until.as_deref(), u)
        )));
    }
    let (since, until) = (since_day, until_day);
    Ok((since, until))
}

/// Which front door typed the values: a refusal names each value as that
/// door spells it (`--transaction-id` on the command line, `transaction_id`
/// for an assistant over MCP), so one check serves both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Door {
    Cli,
    Mcp,
}

impl Door {
    /// `field` (snake_case) as this door names it.
    pub fn name(self, field: &str) -> String {
        match self {
            Door::Cli => format!("--{}", field.replace('_', "-")),
            Door::Mcp => field.to_string(),
        }
    }

    /// An optional free text as typed (at most `TEXT_MAX` characters).
    pub fn text(self, field: &str, value: Option<&str>) -> Result<Option<String>> {
        value
            .map(|v| validate::text(&self.name(field), v, TEXT_MAX).map_err(Error::invalid))
            .transpose()
    }

    /// An optional date as typed (`parse_date`), named as this door names it.
    pub fn date(
        self,
        field: &str,
        value: Option<&str>,
        today: NaiveDate,
    ) -> Result<Option<NaiveDate>> {
        value
            .map(|v| parse_date(&self.name(field), v, today))
            .transpose()
    }
}

/// A `DetailInput` from a front door's own details, whose fields are named
/// as `DetailInput`'s: the ones both doors type alike move over, and the
/// three each door types its own way (`payment_method`, `mute`, `unmute`)
/// come converted. One list of fields for both doors.
macro_rules! detail_input {
    ($d:ident, payment_method: $method:expr, mute: $mute:expr, unmute: $unmute:expr $(,)?) => {
        $crate::cmd::DetailInput {
            description: $d.description,
            provider: $d.provider,
            category: $d.category,
            currency: $d.currency,
            payment_method: $method,
            card: $d.card,
            shared_with: $d.shared_with,
            shares: $d.shares,
            paid_by: $d.paid_by,
            auto_renew: $d.auto_renew,
            reminder_days: $d.reminder_days,
            remind: $d.remind,
            email_notifications: $d.email_notifications,
            url: $d.url,
            notes: $d.notes,
            statement_match: $d.statement_match,
            end: $d.end,
            trial_until: $d.trial_until,
            trial: $d.trial,
            term: $d.term,
            notice: $d.notice,
            extends_by: $d.extends_by,
            mute: $mute,
            unmute: $unmute,
        }
    };
}
pub(crate) use detail_input;

/// The amount and schedule `add` and `edit` share, as typed.
#[derive(Debug, Default)]
pub struct ScheduleInput {
    pub amount: Option<String>,
    pub cycle: Option<CycleKind>,
    pub every_days: Option<i64>,
    pub every_months: Option<i64>,
    pub start: Option<String>,
    pub next: Option<String>,
}

impl ScheduleInput {
    /// Whether none of them was given.
    pub fn is_empty(&self) -> bool {
        self.amount.is_none()
            && self.cycle.is_none()
            && self.every_days.is_none()
            && self.every_months.is_none()
            && self.start.is_none()
            && self.next.is_none()
    }
}

/// The optional details `add` and `edit` share, as typed.
#[derive(Debug, Default)]
pub struct DetailInput {
    pub description: Option<String>,
    pub provider: Option<String>,
    pub category: Option<String>,
    pub currency: Option<String>,
    pub payment_method: Option<PaymentMethod>,
    pub card: Option<String>,
    pub shared_with: Option<String>,
    pub shares: Option<String>,
    pub paid_by: Option<String>,
    pub auto_renew: Option<bool>,
    pub reminder_days: Option<i64>,
    pub remind: Option<String>,
    pub email_notifications: Option<bool>,
    pub url: Option<String>,
    pub notes: Option<String>,
    pub statement_match: Option<String>,
    pub end: Option<String>,
    pub trial_until: Option<String>,
    pub trial: Option<String>,
    pub term: Option<String>,
    pub notice: Option<String>,
    pub extends_by: Option<String>,
    /// Alert types to stop raising, and to raise again.
    pub mute: Vec<AlertType>,
    pub unmute: Vec<AlertType>,
}

impl DetailInput {
    /// Whether no detail was given at all.
    pub fn is_empty(&self) -> bool {
        self.description.is_none()
            && self.provider.is_none()
            && self.category.is_none()
            && self.currency.is_none()
            && self.payment_method.is_none()
            && self.card.is_none()
            && self.shared_with.is_none()
            && self.shares.is_none()
            && self.paid_by.is_none()
            && self.auto_renew.is_none()
            && self.reminder_days.is_none()
            && self.remind.is_none()
            && self.email_notifications.is_none()
            && self.url.is_none()
            && self.notes.is_none()
            && self.statement_match.is_none()
            && self.end.is_none()
            && self.trial_until.is_none()
            && self.trial.is_none()
            && self.term.is_none()
            && self.notice.is_none()
            && self.extends_by.is_none()
            && self.mute.is_empty()
            && self.unmute.is_empty()
    }
}

/// `alex,sam,me` → names; `none` → no members (not shared).
fn member_names(text: &str) -> Result<Vec<String>> {
    if text.trim().eq_ignore_ascii_case("none") {
        return Ok(Vec::new());
    }
    let names: Vec<String> = text.split(',').map(|n| n.trim().to_string()).collect();
    if names.iter().any(String::is_empty) || names.len() < 2 {
        return Err(Error::invalid(format!(
            "invalid --shared-with \"{text}\": name at least two members, comma-separated (me included if you pay a part), or \"none\""
        )));
    }
    Ok(names)
}

/// `alex=25%,sam=4.50` → (name, part) pairs.
fn share_parts(text: &str) -> Result<Vec<(String, Part)>> {
    text.split(',')
        .map(|item| {
            let (name, part) = item.split_once('=').ok_or_else(|| {
                Error::invalid(format!(
                    "invalid --shares \"{text}\": expected NAME=PART pairs, e.g. alex=25%,sam=25%"
                ))
            })?;
            Ok((
                name.trim().to_string(),
                Part::parse(part).map_err(Error::invalid)?,
            ))
        })
        .collect()
}

fn optional_text(field: &str, value: &Option<String>) -> Result<Option<Option<String>>> {
    value
        .as_deref()
        .map(|v| {
            if v.trim().is_empty() {
                Ok(None)
            } else {
                validate::text(field, v, TEXT_MAX)
                    .map(Some)
                    .map_err(Error::invalid)
            }
        })
        .transpose()
}

/// The details as typed, parsed and checked field by field.
pub fn validate_details(args: &DetailInput, today: NaiveDate) -> Result<Details> {
    Ok(Details {
        description: optional_text("--description", &args.description)?,
        provider: args
            .provider
            .as_deref()
            .map(|p| validate::name("--provider", p, PROVIDER_MAX).map_err(Error::invalid))
            .transpose()?,
        category: args
            .category
            .as_deref()
            .map(|c| validate::name("--category", c, CATEGORY_NAME_MAX).map_err(Error::invalid))
            .transpose()?,
        currency: args.currency.as_deref().map(parse_currency).transpose()?,
        payment_method: args.payment_method,
        card: args.card.as_deref().map(|c| {
            let c = c.trim();
            (!c.is_empty() && !c.eq_ignore_ascii_case("none")).then(|| c.to_string())
        }),
        shared_with: args.shared_with.as_deref().map(member_names).transpose()?,
        shares: args.shares.as_deref().map(share_parts).transpose()?,
        paid_by: args.paid_by.as_ref().map(|p| p.trim().to_string()),
        auto_renewal: args.auto_renew,
        reminder_days: args
            .reminder_days
            .map(|d| validate::reminder_days(d).map_err(Error::invalid))
            .transpose()?,
        remind: args
            .remind
            .as_deref()
            .map(|r| validate::remind("--remind", r).map_err(Error::invalid))
            .transpose()?,
        email_notifications: args.email_notifications,
        website_url: website_url(&args.url)?,
        notes: optional_text("--notes", &args.notes)?,
        statement_match: args
            .statement_match
            .as_deref()
            .map(|m| {
                crate::domain::subscription::parse_statement_match(m)
                    .map_err(|why| Error::invalid(format!("invalid --match \"{m}\": {why}")))
            })
            .transpose()?,
        end_date: args
            .end
            .as_deref()
            .map(|e| parse_date("--end", e, today))
            .transpose()?,
        plan: plan_details(args, today)?,
        mute: args.mute.clone(),
        unmute: args.unmute.clone(),
    })
}

/// `--url` as typed: empty clears it (`Some(None)`), absent leaves it.
fn website_url(url: &Option<String>) -> Result<Option<Option<String>>> {
    url.as_deref()
        .map(|u| {
            if u.trim().is_empty() {
                Ok(None)
            } else {
                validate::url(u).map(Some).map_err(Error::invalid)
            }
        })
        .transpose()
}

/// The plan's fields as typed: a trial (until a date or for a length),
/// a term (`none` removes it), notice and extension.
fn plan_details(args: &DetailInput, today: NaiveDate) -> Result<Plan> {
    Ok(Plan {
        trial: match (&args.trial_until, &args.trial) {
            (Some(d), _) => Some(Trial::Until(parse_date("--trial-until", d, today)?)),
            (None, Some(len)) => Some(Trial::For(
                Length::parse("--trial", len).map_err(Error::invalid)?,
            )),
            (None, None) => None,
        },
        term_months: args
            .term
            .as_deref()
            .map(|t| {
                if t.trim().eq_ignore_ascii_case("none") {
                    Ok(None)
                } else {
                    Length::parse("--term", t)
                        .and_then(|l| l.months("--term"))
                        .map(Some)
                        .map_err(Error::invalid)
                }
            })
            .transpose()?,
        notice: args
            .notice
            .as_deref()
            .map(|n| Length::parse_notice("--notice", n).map_err(Error::invalid))
            .transpose()?,
        extends_by_months: args
            .extends_by
            .as_deref()
            .map(|e| {
                Length::parse("--extends-by", e)
                    .and_then(|l| l.months("--extends-by"))
                    .map_err(Error::invalid)
            })
            .transpose()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_door_names_a_value_as_it_spells_it() {
        assert_eq!(Door::Cli.name("transaction_id"), "--transaction-id");
        assert_eq!(Door::Mcp.name("transaction_id"), "transaction_id");
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let cli = Door::Cli.date("due", Some("someday"), today).unwrap_err();
        assert!(cli.to_string().contains("--due"), "{cli}");
        let mcp = Door::Mcp.date("due", Some("someday"), today).unwrap_err();
        assert!(mcp.to_string().starts_with("invalid due"), "{mcp}");
        assert_eq!(Door::Mcp.date("due", None, today).unwrap(), None);
        let long = "n".repeat(TEXT_MAX + 1);
        let notes = Door::Mcp.text("notes", Some(&long)).unwrap_err();
        assert!(notes.to_string().contains("notes"), "{notes}");
        assert_eq!(
            Door::Cli.text("notes", Some("kept")).unwrap().as_deref(),
            Some("kept")
        );
    }
}
