//! The true subscriptions: merchants as banks print them, and the plans
//! (cadence, first due date, price, twists) a statement's series follow.

use chrono::{Datelike, Duration, NaiveDate};
use rust_decimal::Decimal;

use super::{Account, Book, Cadence, Kind, Locale, Rng, business_day, row};

/// A merchant as statements show it. Templates: `{A6}` six random letters
/// or digits, `{D10}` ten digits (new on every charge: reference numbers),
/// `{MANDATE}`, `{CRED}`, `{CUST}` (fixed per series), `{PERIOD}` (MM.YYYY).
#[derive(Clone, Copy, Debug)]
pub struct Merchant {
    pub name: &'static str,
    /// A substring of every descriptor (before a rename): what a user types
    /// as `--match`.
    pub key: &'static str,
    pub payee: &'static str,
    pub memo: &'static str,
    pub kind: Kind,
    pub price: &'static str,
    /// The price after an increase ("" for none).
    pub raise: &'static str,
    pub cadence: Cadence,
    /// Usage-billed: the amount varies every month.
    pub usage: bool,
    /// The payee after a rename ("" for none).
    pub rename: &'static str,
    /// A second plan's price, charged under the same descriptor ("" none).
    pub second: &'static str,
    /// Where it is offered (empty: everywhere).
    pub locales: &'static [Locale],
    pub business: bool,
}

const fn card(name: &'static str, key: &'static str, payee: &'static str) -> Merchant {
    Merchant {
        name,
        key,
        payee,
        memo: "",
        kind: Kind::Card,
        price: "9.99",
        raise: "",
        cadence: Cadence::Monthly,
        usage: false,
        rename: "",
        second: "",
        locales: &[],
        business: false,
    }
}

const fn debit(name: &'static str, payee: &'static str, memo: &'static str) -> Merchant {
    let mut m = card(name, name, payee);
    m.memo = memo;
    m.kind = Kind::DirectDebit;
    m
}

impl Merchant {
    const fn at(mut self, price: &'static str, raise: &'static str) -> Merchant {
        self.price = price;
        self.raise = raise;
        self
    }
    const fn every(mut self, cadence: Cadence) -> Merchant {
        self.cadence = cadence;
        self
    }
    const fn usage(mut self) -> Merchant {
        self.usage = true;
        self.business = true;
        self
    }
    const fn renamed(mut self, payee: &'static str) -> Merchant {
        self.rename = payee;
        self
    }
    const fn second(mut self, price: &'static str) -> Merchant {
        self.second = price;
        self
    }
    const fn only(mut self, locales: &'static [Locale]) -> Merchant {
        self.locales = locales;
        self
    }
    const fn key(mut self, key: &'static str) -> Merchant {
        self.key = key;
        self
    }
    const fn business(mut self) -> Merchant {
        self.business = true;
        self
    }
}

use Cadence::{EveryDays, EveryMonths, Monthly, Quarterly, Weekly, Yearly};
use Locale::{De, Es, Fr, Nl, Pt, Uk, Us};

const SEPA: &str = "EREF+{D12} MREF+{MANDATE} CRED+{CRED}";

pub const MERCHANTS: &[Merchant] = &[
    card("Netflix", "NETFLIX", "NETFLIX.COM 866-579-7172 CA").at("15.49", "17.99"),
    card("Spotify", "SPOTIFY", "SPOTIFY P{A10} STOCKHOLM").at("10.99", "11.99"),
    card("Disney+", "DISNEYPLUS", "PAYPAL *DISNEYPLUS 4029357733").at("7.99", "9.99"),
    card("Apple", "APPLE.COM/BILL", "APL*APPLE.COM/BILL 866-712-7753")
        .at("2.99", "3.99")
        .second("10.99"),
    card(
        "YouTube Premium",
        "YOUTUBE",
        "GOOGLE *YouTube Premium g.co/helppay#",
    )
    .at("13.99", "15.99"),
    card("Setapp", "SETAPP", "PADDLE.NET* SETAPP").at("9.99", "10.99"),
    card("TablePlus", "TABLEPLUS", "PADDLE.NET* TABLEPLUS")
        .at("89.00", "99.00")
        .every(Yearly),
    card("Adobe", "ADOBE", "ADOBE  *CREATIVE CLD")
        .at("54.99", "59.99")
        .second("22.99"),
    card("Prime Video", "PRIME VIDEO", "AMZN Prime Video*{A6}").at("8.99", ""),
    card("Amazon Prime", "AMAZON PRIME", "AMAZON PRIME*{A6}")
        .at("139.00", "")
        .every(Yearly),
    card("Ironworks Gym", "IRONWORKS", "SQ *IRONWORKS GYM").at("39.00", "45.00"),
    card("HelloFresh", "HELLOFRESH", "HELLOFRESH {D8}")
        .at("59.99", "64.99")
        .every(Weekly),
    card("Greenleaf Farm Box", "GREENLEAF", "SQ *GREENLEAF FARM BOX")
        .at("32.00", "")
        .every(Weekly),
    card("Blue Apron", "BLUE APRON", "BLUE APRON {D6}")
        .at("71.92", "")
        .every(EveryDays(14)),
    card("CleanPro", "CLEANPRO", "SQ *CLEANPRO HOUSEKEEP")
        .at("120.00", "")
        .every(EveryDays(14)),
    card("New York Times", "NYTIMES", "NYTIMES*NYTIMES DIGITAL")
        .at("17.00", "")
        .every(EveryDays(28)),
    card("Dollar Shave Club", "DOLLAR SHAVE", "DOLLAR SHAVE CLUB")
        .at("18.00", "")
        .every(EveryMonths(2)),
    card("Culligan", "CULLIGAN", "CULLIGAN WATER {D6}")
        .at("64.50", "")
        .every(EveryMonths(2)),
    card("Grammarly", "GRAMMARLY", "GRAMMARLY CO*{A6}")
        .at("59.95", "")
        .every(Quarterly),
    card("Mobbin", "MOBBIN", "MOBBIN.COM")
        .at("45.00", "")
        .every(Quarterly),
    card("1Password", "1PASSWORD", "1PASSWORD.COM")
        .at("35.88", "")
        .every(Yearly),
    card("Namecheap", "NAMECHEAP", "NAMECHEAP*{D8}")
        .at("14.98", "")
        .every(Yearly),
    card("Duolingo", "DUOLINGO", "DUOLINGO INC")
        .at("84.99", "")
        .every(Yearly),
    card("Slack", "SLACK", "SLACK T{A10}")
        .at("8.75", "9.25")
        .business(),
    card("Notion", "NOTION", "NOTION LABS, INC.").at("10.00", "12.00"),
    card("GitHub", "GITHUB", "GITHUB, INC.").at("4.00", ""),
    card("Zoom", "ZOOM.US", "ZOOM.US 888-799-9666")
        .at("15.99", "")
        .business(),
    card("ChatGPT", "CHATGPT", "OPENAI *CHATGPT SUBSCR").at("20.00", ""),
    card("Claude", "CLAUDE.AI", "CLAUDE.AI SUBSCRIPTION")
        .at("20.00", "")
        .renamed("ANTHROPIC"),
    card("X Premium", "TWITTER", "TWITTER BLUE")
        .at("8.00", "")
        .renamed("X CORP. PAID FEATURES"),
    card("Max", "HBO MAX", "HBO MAX")
        .at("15.99", "")
        .renamed("MAX.COM"),
    card("Dropbox", "DROPBOX", "DROPBOX*{A11}").at("11.99", ""),
    card("Canva", "CANVA", "CANVA* {D11}").at("12.99", "14.99"),
    card("LinkedIn Premium", "LINKEDIN", "LINKEDIN PRE {D10}")
        .at("39.99", "")
        .business(),
    card("Figma", "FIGMA", "FIGMA MONTHLY RENEWAL")
        .at("15.00", "")
        .business(),
    card("Audible", "AUDIBLE", "AUDIBLE*{A6}").at("14.95", ""),
    card("PlayStation Plus", "PLAYSTATION", "PLAYSTATION NETWORK").at("9.99", "10.99"),
    card("Fly.io", "FLY.IO", "FLY.IO").at("40.00", "").usage(),
    card("DigitalOcean", "DIGITALOCEAN", "DIGITALOCEAN.COM")
        .at("24.00", "")
        .usage(),
    card("AWS", "AWS", "Amazon web services aws.amazon.co WA")
        .at("60.00", "")
        .usage(),
    card("Hetzner", "HETZNER", "HETZNER ONLINE GMBH")
        .at("30.00", "")
        .usage(),
    card("MongoDB", "MONGODB", "MONGODB CLOUD")
        .at("57.00", "")
        .usage(),
    debit("State Farm", "STATE FARM RO 27", "SFPP AUTOPAY {D9}")
        .at("142.37", "151.20")
        .only(&[Us]),
    debit("T-Mobile", "T-MOBILE", "PCS SVC AUTOPAY {D8}")
        .at("70.00", "75.00")
        .only(&[Us]),
    debit("Virgin Media", "VIRGIN MEDIA", "VIRGIN MEDIA PYMTS {CUST}")
        .at("52.00", "55.50")
        .only(&[Uk]),
    debit("TV Licence", "TV LICENCE MBP", "TV LICENCE {CUST}")
        .at("13.25", "14.12")
        .only(&[Uk]),
    debit("PureGym", "PUREGYM LTD", "PUREGYM MEMBERSHIP {CUST}")
        .at("24.99", "")
        .only(&[Uk]),
    debit(
        "Vodafone",
        "Vodafone GmbH",
        "Kundennr. {CUST} Rechnung {D10} ",
    )
    .at("39.99", "44.99")
    .key("Vodafone")
    .only(&[De]),
    debit(
        "Telekom",
        "Telekom Deutschland GmbH",
        "Festnetz Vertragskonto {CUST} RG {D10}/{PERIOD}",
    )
    .at("44.95", "")
    .key("Telekom")
    .only(&[De]),
    debit(
        "Rundfunkbeitrag",
        "Rundfunk ARD, ZDF, DRadio",
        "Beitragsnr. {CUST} Rundfunkbeitrag {PERIOD}",
    )
    .at("55.08", "")
    .every(Quarterly)
    .key("Rundfunk")
    .only(&[De]),
    debit(
        "McFit",
        "RSG Group GmbH",
        "McFit Mitgliedsbeitrag {PERIOD} Mitgliedsnr {CUST}",
    )
    .at("24.90", "29.90")
    .key("McFit")
    .only(&[De]),
    debit(
        "Allianz",
        "Allianz Versicherungs-AG",
        "Hausratversicherung VS-Nr {CUST} Beitrag {PERIOD}",
    )
    .at("89.40", "")
    .every(Yearly)
    .key("Allianz")
    .only(&[De]),
    debit(
        "Spiegel",
        "SPIEGEL-Verlag Rudolf Augstein GmbH & Co. KG",
        "SPIEGEL+ Abo {CUST}",
    )
    .at("19.99", "")
    .key("SPIEGEL")
    .only(&[De]),
    debit(
        "Süddeutsche Zeitung",
        "Süddeutsche Zeitung GmbH",
        "SZ Plus Digitalabo Kd-Nr. {CUST} Zeitraum {PERIOD}",
    )
    .at("14.99", "")
    .key("Süddeutsche")
    .only(&[De]),
    debit(
        "Ziggo",
        "Ziggo Services BV",
        "Incasso Ziggo klantnr {CUST} factuur {D9}",
    )
    .at("56.25", "58.75")
    .key("Ziggo")
    .only(&[Nl]),
    debit(
        "VGZ",
        "VGZ Zorgverzekeraar NV",
        "Premie zorgverzekering {PERIOD} Polisnr {CUST}",
    )
    .at("138.40", "")
    .key("VGZ")
    .only(&[Nl]),
    debit("KPN", "KPN B.V.", "KPN factuur {D10} klantnr {CUST}")
        .at("35.00", "")
        .key("KPN")
        .only(&[Nl]),
    debit(
        "Basic-Fit",
        "Basic-Fit Nederland B.V.",
        "Lidmaatschap Basic-Fit {PERIOD}",
    )
    .at("29.99", "")
    .every(EveryDays(28))
    .key("Basic-Fit")
    .only(&[Nl]),
    debit(
        "Free Mobile",
        "FREE MOBILE",
        "Forfait Free {PERIOD} RUM {MANDATE}",
    )
    .at("19.99", "")
    .only(&[Fr]),
    debit("Canal+", "GROUPE CANAL+ SA", "Abonnement CANAL+ {PERIOD}")
        .at("25.99", "27.99")
        .key("CANAL+")
        .only(&[Fr]),
    debit("Orange", "Orange SA", "Facture Orange {D10}")
        .at("42.99", "")
        .key("Orange")
        .only(&[Fr]),
    debit("MAIF", "MAIF", "Cotisation auto {PERIOD} Sociétaire {CUST}")
        .at("96.00", "")
        .every(Quarterly)
        .only(&[Fr]),
    debit(
        "Movistar",
        "TELEFONICA DE ESPAÑA SAU",
        "RECIBO MOVISTAR FUSION Nº {D9} {PERIOD}",
    )
    .at("85.00", "89.00")
    .key("MOVISTAR")
    .only(&[Es]),
    debit(
        "Mapfre",
        "MAPFRE ESPAÑA",
        "RECIBO SEGURO HOGAR POLIZA {CUST}",
    )
    .at("210.00", "")
    .every(Yearly)
    .key("MAPFRE")
    .only(&[Es]),
    debit("Altafit", "ALTAFIT GYM CLUB", "CUOTA MENSUAL {PERIOD}")
        .at("29.90", "")
        .key("ALTAFIT")
        .only(&[Es]),
    debit(
        "MEO",
        "MEO - SERVICOS DE COMUNICACOES",
        "DD MEO Fatura {D9} Ref {CUST}",
    )
    .at("52.99", "54.99")
    .key("MEO")
    .only(&[Pt]),
    debit(
        "Fidelidade",
        "FIDELIDADE - COMPANHIA DE SEGUROS",
        "Seguro Casa Apólice {CUST} {PERIOD}",
    )
    .at("61.20", "")
    .every(Quarterly)
    .key("FIDELIDADE")
    .only(&[Pt]),
    debit("Fitness Hut", "FITNESS HUT", "Quota mensal {PERIOD}")
        .at("27.90", "")
        .only(&[Pt]),
];

/// One hard case a plan carries, at its k-th slot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Twist {
    /// From slot k on, a new price.
    Raise(u32, Decimal),
    Miss(u32),
    /// Slots k..k+n have no charge.
    Pause(u32, u32),
    /// From slot k on, the merchant's new descriptor.
    Rename(u32),
    /// Slot k is charged twice.
    Duplicate(u32),
    /// Slot k is charged 5–8 days after its due date.
    Late(u32),
    /// No slot after k.
    End(u32),
}

impl Twist {
    pub fn name(&self) -> String {
        match self {
            Twist::Raise(k, _) => format!("price_change@{k}"),
            Twist::Miss(k) => format!("miss@{k}"),
            Twist::Pause(k, n) => format!("pause@{k}+{n}"),
            Twist::Rename(k) => format!("rename@{k}"),
            Twist::Duplicate(k) => format!("duplicate@{k}"),
            Twist::Late(k) => format!("late@{k}"),
            Twist::End(k) => format!("ended@{k}"),
        }
    }
}

/// A true subscription's schedule on this statement.
#[derive(Clone, Debug)]
pub struct Plan {
    pub merchant: Merchant,
    pub cadence: Cadence,
    /// The day of month month-based cadences charge on.
    pub day: u32,
    pub first: NaiveDate,
    pub price: Decimal,
    pub twists: Vec<Twist>,
    pub labels: Vec<String>,
    pub mandate: String,
    pub creditor: String,
    pub customer: String,
    /// The user tracks it (reconcile's declared subscriptions).
    pub declared: bool,
    /// Its index in the truth's series, once charged.
    pub series: usize,
}

impl Plan {
    /// How many slots fall inside the statement.
    pub fn slots(&self, end: NaiveDate) -> u32 {
        let mut k = 0;
        while k < 10_000 && self.cadence.slot(self.first, self.day, k) <= end {
            k += 1;
        }
        k
    }

    pub fn slot(&self, k: u32) -> NaiveDate {
        self.cadence.slot(self.first, self.day, k)
    }

    fn price_at(&self, k: u32) -> Decimal {
        let mut price = self.price;
        for t in &self.twists {
            if let Twist::Raise(at, p) = t
                && *at <= k
            {
                price = *p;
            }
        }
        price
    }

    fn skipped(&self, k: u32) -> bool {
        self.twists.iter().any(|t| match t {
            Twist::Miss(at) => *at == k,
            Twist::Pause(at, n) => *at <= k && k < at + n,
            _ => false,
        })
    }

    fn ended(&self, k: u32) -> bool {
        self.twists
            .iter()
            .any(|t| matches!(t, Twist::End(at) if k > *at))
    }

    pub fn renamed(&self, k: u32) -> bool {
        self.twists
            .iter()
            .any(|t| matches!(t, Twist::Rename(at) if k >= *at))
    }

    fn has(&self, twist: &Twist) -> bool {
        self.twists.contains(twist)
    }
}

fn decimal(text: &str) -> Decimal {
    text.parse().unwrap_or(Decimal::ONE)
}

/// Chooses 10–30 merchants for the account and gives them schedules and the
/// hard cases, each at least once when the statement is long enough.
pub fn plans(rng: &mut Rng, account: &Account) -> Vec<Plan> {
    let mut pool: Vec<Merchant> = MERCHANTS
        .iter()
        .copied()
        .filter(|m| m.locales.is_empty() || m.locales.contains(&account.locale))
        .filter(|m| account.business || !m.business)
        .collect();
    rng.shuffle(&mut pool);
    // The hard cases need their merchants: a rename, two plans, a usage bill.
    let (mut pool, rest): (Vec<Merchant>, Vec<Merchant>) = pool.into_iter().partition(|m| {
        let needed = !m.rename.is_empty() || !m.second.is_empty() || m.usage;
        needed && rng.chance(60)
    });
    pool.extend(rest);
    let count = (rng.range(10, 30) as usize).min(pool.len());
    let mut plans: Vec<Plan> = pool
        .iter()
        .take(count)
        .map(|m| plan(rng, account, *m))
        .collect();
    let seconds: Vec<Plan> = plans
        .iter()
        .filter(|p| !p.merchant.second.is_empty())
        .map(|p| second_plan(rng, account, p))
        .collect();
    plans.extend(seconds);
    if let Some(p) = yearly_twice(rng, account, &pool[count.min(pool.len())..]) {
        plans.push(p);
    }
    twist(rng, account, &mut plans);
    declare(rng, account, &mut plans);
    plans
}

fn plan(rng: &mut Rng, account: &Account, merchant: Merchant) -> Plan {
    let cadence = merchant.cadence;
    let months = month_count(account);
    // Most series run from the start; some start part way through.
    let first = if rng.chance(20) && months > 6 {
        super::add_months(
            account.start,
            rng.range(2, i64::from(months) * 3 / 5) as i32,
        ) + Duration::days(rng.range(0, 27))
    } else {
        let spread = cadence.days().min(28);
        account.start + Duration::days(rng.range(0, spread - 1))
    };
    Plan {
        merchant,
        cadence,
        day: first.day(),
        first,
        price: decimal(merchant.price),
        twists: Vec::new(),
        labels: Vec::new(),
        mandate: format!("{}{}", rng.alnum(3), rng.digits(9)),
        creditor: format!("DE{}ZZZ{}", rng.digits(2), rng.digits(11)),
        customer: rng.digits(8),
        declared: false,
        series: 0,
    }
}

fn month_count(account: &Account) -> u32 {
    let a = account.start;
    let b = account.end;
    ((b.year() - a.year()) * 12 + b.month() as i32 - a.month() as i32 + 1).max(1) as u32
}

/// The same merchant's other plan: same descriptor and cadence, its own price
/// and day.
fn second_plan(rng: &mut Rng, account: &Account, first: &Plan) -> Plan {
    let mut p = plan(rng, account, first.merchant);
    p.price = decimal(first.merchant.second);
    p.merchant.raise = "";
    p.labels.push("two_plans".into());
    p
}

/// A yearly plan charged exactly twice: its first slot 12 + r months before
/// the statement's last month.
fn yearly_twice(rng: &mut Rng, account: &Account, rest: &[Merchant]) -> Option<Plan> {
    let months = month_count(account);
    let merchant = rest.iter().find(|m| m.cadence == Yearly && !m.usage)?;
    if months < 13 {
        return None;
    }
    let r = rng.range(0, i64::from(months.min(22) - 13)) as i32;
    let last_month = super::add_months(account.start, months as i32 - 1);
    let first = super::add_months(last_month, -(12 + r)) + Duration::days(rng.range(0, 20));
    let mut p = plan(rng, account, *merchant);
    p.first = first;
    p.day = first.day();
    p.labels.push("yearly_twice".into());
    Some(p)
}

/// A plan free for one more hard case: monthly, running from the start, no
/// twist yet, not usage-billed.
fn free(plans: &[Plan], account: &Account, min_slots: u32) -> Vec<usize> {
    plans
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.cadence == Monthly
                && !p.merchant.usage
                && p.twists.is_empty()
                && p.labels.is_empty()
                && p.slots(account.end) >= min_slots
        })
        .map(|(i, _)| i)
        .collect()
}

fn twist(rng: &mut Rng, account: &Account, plans: &mut [Plan]) {
    let months = month_count(account);
    if let Some(i) = plans.iter().position(|p| !p.merchant.rename.is_empty()) {
        let n = plans[i].slots(account.end);
        if n >= 6 {
            let k = rng.range(i64::from(n / 3), i64::from(n * 2 / 3)) as u32;
            plans[i].twists.push(Twist::Rename(k));
            plans[i].labels.push("rename".into());
        }
    }
    for (label, min_slots) in [
        ("month_end", 3),
        ("miss", 6),
        ("pause", 12),
        ("duplicate", 4),
        ("ended", 9),
    ] {
        let choices = free(plans, account, min_slots);
        if choices.is_empty() {
            continue;
        }
        let i = choices[rng.below(choices.len() as u64) as usize];
        let n = plans[i].slots(account.end);
        let k = rng.range(2, i64::from(n) - 4).max(1) as u32;
        match label {
            "month_end" => month_end(rng, &mut plans[i]),
            "miss" => plans[i].twists.push(Twist::Miss(k)),
            "pause" => plans[i]
                .twists
                .push(Twist::Pause(k.min(n - 8), rng.range(3, 5) as u32)),
            "duplicate" => plans[i].twists.push(Twist::Duplicate(k)),
            _ => plans[i]
                .twists
                .push(Twist::End(rng.range(4, i64::from(n) - 4) as u32)),
        }
        plans[i].labels.push(label.into());
    }
    raises(rng, account, plans);
    if months >= 6 {
        window(rng, account, plans);
    }
}

fn month_end(rng: &mut Rng, plan: &mut Plan) {
    plan.day = rng.range(29, 31) as u32;
    plan.first = super::on_day(plan.first.year(), plan.first.month(), plan.day);
}

/// Price increases: about a third of the plans that have a higher price,
/// in the middle of the statement, with at least two charges at the new one.
fn raises(rng: &mut Rng, account: &Account, plans: &mut [Plan]) {
    let mut done = false;
    for p in plans.iter_mut() {
        let n = p.slots(account.end);
        if p.merchant.raise.is_empty() || n < 6 || p.merchant.usage {
            continue;
        }
        if !done || rng.chance(30) {
            let k = rng.range(i64::from(n / 3), i64::from(n - 3)) as u32;
            p.twists.push(Twist::Raise(k, decimal(p.merchant.raise)));
            p.labels.push("price_change".into());
            done = true;
        }
    }
}

/// The hard cases for reconcile, in the last slot due 10 or more days before
/// the statement's end (so a late charge still lands inside it).
fn window(rng: &mut Rng, account: &Account, plans: &mut [Plan]) {
    let cases = [
        "window_late",
        "window_missed",
        "window_duplicate",
        "window_price_change",
        "window_rename",
    ];
    for case in cases {
        // Any monthly plan that still runs will do, even one with a hard
        // case earlier on; one reconcile case each.
        let choices: Vec<usize> = plans
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.cadence == Monthly
                    && !p.merchant.usage
                    && !p
                        .labels
                        .iter()
                        .any(|l| l.starts_with("window") || l == "ended" || l == "yearly_twice")
                    && p.slots(account.end) >= 5
                    && !(case == "window_rename" && p.labels.iter().any(|l| l == "rename"))
            })
            .map(|(i, _)| i)
            .collect();
        if choices.is_empty() {
            return;
        }
        let i = choices[rng.below(choices.len() as u64) as usize];
        let p = &mut plans[i];
        let n = p.slots(account.end - Duration::days(10));
        let k = n.saturating_sub(1);
        let t = match case {
            "window_late" => Twist::Late(k),
            "window_missed" => Twist::Miss(k),
            "window_duplicate" => Twist::Duplicate(k),
            "window_price_change" => {
                Twist::Raise(k, p.price + Decimal::new(rng.range(100, 300), 2))
            }
            _ => Twist::Rename(k),
        };
        if case == "window_rename" && p.merchant.rename.is_empty() {
            p.merchant.rename = "{NEWNAME}";
        }
        p.twists.push(t);
        p.labels.push(case.into());
        p.declared = true;
    }
}

/// The subscriptions a user typed in: every plan with a reconcile case and
/// about half of the other plans that still run and are not usage-billed.
fn declare(rng: &mut Rng, account: &Account, plans: &mut [Plan]) {
    for p in plans.iter_mut() {
        let runs = !p.twists.iter().any(|t| matches!(t, Twist::End(_)));
        let eligible = runs
            && !p.merchant.usage
            && !p.labels.iter().any(|l| l == "yearly_twice")
            && p.slots(account.end) >= 3
            && p.cadence.months().unwrap_or(1) <= 3;
        if eligible && rng.chance(50) {
            p.declared = true;
        }
    }
}

/// Books a plan's charges; returns its series.
pub fn charge(rng: &mut Rng, book: &mut Book, plan: &mut Plan) {
    let series = book.series(plan.merchant.name, "subscription", Some(plan.cadence));
    plan.series = series;
    if let Some(s) = book.series.get_mut(series) {
        s.twists = plan.labels.clone();
        if plan.merchant.usage {
            s.twists.push("usage".into());
        }
    }
    let n = plan.slots(book.end);
    for k in 0..n {
        if plan.ended(k) {
            break;
        }
        if plan.skipped(k) {
            continue;
        }
        let slot = plan.slot(k);
        let date = post(rng, plan, slot, k);
        let amount = if plan.merchant.usage {
            let cents = (plan.price * Decimal::from(100))
                .trunc()
                .to_string()
                .parse::<i64>()
                .unwrap_or(1_000);
            rng.cents(cents / 2, cents * 8 / 5)
        } else {
            plan.price_at(k)
        };
        let mut r = charge_row(rng, plan, k, date, amount.round_dp(2));
        r.series = Some(series);
        r.slot = Some(slot);
        r.value_date = if plan.merchant.kind == Kind::Card {
            slot.min(date)
        } else {
            date
        };
        if plan.has(&Twist::Duplicate(k)) {
            let mut again = r.clone();
            again.date = date + Duration::days(rng.range(0, 1));
            book.push(again);
        }
        book.push(r);
    }
}

fn post(rng: &mut Rng, plan: &Plan, slot: NaiveDate, k: u32) -> NaiveDate {
    if plan.has(&Twist::Late(k)) {
        return slot + Duration::days(rng.range(5, 8));
    }
    if plan.merchant.kind == Kind::Card {
        // Card charges post 0–3 days after the renewal (0–1 for weekly ones,
        // whose period leaves less room).
        let jitter = if plan.cadence.months().is_some() {
            3
        } else {
            1
        };
        slot + Duration::days(rng.range(0, jitter))
    } else {
        business_day(slot)
    }
}

fn charge_row(rng: &mut Rng, plan: &Plan, k: u32, date: NaiveDate, amount: Decimal) -> super::Row {
    let m = &plan.merchant;
    let payee = if plan.renamed(k) { m.rename } else { m.payee };
    let payee = expand(rng, plan, payee, date);
    let mut memo = expand(rng, plan, m.memo, date);
    let mut r = row(date, -amount, payee, String::new(), m.kind);
    if m.kind == Kind::DirectDebit {
        if matches!(plan.merchant.locales.first(), Some(De | Nl | Fr | Es | Pt)) {
            memo = format!("{} {}", memo.trim_end(), expand(rng, plan, SEPA, date));
            r.mandate = Some(plan.mandate.clone());
            r.creditor = Some(plan.creditor.clone());
        } else {
            r.mandate = Some(plan.customer.clone());
        }
    }
    r.memo = memo;
    r
}

/// Fills a descriptor template (see `Merchant`).
pub fn expand(rng: &mut Rng, plan: &Plan, template: &str, date: NaiveDate) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let tag = &after[..close];
        let n = tag
            .get(1..)
            .and_then(|d| d.parse::<usize>().ok())
            .unwrap_or(0);
        match tag {
            "MANDATE" => out.push_str(&plan.mandate),
            "CRED" => out.push_str(&plan.creditor),
            "CUST" => out.push_str(&plan.customer),
            "PERIOD" => out.push_str(&date.format("%m.%Y").to_string()),
            // A new legal entity's name that shares nothing with the old one.
            "NEWNAME" => out.push_str("DIGITAL MEDIA SUBSCR"),
            t if t.starts_with('A') => out.push_str(&rng.alnum(n)),
            t if t.starts_with('D') => out.push_str(&rng.digits(n)),
            other => out.push_str(other),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}
