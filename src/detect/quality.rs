//! Detection's quality on seeded random portfolios: true series (with
//! posting jitter, weekends, price changes, misses, pauses, renames,
//! parallel plans, usage billing) among habits, one-off purchases,
//! transfers and salaries. Precision and recall are counted by series.

use chrono::{Datelike, Months, NaiveDate, TimeDelta, Weekday};
use rust_decimal::Decimal;

use super::{Cadence, Options, detect};
use crate::domain::currency::Currency;
use crate::statement::{Hints, Transaction};

/// xorshift64*: small, seeded, the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn range(&mut self, low: i64, high: i64) -> i64 {
        low + self.below((high - low + 1) as u64) as i64
    }

    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }

    /// A reference that changes every charge: letters and digits.
    fn reference(&mut self, len: usize) -> String {
        const CHARS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        let mut text: String = (0..len)
            .map(|_| CHARS[self.below(34) as usize] as char)
            .collect();
        text.replace_range(0..1, &self.range(1, 9).to_string());
        text
    }

    fn cents(&mut self, low: i64, high: i64) -> Decimal {
        Decimal::new(self.range(low * 100, high * 100), 2)
    }
}

const BRANDS: &[&str] = &[
    "NETFLIX",
    "SPOTIFY",
    "HULU",
    "DISNEYPLUS",
    "ADOBE",
    "DROPBOX",
    "GITHUB",
    "NOTION",
    "SLACK",
    "ZOOM",
    "FIGMA",
    "CANVA",
    "AUDIBLE",
    "PATREON",
    "NYTIMES",
    "MEDIUM",
    "DUOLINGO",
    "HEADSPACE",
    "CALM",
    "PELOTON",
    "STRAVA",
    "OPENAI",
    "MIDJOURNEY",
    "GRAMMARLY",
    "1PASSWORD",
    "NORDVPN",
    "DIGITALOCEAN",
    "HEROKU",
    "VERCEL",
    "NETLIFY",
    "MAILCHIMP",
    "HUBSPOT",
    "SHOPIFY",
    "SQUARESPACE",
    "GODADDY",
    "LINKEDIN",
    "XBOX",
    "PLAYSTATION",
    "NINTENDO",
    "TWITCH",
    "PARAMOUNT",
    "PEACOCK",
    "CRUNCHYROLL",
    "VODAFONE",
    "TELEKOM",
    "COMCAST",
    "VERIZON",
    "GEICO",
    "ALLSTATE",
    "HISCOX",
    "EQUINOX",
    "BLINKIST",
    "TIDAL",
    "DEEZER",
    "KINDLE",
    "EVERNOTE",
    "TODOIST",
    "LINEAR",
    "SENTRY",
    "DATADOG",
    "CLOUDFLARE",
    "MONGODB",
    "TWILIO",
    "POSTMARK",
    "ZAPIER",
];

const HABITS: &[&str] = &[
    "STARBUCKS STORE {d5}",
    "SQ *BLUE BOTTLE COFFEE",
    "WHOLEFDS MKT {d5} AUSTIN TX",
    "SHELL OIL {d8}",
    "UBER *TRIP HELP.UBER.COM",
    "FACEBK *{ref}",
    "TRADER JOE'S #{d3}",
    "CHEVRON {d7}",
    "DOORDASH*{ref}",
    "AMZN Mktp US*{ref}",
    "LYFT *RIDE {d4}",
    "CVS/PHARMACY #{d5}",
    "SAFEWAY #{d4}",
    "TST* JOES DINER",
    "WALGREENS #{d5}",
    "CHIPOTLE {d4}",
];

const SHOPS: &[&str] = &[
    "BEST BUY {d5}",
    "IKEA {d3}",
    "HOME DEPOT #{d4}",
    "TARGET {d8}",
    "APPLE STORE R{d3}",
    "UNITED AIRLINES {d10}",
    "MARRIOTT {d5}",
    "AIRBNB * {ref}",
    "ETSY.COM*{ref}",
    "REI #{d3}",
    "NORDSTROM {d4}",
    "DELTA AIR {d10}",
    "HERTZ {d6}",
    "ZARA {d4}",
    "UDEMY ONLINE COURSES",
];

const TEMPLATES: &[&str] = &[
    "{b}.COM {ref}",
    "{b} {ref}",
    "PAYPAL *{b} {d10}",
    "SQ *{b}",
    "{b} INC SAN FRANCISCO CA",
    "{b}*{ref}",
    "APL*{b}",
    "DEBIT CARD PURCHASE XXXXX{d4} {b} CA",
    "{b}.COM/BILL NY",
    "PURCHASE AUTHORIZED ON {md} {b} {ref} CARD {d4}",
    "{b} LTD {d6} GB",
    "WWW.{b}.COM {d10}",
];

/// Fills `{ref}`, `{dN}` and `{md}` afresh for one charge.
fn descriptor(rng: &mut Rng, template: &str, brand: &str, date: NaiveDate) -> String {
    let mut text = template.replace("{b}", brand);
    text = text.replace("{md}", &format!("{:02}/{:02}", date.month(), date.day()));
    while let Some(at) = text.find("{ref}") {
        let reference = rng.reference(9);
        text.replace_range(at..at + 5, &reference);
    }
    for digits in (3..=10).rev() {
        let hole = format!("{{d{digits}}}");
        while let Some(at) = text.find(&hole) {
            let number: String = (0..digits)
                .map(|_| char::from(b'0' + rng.below(10) as u8))
                .collect();
            text.replace_range(at..at + hole.len(), &number);
        }
    }
    text
}

/// A generated statement and, per row, the true series it belongs to.
pub struct Portfolio {
    pub rows: Vec<Transaction>,
    pub truth: Vec<Option<usize>>,
    pub cadences: Vec<Cadence>,
}

fn row(date: NaiveDate, amount: Decimal, memo: String, direct_debit: bool) -> Transaction {
    Transaction {
        id: None,
        date,
        date_text: date.to_string(),
        amount,
        currency: Some(Currency::USD),
        payee: String::new(),
        memo,
        hints: Hints {
            direct_debit,
            ..Hints::default()
        },
        line: 0,
    }
}

fn step(cadence: Cadence, anchor: NaiveDate, k: u32) -> Option<NaiveDate> {
    match cadence {
        Cadence::Weekly => anchor.checked_add_signed(TimeDelta::days(7 * i64::from(k))),
        Cadence::EveryDays(days) => anchor.checked_add_signed(TimeDelta::days(i64::from(days * k))),
        Cadence::Monthly => anchor.checked_add_months(Months::new(k)),
        Cadence::EveryMonths(n) => anchor.checked_add_months(Months::new(n * k)),
        Cadence::Quarterly => anchor.checked_add_months(Months::new(3 * k)),
        Cadence::Yearly => anchor.checked_add_months(Months::new(12 * k)),
    }
}

/// When a charge due on `due` posts: a debit moves past the weekend, a
/// card charge posts up to two days late.
fn posted(rng: &mut Rng, due: NaiveDate, direct_debit: bool) -> NaiveDate {
    let mut date = due;
    if direct_debit {
        while matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            date += TimeDelta::days(1);
        }
        date
    } else {
        date + TimeDelta::days(rng.range(0, 2) * i64::from(rng.chance(0.5)))
    }
}

fn choose_cadence(rng: &mut Rng) -> (Cadence, bool) {
    match rng.below(100) {
        0..=51 => (Cadence::Monthly, false),
        52..=59 => (Cadence::Monthly, true),
        60..=67 => (Cadence::Yearly, false),
        68..=75 => (Cadence::Weekly, false),
        76..=82 => (Cadence::Quarterly, false),
        83..=87 => (Cadence::EveryDays(14), false),
        88..=91 => (Cadence::EveryDays(28), false),
        92..=95 => (Cadence::EveryMonths(2), false),
        _ => (Cadence::EveryMonths(6), false),
    }
}

/// The due dates of a plan between the statement's start and end: it may
/// start late and stop early, but keeps enough charges to be told apart.
fn due_dates(rng: &mut Rng, cadence: Cadence, start: NaiveDate, end: NaiveDate) -> Vec<NaiveDate> {
    let minimum: usize = match cadence {
        Cadence::Yearly | Cadence::EveryMonths(6) => 2,
        Cadence::Quarterly | Cadence::EveryMonths(2) => 3,
        Cadence::Monthly | Cadence::EveryDays(28) => 4,
        _ => 6,
    };
    let mut anchor = start + TimeDelta::days(rng.range(0, 27));
    if cadence == Cadence::Monthly && rng.chance(0.1) {
        anchor = anchor.with_day(rng.range(29, 31) as u32).unwrap_or(anchor);
    }
    let all: Vec<NaiveDate> = (0..400)
        .map_while(|k| step(cadence, anchor, k))
        .take_while(|&d| d <= end)
        .collect();
    if all.len() < minimum {
        return Vec::new();
    }
    let slack = (all.len() - minimum) as u64;
    let skip = if rng.chance(0.3) {
        rng.below(slack / 2 + 1)
    } else {
        0
    };
    let cut = if rng.chance(0.15) {
        rng.below((slack - skip) / 2 + 1)
    } else {
        0
    };
    let keep = all.len() - (skip + cut) as usize;
    all.into_iter().skip(skip as usize).take(keep).collect()
}

/// A plan's usual price for its cadence.
fn price(rng: &mut Rng, cadence: Cadence) -> Decimal {
    match cadence {
        Cadence::Weekly | Cadence::EveryDays(_) => rng.cents(2, 25),
        Cadence::Monthly | Cadence::EveryMonths(2) => rng.cents(4, 150),
        Cadence::Quarterly | Cadence::EveryMonths(_) => rng.cents(20, 300),
        Cadence::Yearly => rng.cents(30, 600),
    }
}

/// What happens to one series: a price change, a miss, a pause, a rename,
/// a duplicate (indexes into its due dates).
struct Twists {
    change: Option<(usize, Decimal)>,
    miss: Option<usize>,
    pause: Option<(usize, usize)>,
    rename: Option<(usize, String)>,
    duplicate: Option<usize>,
}

fn twists(
    rng: &mut Rng,
    n: usize,
    amount: Decimal,
    (monthly, usage): (bool, bool),
    brands: &mut Vec<&str>,
) -> Twists {
    let at = |rng: &mut Rng, low: usize, high: usize| rng.range(low as i64, high as i64) as usize;
    let factor = Decimal::new(rng.range(105, 135), 2);
    let change =
        (n >= 4 && rng.chance(0.2)).then(|| (at(rng, 2, n - 1), (amount * factor).round_dp(2)));
    let miss = (n >= 6 && rng.chance(0.1)).then(|| at(rng, 1, n - 2));
    let pause =
        (monthly && n >= 12 && rng.chance(0.08)).then(|| (at(rng, 3, n - 7), at(rng, 3, 6)));
    // A new name at a new price is a new plan as far as anyone can tell:
    // renames keep the price.
    let rename = (n >= 6 && !usage && rng.chance(0.06))
        .then(|| brands.pop())
        .flatten()
        .map(|brand| (at(rng, 3, n - 2), brand.to_string()))
        .filter(|(at, _)| change.is_none_or(|(c, _)| c != *at));
    let duplicate = rng.chance(0.03).then(|| at(rng, 0, n - 1));
    Twists {
        change,
        miss,
        pause,
        rename,
        duplicate,
    }
}

impl Portfolio {
    fn push(&mut self, row: Transaction, series: Option<usize>) {
        self.rows.push(row);
        self.truth.push(series);
    }

    /// One true series of `brand`; false when the statement is too short
    /// for its cadence.
    fn series(
        &mut self,
        rng: &mut Rng,
        brand: &str,
        template: &'static str,
        span: (NaiveDate, NaiveDate),
        brands: &mut Vec<&str>,
    ) -> bool {
        let (cadence, usage) = choose_cadence(rng);
        let dues = due_dates(rng, cadence, span.0, span.1);
        if dues.is_empty() {
            return false;
        }
        let id = self.cadences.len();
        self.cadences.push(cadence);
        let amount = price(rng, cadence);
        let direct_debit = rng.chance(0.35);
        let t = twists(
            rng,
            dues.len(),
            amount,
            (cadence == Cadence::Monthly && !usage, usage),
            brands,
        );
        for (i, due) in dues.into_iter().enumerate() {
            let paused = t.pause.is_some_and(|(at, len)| (at..at + len).contains(&i));
            if t.miss == Some(i) || paused {
                continue;
            }
            let date = posted(rng, due, direct_debit);
            let charged = match t.change {
                _ if usage => (amount * Decimal::new(rng.range(50, 150), 2)).round_dp(2),
                Some((at, new)) if i >= at => new,
                _ => amount,
            };
            let name = t
                .rename
                .as_ref()
                .filter(|(at, _)| i >= *at)
                .map_or(brand, |(_, b)| b.as_str());
            let memo = descriptor(rng, template, name, date);
            self.push(row(date, -charged, memo.clone(), direct_debit), Some(id));
            if t.duplicate == Some(i) {
                self.push(row(date, -charged, memo, direct_debit), Some(id));
            }
        }
        true
    }
}

/// Gaps in days between a habit's purchases, and its amounts.
const HABIT_GAPS: &[(i64, i64)] = &[(1, 3), (2, 5), (3, 8), (5, 12)];
const HABIT_AMOUNTS: &[(i64, i64)] = &[(3, 9), (15, 180), (25, 75), (10, 200)];

impl Portfolio {
    /// Habits: the same merchant many times a period, at varying amounts
    /// (or, for a café, often the same one).
    fn habits(&mut self, rng: &mut Rng, span: (NaiveDate, NaiveDate)) {
        for _ in 0..rng.range(3, 6) {
            let template = rng.pick(HABITS);
            let (low, high) = HABIT_GAPS[rng.below(HABIT_GAPS.len() as u64) as usize];
            let (least, most) = HABIT_AMOUNTS[rng.below(HABIT_AMOUNTS.len() as u64) as usize];
            let fixed = rng.chance(0.3).then(|| rng.cents(3, 8));
            let mut date = span.0 + TimeDelta::days(rng.range(0, 5));
            while date <= span.1 {
                let amount = fixed.unwrap_or_else(|| rng.cents(least, most));
                let memo = descriptor(rng, template, "", date);
                self.push(row(date, -amount, memo, false), None);
                date += TimeDelta::days(rng.range(low, high));
            }
        }
    }

    /// One-off purchases, now and then twice at one shop.
    fn one_offs(&mut self, rng: &mut Rng, span: (NaiveDate, NaiveDate)) {
        let days = (span.1 - span.0).num_days();
        for _ in 0..rng.range(20, 60) {
            let date = span.0 + TimeDelta::days(rng.range(0, days));
            let shop = rng.pick(SHOPS);
            let memo = descriptor(rng, shop, "", date);
            self.push(row(date, -rng.cents(10, 900), memo, false), None);
        }
    }

    /// A subscription merchant's own one-off purchases (an app bought in
    /// the store that bills the plan).
    fn extras(&mut self, rng: &mut Rng, brand: &str, template: &str, span: (NaiveDate, NaiveDate)) {
        let days = (span.1 - span.0).num_days();
        for _ in 0..rng.range(1, 3) {
            let date = span.0 + TimeDelta::days(rng.range(0, days));
            let memo = descriptor(rng, template, brand, date);
            self.push(row(date, -rng.cents(1, 60), memo, false), None);
        }
    }

    /// Regular money that is no subscription: savings, card payoffs, taxes,
    /// money to people, salaries and refunds.
    fn transfers(&mut self, rng: &mut Rng, span: (NaiveDate, NaiveDate)) {
        let savings = rng.cents(100, 900);
        let zelle = rng.cents(50, 300);
        let tax = rng.cents(500, 3000);
        let salary = rng.cents(1500, 4000);
        for k in 0..30 {
            let Some(first) = span.0.checked_add_months(Months::new(k)) else {
                break;
            };
            if first > span.1 {
                break;
            }
            let memo = descriptor(rng, "ONLINE TRANSFER TO SAVINGS {d4}", "", first);
            self.push(row(first, -savings, memo, false), None);
            let payoff = first + TimeDelta::days(14);
            let memo = descriptor(rng, "AMEX EPAYMENT ACH PMT {d6}", "", payoff);
            self.push(row(payoff, -rng.cents(200, 2500), memo, true), None);
            let memo = descriptor(rng, "ZELLE TO J SMITH {d10}", "", payoff);
            self.push(row(payoff, -zelle, memo, false), None);
            if k % 3 == 0 {
                let memo = descriptor(rng, "IRS USATAXPYMT {d6}", "", first);
                self.push(row(first + TimeDelta::days(10), -tax, memo, true), None);
            }
            for day in [0, 14] {
                self.push(
                    row(
                        first + TimeDelta::days(day + 4),
                        salary,
                        "ACME CORP PAYROLL".into(),
                        false,
                    ),
                    None,
                );
            }
            let refund = first + TimeDelta::days(rng.range(0, 27));
            let shop = rng.pick(SHOPS);
            let memo = descriptor(rng, shop, "", refund);
            self.push(row(refund, rng.cents(5, 80), memo, false), None);
        }
    }
}

/// A seeded portfolio: 10 to 30 true series over 12 to 24 months, among
/// habits, one-offs and transfers, rows in date order.
pub fn portfolio(seed: u64) -> Portfolio {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut p = Portfolio {
        rows: Vec::new(),
        truth: Vec::new(),
        cadences: Vec::new(),
    };
    let start = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap_or_default()
        + TimeDelta::days(rng.range(0, 365));
    let end = start
        .checked_add_months(Months::new(rng.range(12, 24) as u32))
        .unwrap_or(start);
    let span = (start, end);
    let mut brands: Vec<&str> = BRANDS.to_vec();
    for i in (1..brands.len()).rev() {
        brands.swap(i, rng.below(i as u64 + 1) as usize);
    }
    let target = rng.range(10, 30) as usize;
    while p.cadences.len() < target {
        let Some(brand) = brands.pop() else { break };
        let template = rng.pick(TEMPLATES);
        if !p.series(&mut rng, brand, template, span, &mut brands) {
            continue;
        }
        if rng.chance(0.08) {
            p.series(&mut rng, brand, template, span, &mut brands);
        }
        if rng.chance(0.1) {
            p.extras(&mut rng, brand, template, span);
        }
    }
    p.habits(&mut rng, span);
    p.one_offs(&mut rng, span);
    p.transfers(&mut rng, span);
    let mut order: Vec<usize> = (0..p.rows.len()).collect();
    order.sort_by_key(|&i| (p.rows[i].date, i));
    Portfolio {
        rows: order.iter().map(|&i| p.rows[i].clone()).collect(),
        truth: order.iter().map(|&i| p.truth[i]).collect(),
        cadences: p.cadences,
    }
}

/// Counts by series over one portfolio.
#[derive(Default, Debug)]
struct Tally {
    candidates: usize,
    right: usize,
    series: usize,
    cadence_right: usize,
}

fn tally(p: &Portfolio, found: &[super::Candidate], debug: bool) -> Tally {
    let mut matched = vec![false; p.cadences.len()];
    let mut t = Tally {
        candidates: found.len(),
        series: p.cadences.len(),
        ..Tally::default()
    };
    for c in found {
        let mut labels: Vec<Option<usize>> = c.charges.iter().map(|ch| p.truth[ch.index]).collect();
        labels.sort();
        let label = labels
            .chunk_by(|a, b| a == b)
            .max_by_key(|run| run.len())
            .filter(|run| 2 * run.len() >= labels.len())
            .and_then(|run| run[0]);
        match label {
            Some(s) if !matched[s] => {
                matched[s] = true;
                t.right += 1;
                let same = c.cadence == p.cadences[s]
                    || (c.cadence == Cadence::Weekly && p.cadences[s] == Cadence::EveryDays(7));
                t.cadence_right += usize::from(same);
                if debug && !same {
                    eprintln!(
                        "cadence {:?} for {:?}: {} {:?}",
                        c.cadence, p.cadences[s], c.name, c.events
                    );
                }
            }
            _ if debug => eprintln!(
                "false: {} {:?} {} {:.2} {:?}",
                c.name, c.cadence, c.amount, c.confidence, labels
            ),
            _ => {}
        }
    }
    if debug {
        for (s, _) in matched.iter().enumerate().filter(|(_, m)| !**m) {
            let rows: Vec<String> = (0..p.rows.len())
                .filter(|&i| p.truth[i] == Some(s))
                .map(|i| format!("{} {} {}", p.rows[i].date, p.rows[i].amount, p.rows[i].memo))
                .collect();
            eprintln!("missed {:?}: {rows:#?}", p.cadences[s]);
            let memo = (0..p.rows.len())
                .find(|&i| p.truth[i] == Some(s))
                .map(|i| &p.rows[i]);
            for c in found
                .iter()
                .filter(|c| memo.is_some_and(|m| super::merchant::matches(&c.pattern, m)))
            {
                eprintln!(
                    "  beside {} {:?} {} {:.2} {}",
                    c.name,
                    c.cadence,
                    c.amount,
                    c.confidence,
                    c.charges.len()
                );
            }
        }
    }
    t
}

#[test]
fn precision_recall_and_cadence_on_seeded_portfolios() {
    let debug = std::env::var_os("SUBS_DETECT_DEBUG").is_some();
    let mut total = Tally::default();
    for seed in 1..=40 {
        let p = portfolio(seed);
        let found = detect(&p.rows, &[], &Options::default());
        if debug {
            eprintln!(
                "seed {seed}: {} rows, {} series",
                p.rows.len(),
                p.cadences.len()
            );
        }
        let t = tally(&p, &found, debug);
        total.candidates += t.candidates;
        total.right += t.right;
        total.series += t.series;
        total.cadence_right += t.cadence_right;
    }
    let precision = total.right as f64 / total.candidates.max(1) as f64;
    let recall = total.right as f64 / total.series.max(1) as f64;
    let cadence = total.cadence_right as f64 / total.right.max(1) as f64;
    println!("precision {precision:.3} recall {recall:.3} cadence {cadence:.3} ({total:?})");
    assert!(precision >= 0.9, "precision {precision:.3} ({total:?})");
    assert!(recall >= 0.85, "recall {recall:.3} ({total:?})");
    assert!(cadence >= 0.95, "cadence {cadence:.3} ({total:?})");
}
