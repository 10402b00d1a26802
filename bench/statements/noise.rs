//! What must NOT be proposed: habits (coffee, groceries, fuel, restaurants,
//! marketplace buys, rides, ads spend), rent as a standing transfer, salary,
//! savings transfers, card payoffs, tax payments (quarterly estimated tax),
//! ATM withdrawals, refunds and one-off purchases. Each habit or transfer is
//! a series of its own in the truth (`subscription: false`), so a candidate
//! built from it counts as a false positive; one-offs belong to no series.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use rust_decimal::Decimal;

use super::{Account, Book, Kind, Locale, Rng, business_day, on_day, row};

const COFFEE: &[&str] = &[
    "STARBUCKS STORE 0{D4}",
    "SQ *BLUE BOTTLE COFFEE",
    "TST* DEVOCION",
    "BACKWERK SAGT DANKE",
    "COFFEE FELLOWS {D4}",
    "PRET A MANGER {D4}",
];
const GROCERIES: &[&str] = &[
    "WHOLEFDS MKT 10{D3}",
    "TRADER JOE S #{D3}",
    "SAFEWAY #{D4}",
    "REWE SAGT DANKE {D8}",
    "ALBERT HEIJN {D4}",
    "CARREFOUR CITY {D3}",
    "MERCADONA {D4}",
    "PINGO DOCE {D4}",
    "TESCO STORES {D4}",
    "LIDL DIENSTL. {D4}",
];
const FUEL: &[&str] = &[
    "SHELL OIL 57{D6}",
    "CHEVRON 00{D5}",
    "ARAL STATION {D6}",
    "BP {D7}",
];
const RESTAURANTS: &[&str] = &[
    "SQ *TACOS EL GORDO",
    "TST* THE LOCAL KITCHEN",
    "CHIPOTLE {D4}",
    "PIZZERIA NAPOLI",
    "SUSHI KOI",
    "DOORDASH*BURGER BARN",
    "UBER *EATS {A8}",
    "WAGAMAMA {D3}",
    "LE PETIT BISTRO",
    "BRASSERIE DU PARC",
    "RESTAURANTE CASA PACO",
    "TASCA DO CHICO",
];
const ONE_OFFS: &[&str] = &[
    "HOME DEPOT #{D4}",
    "IKEA {D4}",
    "BEST BUY 00{D4}",
    "TARGET 000{D5}",
    "ZARA {D4}",
    "DECATHLON {D4}",
    "MEDIAMARKT {D4}",
    "ETSY.COM*{A8}",
    "EVENTBRITE*{A8}",
    "DELTA AIR {D10}",
    "AIRBNB * {A10}",
    "BOOKING.COM HOTEL {D8}",
    "APOTHEKE AM MARKT",
    "CVS/PHARMACY #{D5}",
    "FNAC {D4}",
    "EL CORTE INGLES {D4}",
    "WORTEN {D4}",
    "HEMA {D4}",
];

/// Every habit and transfer an account has, over the whole statement.
pub fn everyday(rng: &mut Rng, book: &mut Book, account: &Account) {
    let scale = if account.business { 2 } else { 1 };
    for _ in 0..rng.range(1, 2) {
        coffee(rng, book);
    }
    groceries(rng, book);
    let fuel = *rng.pick(FUEL);
    every_few_days(rng, book, "fuel", fuel, (6, 14), (3_500, 9_000));
    for _ in 0..scale {
        per_week(
            rng,
            book,
            "restaurants",
            RESTAURANTS,
            (1, 3),
            (1_500, 12_000),
        );
        every_few_days(
            rng,
            book,
            "marketplace",
            "AMZN Mktp US*{A9}",
            (3, 12),
            (899, 15_999),
        );
        every_few_days(
            rng,
            book,
            "rides",
            "UBER   *TRIP {A5}",
            (4, 15),
            (800, 4_500),
        );
    }
    atm(rng, book);
    rent(rng, book, account);
    salary(rng, book, account);
    savings(rng, book, account);
    payoff(rng, book, account);
    tax(rng, book, account);
    refunds(rng, book);
    one_offs(rng, book, 5);
    if account.business {
        ads(rng, book);
    }
}

/// Everyday purchases until the statement has about `target` rows (a busy
/// account): more restaurants, marketplace buys and one-offs.
pub fn fill(rng: &mut Rng, book: &mut Book, account: &Account, target: usize) {
    let days = (account.end - account.start).num_days().max(1);
    let busy = book.series("Busy purchases", "busy", None);
    let mut guard = 0usize;
    while book.rows.len() < target && guard < target.saturating_mul(4) {
        guard += 1;
        let date = account.start + Duration::days(rng.range(0, days));
        let (template, lo, hi) = match rng.below(4) {
            0 => (*rng.pick(RESTAURANTS), 1_200, 9_000),
            1 => ("AMZN Mktp US*{A9}", 500, 20_000),
            2 => (*rng.pick(COFFEE), 300, 900),
            _ => (*rng.pick(ONE_OFFS), 1_000, 60_000),
        };
        let mut r = row(
            date,
            -rng.cents(lo, hi),
            fill_in(rng, template),
            String::new(),
            Kind::Card,
        );
        r.series = Some(busy);
        book.push(r);
    }
}

/// `{D4}`/`{A8}` in a noise descriptor (store numbers, references).
fn fill_in(rng: &mut Rng, template: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let tag = &after[..close];
        let n = tag
            .get(1..)
            .and_then(|d| d.parse::<usize>().ok())
            .unwrap_or(0);
        if tag.starts_with('A') {
            out.push_str(&rng.alnum(n));
        } else {
            out.push_str(&rng.digits(n));
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

fn days(book: &Book) -> impl Iterator<Item = NaiveDate> + use<> {
    let (start, end) = (book.start, book.end);
    (0..=(end - start).num_days()).map(move |d| start + Duration::days(d))
}

/// A shop visited 2–4 times a week at near-constant prices: the habit most
/// like a weekly subscription.
fn coffee(rng: &mut Rng, book: &mut Book) {
    let name = {
        let t = *rng.pick(COFFEE);
        fill_in(rng, t)
    };
    let series = book.series(&name, "coffee", None);
    let menu: Vec<Decimal> = (0..4).map(|_| rng.cents(325, 725)).collect();
    for day in days(book) {
        if rng.chance(45) {
            let amount = *rng.pick(&menu);
            push(book, series, day, -amount, name.clone(), Kind::Card);
        }
    }
}

fn groceries(rng: &mut Rng, book: &mut Book) {
    let count = rng.range(2, 3) as usize;
    let shops: Vec<(String, usize)> = (0..count)
        .map(|_| {
            let name = {
                let t = *rng.pick(GROCERIES);
                fill_in(rng, t)
            };
            let s = book.series(&name, "groceries", None);
            (name, s)
        })
        .collect();
    let mut day = book.start + Duration::days(rng.range(0, 4));
    while day <= book.end {
        let (name, s) = rng.pick(&shops).clone();
        let amount = rng.cents(2_500, 18_000);
        push(book, s, day, -amount, name, Kind::Card);
        day += Duration::days(rng.range(4, 9));
    }
}

fn every_few_days(
    rng: &mut Rng,
    book: &mut Book,
    role: &str,
    template: &str,
    gap: (i64, i64),
    cents: (i64, i64),
) {
    let fixed = fill_in(rng, template);
    let series = book.series(&fixed, role, None);
    let mut day = book.start + Duration::days(rng.range(0, gap.1));
    while day <= book.end {
        // Marketplace and ride descriptors carry a new reference every time.
        let name = if template.contains("{A") {
            fill_in(rng, template)
        } else {
            fixed.clone()
        };
        let amount = rng.cents(cents.0, cents.1);
        push(book, series, day, -amount, name, Kind::Card);
        day += Duration::days(rng.range(gap.0, gap.1));
    }
}

fn per_week(
    rng: &mut Rng,
    book: &mut Book,
    role: &str,
    pool: &[&str],
    count: (i64, i64),
    cents: (i64, i64),
) {
    let names: Vec<(String, usize)> = pool
        .iter()
        .map(|t| {
            let name = fill_in(rng, t);
            let s = book.series(&name, role, None);
            (name, s)
        })
        .collect();
    let mut week = book.start;
    while week <= book.end {
        for _ in 0..rng.range(count.0, count.1) {
            let (name, s) = rng.pick(&names).clone();
            let day = week + Duration::days(rng.range(0, 6));
            push(book, s, day, -rng.cents(cents.0, cents.1), name, Kind::Card);
        }
        week += Duration::days(7);
    }
}

fn push(
    book: &mut Book,
    series: usize,
    date: NaiveDate,
    amount: Decimal,
    payee: String,
    kind: Kind,
) {
    let mut r = row(date, amount, payee, String::new(), kind);
    r.series = Some(series);
    book.push(r);
}

fn push_memo(
    book: &mut Book,
    series: usize,
    date: NaiveDate,
    amount: Decimal,
    texts: (String, String),
    kind: Kind,
) {
    let mut r = row(date, amount, texts.0, texts.1, kind);
    r.series = Some(series);
    book.push(r);
}

fn atm(rng: &mut Rng, book: &mut Book) {
    let series = book.series("ATM", "atm", None);
    for day in days(book) {
        if rng.chance(6) {
            let amount = Decimal::from(*rng.pick(&[40, 60, 100, 200]));
            let name = format!(
                "ATM WITHDRAWAL {} {}",
                rng.digits(6),
                rng.pick(&["MAIN ST", "CENTRAL STN", "MARKTPLATZ"])
            );
            push(book, series, day, -amount, name, Kind::Atm);
        }
    }
}

/// `day` of every month of the statement.
fn monthly(book: &Book, day: u32) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut d = on_day(book.start.year(), book.start.month(), day);
    while d <= book.end {
        out.push(d);
        d = super::add_months(on_day(d.year(), d.month(), 1), 1);
        d = on_day(d.year(), d.month(), day);
    }
    out
}

/// Rent as a standing order on the 1st: fixed amount, monthly, and still not
/// a subscription (a transfer to a person or a landlord).
fn rent(rng: &mut Rng, book: &mut Book, account: &Account) {
    let (payee, memo) = match account.locale {
        Locale::Us => (
            "ONLINE TRANSFER TO PARKSIDE PROPERTY MGMT",
            "RENT REF #IB0{D7}",
        ),
        Locale::Uk => ("H J LANDLORD LTD", "STANDING ORDER TRANSFER RENT FLAT 2"),
        Locale::De => (
            "Hausverwaltung Brandt",
            "DAUERAUFTRAG UEBERWEISUNG Miete Whg 3 OG links",
        ),
        Locale::Nl => ("Woonstichting De Key", "OVERBOEKING huur {D6}"),
        Locale::Fr => ("SCI LES TILLEULS", "VIREMENT PERMANENT loyer appartement"),
        Locale::Es => (
            "INMOBILIARIA SOL SL",
            "TRANSFERENCIA PERIODICA alquiler piso",
        ),
        Locale::Pt => ("IMOBILIARIA LISBOA LDA", "TRANSFERENCIA renda casa"),
    };
    let role = if account.business {
        "office rent"
    } else {
        "rent"
    };
    let series = book.series(payee, role, None);
    let mut amount = Decimal::from(rng.range(9, 24) * 100);
    for (i, due) in monthly(book, 1).into_iter().enumerate() {
        if i > 0 && i % 12 == 0 && rng.chance(50) {
            amount += Decimal::from(rng.range(2, 8) * 10);
        }
        let texts = (payee.to_string(), fill_in(rng, memo));
        push_memo(
            book,
            series,
            business_day(due),
            -amount,
            texts,
            Kind::StandingOrder,
        );
    }
}

fn salary(rng: &mut Rng, book: &mut Book, account: &Account) {
    let payee = if account.business {
        "CLIENT PAYMENT ACME CORP"
    } else {
        "ACME CORP PAYROLL"
    };
    let series = book.series(payee, "salary", None);
    // Income covers the spending, so balances stay plausible.
    let base = rng.range(500_000, 900_000) * if account.business { 3 } else { 1 };
    for due in monthly(book, 25) {
        let amount = Decimal::new(base + rng.range(-3_000, 3_000), 2);
        let memo = format!("SALARY {}", due.format("%m/%Y"));
        push_memo(
            book,
            series,
            business_day(due),
            amount,
            (payee.into(), memo),
            Kind::Salary,
        );
    }
}

/// A fixed monthly transfer to the holder's own savings account.
fn savings(rng: &mut Rng, book: &mut Book, account: &Account) {
    let payee = match account.locale {
        Locale::De => "Umbuchung Tagesgeld UEBERWEISUNG",
        Locale::Nl => "OVERBOEKING naar Oranje Spaarrekening",
        Locale::Fr => "VIREMENT VERS LIVRET A",
        Locale::Es | Locale::Pt => "TRANSFERENCIA A CUENTA AHORRO",
        Locale::Us | Locale::Uk => "TRANSFER TO SAVINGS XXXXXX4821",
    };
    let series = book.series(payee, "savings", None);
    let amount = Decimal::from(rng.range(2, 10) * 50);
    for due in monthly(book, 26) {
        push(
            book,
            series,
            business_day(due),
            -amount,
            payee.into(),
            Kind::Transfer,
        );
    }
}

/// The credit card bill, paid in full every month: varying amounts.
fn payoff(rng: &mut Rng, book: &mut Book, account: &Account) {
    let payee = match account.locale {
        Locale::Us => "CHASE CREDIT CRD AUTOPAY {D6}",
        Locale::Uk => "AMEX EPAYMENT ACH PMT {A5}",
        _ => "CREDIT CARD PAYMENT VISA {D6}",
    };
    let series = book.series(payee, "card payoff", None);
    for due in monthly(book, 20) {
        let name = fill_in(rng, payee);
        push(
            book,
            series,
            business_day(due),
            -rng.cents(20_000, 250_000),
            name,
            Kind::Payoff,
        );
    }
}

/// Tax as each country's calendar has it: quarterly estimated tax (fixed
/// or varying), or monthly provisional payments.
fn tax(rng: &mut Rng, book: &mut Book, account: &Account) {
    let (payee, dates): (&str, &[(u32, u32)]) = match account.locale {
        Locale::Us => (
            "IRS USATAXPYMT {D15}",
            &[(1, 15), (4, 15), (6, 15), (9, 15)],
        ),
        Locale::Uk => ("HMRC SELF ASSESSMENT {D10}", &[(1, 31), (7, 31)]),
        Locale::De => (
            "FINANZAMT BERLIN ESt-VZ",
            &[(3, 10), (6, 10), (9, 10), (12, 10)],
        ),
        Locale::Es => (
            "AEAT AGENCIA TRIBUTARIA MODELO 130",
            &[(1, 20), (4, 20), (7, 20), (10, 20)],
        ),
        Locale::Pt => (
            "AUTORIDADE TRIBUTARIA IRS PAGAMENTO",
            &[(3, 20), (6, 20), (9, 20), (12, 20)],
        ),
        Locale::Nl | Locale::Fr => ("", &[]),
    };
    let fixed = rng.cents(60_000, 240_000);
    if !payee.is_empty() {
        let series = book.series(payee, "tax", None);
        let varying = account.locale == Locale::Us || account.locale == Locale::Es;
        for due in months_of(book) {
            if let Some((_, day)) = dates.iter().find(|(m, _)| *m == due.month()) {
                let amount = if varying {
                    rng.cents(150_000, 420_000)
                } else {
                    fixed
                };
                let date = business_day(on_day(due.year(), due.month(), *day));
                push(book, series, date, -amount, fill_in(rng, payee), Kind::Tax);
            }
        }
        return;
    }
    // The Dutch and French tax offices take a fixed amount every month.
    let payee = if account.locale == Locale::Nl {
        "BELASTINGDIENST VOORLOPIGE AANSLAG {D12}"
    } else {
        "DGFIP IMPOT PRELEVEMENT A LA SOURCE {D10}"
    };
    let series = book.series(payee, "tax", None);
    let amount = rng.cents(20_000, 90_000);
    for due in monthly(book, 28) {
        push(
            book,
            series,
            business_day(due),
            -amount,
            fill_in(rng, payee),
            Kind::Tax,
        );
    }
}

fn months_of(book: &Book) -> Vec<NaiveDate> {
    monthly(book, 1)
}

/// Credits back from shops and from subscription merchants: money in, never
/// a charge of a series.
fn refunds(rng: &mut Rng, book: &mut Book) {
    let series = book.series("Refunds", "refunds", None);
    for day in days(book) {
        if rng.chance(2) {
            let t = *rng.pick(ONE_OFFS);
            let name = format!("REFUND {}", fill_in(rng, t));
            push(
                book,
                series,
                day,
                rng.cents(500, 15_000),
                name,
                Kind::Refund,
            );
        }
    }
}

fn one_offs(rng: &mut Rng, book: &mut Book, per_month: u64) {
    for day in days(book) {
        if rng.below(30) < per_month {
            let name = {
                let t = *rng.pick(ONE_OFFS);
                fill_in(rng, t)
            };
            book.push(row(
                day,
                -rng.cents(1_000, 60_000),
                name,
                String::new(),
                Kind::Card,
            ));
        }
    }
}

/// Ads spend: many small charges, billed whenever a threshold is reached.
fn ads(rng: &mut Rng, book: &mut Book) {
    let series = book.series("Facebook Ads", "ads", None);
    let google = book.series("Google Ads", "ads", None);
    for day in days(book) {
        if rng.chance(40) {
            let name = format!("FACEBK *{}", rng.alnum(10));
            push(
                book,
                series,
                day,
                -rng.cents(2_000, 40_000),
                name,
                Kind::Card,
            );
        }
        if day.weekday() == Weekday::Mon && rng.chance(70) {
            let name = format!("GOOGLE *ADS{}", rng.digits(10));
            push(
                book,
                google,
                day,
                -rng.cents(5_000, 50_000),
                name,
                Kind::Card,
            );
        }
    }
}
