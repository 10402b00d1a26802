//! Which column holds which field, found by the header's words in English,
//! German, French, Dutch, Spanish and Portuguese, or named by `--columns`.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::super::Columns;
use crate::domain::currency::Currency;

/// What a header cell can name. The order is the order fields claim
/// columns in: a column one field took is not another's (a lone
/// "Description" is the payee, so the memo stays empty).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Field {
    Date,
    Amount,
    Debit,
    Credit,
    Direction,
    Currency,
    Id,
    Payee,
    Memo,
    Payer,
    Mandate,
    Creditor,
    Kind,
    Balance,
}

/// Where the money of a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Money {
    /// One signed column, or an unsigned one with a direction column
    /// (ING's `Af Bij`, `Soll/Haben`).
    Signed {
        amount: usize,
        direction: Option<usize>,
    },
    /// Money out and money in in their own columns (at least one of them).
    Split {
        debit: Option<usize>,
        credit: Option<usize>,
    },
}

/// The columns of one header row, as indexes into its cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Mapping {
    pub date: usize,
    pub money: Money,
    pub currency: Option<usize>,
    /// The currency a money header names (`Betrag (EUR)`), for rows
    /// without a currency column or code.
    pub header_currency: Option<Currency>,
    pub id: Option<usize>,
    pub payee: Option<usize>,
    pub memo: Option<usize>,
    /// The counterparty of money in, where a file keeps it apart from the
    /// payee of money out (DKB's `Zahlungspflichtige*r`).
    pub payer: Option<usize>,
    pub mandate: Option<usize>,
    pub creditor: Option<usize>,
    /// The bank's kind of booking (`Buchungstext`: LASTSCHRIFT), for hints.
    pub kind: Option<usize>,
    /// The balance after the row: read only for its decimal mark.
    pub balance: Option<usize>,
}

/// Why a row is not a header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Missing {
    /// `--columns` names a header this row does not have.
    Unknown(String),
    NoDate,
    NoMoney,
}

/// Synonyms, normalized (lower case, accents folded, punctuation as one
/// space). A lower rank is preferred: the posting date over the value date.
#[rustfmt::skip]
const SYNONYMS: &[(Field, u8, &[&str])] = &[
    (Field::Date, 0, &[
        "booking date", "posting date", "post date", "posted date", "date posted", "posted",
        "buchungstag", "buchungsdatum", "buchung", "boekdatum", "boekingsdatum",
        "date de comptabilisation", "date comptabilisation", "date comptable", "fecha contable",
        "fecha de contabilizacion", "data de lancamento", "data lancamento", "data lanc",
        "data do lancamento", "completed date",
    ]),
    (Field::Date, 1, &[
        "date", "datum", "transaction date", "trans date", "transactiedatum", "datum transactie",
        "fecha", "fecha operacion", "fecha de operacion", "f operacion", "data", "data movimento",
        "data de movimento", "data do movimento", "data mov", "data operacao", "data da operacao",
        "date operation", "date d operation", "date de l operation", "date de operation", "dateop",
        "started date", "belegdatum", "umsatzdatum",
    ]),
    (Field::Date, 2, &[
        "value date", "valuta", "valutadatum", "valuta datum", "wertstellung",
        "wertstellungsdatum", "rentedatum", "date de valeur", "date valeur", "fecha valor",
        "fecha de valor", "f valor", "data valor", "data de valor", "data valuta", "dateval", "wert", "wertstellung valuta",
    ]),
    (Field::Amount, 0, &[
        "amount", "transaction amount", "amt", "betrag", "umsatz", "umsatz in", "betrag in", "montant",
        "montant de l operation", "montant operation", "bedrag", "transactiebedrag", "importe",
        "importe operacion", "valor", "valor do lancamento", "quantia", "montante",
    ]),
    (Field::Debit, 0, &[
        "debit", "debits", "debit amount", "amount debit", "withdrawal", "withdrawals",
        "withdrawal amount", "money out", "paid out", "out", "soll", "belastung", "ausgang", "af",
        "debet", "cargo", "cargos", "debito", "debitos", "retirada", "retiradas", "saida",
    ]),
    (Field::Credit, 0, &[
        "credit", "credits", "credit amount", "amount credit", "deposit", "deposits",
        "deposit amount", "money in", "paid in", "in", "haben", "gutschrift", "eingang", "bij",
        "abono", "abonos", "ingreso", "ingresos", "credito", "creditos", "entrada",
    ]),
    (Field::Direction, 0, &[
        "af bij", "bij af", "debit credit", "credit debit", "debit or credit", "credit or debit",
        "dr cr", "cr dr", "d c", "c d", "soll haben", "s h", "debet credit", "cargo abono",
    ]),
    (Field::Currency, 0, &[
        "currency", "currency code", "ccy", "curr", "wahrung", "waehrung", "devise", "monnaie",
        "munt", "moneda", "divisa", "moeda", "valuta",
    ]),
    (Field::Id, 0, &[
        "transaction id", "transferwise id", "transaction reference", "transaction number", "reference number",
        "ref number", "id", "unique id", "fitid", "referenz", "transaktions id",
        "transactiereferentie", "numero de transaction", "numero d operation", "id transaccion",
        "numero de operacion", "identificador", "id transacao",
    ]),
    (Field::Payee, 0, &[
        "payee", "payee name", "merchant", "merchant name", "name", "beneficiary",
        "beneficiary name", "counterparty", "counterparty name", "recipient", "empfanger",
        "empfaenger", "zahlungsempfanger", "zahlungsempfaenger", "zahlungsempfanger in",
        "zahlungsempfaenger in", "auftraggeber empfanger", "auftraggeber empfaenger",
        "beguenstigter zahlungspflichtiger", "begunstigter zahlungspflichtiger",
        "auftraggeber begunstigter", "auftraggeber beguenstigter", "begunstigter auftraggeber", "beguenstigter auftraggeber", "partner name", "counter party", "begunstigter", "beguenstigter",
        "name zahlungsbeteiligter", "beneficiaire", "nom", "tiers", "naam omschrijving",
        "naam tegenpartij", "tegenpartij", "naam", "beneficiario", "ordenante beneficiario",
        "contraparte", "nome", "supplierfound",
    ]),
    (Field::Payee, 1, DESCRIPTIONS),
    (Field::Memo, 0, &[
        "memo", "reference", "notes", "note", "notes and tags", "payment reference", "purpose",
        "remittance information", "comment", "verwendungszweck", "mededelingen", "omschrijving 1",
        "communication", "communications", "detail de l ecriture", "informations complementaires",
        "commentaire", "referencia", "observaciones", "mas datos", "comentario", "observacoes",
    ]),
    (Field::Memo, 1, DESCRIPTIONS),
    (Field::Memo, 2, &[
        "buchungstext",
    ]),
    (Field::Payer, 0, &[
        "zahlungspflichtige r", "zahlungspflichtiger", "auftraggeber", "payer", "remitter",
        "donneur d ordre", "ordenante",
    ]),
    (Field::Mandate, 0, &[
        "mandatsreferenz", "mandate reference", "mandate id", "mandate", "machtigingskenmerk",
        "reference du mandat", "reference mandat", "referencia del mandato", "referencia mandato",
    ]),
    (Field::Creditor, 0, &[
        "glaubiger id", "glaeubiger id", "glaubiger identifikationsnummer", "creditor id",
        "creditor identifier", "incassant id", "identifiant creancier", "ics",
        "identificador acreedor", "id credor",
    ]),
    (Field::Kind, 0, &[
        "buchungstext", "umsatzart", "umsatztyp", "transaction type", "type", "typ", "details", "vorgang",
        "mutatiesoort", "type d operation", "type operation", "tipo", "tipo de movimento",
        "tipo movimiento",
    ]),
    (Field::Balance, 0, &[
        "balance", "running bal", "running balance", "balance after", "accountbalance", "saldo",
        "kontostand", "saldo nach buchung", "solde", "saldo na mutatie", "saldo na trn",
        "saldo contabilistico", "saldo disponivel",
    ]),
];

/// A bank's free text about a row: the payee when nothing names one, else
/// the memo.
#[rustfmt::skip]
const DESCRIPTIONS: &[&str] = &[
    "description", "transaction description", "transaction details", "narrative",
    "label", "beschreibung", "libelle", "libelle operation", "libelle de l operation",
    "omschrijving", "concepto", "descripcion", "detalle", "movimiento", "descricao", "movimento",
    "lancamento", "historico",
];

/// The fields in the order they claim columns.
const ORDER: &[Field] = &[
    Field::Date,
    Field::Amount,
    Field::Debit,
    Field::Credit,
    Field::Direction,
    Field::Id,
    Field::Payee,
    Field::Memo,
    Field::Payer,
    Field::Mandate,
    Field::Creditor,
    Field::Balance,
];

fn table() -> &'static HashMap<&'static str, Vec<(Field, u8)>> {
    static TABLE: OnceLock<HashMap<&'static str, Vec<(Field, u8)>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<(Field, u8)>> = HashMap::new();
        for (field, rank, words) in SYNONYMS {
            for word in *words {
                map.entry(word).or_default().push((*field, *rank));
            }
        }
        map
    })
}

/// A header cell folded for matching, and the currency it names in
/// brackets (`Betrag (EUR)`, `Betrag (€)`) or as a last word (`Amount
/// USD`, `Débit euros`) when the rest is a synonym.
pub(super) fn normalize(cell: &str) -> (String, Option<Currency>) {
    let mut words = String::new();
    let mut currency = None;
    let mut rest = cell;
    while let Some(open) = rest.find(['(', '[']) {
        let (before, after) = rest.split_at(open);
        fold_into(before, &mut words);
        let inner = after.get(1..).unwrap_or("");
        let close = inner.find([')', ']']).unwrap_or(inner.len());
        let (bracketed, tail) = inner.split_at(close);
        match currency_word(bracketed) {
            Some(found) => currency = currency.or(found),
            None => fold_into(bracketed, &mut words),
        }
        rest = tail.get(1..).unwrap_or("");
    }
    fold_into(rest, &mut words);
    let folded = words.split_whitespace().collect::<Vec<_>>().join(" ");
    if table().contains_key(folded.as_str()) {
        return (folded, currency);
    }
    if let Some((head, last)) = folded.rsplit_once(' ')
        && table().contains_key(head)
        && let Some(found) = currency_word(last)
    {
        return (head.to_string(), currency.or(found));
    }
    (folded, currency)
}

/// `Some(code)` for a currency code or symbol, `Some(None)` for a symbol
/// that names no one currency (`$`), `None` for anything else.
fn currency_word(text: &str) -> Option<Option<Currency>> {
    let text = text.trim();
    match text {
        "€" | "euro" | "euros" | "EURO" | "EUROS" | "Euro" | "Euros" => {
            Currency::parse("EUR").ok().map(Some)
        }
        "£" => Currency::parse("GBP").ok().map(Some),
        "$" | "¥" => Some(None),
        _ if text.len() == 3 && text.bytes().all(|b| b.is_ascii_alphabetic()) => {
            Currency::parse(text).ok().map(Some)
        }
        _ => None,
    }
}

/// Appends `text` lower-cased with accents folded and anything but letters
/// and digits as a space.
fn fold_into(text: &str, out: &mut String) {
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
            'æ' => out.push_str("ae"),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => out.push('o'),
            'œ' => out.push_str("oe"),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ß' => out.push_str("ss"),
            c if c.is_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
}

/// What one header cell names: its fields with their ranks, and a
/// currency it gives.
struct Cell {
    fields: Vec<(Field, u8)>,
    currency: Option<Currency>,
}

/// The fields a header cell may name. `Valuta` is a currency when the
/// first row's value there is a three-letter code, else a value date.
fn candidates(cell: &str, sample: Option<&str>) -> Cell {
    let (folded, currency) = normalize(cell);
    let mut found = table().get(folded.as_str()).cloned().unwrap_or_default();
    if folded == "valuta" {
        let code = sample.is_some_and(|v| {
            let v = v.trim();
            v.len() == 3 && v.bytes().all(|b| b.is_ascii_alphabetic())
        });
        found.retain(|(field, _)| (*field == Field::Currency) == code);
    }
    Cell {
        fields: found,
        currency,
    }
}

/// Finds the columns of `header`; `sample` is the row after it (for
/// `Valuta`). `--columns` wins per field; naming any money column there
/// means the money is only where it says.
pub(super) fn map(header: &[&str], sample: &[&str], columns: &Columns) -> Result<Mapping, Missing> {
    let cells: Vec<Cell> = header
        .iter()
        .enumerate()
        .map(|(i, cell)| candidates(cell, sample.get(i).copied()))
        .collect();
    let mut used = vec![false; header.len()];
    let mut chosen: HashMap<Field, usize> = HashMap::new();
    for (field, name) in overrides(columns) {
        let index = find_named(header, name).ok_or_else(|| Missing::Unknown(name.to_string()))?;
        chosen.insert(field, index);
        if let Some(slot) = used.get_mut(index) {
            *slot = true;
        }
    }
    let money_given = [&columns.amount, &columns.debit, &columns.credit]
        .iter()
        .any(|c| c.is_some());
    for field in ORDER {
        let is_money = matches!(field, Field::Amount | Field::Debit | Field::Credit);
        if chosen.contains_key(field) || (money_given && is_money) {
            continue;
        }
        if let Some(index) = best(&cells, &used, *field) {
            chosen.insert(*field, index);
            if let Some(slot) = used.get_mut(index) {
                *slot = true;
            }
        }
    }
    assemble(&cells, &used, &chosen)
}

/// The `--columns` fields given, with the header each names.
fn overrides(columns: &Columns) -> Vec<(Field, &str)> {
    [
        (Field::Date, &columns.date),
        (Field::Amount, &columns.amount),
        (Field::Debit, &columns.debit),
        (Field::Credit, &columns.credit),
        (Field::Payee, &columns.payee),
        (Field::Memo, &columns.memo),
        (Field::Currency, &columns.currency),
        (Field::Id, &columns.id),
    ]
    .into_iter()
    .filter_map(|(field, name)| name.as_deref().map(|name| (field, name)))
    .collect()
}

/// The column whose header is `name` exactly (spaces around aside), else
/// the one that differs only in letter case.
pub(super) fn find_named(header: &[&str], name: &str) -> Option<usize> {
    let name = name.trim();
    header
        .iter()
        .position(|cell| cell.trim() == name)
        .or_else(|| {
            header
                .iter()
                .position(|cell| cell.trim().eq_ignore_ascii_case(name))
        })
}

/// The unused column naming `field` with the best rank, the first on a tie.
fn best(cells: &[Cell], used: &[bool], field: Field) -> Option<usize> {
    cells
        .iter()
        .enumerate()
        .filter(|(i, _)| !used.get(*i).copied().unwrap_or(true))
        .filter_map(|(i, cell)| {
            cell.fields
                .iter()
                .filter(|(f, _)| *f == field)
                .map(|(_, rank)| (*rank, i))
                .min()
        })
        .min()
        .map(|(_, i)| i)
}

fn assemble(
    cells: &[Cell],
    used: &[bool],
    chosen: &HashMap<Field, usize>,
) -> Result<Mapping, Missing> {
    let get = |field: Field| chosen.get(&field).copied();
    let date = get(Field::Date).ok_or(Missing::NoDate)?;
    let money = match (get(Field::Amount), get(Field::Debit), get(Field::Credit)) {
        (Some(amount), _, _) => Money::Signed {
            amount,
            direction: get(Field::Direction),
        },
        (None, None, None) => return Err(Missing::NoMoney),
        (None, debit, credit) => Money::Split { debit, credit },
    };
    let money_columns = match money {
        Money::Signed { amount, .. } => vec![amount],
        Money::Split { debit, credit } => debit.into_iter().chain(credit).collect(),
    };
    let header_currency = money_columns
        .iter()
        .find_map(|i| cells.get(*i).and_then(|cell| cell.currency));
    Ok(Mapping {
        date,
        money,
        currency: get(Field::Currency).or_else(|| currency_column(cells, used, &money_columns)),
        header_currency,
        id: get(Field::Id),
        payee: get(Field::Payee),
        memo: get(Field::Memo),
        payer: get(Field::Payer),
        mandate: get(Field::Mandate),
        creditor: get(Field::Creditor),
        kind: best(cells, &vec![false; cells.len()], Field::Kind),
        balance: get(Field::Balance),
    })
}

/// The currency column: the first after the money column, since a file may
/// give the balance its own (ING-DiBa: `Saldo;Währung;Betrag;Währung`).
fn currency_column(cells: &[Cell], used: &[bool], money_columns: &[usize]) -> Option<usize> {
    let is_currency = |i: &usize| {
        !used.get(*i).copied().unwrap_or(true)
            && cells
                .get(*i)
                .is_some_and(|cell| cell.fields.iter().any(|(f, _)| *f == Field::Currency))
    };
    let after = money_columns.first().copied().unwrap_or(0);
    (after..cells.len())
        .find(is_currency)
        .or_else(|| (0..cells.len()).find(is_currency))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapped(header: &str) -> Result<Mapping, Missing> {
        let cells: Vec<&str> = header.split(';').collect();
        map(&cells, &[], &Columns::default())
    }

    #[test]
    fn folds_case_accents_punctuation_and_bracketed_currency() {
        assert_eq!(normalize("Date d'opération").0, "date d operation");
        assert_eq!(normalize("  BUCHUNGSDATUM ").0, "buchungsdatum");
        assert_eq!(normalize("Zahlungsempfänger*in").0, "zahlungsempfanger in");
        let (folded, currency) = normalize("Betrag (EUR)");
        assert_eq!(
            (folded.as_str(), currency.map(|c| c.code().to_string())),
            ("betrag", Some("EUR".into()))
        );
        let (folded, currency) = normalize("Betrag (€)");
        assert_eq!(
            (folded.as_str(), currency.map(|c| c.code().to_string())),
            ("betrag", Some("EUR".into()))
        );
        let (folded, currency) = normalize("Débit euros");
        assert_eq!(
            (folded.as_str(), currency.map(|c| c.code().to_string())),
            ("debit", Some("EUR".into()))
        );
        let (folded, currency) = normalize("Amount (Foreign Currency)");
        assert_eq!(
            (folded.as_str(), currency),
            ("amount foreign currency", None)
        );
        // A last word that happens to be a code stays when the rest is no synonym.
        assert_eq!(normalize("Select ALL").0, "select all");
    }

    #[test]
    fn prefers_the_booking_date_over_the_value_date_and_the_transaction_date() {
        let m = mapped("Wertstellung;Buchungstag;Betrag").unwrap();
        assert_eq!(m.date, 1);
        let m = mapped("Transaction Date;Post Date;Description;Amount").unwrap();
        assert_eq!(m.date, 1);
        let m = mapped("Valutadatum;Betrag").unwrap();
        assert_eq!(m.date, 0);
    }

    #[test]
    fn a_lone_description_is_the_payee_and_beside_a_payee_the_memo() {
        let m = mapped("Date;Description;Amount").unwrap();
        assert_eq!((m.payee, m.memo), (Some(1), None));
        let m = mapped("Date;Payee;Description;Amount").unwrap();
        assert_eq!((m.payee, m.memo), (Some(1), Some(2)));
        let m = mapped("Buchungstag;Buchungstext;Verwendungszweck;Betrag").unwrap();
        assert_eq!((m.memo, m.kind), (Some(2), Some(1)));
        let m = mapped("Buchungstag;Buchungstext;Betrag").unwrap();
        assert_eq!((m.memo, m.kind), (Some(1), Some(1)));
    }

    #[test]
    fn money_is_an_amount_first_then_debit_and_credit_then_a_direction() {
        let m = mapped("Date;Amount;Money Out;Money In").unwrap();
        assert_eq!(
            m.money,
            Money::Signed {
                amount: 1,
                direction: None
            }
        );
        let m = mapped("Date;Débit;Crédit").unwrap();
        assert_eq!(
            m.money,
            Money::Split {
                debit: Some(1),
                credit: Some(2)
            }
        );
        let m = mapped("Datum;Af Bij;Bedrag (EUR)").unwrap();
        assert_eq!(
            m.money,
            Money::Signed {
                amount: 2,
                direction: Some(1)
            }
        );
        assert_eq!(
            m.header_currency.map(|c| c.code().to_string()),
            Some("EUR".into())
        );
        assert_eq!(
            mapped("Date;Withdrawals").unwrap().money,
            Money::Split {
                debit: Some(1),
                credit: None
            }
        );
    }

    #[test]
    fn the_currency_column_is_the_one_after_the_amount() {
        let m = mapped("Buchung;Valuta;Saldo;Währung;Betrag;Währung").unwrap();
        assert_eq!((m.date, m.currency), (0, Some(5)));
    }

    #[test]
    fn valuta_is_a_currency_only_when_its_value_is_a_code() {
        let header = ["Datum", "Valuta", "Bedrag"];
        let m = map(&header, &["01-02-2025", "EUR", "1,00"], &Columns::default()).unwrap();
        assert_eq!((m.date, m.currency), (0, Some(1)));
        let header = ["Valuta", "Bedrag"];
        let m = map(&header, &["01-02-2025", "1,00"], &Columns::default()).unwrap();
        assert_eq!((m.date, m.currency), (0, None));
    }

    #[test]
    fn says_what_is_missing() {
        assert_eq!(mapped("Konto;Betrag"), Err(Missing::NoDate));
        assert_eq!(mapped("Datum;Saldo"), Err(Missing::NoMoney));
        assert_eq!(mapped("Kontonummer:;DE12"), Err(Missing::NoDate));
    }

    #[test]
    fn columns_override_by_exact_name_and_money_only_where_they_say() {
        let header = ["When", "Date", "Value", "Amount", "Out"];
        let columns = Columns {
            date: Some("When".into()),
            debit: Some("out".into()),
            ..Columns::default()
        };
        let m = map(&header, &[], &columns).unwrap();
        assert_eq!(m.date, 0);
        assert_eq!(
            m.money,
            Money::Split {
                debit: Some(4),
                credit: None
            }
        );
        let columns = Columns {
            amount: Some("Nope".into()),
            ..Columns::default()
        };
        assert_eq!(
            map(&header, &[], &columns),
            Err(Missing::Unknown("Nope".into()))
        );
    }
}
