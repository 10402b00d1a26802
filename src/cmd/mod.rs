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
pub mod renew;
pub mod schedule;
pub mod show;
pub mod sync;
pub mod undo;
pub mod upcoming;
pub mod usage;

use std::io::IsTerminal;

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::domain::alert::AlertType;
use crate::domain::currency::Currency;
use crate::domain::money::Money;
use crate::domain::plan::{Contract, Length};
use crate::domain::share::Part;
use crate::domain::subscription::{
    CATEGORY_NAME_MAX, PROVIDER_MAX, PaymentMethod, Subscription, TEXT_MAX,
};
use crate::domain::validate;
use crate::error::{Error, Result};
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

pub fn parse_money(flag: &str, value: &str) -> Result<Money> {
    Money::parse(value).map_err(|reason| Error::invalid(validate::invalid(flag, value, &reason)))
}

/// A date flag: `YYYY-MM-DD`, or a day relative to today (`today`, `+7d`,
/// `-2w`, `+1m`, `eom`, …).
pub fn parse_date(flag: &str, value: &str, today: NaiveDate) -> Result<NaiveDate> {
    validate::date_on(flag, value, today).map_err(Error::invalid)
}

/// A date flag's value as the user typed it, with the day it means when
/// that differs: `"tomorrow" (2026-12-08)`, or `"2026-12-08"`.
pub fn as_typed(typed: Option<&str>, day: NaiveDate) -> String {
    match typed.map(str::trim) {
        Some(t) if t != day.to_string() => format!("\"{}\" ({day})", t.escape_debug()),
        _ => format!("\"{day}\""),
    }
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

/// The muted alert types after muting `mute` and unmuting `unmute`, in the
/// order of `AlertType::ALL`.
pub fn muted(current: &[AlertType], mute: &[AlertType], unmute: &[AlertType]) -> Vec<AlertType> {
    AlertType::ALL
        .into_iter()
        .filter(|t| (current.contains(t) || mute.contains(t)) && !unmute.contains(t))
        .collect()
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

/// The optional details, validated and typed. For text fields an empty
/// value means "none" (so `edit --notes ""` clears the notes).
#[derive(Debug, Default)]
pub struct Details {
    pub description: Option<Option<String>>,
    pub provider: Option<String>,
    pub category: Option<String>,
    pub currency: Option<Currency>,
    pub payment_method: Option<PaymentMethod>,
    /// `Some(None)`: no card.
    pub card: Option<Option<String>>,
    /// Member names as typed (`Some(empty)`: not shared).
    pub shared_with: Option<Vec<String>>,
    /// (member name, part) as typed.
    pub shares: Option<Vec<(String, Part)>>,
    pub paid_by: Option<String>,
    pub auto_renewal: Option<bool>,
    pub reminder_days: Option<u16>,
    pub remind: Option<Vec<u16>>,
    pub email_notifications: Option<bool>,
    pub website_url: Option<Option<String>>,
    pub notes: Option<Option<String>>,
    pub end_date: Option<NaiveDate>,
    pub plan: Plan,
    pub mute: Vec<AlertType>,
    pub unmute: Vec<AlertType>,
}

/// Charges `sub` to the card `details` names (its kind becomes the payment
/// method), or to none; an explicit payment method clears the card.
pub fn apply_card(db: &crate::store::Db, sub: &mut Subscription, details: &Details) -> Result<()> {
    match &details.card {
        Some(Some(name)) => {
            let card = crate::store::cards::get(db, name)?;
            sub.card_id = Some(card.id);
            sub.card = Some(card.name);
            sub.payment_method = card.kind;
        }
        Some(None) => {
            sub.card_id = None;
            sub.card = None;
        }
        None if details.payment_method.is_some() => {
            sub.card_id = None;
            sub.card = None;
        }
        None => {}
    }
    Ok(())
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

/// Sets who shares `sub` and who pays it, from `details`; the parts must
/// add up for its amount (checked again whenever the amount changes).
pub fn apply_shares(
    db: &crate::store::Db,
    sub: &mut Subscription,
    details: &Details,
) -> Result<bool> {
    use crate::domain::subscription::Share;
    use crate::store::members;
    let mut changed = false;
    if let Some(payer) = &details.paid_by {
        sub.paid_by = members::get(db, payer)?;
    }
    if let Some(names) = &details.shared_with {
        let mut shares: Vec<Share> = Vec::new();
        for name in names {
            let member = members::get(db, name)?;
            if shares.iter().any(|s| s.member == member) {
                return Err(Error::invalid(format!(
                    "invalid --shared-with: {} is listed twice",
                    crate::render::text::safe(name)
                )));
            }
            shares.push(Share {
                member,
                part: Part::Equal,
            });
        }
        sub.shares = shares;
        changed = true;
    }
    if let Some(parts) = &details.shares {
        if sub.shares.is_empty() {
            return Err(Error::invalid(
                "--shares needs a shared plan: name its members with --shared-with",
            ));
        }
        for (name, part) in parts {
            let member = members::get(db, name)?;
            let share = sub
                .shares
                .iter_mut()
                .find(|s| s.member == member)
                .ok_or_else(|| {
                    Error::invalid(format!(
                        "invalid --shares: {} is not in this plan (--shared-with lists its members)",
                        crate::render::text::safe(name)
                    ))
                })?;
            share.part = *part;
        }
        changed = true;
    }
    Ok(changed)
}

/// A shared plan's parts must add up for its amount.
pub fn check_shares(sub: &Subscription) -> Result<()> {
    if sub.shares.is_empty() {
        return Ok(());
    }
    let parts: Vec<Part> = sub.shares.iter().map(|s| s.part).collect();
    crate::domain::share::split_cents(&parts, sub.amount.cents())
        .map(|_| ())
        .map_err(|e| Error::invalid(format!("invalid --shares for {}: {e}", sub.amount)))
}

/// A trial and a contract, as given.
#[derive(Clone, Copy, Debug, Default)]
pub struct Plan {
    pub trial: Option<Trial>,
    /// `Some(None)`: remove the contract.
    pub term_months: Option<Option<u16>>,
    pub notice: Option<Length>,
    pub extends_by_months: Option<u16>,
}

/// A free trial as given: its last day, or a length from the start date.
#[derive(Clone, Copy, Debug)]
pub enum Trial {
    Until(NaiveDate),
    For(Length),
}

impl Trial {
    /// The last free day for a subscription starting on `start`; `typed` is
    /// what was typed for `--trial-until`, which a refusal quotes.
    pub fn last_day(self, start: NaiveDate, typed: Option<&str>) -> Result<NaiveDate> {
        let last = match self {
            Trial::Until(d) => d,
            Trial::For(len) => len
                .after(start)
                .and_then(|d| d.pred_opt())
                .ok_or_else(|| Error::invalid("the trial ends too far in the future"))?,
        };
        if last < start {
            return Err(Error::invalid(format!(
                "invalid --trial-until {}: a trial cannot end before the start date {start}",
                as_typed(typed, last)
            )));
        }
        Ok(last)
    }
}

/// Sets the plan parts `details` gives (trial, contract) on `sub`. A trial
/// moves the first charge to the day after it, so it is refused once a
/// charge was settled (`settled`). `trial_until` is what was typed for
/// `--trial-until`, which a refusal quotes.
pub fn apply_plan(
    sub: &mut Subscription,
    details: Plan,
    settled: bool,
    trial_until: Option<&str>,
) -> Result<()> {
    if let Some(trial) = details.trial {
        if settled {
            return Err(Error::invalid(format!(
                "{} already has payments: a trial can only come before the first charge",
                crate::render::text::safe(&sub.name)
            )));
        }
        let last = trial.last_day(sub.start_date, trial_until)?;
        let first = last
            .succ_opt()
            .ok_or_else(|| Error::invalid("the trial ends too far in the future"))?;
        if let Some(end) = sub.end_date
            && end < first
        {
            return Err(Error::invalid(format!(
                "the trial ends {last} but the subscription ends {end}: there would be no charge"
            )));
        }
        sub.trial_until = Some(last);
        sub.anchor = first;
        sub.next_billing_date = first;
    }
    let contract = match details.term_months {
        Some(None) => None,
        Some(Some(term_months)) => Some(Contract {
            term_months,
            extends_by_months: None,
            notice: None,
        }),
        None => sub.contract,
    };
    let contract = match contract {
        Some(mut c) => {
            if details.term_months.is_some() && sub.contract.is_some() {
                // Keep notice and extensions when only the term changes.
                c.notice = sub.contract.and_then(|o| o.notice);
                c.extends_by_months = sub.contract.and_then(|o| o.extends_by_months);
            }
            if let Some(n) = details.notice {
                c.notice = Some(n);
            }
            if let Some(e) = details.extends_by_months {
                c.extends_by_months = Some(e);
            }
            Some(c)
        }
        None if details.notice.is_some() || details.extends_by_months.is_some() => {
            return Err(Error::invalid(
                "--notice and --extends-by describe a contract: give its --term too",
            ));
        }
        None => None,
    };
    sub.contract = contract;
    Ok(())
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
        website_url: args
            .url
            .as_deref()
            .map(|u| {
                if u.trim().is_empty() {
                    Ok(None)
                } else {
                    validate::url(u).map(Some).map_err(Error::invalid)
                }
            })
            .transpose()?,
        notes: optional_text("--notes", &args.notes)?,
        end_date: args
            .end
            .as_deref()
            .map(|e| parse_date("--end", e, today))
            .transpose()?,
        plan: Plan {
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
        },
        mute: args.mute.clone(),
        unmute: args.unmute.clone(),
    })
}

/// Next billing and end dates may not come before the start date. Each
/// comes with what was typed for it (`None`: not typed), which a refusal
/// quotes.
pub fn check_dates(
    start: NaiveDate,
    next: Option<(NaiveDate, Option<&str>)>,
    end: Option<(NaiveDate, Option<&str>)>,
) -> Result<()> {
    if let Some((next, typed)) = next
        && next < start
    {
        return Err(Error::invalid(format!(
            "invalid --next {}: the next billing date cannot be before the start date {start}",
            as_typed(typed, next)
        )));
    }
    if let Some((end, typed)) = end
        && end < start
    {
        return Err(Error::invalid(format!(
            "invalid --end {}: the end date cannot be before the start date {start}",
            as_typed(typed, end)
        )));
    }
    Ok(())
}
