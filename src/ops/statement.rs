//! Tracking a series found on a bank statement (`detect --add`): the
//! subscription, its past charges as payments, its price changes. Nothing
//! here reads the statement again: `detect` hands over its candidate and
//! the rows it indexes.

use std::collections::HashSet;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::next_billing::{self, Start};
use super::payment::{self, Entry};
use super::subscription::{self, Details, New, Typed};
use crate::detect::{Cadence, Candidate, EventKind, Status as SeriesStatus};
use crate::domain::currency::Currency;
use crate::domain::cycle::Cycle;
use crate::domain::money::Money;
use crate::domain::payment::PaymentStatus;
use crate::domain::reference::{self, Found, Named, did_you_mean};
use crate::domain::subscription::{NAME_MAX, PriceChange, Subscription, parse_statement_match};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::render::text::safe;
use crate::store::{Db, subscriptions};

/// A subscription tracked from a series, and what came with it.
pub struct Tracked {
    pub subscription: Subscription,
    pub payments: usize,
    pub price_changes: usize,
}

/// A candidate as a reference resolves names.
struct ByName<'a>(&'a Candidate);

impl Named for ByName<'_> {
    fn id(&self) -> &str {
        ""
    }
    fn name(&self) -> &str {
        &self.0.name
    }
}

/// The series `names` name among those `proposed` (each once, in the order
/// named), as a subscription reference resolves: any letter case, a
/// unique start or part of the name. No match is exit 3 with the closest
/// names.
pub fn named<'a>(proposed: &[&'a Candidate], names: &[String]) -> Result<Vec<&'a Candidate>> {
    let items: Vec<ByName> = proposed.iter().map(|c| ByName(c)).collect();
    let quoted = |c: &ByName| format!("\"{}\"", c.0.name.escape_debug());
    let mut chosen: Vec<&Candidate> = Vec::new();
    for name in names {
        let one = match reference::find(name, &items) {
            Found::One(one) => one.0,
            Found::Many(many) => {
                let listed: Vec<String> = many.iter().map(|c| quoted(c)).collect();
                return Err(Error::not_found(format!(
                    "\"{}\" matches {} series found: {}; type more of the name",
                    name.escape_debug(),
                    many.len(),
                    listed.join(", ")
                )));
            }
            Found::None(near) => {
                let hint = did_you_mean(&near);
                return Err(Error::not_found(format!(
                    "no series found and not tracked yet is named \"{}\"{hint} (`subs detect FILE` lists them)",
                    name.escape_debug()
                )));
            }
        };
        if !chosen.iter().any(|c| std::ptr::eq(*c, one)) {
            chosen.push(one);
        }
    }
    Ok(chosen)
}

/// The billing cycle of a cadence (`None`: one subs cannot keep, such as
/// every 400 days).
pub fn cycle(cadence: Cadence) -> Option<Cycle> {
    match cadence {
        Cadence::Weekly | Cadence::EveryDays(7) => Some(Cycle::Weekly),
        Cadence::Monthly | Cadence::EveryMonths(1) => Some(Cycle::Monthly),
        Cadence::Quarterly | Cadence::EveryMonths(3) => Some(Cycle::Quarterly),
        Cadence::Yearly | Cadence::EveryMonths(12) => Some(Cycle::Yearly),
        Cadence::EveryDays(n) => {
            let n = u16::try_from(n).ok()?;
            (1..=365).contains(&n).then_some(Cycle::Custom(n))
        }
        Cadence::EveryMonths(n) => {
            let n = u16::try_from(n).ok()?;
            (2..=120).contains(&n).then_some(Cycle::EveryMonths(n))
        }
    }
}

/// Categories by the words in a merchant's name, first match wins.
#[rustfmt::skip]
const CATEGORY_WORDS: &[(&str, &[&str])] = &[
    ("Streaming", &["netflix", "disney", "hulu", "prime video", "hbo", "paramount", "peacock",
        "crunchyroll", "dazn", "youtube", "twitch", "apple tv", "mubi"]),
    ("Music", &["spotify", "deezer", "tidal", "apple music", "soundcloud", "audible", "pandora"]),
    ("Software", &["adobe", "microsoft", "office 365", "github", "jetbrains", "notion", "slack",
        "figma", "dropbox", "1password", "bitwarden", "openai", "chatgpt", "anthropic", "claude",
        "canva", "zoom", "atlassian", "apple.com"]),
    ("Cloud", &["aws", "amazon web services", "google cloud", "icloud", "google one", "hetzner",
        "digitalocean", "fly.io", "vercel", "heroku", "backblaze", "linode", "ovh", "netlify",
        "cloudflare"]),
    ("News", &["times", "guardian", "economist", "zeitung", "spiegel", "journal", "news",
        "substack", "medium"]),
    ("Fitness", &["gym", "fitness", "peloton", "strava", "fitbit", "yoga", "mcfit",
        "urban sports"]),
    ("Phone", &["mobile", "vodafone", "telekom", "t-mobile", "verizon", "at&t", "orange",
        "telefonica", "congstar"]),
    ("Insurance", &["insurance", "versicherung", "assurance", "allianz", "axa", "hiscox", "geico",
        "lemonade"]),
    ("Utilities", &["electric", "energy", "power", "water", "strom", "stadtwerke", "internet",
        "broadband", "comcast", "xfinity"]),
];

/// The category a merchant's name suggests (`None`: no keyword fits; a
/// wrong guess costs more than none).
pub fn category_guess(name: &str) -> Option<&'static str> {
    let folded = name.to_lowercase();
    CATEGORY_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| folded.contains(w)))
        .map(|(category, _)| *category)
}

/// The day the schedule is counted from: the first slot, unless a later
/// slot shows the series' day of the month better (a plan on the 31st whose
/// first slot fell on 30 April is anchored on a 31st, so it does not drift
/// to the 30th).
fn anchor(cycle: Cycle, slots: &[NaiveDate]) -> Option<NaiveDate> {
    use chrono::Datelike;
    let first = *slots.first()?;
    if matches!(cycle, Cycle::Weekly | Cycle::Custom(_)) {
        return Some(first);
    }
    let day = slots.iter().map(|s| s.day()).max()?;
    Some(
        slots
            .iter()
            .copied()
            .find(|s| s.day() == day)
            .unwrap_or(first),
    )
}

/// Tracks `c`: a subscription from its first slot, with every charge in
/// `transactions` it names recorded as paid for its slot, the price changes
/// in its history, and the next billing date its next slot. An ended
/// series is cancelled from its next slot on.
pub fn track(
    db: &Db,
    c: &Candidate,
    transactions: &[crate::statement::Transaction],
    today: NaiveDate,
    now: &str,
) -> Result<Tracked> {
    let name = safe(&c.name).into_owned();
    let cycle = cycle(c.cadence).ok_or_else(|| {
        Error::invalid(format!(
            "{name} charges on a cycle subs cannot keep; add it by hand"
        ))
    })?;
    let currency = c.currency.ok_or_else(|| {
        Error::invalid(format!(
            "the statement does not say which currency {name} is in; --currency says"
        ))
    })?;
    let slots: Vec<NaiveDate> = c.charges.iter().map(|ch| ch.slot).collect();
    let first = slots.first().copied().unwrap_or(c.first_date);
    let start = Start {
        anchor: anchor(cycle, &slots).unwrap_or(first),
        next: first,
    };
    let new = New {
        name: validate::name("the series' name", &c.name, NAME_MAX).map_err(Error::invalid)?,
        amount: money(&name, c.amount)?,
        cycle,
        start: first,
        next: Some(first),
        category: category_guess(&c.name).map(str::to_string),
    };
    let details = Details {
        currency: Some(currency),
        statement_match: Some(parse_statement_match(&c.pattern).ok().flatten()),
        ..Details::default()
    };
    let mut sub = subscription::create(db, new, &details, start, Typed::default(), now)?;
    let payments = pay_charges(db, &mut sub, c, transactions, today)?;
    if sub.next_billing_date < c.next_date {
        next_billing::record(db, &sub, c.next_date)?;
    }
    let price_changes = record_price_changes(db, &sub, c, cycle, currency)?;
    if c.status == SeriesStatus::Ended {
        let last = c.next_date.pred_opt().unwrap_or(c.next_date).max(first);
        let text = last.to_string();
        super::lifecycle::cancel(
            db,
            &sub.id,
            super::lifecycle::EndAt::Day(last, &text),
            today,
        )?;
    }
    Ok(Tracked {
        subscription: subscriptions::get(db, &sub.id)?,
        payments,
        price_changes,
    })
}

fn money(name: &str, amount: Decimal) -> Result<Money> {
    Money::from_decimal(amount.abs().round_dp(2))
        .map_err(|why| Error::invalid(format!("the amount {} of {name} {why}", amount.abs())))
}

/// What makes a statement row the same charge: the bank's id, or without
/// one its day and amount.
#[derive(PartialEq, Eq, Hash)]
enum RowKey {
    Id(String),
    Day(NaiveDate, Decimal),
}

/// Records each charge as a paid payment for its slot, in date order; a
/// slot with no charge (a miss, a pause) is passed over, so the next
/// billing date follows the charges. A row seen twice (the same bank id,
/// or without one the same day and amount) is recorded once. The number
/// recorded.
fn pay_charges(
    db: &Db,
    sub: &mut Subscription,
    c: &Candidate,
    transactions: &[crate::statement::Transaction],
    today: NaiveDate,
) -> Result<usize> {
    let mut seen: HashSet<RowKey> = HashSet::new();
    let mut recorded = 0;
    for charge in &c.charges {
        let Some(row) = transactions.get(charge.index) else {
            continue;
        };
        let key = match &row.id {
            Some(id) => RowKey::Id(id.clone()),
            None => RowKey::Day(row.date, row.amount),
        };
        if !seen.insert(key) {
            continue;
        }
        if charge.slot > sub.next_billing_date {
            next_billing::record(db, sub, charge.slot)?;
            *sub = subscriptions::get(db, &sub.id)?;
        }
        let entry = Entry {
            amount: Some(money(&sub.name, row.amount)?),
            date: row.date,
            due: Some(charge.slot),
            status: if row.date > today {
                PaymentStatus::Pending
            } else {
                PaymentStatus::Paid
            },
            transaction_id: row.id.as_deref(),
            notes: None,
            force: true,
            ahead: None,
            typed: payment::Typed::default(),
        };
        payment::record(db, sub, &entry, today)?;
        *sub = subscriptions::get(db, &sub.id)?;
        recorded += 1;
    }
    Ok(recorded)
}

/// One price history row per price change the series shows.
fn record_price_changes(
    db: &Db,
    sub: &Subscription,
    c: &Candidate,
    cycle: Cycle,
    currency: Currency,
) -> Result<usize> {
    let mut recorded = 0;
    for e in &c.events {
        let EventKind::PriceChange { from, to } = &e.kind else {
            continue;
        };
        let (Ok(old), Ok(new)) = (money(&sub.name, *from), money(&sub.name, *to)) else {
            continue;
        };
        let change = PriceChange {
            changed_on: e.date,
            old_amount: old,
            new_amount: new,
            currency,
            old_cycle: Some(cycle),
            new_cycle: Some(cycle),
        };
        subscriptions::record_price_change(db, &sub.id, &change)?;
        recorded += 1;
    }
    Ok(recorded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn each_cadence_becomes_the_cycle_with_one_spelling() {
        assert_eq!(cycle(Cadence::Monthly), Some(Cycle::Monthly));
        assert_eq!(cycle(Cadence::EveryDays(7)), Some(Cycle::Weekly));
        assert_eq!(cycle(Cadence::EveryDays(14)), Some(Cycle::Custom(14)));
        assert_eq!(cycle(Cadence::EveryMonths(12)), Some(Cycle::Yearly));
        assert_eq!(cycle(Cadence::EveryMonths(6)), Some(Cycle::EveryMonths(6)));
        assert_eq!(cycle(Cadence::EveryDays(400)), None);
        assert_eq!(cycle(Cadence::EveryMonths(0)), None);
    }

    #[test]
    fn categories_are_guessed_by_keyword_or_not_at_all() {
        assert_eq!(category_guess("NETFLIX.COM"), Some("Streaming"));
        assert_eq!(category_guess("Spotify"), Some("Music"));
        assert_eq!(category_guess("Adobe"), Some("Software"));
        assert_eq!(category_guess("Hetzner Online"), Some("Cloud"));
        assert_eq!(category_guess("McFit"), Some("Fitness"));
        assert_eq!(category_guess("Corner bakery"), None);
    }

    fn series(name: &str) -> Candidate {
        Candidate {
            name: name.to_string(),
            pattern: name.to_uppercase(),
            cadence: Cadence::Monthly,
            amount: Decimal::new(999, 2),
            currency: None,
            first_date: d(2026, 1, 5),
            last_date: d(2026, 8, 5),
            next_date: d(2026, 9, 5),
            confidence: 0.9,
            status: SeriesStatus::Active,
            events: Vec::new(),
            subscription_id: None,
            charges: Vec::new(),
        }
    }

    #[test]
    fn series_are_named_in_any_letter_case_once_each_or_refused_with_the_closest() {
        let (netflix, spotify) = (series("Netflix"), series("Spotify"));
        let proposed = [&netflix, &spotify];
        let names = |typed: &[&str]| -> Result<Vec<String>> {
            let typed: Vec<String> = typed.iter().map(|t| t.to_string()).collect();
            named(&proposed, &typed).map(|c| c.iter().map(|c| c.name.clone()).collect())
        };
        assert_eq!(
            names(&["SPOTIFY", "netflix", "Spotify"]).ok(),
            Some(vec!["Spotify".to_string(), "Netflix".to_string()])
        );
        let err = names(&["netflx"])
            .err()
            .map(|e| (e.exit_code(), e.to_string()));
        assert_eq!(
            err,
            Some((3, "no series found and not tracked yet is named \"netflx\"; did you mean \"Netflix\"? (`subs detect FILE` lists them)".to_string()))
        );
    }

    #[test]
    fn a_monthly_series_on_the_31st_is_anchored_on_a_31st() {
        let slots = [d(2026, 4, 30), d(2026, 5, 31), d(2026, 6, 30)];
        assert_eq!(anchor(Cycle::Monthly, &slots), Some(d(2026, 5, 31)));
        assert_eq!(anchor(Cycle::Custom(14), &slots), Some(d(2026, 4, 30)));
        assert_eq!(anchor(Cycle::Monthly, &[]), None);
    }
}
