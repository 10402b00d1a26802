//! Seeded bank statements with known truth, for measuring `subs detect` and
//! `subs reconcile`: a person's or a small business's account over N months
//! with true subscriptions (processor prefixes, changing reference numbers,
//! every cadence, jitter, weekends, price changes, misses, pauses, renames,
//! duplicates, two plans from one merchant, usage-billed bills, ended plans,
//! a yearly plan seen twice) and the habits, transfers, taxes and one-offs
//! that must not be proposed. The same rows are then written in every bank
//! format (`writers`).
//!
//! Pure: std, chrono, rust_decimal and serde_json only, and its own PRNG, so
//! a seed gives the same statement on every machine and in every build.
//! Shared by the `statements` example and `tests/detect_quality.rs`, which
//! each use a different part of it.
#![allow(dead_code)]

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use rust_decimal::Decimal;

#[path = "catalog.rs"]
mod catalog;
#[path = "noise.rs"]
mod noise;
#[path = "truth.rs"]
pub mod truth;
#[path = "writers.rs"]
pub mod writers;

pub use truth::Truth;

/// splitmix64: tiny, fast, and the same sequence everywhere.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0..n (0 when n is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next_u64() % n }
    }

    /// lo..=hi (lo when hi < lo).
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One item of a non-empty list.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let i = self.below(items.len() as u64) as usize;
        &items[i.min(items.len().saturating_sub(1))]
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }

    /// An independent stream, so adding draws to one part of the generator
    /// does not change every other part's data.
    pub fn fork(&mut self) -> Rng {
        Rng::new(self.next_u64())
    }

    /// An amount in lo..=hi cents, as a two-decimal amount.
    pub fn cents(&mut self, lo: i64, hi: i64) -> Decimal {
        Decimal::new(self.range(lo, hi), 2)
    }

    pub fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }

    pub fn alnum(&mut self, n: usize) -> String {
        const SET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        (0..n).map(|_| char::from(*self.pick(SET))).collect()
    }
}

/// Whose account, which determines the currency, the local direct debits and
/// the words banks use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Locale {
    Us,
    Uk,
    De,
    Nl,
    Fr,
    Es,
    Pt,
}

impl Locale {
    pub const ALL: [Locale; 7] = [
        Locale::Us,
        Locale::Uk,
        Locale::De,
        Locale::Nl,
        Locale::Fr,
        Locale::Es,
        Locale::Pt,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Locale::Us => "us",
            Locale::Uk => "uk",
            Locale::De => "de",
            Locale::Nl => "nl",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Pt => "pt",
        }
    }

    pub fn parse(s: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == s)
    }

    pub fn currency(self) -> &'static str {
        match self {
            Locale::Us => "USD",
            Locale::Uk => "GBP",
            _ => "EUR",
        }
    }
}

/// What kind of booking a row is; formats with a type column or code write it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Card,
    DirectDebit,
    StandingOrder,
    Transfer,
    Payoff,
    Tax,
    Atm,
    Fee,
    Salary,
    Refund,
    Interest,
}

impl Kind {
    pub fn is_credit(self) -> bool {
        matches!(self, Kind::Salary | Kind::Refund | Kind::Interest)
    }
}

/// How often a series charges; the variant names are `subs::detect::Cadence`'s,
/// so `{:?}` of either is the same text (what truth.json stores).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cadence {
    Weekly,
    EveryDays(u32),
    Monthly,
    EveryMonths(u32),
    Quarterly,
    Yearly,
}

impl Cadence {
    pub fn name(self) -> String {
        format!("{self:?}")
    }

    pub fn months(self) -> Option<u32> {
        match self {
            Cadence::Monthly => Some(1),
            Cadence::EveryMonths(n) => Some(n),
            Cadence::Quarterly => Some(3),
            Cadence::Yearly => Some(12),
            Cadence::Weekly | Cadence::EveryDays(_) => None,
        }
    }

    /// The period in days, roughly (months as 30.44 days).
    pub fn days(self) -> i64 {
        match self {
            Cadence::Weekly => 7,
            Cadence::EveryDays(n) => i64::from(n),
            other => (f64::from(other.months().unwrap_or(1)) * 30.44).round() as i64,
        }
    }

    /// The k-th due date of a series whose first one is `first`; month-based
    /// cadences charge on `day` (29–31 clamp to the month's end).
    pub fn slot(self, first: NaiveDate, day: u32, k: u32) -> NaiveDate {
        match self.months() {
            Some(step) => {
                let index = first.year() * 12 + first.month0() as i32 + (k * step) as i32;
                on_day(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, day)
            }
            None => first + Duration::days(self.days() * i64::from(k)),
        }
    }

    /// The cycle as `subs` stores it (`Cycle::code`): what a user would type.
    pub fn cycle_code(self) -> String {
        match self {
            Cadence::Weekly => "weekly".into(),
            Cadence::EveryDays(n) => format!("custom:{n}"),
            Cadence::Monthly => "monthly".into(),
            Cadence::EveryMonths(n) => format!("custom:{n}m"),
            Cadence::Quarterly => "quarterly".into(),
            Cadence::Yearly => "yearly".into(),
        }
    }
}

/// `day` of a month, clamped to its last day.
pub fn on_day(year: i32, month: u32, day: u32) -> NaiveDate {
    let last = month_end(year, month);
    NaiveDate::from_ymd_opt(year, month, day.min(last.day())).unwrap_or(last)
}

pub fn month_end(year: i32, month: u32) -> NaiveDate {
    let (y, m) = if month >= 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MIN)
}

/// `date` plus `n` months, on the same day (clamped).
pub fn add_months(date: NaiveDate, n: i32) -> NaiveDate {
    let index = date.year() * 12 + date.month0() as i32 + n;
    on_day(
        index.div_euclid(12),
        index.rem_euclid(12) as u32 + 1,
        date.day(),
    )
}

/// A bank debit due on a weekend or a bank holiday is booked on the next
/// business day (the holidays every one of these countries shares).
pub fn business_day(mut date: NaiveDate) -> NaiveDate {
    loop {
        let holiday = matches!((date.month(), date.day()), (1, 1) | (12, 25) | (12, 26));
        if holiday || matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            date += Duration::days(1);
        } else {
            return date;
        }
    }
}

/// One booked row, before it is written in a format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The bank's id (FITID, AcctSvcrRef, MT940 bank reference, id column).
    pub id: String,
    /// Booking date.
    pub date: NaiveDate,
    /// Value date: a card purchase's own day, before it posted.
    pub value_date: NaiveDate,
    /// Signed: negative is money out.
    pub amount: Decimal,
    /// The counterparty as the bank shows it: a card descriptor or a name.
    pub payee: String,
    /// Remittance text (SEPA purpose, EREF/MREF); empty for card rows.
    pub memo: String,
    pub kind: Kind,
    pub mandate: Option<String>,
    pub creditor: Option<String>,
    /// Truth: index of the series in `Truth::series`.
    pub series: Option<usize>,
    /// Truth: the due date this row pays.
    pub slot: Option<NaiveDate>,
    /// Generation order, to sort rows of one day the same way every time.
    pub seq: u64,
}

/// The account a statement is for.
#[derive(Clone, Debug)]
pub struct Account {
    pub locale: Locale,
    pub business: bool,
    pub holder: String,
    pub iban: String,
    pub bic: String,
    /// US routing number / German BLZ.
    pub bank_code: String,
    pub number: String,
    pub currency: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub opening: Decimal,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub seed: u64,
    pub months: u32,
    /// Fill with everyday noise up to about this many rows.
    pub rows: Option<usize>,
    pub locale: Option<Locale>,
    pub business: Option<bool>,
}

impl Config {
    pub fn new(seed: u64, months: u32) -> Config {
        Config {
            seed,
            months,
            rows: None,
            locale: None,
            business: None,
        }
    }
}

/// A statement's rows (date order) and what is true about them.
#[derive(Clone, Debug)]
pub struct Generated {
    pub account: Account,
    pub rows: Vec<Row>,
    pub truth: Truth,
}

/// Collects rows and the series they belong to while generating.
pub struct Book {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub rows: Vec<Row>,
    pub series: Vec<truth::Series>,
    seq: u64,
}

impl Book {
    /// Opens a series; rows pushed with its index belong to it.
    pub fn series(&mut self, merchant: &str, role: &str, cadence: Option<Cadence>) -> usize {
        let id = if role == "subscription" {
            format!("s{:02}", self.series.len() + 1)
        } else {
            format!("n{:02}", self.series.len() + 1)
        };
        // Templates name the series without their changing references.
        let merchant: String = merchant
            .split(' ')
            .filter(|w| !w.contains('{'))
            .collect::<Vec<_>>()
            .join(" ");
        self.series.push(truth::Series {
            id,
            merchant,
            subscription: role == "subscription",
            role: role.to_string(),
            cadence: cadence.map(Cadence::name),
            ..truth::Series::default()
        });
        self.series.len() - 1
    }

    /// Books a row when its date is inside the statement.
    pub fn push(&mut self, mut row: Row) -> bool {
        if row.date < self.start || row.date > self.end {
            return false;
        }
        self.seq += 1;
        row.seq = self.seq;
        self.rows.push(row);
        true
    }
}

/// A row with the fields every generator sets; the rest default.
pub fn row(date: NaiveDate, amount: Decimal, payee: String, memo: String, kind: Kind) -> Row {
    Row {
        id: String::new(),
        date,
        value_date: date,
        amount,
        payee,
        memo,
        kind,
        mandate: None,
        creditor: None,
        series: None,
        slot: None,
        seq: 0,
    }
}

/// Generates one statement with its truth.
pub fn generate(config: &Config) -> Generated {
    let mut rng = Rng::new(config.seed);
    let locale = config.locale.unwrap_or_else(|| *rng.pick(&Locale::ALL));
    let business = config.business.unwrap_or_else(|| rng.chance(35));
    let account = account(&mut rng, locale, business, config.months.max(1));
    let mut book = Book {
        start: account.start,
        end: account.end,
        rows: Vec::new(),
        series: Vec::new(),
        seq: 0,
    };
    let mut plans = catalog::plans(&mut rng.fork(), &account);
    for plan in &mut plans {
        catalog::charge(&mut rng.fork(), &mut book, plan);
    }
    noise::everyday(&mut rng.fork(), &mut book, &account);
    if let Some(target) = config.rows {
        noise::fill(&mut rng.fork(), &mut book, &account, target);
    }
    book.rows.sort_by_key(|r| (r.date, r.seq));
    for (i, r) in book.rows.iter_mut().enumerate() {
        r.id = format!("{}{:06}", r.date.format("%Y%m%d"), i + 1);
    }
    let truth = truth::build(config, &account, &plans, book.rows.as_slice(), book.series);
    Generated {
        account,
        rows: book.rows,
        truth,
    }
}

fn account(rng: &mut Rng, locale: Locale, business: bool, months: u32) -> Account {
    // Statements end at a month's end between 2024 and 2025, so ten-year ones
    // start in 2014–2015.
    let end_month = add_months(
        NaiveDate::from_ymd_opt(2025, 12, 1).unwrap_or(NaiveDate::MIN),
        -(rng.below(24) as i32),
    );
    let end = month_end(end_month.year(), end_month.month());
    let start = add_months(end_month, -(months as i32 - 1));
    let holder = match (business, locale) {
        (true, Locale::Us | Locale::Uk) => "NORTHWIND STUDIO LLC",
        (true, _) => "Nordwind Studio GmbH",
        (false, Locale::Us | Locale::Uk) => "JORDAN A RIVERA",
        (false, Locale::De) => "Jana Müller",
        (false, Locale::Nl) => "J. de Vries",
        (false, Locale::Fr) => "Julie Lefèvre",
        (false, Locale::Es) => "Julia Peña García",
        (false, Locale::Pt) => "Joana Conceição",
    };
    let country = match locale {
        Locale::Us => "US",
        Locale::Uk => "GB",
        Locale::De => "DE",
        Locale::Nl => "NL",
        Locale::Fr => "FR",
        Locale::Es => "ES",
        Locale::Pt => "PT",
    };
    let number = rng.digits(10);
    let bank_code = rng.digits(8);
    Account {
        locale,
        business,
        holder: holder.to_string(),
        iban: format!("{country}{}{bank_code}{number}", rng.digits(2)),
        bic: format!("{}{country}{}", rng.alnum(4), rng.alnum(2)),
        bank_code,
        number,
        currency: locale.currency().to_string(),
        start,
        end,
        opening: rng.cents(200_000, 1_500_000),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_clamp_to_the_month_end_and_keep_the_day() {
        let first = NaiveDate::from_ymd_opt(2024, 1, 31).unwrap_or(NaiveDate::MIN);
        assert_eq!(
            Cadence::Monthly.slot(first, 31, 1),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap_or(NaiveDate::MIN)
        );
        assert_eq!(
            Cadence::Monthly.slot(first, 31, 2),
            NaiveDate::from_ymd_opt(2024, 3, 31).unwrap_or(NaiveDate::MIN)
        );
    }
}
