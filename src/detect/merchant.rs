//! A descriptor's merchant: what stays the same from one charge to the next
//! once processors' prefixes, reference numbers, dates, places and legal
//! forms are taken away. Bank descriptors put a fresh reference, date or
//! card mask in every row, so grouping by the exact text would split every
//! series into one-charge groups.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::statement::Transaction;

/// Prefixes banks and payment processors put before the merchant, with the
/// merchant to fall back on when nothing follows them (`APPLE.COM/BILL`
/// alone is Apple). Longer entries come before their own prefixes.
const PREFIXES: &[(&str, &str)] = &[
    ("APPLE.COM/BILL", "APPLE"),
    ("APPLE.COM BILL", "APPLE"),
    ("PADDLE.NET *", "PADDLE"),
    ("PADDLE.NET*", "PADDLE"),
    ("PAYPAL *", "PAYPAL"),
    ("PAYPAL*", "PAYPAL"),
    ("GOOGLE *", "GOOGLE"),
    ("GOOGLE*", "GOOGLE"),
    ("AMZN MKTP", "AMAZON"),
    ("AMAZON MKTPL", "AMAZON"),
    ("AMAZON MKTP", "AMAZON"),
    ("DEBIT CARD PURCHASE", ""),
    ("CARD PURCHASE", ""),
    ("SEPA-LASTSCHRIFT", ""),
    ("SEPA LASTSCHRIFT", ""),
    ("FOLGELASTSCHRIFT", ""),
    ("ERSTLASTSCHRIFT", ""),
    ("LASTSCHRIFT", ""),
    ("KARTENZAHLUNG", ""),
    ("SEPA DIRECT DEBIT", ""),
    ("DIRECT DEBIT", ""),
    ("ACH DEBIT", ""),
    ("ACH WITHDRAWAL", ""),
    ("ACH PMT", ""),
    ("ACH", ""),
    ("POS DEBIT", ""),
    ("POS PURCHASE", ""),
    ("POS", ""),
    ("RECURRING PAYMENT AUTHORIZED ON", ""),
    ("PURCHASE AUTHORIZED ON", ""),
    ("RECURRING PAYMENT", ""),
    ("RECURRING DEBIT", ""),
    ("DEBIT PURCHASE", ""),
    ("PURCHASE", ""),
    ("CHECKCARD", ""),
    ("CHECK CARD", ""),
    ("VISA DEBIT", ""),
    ("PREAUTHORIZED DEBIT", ""),
    ("AUTOMATIC WITHDRAWAL", ""),
    ("ELECTRONIC PAYMENT", ""),
    ("PAIEMENT PAR CARTE", ""),
    ("PAIEMENT CARTE", ""),
    ("PAIEMENT CB", ""),
    ("PRELEVEMENT SEPA", ""),
    ("PRLV SEPA", ""),
    ("PRELEVEMENT", ""),
    ("PRLV", ""),
    ("CARTE", ""),
    ("COMPRA TARJETA", ""),
    ("PAGO CON TARJETA", ""),
    ("RECIBO", ""),
    ("ADEUDO", ""),
    ("COMPRA", ""),
    ("DEBITO DIRETO", ""),
    ("DÉBITO DIRETO", ""),
    ("BETAALAUTOMAAT", ""),
    ("BETALING", ""),
    ("INCASSO", ""),
    ("SP", ""),
    ("DD", ""),
    ("CB", ""),
    ("BEA", ""),
    ("ELV", ""),
];

/// Payees that only name the processor: the merchant is in the memo.
const PROCESSORS: &[&str] = &["PAYPAL", "KLARNA", "STRIPE", "ADYEN", "MOLLIE", "PADDLE"];

/// Endings of a domain name (`NETFLIX.COM` is Netflix).
const TLDS: &[&str] = &[
    "COM", "NET", "ORG", "IO", "AI", "CO", "UK", "DE", "APP", "DEV", "TV", "ME", "FM", "NL", "FR",
    "EU", "US", "CA", "AU", "GG", "LY", "SH", "SO", "XYZ", "BIZ", "INFO", "CLOUD", "SITE", "ES",
    "IT", "BE", "AT", "CH", "SE", "IE", "CC", "TO", "IS", "SPACE", "ONLINE", "TECH",
];

/// Trailing tokens that name a place or a legal form, not the merchant.
const SUFFIXES: &[&str] = &[
    "USA",
    "GBR",
    "DEU",
    "NLD",
    "IRL",
    "LUX",
    "FRA",
    "ESP",
    "ITA",
    "CAN",
    "AUS",
    "INC",
    "LLC",
    "LTD",
    "LIMITED",
    "GMBH",
    "MBH",
    "BV",
    "SA",
    "SAS",
    "SARL",
    "SL",
    "CORP",
    "CORPORATION",
    "CO",
    "COMPANY",
    "PLC",
    "PTY",
    "SRL",
    "KG",
    "NV",
    "OY",
    "AB",
    "AG",
    "SE",
    "SPA",
    "BVBA",
    "EV",
    "APS",
];

/// Tokens that say nothing about the merchant wherever they stand.
const NOISE: &[&str] = &[
    "HTTP",
    "HTTPS",
    "WWW",
    "REF",
    "NR",
    "ID",
    "SEPA",
    "CARD",
    "RECURRING",
    "XX",
    "XXX",
    "XXXX",
    "JAN",
    "JANUARY",
    "JANUAR",
    "JANUARI",
    "JANVIER",
    "ENERO",
    "FEB",
    "FEBRUARY",
    "FEBRUAR",
    "FEBRUARI",
    "FEVRIER",
    "FÉVRIER",
    "FEBRERO",
    "MAR",
    "MARCH",
    "MÄRZ",
    "MAERZ",
    "MAART",
    "MARS",
    "MARZO",
    "APR",
    "APRIL",
    "AVRIL",
    "ABRIL",
    "MAY",
    "MAI",
    "MEI",
    "MAYO",
    "JUN",
    "JUNE",
    "JUNI",
    "JUIN",
    "JUNIO",
    "JUL",
    "JULY",
    "JULI",
    "JUILLET",
    "JULIO",
    "AUG",
    "AUGUST",
    "AUGUSTUS",
    "AOUT",
    "AOÛT",
    "AGOSTO",
    "SEP",
    "SEPT",
    "SEPTEMBER",
    "SEPTEMBRE",
    "SEPTIEMBRE",
    "OCT",
    "OCTOBER",
    "OKTOBER",
    "OCTOBRE",
    "OCTUBRE",
    "NOV",
    "NOVEMBER",
    "NOVEMBRE",
    "NOVIEMBRE",
    "DEC",
    "DECEMBER",
    "DEZEMBER",
    "DECEMBRE",
    "DÉCEMBRE",
    "DICIEMBRE",
];

/// First tokens too common to name a merchant alone: the key takes the
/// next token too (`KOSTEN GEBRUIK` and `KOSTEN KLANTONDERZOEK` are two).
const GENERIC: &[&str] = &[
    "THE",
    "ST",
    "SAINT",
    "CITY",
    "UNITED",
    "AMERICAN",
    "FIRST",
    "NEW",
    "NORTH",
    "SOUTH",
    "EAST",
    "WEST",
    "BANK",
    "MY",
    "GET",
    "STATE",
    "COUNTY",
    "INTERNATIONAL",
    "GLOBAL",
    "CLUB",
    "TEXAS",
    "KOSTEN",
    "COSTS",
    "COST",
    "FEE",
    "FEES",
    "GEBUEHR",
    "GEBÜHR",
    "GEBUEHREN",
    "GEBÜHREN",
    "ENTGELT",
    "BETALING",
    "PAYMENT",
    "MONTHLY",
    "SERVICE",
    "SERVICES",
    "ABO",
    "ABONNEMENT",
    "SUBSCRIPTION",
    "MEMBERSHIP",
    "BEITRAG",
    "ONLINE",
];

/// Words that mark a debit as not a subscription: transfers between
/// accounts and to people, rent, taxes, card payoffs, cash, salaries.
/// Matched as whole words of the descriptor.
const EXCLUDED: &[&str] = &[
    "TRANSFER",
    "TRANSFERS",
    "XFER",
    "UEBERWEISUNG",
    "ÜBERWEISUNG",
    "UBERWEISUNG",
    "UMBUCHUNG",
    "OVERBOEKING",
    "OVERSCHRIJVING",
    "VIREMENT",
    "VIR SEPA",
    "TRANSFERENCIA",
    "BIZUM",
    "TO SAVINGS",
    "ZELLE",
    "VENMO",
    "CASH APP",
    "WIRE",
    "IRS",
    "USATAXPYMT",
    "TAX PMT",
    "TAX PAYMENT",
    "TAXPAYMENT",
    "EFTPS",
    "FINANZAMT",
    "HMRC",
    "BELASTINGDIENST",
    "DGFIP",
    "IMPOTS",
    "AEAT",
    "AGENCIA TRIBUTARIA",
    "ESTIMATED TAX",
    "INCOME TAX",
    "FRANCHISE TAX",
    "PROPERTY TAX",
    "STEUER",
    "STEUERN",
    "PAYMENT THANK YOU",
    "THANK YOU FOR YOUR PAYMENT",
    "AUTOPAY",
    "AUTO PAY",
    "CREDIT CARD PAYMENT",
    "CREDIT CARD PMT",
    "CREDIT CRD",
    "EPAYMENT",
    "AMEX EPAYMENT",
    "CRCARDPMT",
    "CC PAYMENT",
    "CARDMEMBER SERV",
    "CARD PAYOFF",
    "KREDITKARTE",
    "KREDITKARTENABRECHNUNG",
    "ATM",
    "CASH WITHDRAWAL",
    "CASH WDL",
    "GELDAUTOMAT",
    "BARGELD",
    "BARGELDAUSZAHLUNG",
    "GELDOPNAME",
    "RETRAIT",
    "CAJERO",
    "SALARY",
    "PAYROLL",
    "GEHALT",
    "LOHN",
    "SALARIS",
    "SALAIRE",
    "NOMINA",
    "RENT",
    "MIETE",
    "HUUR",
    "LOYER",
    "ALQUILER",
    "MORTGAGE",
];

/// The merchant key of one descriptor: upper case, the first significant
/// token (two when the first is short or generic). `None` when nothing
/// significant is left.
pub fn key(text: &str) -> Option<String> {
    let tokens = tokens(text);
    let first = tokens.first()?;
    let short = first.chars().count() < 3 || lists().generic.contains(first.as_str());
    match tokens.get(1) {
        Some(second) if short => Some(format!("{first} {second}")),
        _ => Some(first.clone()),
    }
}

/// The merchant key of a transaction: the payee's when it names one (and
/// not only a payment processor), else the memo's.
pub fn key_of(transaction: &Transaction) -> Option<String> {
    let payee = key(&transaction.payee);
    match payee {
        Some(key) if !PROCESSORS.contains(&key.as_str()) => Some(key),
        payee => key(&transaction.memo).or(payee),
    }
}

/// Whether a debit is a transfer, rent, tax, card payoff, cash withdrawal
/// or salary: never a subscription, however regular.
pub fn excluded(transaction: &Transaction) -> bool {
    let text = format!("{} {}", words(&transaction.payee), words(&transaction.memo));
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    (0..words.len()).any(|i| {
        let Some(phrases) = words.get(i).and_then(|w| lists().excluded.get(w)) else {
            return false;
        };
        phrases.iter().any(|phrase| {
            phrase
                .iter()
                .enumerate()
                .all(|(k, part)| words.get(i + k) == Some(part))
        })
    })
}

/// The word lists as sets, built once: every row's tokens are looked up.
struct Lists {
    noise: HashSet<&'static str>,
    suffixes: HashSet<&'static str>,
    tlds: HashSet<&'static str>,
    generic: HashSet<&'static str>,
    /// The excluded phrases, as words, by their first word.
    excluded: HashMap<&'static str, Vec<Vec<&'static str>>>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut excluded: HashMap<&'static str, Vec<Vec<&'static str>>> = HashMap::new();
        for phrase in EXCLUDED {
            let words: Vec<&'static str> = phrase.split(' ').collect();
            if let Some(first) = words.first() {
                excluded.entry(first).or_default().push(words.clone());
            }
        }
        Lists {
            noise: NOISE.iter().copied().collect(),
            suffixes: SUFFIXES.iter().copied().collect(),
            tlds: TLDS.iter().copied().collect(),
            generic: GENERIC.iter().copied().collect(),
            excluded,
        }
    })
}

/// Whether a `|`-separated pattern matches the payee or the memo, as a
/// case-insensitive substring.
pub fn matches(pattern: &str, transaction: &Transaction) -> bool {
    let payee = transaction.payee.to_lowercase();
    let memo = transaction.memo.to_lowercase();
    pattern
        .split('|')
        .map(|alternative| alternative.trim().to_lowercase())
        .filter(|alternative| !alternative.is_empty())
        .any(|alternative| payee.contains(&alternative) || memo.contains(&alternative))
}

/// A key as people write the name: "AMAZON PRIME" is "Amazon Prime".
pub fn title(key: &str) -> String {
    key.split(' ')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// The payee as written, when it reads as a name ("Adobe", not
/// "ADOBE *ADOBE 800-833-6687 CA") and names the same merchant.
pub fn clean_name(payee: &str, merchant: &str) -> Option<String> {
    let payee = payee.trim();
    let readable = !payee.is_empty()
        && payee.chars().count() <= 32
        && payee.chars().any(char::is_lowercase)
        && !payee
            .chars()
            .any(|c| c.is_ascii_digit() || "*;#/".contains(c))
        && !payee.to_lowercase().starts_with("www.");
    (readable && key(payee).as_deref() == Some(merchant)).then(|| payee.to_string())
}

/// The descriptor in upper case as single-space-separated words.
fn words(text: &str) -> String {
    let upper: String = text
        .to_uppercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    upper.split_whitespace().collect::<Vec<&str>>().join(" ")
}

/// The significant tokens of a descriptor, in order.
fn tokens(text: &str) -> Vec<String> {
    let upper = text.to_uppercase();
    let collapsed = upper.split_whitespace().collect::<Vec<&str>>().join(" ");
    // A bank's own label may come first (`PAIEMENT PAR CARTE AMZN PRIME…`).
    let (rest, fallback) = strip_prefixes(&collapsed);
    if let Some(after) = ["AMAZON PRIME", "AMZN PRIME", "PRIME VIDEO"]
        .iter()
        .find_map(|p| collapsed.strip_prefix(p).or_else(|| rest.strip_prefix(p)))
        && !after.starts_with(|c: char| c.is_alphanumeric())
    {
        return vec!["AMAZON PRIME".to_string()];
    }
    let mut tokens: Vec<String> = rest
        .split(|c: char| !(c.is_alphanumeric() || ".&'".contains(c)))
        .filter_map(token)
        .collect();
    while tokens.len() > 1 && tokens.last().is_some_and(|t| is_place_or_form(t)) {
        tokens.pop();
    }
    // `APPLE.COM/BILL 866-712-7753 CA`: only the place is left after the
    // prefix, so the prefix's merchant is the one.
    if !fallback.is_empty() && tokens.iter().all(|t| is_place_or_form(t)) {
        tokens.clear();
    }
    if tokens.is_empty() && !fallback.is_empty() {
        tokens.push(fallback.to_string());
    }
    tokens
}

fn is_place_or_form(token: &str) -> bool {
    token.chars().count() == 2 || lists().suffixes.contains(token)
}

/// Takes processor and bank prefixes off the front, a few times over
/// (`POS PAYPAL *SPOTIFY`); returns the rest and the merchant the last
/// prefix stands for.
fn strip_prefixes(text: &str) -> (&str, &'static str) {
    let mut rest = text;
    let mut fallback = "";
    for _ in 0..6 {
        let found = PREFIXES.iter().find_map(|(prefix, name)| {
            let after = rest.strip_prefix(prefix)?;
            let boundary = prefix.ends_with('*')
                || !after.starts_with(|c: char| c.is_alphanumeric() || c == '.');
            boundary.then_some((after, *name))
        });
        let star = short_star_prefix(rest).map(|after| (after, ""));
        match found.or(star) {
            Some((after, name)) => {
                rest = after.trim_start_matches(|c: char| " *-:,.#/".contains(c));
                if !name.is_empty() {
                    fallback = name;
                }
            }
            None => break,
        }
    }
    (rest, fallback)
}

/// `SQ *`, `TST*`, `HIS*`: up to three characters before a star name the
/// processor; what follows the star is the merchant.
fn short_star_prefix(text: &str) -> Option<&str> {
    let star = text.find('*')?;
    let head = text.get(..star)?.trim_end();
    let short = (1..=3).contains(&head.chars().count())
        && head.chars().all(|c| c.is_alphanumeric() || c == '.');
    short.then(|| text.get(star + 1..)).flatten()
}

/// One raw token cleaned: a domain to its name, dots and apostrophes out;
/// `None` for references, dates, numbers, masks and noise words.
fn token(raw: &str) -> Option<String> {
    let raw = raw.trim_matches(|c: char| c == '.' || c == '\'' || c == '&');
    let raw = raw.strip_prefix("WWW.").unwrap_or(raw);
    let parts: Vec<&str> = raw.split('.').filter(|p| !p.is_empty()).collect();
    let word = match parts.as_slice() {
        [name, .., tld]
            if parts.len() >= 2 && lists().tlds.contains(tld) && name.chars().count() > 1 =>
        {
            name.replace('\'', "")
        }
        _ => raw.replace(['.', '\''], ""),
    };
    let digits = word.chars().filter(char::is_ascii_digit).count();
    let all_digits = digits == word.chars().count();
    let mask = word.chars().count() >= 3 && word.chars().all(|c| c == 'X' || c == '*');
    if word.is_empty() || digits >= 3 || all_digits || mask || lists().noise.contains(word.as_str())
    {
        return None;
    }
    Some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exclusion_phrases_match_whole_words_only() {
        assert!(excluded(&tx("IRS USATAXPYMT", "")));
        assert!(excluded(&tx("ONLINE TAX PMT 2025", "")));
        assert!(excluded(&tx("VIREMENT EMIS", "loyer janvier")));
        assert!(!excluded(&tx("FIRSTMARK SOFTWARE", "")));
        assert!(!excluded(&tx("TAX PMTS LLC", "")));
    }

    fn tx(payee: &str, memo: &str) -> Transaction {
        Transaction {
            id: None,
            date: chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default(),
            date_text: String::new(),
            amount: rust_decimal::Decimal::NEGATIVE_ONE,
            currency: None,
            payee: payee.to_string(),
            memo: memo.to_string(),
            hints: Default::default(),
            line: 1,
        }
    }

    fn k(text: &str) -> String {
        key(text).unwrap_or_default()
    }

    #[test]
    fn processor_prefixes_are_stripped() {
        assert_eq!(k("SQ *BLUE BOTTLE COFFEE"), "BLUE");
        assert_eq!(k("SQ*BLUE BOTTLE COFFEE"), "BLUE");
        assert_eq!(k("TST* JOES DINER 1234"), "JOES");
        assert_eq!(k("PAYPAL *SPOTIFY 4029357733 LU"), "SPOTIFY");
        assert_eq!(k("PP*DROPBOX"), "DROPBOX");
        assert_eq!(k("PADDLE.NET* ERANK"), "ERANK");
        assert_eq!(k("APL*ITUNES.COM/BILL"), "ITUNES");
        assert_eq!(k("APPLE.COM/BILL 866-712-7753 CA"), "APPLE");
        assert_eq!(k("GOOGLE *YouTubePremium g.co/helppay#"), "YOUTUBEPREMIUM");
        assert_eq!(k("GOOGLE*YOUTUBE MUSIC"), "YOUTUBE");
        assert_eq!(k("AMZN Mktp US*2K4LL1AB2"), "AMAZON");
        assert_eq!(k("AMAZON PRIME*2K5TR4QW3"), "AMAZON PRIME");
        assert_eq!(k("Amazon Prime Membership"), "AMAZON PRIME");
        assert_eq!(k("SEPA-LASTSCHRIFT Vodafone GmbH"), "VODAFONE");
        assert_eq!(k("KARTENZAHLUNG NETFLIX.COM"), "NETFLIX");
        assert_eq!(k("DEBIT CARD PURCHASE XXXXX1234 NETFLIX"), "NETFLIX");
        assert_eq!(k("ACH DEBIT GEICO INSURANCE"), "GEICO");
        assert_eq!(k("HIS*HISCOX INC"), "HISCOX");
        assert_eq!(k("ADOBE  *ADOBE"), "ADOBE");
        assert_eq!(k("POS PAYPAL *SPOTIFY"), "SPOTIFY");
        assert_eq!(k("DD BRITISH GAS"), "BRITISH");
    }

    #[test]
    fn prefixes_need_a_word_boundary() {
        assert_eq!(k("SPOTIFY P0A1B2C3D4"), "SPOTIFY");
        assert_eq!(k("ACHIEVE FITNESS"), "ACHIEVE");
        assert_eq!(k("POSTMARK APP"), "POSTMARK");
        assert_eq!(k("DDOG DATADOG"), "DDOG");
    }

    #[test]
    fn references_dates_and_phone_numbers_are_dropped() {
        assert_eq!(k("Microsoft G042921953"), "MICROSOFT");
        assert_eq!(k("03/14 NETFLIX #1234"), "NETFLIX");
        assert_eq!(k("2024-03-01 800-555-1234 HULU"), "HULU");
        assert_eq!(k("SLACK T083PUTL89F"), "SLACK");
        assert_eq!(k("12 PAGES"), "PAGES");
    }

    #[test]
    fn domains_keep_their_name() {
        assert_eq!(k("NETFLIX.COM"), "NETFLIX");
        assert_eq!(k("WWW.NETFLIX.COM LOS GATOS"), "NETFLIX");
        assert_eq!(k("https://www.claude.ai/"), "CLAUDE");
        assert_eq!(k("DIGITALOCEAN.COM"), "DIGITALOCEAN");
        assert_eq!(k("www.thebroadwayt; www.thebro; ROLAND"), "THEBROADWAYT");
    }

    #[test]
    fn places_and_legal_forms_are_dropped() {
        assert_eq!(k("X CORP"), "X");
        assert_eq!(k("Some Company B.V."), "SOME");
        assert_eq!(k("NOTARIZE, INC."), "NOTARIZE");
        assert_eq!(k("US MOBILE"), "US MOBILE");
        assert_eq!(tokens("HETZNER ONLINE GMBH DE"), vec!["HETZNER", "ONLINE"]);
        assert_eq!(tokens("SPOTIFY USA NY"), vec!["SPOTIFY"]);
    }

    #[test]
    fn generic_first_words_take_the_next_one() {
        assert_eq!(k("Kosten gebruik betaalrekening"), "KOSTEN GEBRUIK");
        assert_eq!(
            k("Kosten klantonderzoek Periode: januari 2026"),
            "KOSTEN KLANTONDERZOEK"
        );
        assert_eq!(k("THE ATHLETIC"), "THE ATHLETIC");
    }

    #[test]
    fn empty_or_all_noise_text_has_no_key() {
        assert_eq!(key(""), None);
        assert_eq!(key("  123456 07/08 "), None);
        assert_eq!(key("***"), None);
    }

    #[test]
    fn the_payee_wins_unless_it_only_names_a_processor() {
        assert_eq!(
            key_of(&tx("Adobe", "ADOBE  *ADOBE")).as_deref(),
            Some("ADOBE")
        );
        assert_eq!(key_of(&tx("", "NETFLIX.COM")).as_deref(), Some("NETFLIX"));
        let paypal = tx(
            "PayPal Europe S.a.r.l. et Cie S.C.A",
            "1040 PP.1040.PP . Spotify AB",
        );
        assert_eq!(key_of(&paypal).as_deref(), Some("SPOTIFY"));
        assert_eq!(key_of(&tx("PAYPAL", "")).as_deref(), Some("PAYPAL"));
    }

    #[test]
    fn transfers_taxes_payoffs_cash_and_salaries_are_excluded() {
        for (payee, memo) in [
            ("", "ONLINE TRANSFER TO SAVINGS 1234"),
            ("", "Überweisung an Max Mustermann"),
            ("Belastingdienst", ""),
            ("IRS", "USATAXPYMT 2024"),
            ("", "HMRC SELF ASSESSMENT"),
            ("", "AMEX EPAYMENT ACH PMT"),
            ("", "PAYMENT THANK YOU"),
            ("CHASE", "AUTOPAY 240301"),
            ("", "ATM WITHDRAWAL 1234 MAIN ST"),
            ("", "Miete Wohnung März"),
            ("", "VIREMENT SEPA LOYER"),
        ] {
            assert!(excluded(&tx(payee, memo)), "{payee} {memo}");
        }
        for (payee, memo) in [
            ("Netflix", "NETFLIX.COM"),
            ("", "RENTOKIL PEST"),
            ("ATMOS", ""),
        ] {
            assert!(!excluded(&tx(payee, memo)), "{payee} {memo}");
        }
    }

    #[test]
    fn patterns_match_payee_or_memo_case_insensitively() {
        let claude = tx("Claude.ai", "CLAUDE.AI SUBSCRIPTION");
        let anthropic = tx("", "ANTHROPIC");
        assert!(matches("claude.ai|anthropic", &claude));
        assert!(matches("claude.ai|anthropic", &anthropic));
        assert!(matches(" ANTHROPIC ", &anthropic));
        assert!(!matches("openai", &anthropic));
        assert!(!matches("|", &anthropic));
    }

    #[test]
    fn names_read_as_people_write_them() {
        assert_eq!(title("AMAZON PRIME"), "Amazon Prime");
        assert_eq!(title("X"), "X");
        assert_eq!(clean_name("Adobe", "ADOBE").as_deref(), Some("Adobe"));
        assert_eq!(clean_name("ADOBE", "ADOBE"), None);
        assert_eq!(clean_name("Microsoft G0429", "MICROSOFT"), None);
        assert_eq!(clean_name("Figma", "ADOBE"), None);
    }
}
