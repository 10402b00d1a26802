//! CSV as banks write it: comma, semicolon or tab; preamble lines before
//! the header and summary lines after the rows; headers in six languages;
//! amounts and dates in each country's style, decided per file.

mod amount;
mod date;
mod header;
mod table;

use super::{DateOrder, Format, Hints, ReadOptions, Skipped, Statement, Transaction};
use crate::domain::currency::Currency;
use crate::error::{Error, Result};
use amount::Mark;
use header::{Mapping, Money};
use table::Row;

pub(super) fn read(text: &str, options: &ReadOptions) -> Result<Statement> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let found = table::find_header(text, &options.columns)?;
    let rows = table::rows(text, found.delimiter, usize::MAX)?;
    let (header, body) = match rows.get(found.index..) {
        Some([header, body @ ..]) => (header, body),
        _ => return Err(Error::invalid("the CSV file has no header row")),
    };
    let names: Vec<&str> = header.cells.iter().map(str::trim).collect();
    let mapping = found.mapping;
    let data: Vec<&Row> = body
        .iter()
        .filter(|row| looks_like_data(row, &mapping))
        .collect();
    let name = |index: usize| names.get(index).copied().unwrap_or("");
    let order = date::infer(
        name(mapping.date),
        data.iter().map(|row| row.cell(mapping.date)),
        options.date_order,
    )
    .map_err(Error::invalid)?;
    let money_columns = money_columns(&mapping);
    let mark = amount::infer(
        data.iter().flat_map(|row| {
            money_columns
                .iter()
                .map(|index| (name(*index), row.cell(*index)))
        }),
        data.iter().filter_map(|row| {
            let index = mapping.balance?;
            Some((name(index), row.cell(index)))
        }),
    )
    .map_err(Error::invalid)?;
    let reader = Reader {
        names: &names,
        mapping,
        order,
        mark,
    };
    let mut statement = Statement {
        format: Format::Csv,
        transactions: Vec::with_capacity(data.len()),
        skipped: Vec::new(),
    };
    for row in data {
        match reader.transaction(row) {
            Ok(transaction) => statement.transactions.push(transaction),
            Err(reason) => statement.skipped.push(Skipped {
                line: row.line,
                reason,
            }),
        }
    }
    Ok(statement)
}

fn money_columns(mapping: &Mapping) -> Vec<usize> {
    match mapping.money {
        Money::Signed { amount, .. } => vec![amount],
        Money::Split { debit, credit } => debit.into_iter().chain(credit).collect(),
    }
}

/// Which rows after the header are meant as transactions, so that one that
/// fails is reported (Skipped, with the reason) rather than lost: a row
/// whose date cell holds a digit. Everything else is passed over silently:
/// blank lines, and the summary lines banks append, which put a word
/// (`Total`, `Saldo`, `Kontostand:`) or nothing in the date column — a
/// balance line often has an amount and a date in its text, but not there.
fn looks_like_data(row: &Row, mapping: &Mapping) -> bool {
    row.cell(mapping.date).bytes().any(|b| b.is_ascii_digit())
}

/// What reading a row needs: the header's names for messages, its columns,
/// and the file's date order and decimal mark.
struct Reader<'a> {
    names: &'a [&'a str],
    mapping: Mapping,
    order: DateOrder,
    mark: Mark,
}

impl Reader<'_> {
    fn transaction(&self, row: &Row) -> Result<Transaction, String> {
        let mapping = &self.mapping;
        let date_text = row.cell(mapping.date).trim();
        let date =
            date::parse(date_text, self.order).map_err(|e| self.in_column(mapping.date, &e))?;
        let money = self.money(row)?;
        let currency = match mapping.currency {
            Some(index) => self.currency(index, row.cell(index))?,
            None => None,
        }
        .or(money.currency)
        .or(mapping.header_currency);
        let text = |index: Option<usize>| {
            index
                .map(|i| row.cell(i).trim().to_string())
                .unwrap_or_default()
        };
        let payer = text(mapping.payer);
        let mut payee = text(mapping.payee);
        if !payer.is_empty() && (money.amount.is_sign_positive() || payee.is_empty()) {
            payee = payer;
        }
        Ok(Transaction {
            id: Some(text(mapping.id)).filter(|id| !id.is_empty()),
            date,
            date_text: date_text.to_string(),
            amount: money.amount,
            currency,
            payee,
            memo: text(mapping.memo),
            hints: self.hints(row),
            line: row.line,
        })
    }

    /// The row's signed amount: a debit column's value is always money
    /// out, whichever sign it is written with, and a credit's money in.
    fn money(&self, row: &Row) -> Result<amount::Money, String> {
        let read = |index: usize| {
            amount::parse(row.cell(index), self.mark).map_err(|e| self.in_column(index, &e))
        };
        match self.mapping.money {
            Money::Signed { amount, direction } => {
                let mut money = read(amount)?.ok_or_else(|| self.in_column(amount, "no amount"))?;
                // Without a direction column, a kind of booking that is just
                // "debit" or "credit" (Mint, Chase's Details) gives it.
                let (index, said) = match (direction, self.mapping.kind) {
                    (Some(index), _) => (index, direction_of(row.cell(index))),
                    (None, Some(index)) => (index, kind_direction(row.cell(index))),
                    (None, None) => (amount, Direction::AsWritten),
                };
                money.amount = match said {
                    Direction::Out => -money.amount.abs(),
                    Direction::In => money.amount.abs(),
                    Direction::AsWritten => money.amount,
                    Direction::Unknown => {
                        let value = shown(row.cell(index).trim());
                        let reason = format!("'{value}' says neither money in nor out");
                        return Err(self.in_column(index, &reason));
                    }
                };
                Ok(money)
            }
            Money::Split { debit, credit } => {
                let out = debit.map(read).transpose()?.flatten();
                let into = credit.map(read).transpose()?.flatten();
                split_money(out, into).ok_or_else(|| match (out, into) {
                    (Some(_), Some(_)) => "the row has both a debit and a credit".to_string(),
                    _ => "the row has no amount".to_string(),
                })
            }
        }
    }

    fn currency(&self, index: usize, value: &str) -> Result<Option<Currency>, String> {
        let value = value.trim();
        match value {
            "" => Ok(None),
            "€" => Ok(Currency::parse("EUR").ok()),
            "£" => Ok(Currency::parse("GBP").ok()),
            _ => Currency::parse(value).map(Some).map_err(|_| {
                self.in_column(index, &format!("'{}' is not a currency code", shown(value)))
            }),
        }
    }

    /// What the bank's kind of booking and SEPA columns say.
    fn hints(&self, row: &Row) -> Hints {
        let kind = self
            .mapping
            .kind
            .map(|index| header::normalize(row.cell(index)).0)
            .unwrap_or_default();
        let has = |words: &[&str]| words.iter().any(|word| kind.contains(word));
        let text = |index: Option<usize>| {
            index
                .map(|i| row.cell(i).trim())
                .filter(|value| !value.is_empty())
                .map(str::to_string)
        };
        Hints {
            direct_debit: has(&[
                "lastschrift",
                "direct debit",
                "directdebit",
                "incasso",
                "prelevement",
                "domiciliacion",
                "adeudo",
                "debito direto",
            ]),
            standing_order: has(&[
                "dauerauftrag",
                "standing order",
                "periodieke",
                "virement permanent",
                "transferencia periodica",
                "ordem permanente",
            ]),
            mandate: text(self.mapping.mandate),
            creditor: text(self.mapping.creditor),
        }
    }

    fn in_column(&self, index: usize, reason: &str) -> String {
        let name = self.names.get(index).copied().unwrap_or("");
        format!("column '{}': {reason}", shown(name))
    }
}

/// A debit and a credit cell made one signed amount; zeros are the empty
/// side some banks fill in. `None` when both or neither hold money.
fn split_money(out: Option<amount::Money>, into: Option<amount::Money>) -> Option<amount::Money> {
    let nonzero = |money: Option<amount::Money>| money.filter(|m| !m.amount.is_zero());
    match (nonzero(out), nonzero(into)) {
        (Some(out), None) => Some(amount::Money {
            amount: -out.amount.abs(),
            ..out
        }),
        (None, Some(into)) => Some(amount::Money {
            amount: into.amount.abs(),
            ..into
        }),
        (Some(_), Some(_)) => None,
        (None, None) => out.or(into),
    }
}

/// What a direction column says.
enum Direction {
    Out,
    In,
    AsWritten,
    Unknown,
}

fn direction_of(value: &str) -> Direction {
    match value.trim() {
        "" => return Direction::AsWritten,
        "-" => return Direction::Out,
        "+" => return Direction::In,
        _ => {}
    }
    match header::normalize(value).0.as_str() {
        "af" | "d" | "dr" | "debit" | "debet" | "s" | "soll" | "cargo" | "debito" => Direction::Out,
        "bij" | "c" | "cr" | "credit" | "h" | "haben" | "abono" | "credito" => Direction::In,
        _ => Direction::Unknown,
    }
}

fn kind_direction(value: &str) -> Direction {
    match header::normalize(value).0.as_str() {
        "debit" | "debito" | "debet" => Direction::Out,
        "credit" | "credito" => Direction::In,
        _ => Direction::AsWritten,
    }
}

/// A value from the file fit for a message: control characters replaced,
/// and cut short when long.
fn shown(text: &str) -> String {
    const MAX: usize = 40;
    let mut out: String = text
        .chars()
        .take(MAX)
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    if text.chars().nth(MAX).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use rust_decimal::Decimal;

    use super::super::Columns;
    use super::*;
    use crate::statement::testing::day;

    fn with(text: &str, options: &ReadOptions) -> Statement {
        match read(text, options) {
            Ok(statement) => statement,
            Err(e) => panic!("not read: {e}"),
        }
    }

    fn csv(text: &str) -> Statement {
        with(text, &ReadOptions::default())
    }

    fn refused(text: &str, options: &ReadOptions) -> String {
        match read(text, options) {
            Ok(statement) => panic!("read: {statement:?}"),
            Err(e) => e.to_string(),
        }
    }

    fn money(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    /// Each transaction on one line: date, amount and currency (if the file
    /// names one), then payee, memo and the line it starts on.
    fn rows(statement: &Statement) -> Vec<String> {
        statement
            .transactions
            .iter()
            .map(|t| {
                let currency = t
                    .currency
                    .map(|c| format!(" {}", c.code()))
                    .unwrap_or_default();
                format!(
                    "{} {}{currency} | {} | {} | line {}",
                    t.date, t.amount, t.payee, t.memo, t.line
                )
            })
            .collect()
    }

    fn amounts(statement: &Statement) -> Vec<String> {
        statement
            .transactions
            .iter()
            .map(|t| t.amount.to_string())
            .collect()
    }

    /// Each skipped row as "line N: reason".
    fn skipped(statement: &Statement) -> Vec<String> {
        statement
            .skipped
            .iter()
            .map(|s| format!("line {}: {}", s.line, s.reason))
            .collect()
    }

    #[test]
    fn german_dkb_export_with_a_preamble_and_sepa_columns() {
        let text = "\"Kontonummer:\";\"DE12 1203 0000 0012 3456 78 / Girokonto\";\n\
            \n\
            \"Von:\";\"01.03.2025\";\n\
            \"Bis:\";\"31.03.2025\";\n\
            \"Kontostand vom 31.03.2025:\";\"1.234,56 EUR\";\n\
            \n\
            \"Buchungstag\";\"Wertstellung\";\"Buchungstext\";\"Auftraggeber / Begünstigter\";\
            \"Verwendungszweck\";\"Kontonummer\";\"BLZ\";\"Betrag (EUR)\";\"Gläubiger-ID\";\
            \"Mandatsreferenz\";\"Kundenreferenz\";\n\
            \"15.03.2025\";\"17.03.2025\";\"Lastschrift\";\"Netflix International B.V.\";\
            \"Netflix Monatsabo\";\"NL12INGB0001234567\";\"INGBNL2A\";\"-12,99\";\
            \"DE98ZZZ09999999999\";\"MNF-123\";\"\";\n\
            \"03.03.2025\";\"03.03.2025\";\"Gutschrift\";\"Arbeitgeber GmbH\";\"Gehalt März\";\
            \"DE45\";\"\";\"2.500,00\";\"\";\"\";\"\";\n\
            \"01.03.2025\";\"01.03.2025\";\"Dauerauftrag\";\"Vermieter\";\"Miete\";\"DE78\";\"\";\
            \"-850,00\";\"\";\"\";\"\";\n";
        let statement = csv(text);
        assert_eq!(
            rows(&statement),
            [
                "2025-03-15 -12.99 EUR | Netflix International B.V. | Netflix Monatsabo | line 8",
                "2025-03-03 2500.00 EUR | Arbeitgeber GmbH | Gehalt März | line 9",
                "2025-03-01 -850.00 EUR | Vermieter | Miete | line 10",
            ]
        );
        assert!(statement.skipped.is_empty());
        let netflix = &statement.transactions[0];
        assert_eq!(netflix.date_text, "15.03.2025");
        assert_eq!(
            netflix.hints,
            Hints {
                direct_debit: true,
                standing_order: false,
                mandate: Some("MNF-123".into()),
                creditor: Some("DE98ZZZ09999999999".into()),
            }
        );
        assert!(statement.transactions[2].hints.standing_order);
        assert_eq!(statement.format, Format::Csv);
    }

    #[test]
    fn german_dkb_new_export_takes_the_payer_of_money_in() {
        let text = "\"Girokonto\";\"DE12 1203 0000 0012 3456 78\"\n\"\"\n\
            \"Buchungsdatum\";\"Wertstellung\";\"Status\";\"Zahlungspflichtige*r\";\"Zahlungsempfänger*in\";\
            \"Verwendungszweck\";\"Umsatztyp\";\"IBAN\";\"Betrag (€)\";\"Gläubiger-ID\";\"Mandatsreferenz\";\
            \"Kundenreferenz\"\n\
            \"02.04.25\";\"02.04.25\";\"Gebucht\";\"Max Muster\";\"Spotify AB\";\"Premium\";\"Ausgang\";\
            \"SE12\";\"-10,99\";\"\";\"\";\"\"\n\
            \"01.04.25\";\"01.04.25\";\"Gebucht\";\"Firma GmbH\";\"Max Muster\";\"Lohn\";\"Eingang\";\
            \"DE12\";\"1.000\";\"\";\"\";\"\"\n";
        let statement = csv(text);
        assert_eq!(
            rows(&statement),
            [
                "2025-04-02 -10.99 EUR | Spotify AB | Premium | line 4",
                "2025-04-01 1000 EUR | Firma GmbH | Lohn | line 5",
            ]
        );
    }

    #[test]
    fn german_ing_and_comdirect_exports() {
        let text = "Umsatzanzeige;Datei erstellt am: 01.04.2025 10:00\n\
            \n\
            IBAN;DE12 5001 0517 0000 0000 00\n\
            Kontoname;Girokonto\n\
            Zeitraum;01.03.2025 - 31.03.2025\n\
            Saldo;1.234,56;EUR\n\
            \n\
            Sortierung;Datum absteigend\n\
            \n\
            Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Saldo;Währung;Betrag;Währung\n\
            20.03.2025;20.03.2025;Spotify AB;Lastschrift;Premium 03/2025;1.234,56;EUR;-10,99;EUR\n";
        let statement = csv(text);
        assert_eq!(
            rows(&statement),
            ["2025-03-20 -10.99 EUR | Spotify AB | Premium 03/2025 | line 11"]
        );
        assert!(statement.transactions[0].hints.direct_debit);
        let text = ";\n\"Umsätze Girokonto\";\"Zeitraum: 30 Tage\";\n\"Neuer Kontostand\";\"1.234,56 EUR\";\n\n\
            \"Buchungstag\";\"Wertstellung (Valuta)\";\"Vorgang\";\"Buchungstext\";\"Umsatz in EUR\";\n\
            \"offen\";\"--\";\"Lastschrift / Belastung\";\"Auftraggeber: Netflix\";\"-12,99\";\n\
            \"03.03.2025\";\"03.03.2025\";\"Lastschrift / Belastung\";\"Auftraggeber: Netflix\";\"-12,99\";\n\
            \n\"Alter Kontostand\";\"1.247,55 EUR\";\n";
        let statement = csv(text);
        // The pending row ("offen") is not booked yet: passed over.
        assert_eq!(
            rows(&statement),
            ["2025-03-03 -12.99 EUR |  | Auftraggeber: Netflix | line 7"]
        );
        assert!(statement.skipped.is_empty());
        assert!(statement.transactions[0].hints.direct_debit);
    }

    #[test]
    fn dutch_ing_export_with_af_bij() {
        let text = "\"Datum\",\"Naam / Omschrijving\",\"Rekening\",\"Tegenrekening\",\"Code\",\"Af Bij\",\
            \"Bedrag (EUR)\",\"Mutatiesoort\",\"Mededelingen\"\n\
            \"20250115\",\"Spotify AB\",\"NL01INGB0001234567\",\"SE1234\",\"IC\",\"Af\",\"10,99\",\
            \"Incasso\",\"Naam: Spotify AB Machtiging ID: ABC\"\n\
            \"20250125\",\"Werkgever BV\",\"NL01INGB0001234567\",\"NL99RABO\",\"GT\",\"Bij\",\"3.100,00\",\
            \"Overschrijving\",\"Salaris januari\"\n";
        let statement = csv(text);
        assert_eq!(
            rows(&statement),
            [
                "2025-01-15 -10.99 EUR | Spotify AB | Naam: Spotify AB Machtiging ID: ABC | line 2",
                "2025-01-25 3100.00 EUR | Werkgever BV | Salaris januari | line 3",
            ]
        );
        assert!(statement.transactions[0].hints.direct_debit);
        assert!(!statement.transactions[1].hints.direct_debit);
    }

    #[test]
    fn french_export_with_debit_and_credit_in_decimal_commas() {
        let text = "Téléchargement du 01/03/2025;\n\
            \n\
            Date;Libellé;Débit euros;Crédit euros;\n\
            05/02/2025;PRLV SEPA FREE MOBILE;19,99;;\n\
            10/02/2025;VIR SALAIRE;;2 345,67;\n\
            14/02/2025;CB CANAL+;-25,99;;\n\
            ;Solde au 28/02/2025;;1 234,56;\n";
        let statement = csv(text);
        assert_eq!(
            rows(&statement),
            [
                "2025-02-05 -19.99 EUR | PRLV SEPA FREE MOBILE |  | line 4",
                "2025-02-10 2345.67 EUR | VIR SALAIRE |  | line 5",
                "2025-02-14 -25.99 EUR | CB CANAL+ |  | line 6",
            ]
        );
        // The balance line has no date: the bank's summary, not a row.
        assert!(statement.skipped.is_empty(), "{:?}", statement.skipped);
    }

    #[test]
    fn us_export_with_month_first_dates_and_debit_credit() {
        let text = "Posting Date,Description,Debit,Credit,Balance\n\
            01/15/2025,\"NETFLIX.COM, LOS GATOS CA\",15.49,,\"1,234.56\"\n\
            01/31/2025,PAYROLL ACME INC,,\"2,500.00\",\"3,734.56\"\n\
            02/03/2025,HULU 877-8248858,7.99,,\"3,726.57\"\n";
        let statement = csv(text);
        assert_eq!(
            rows(&statement),
            [
                "2025-01-15 -15.49 | NETFLIX.COM, LOS GATOS CA |  | line 2",
                "2025-01-31 2500.00 | PAYROLL ACME INC |  | line 3",
                "2025-02-03 -7.99 | HULU 877-8248858 |  | line 4",
            ]
        );
        assert_eq!(statement.transactions[0].currency, None);
    }

    #[test]
    fn spanish_export_with_a_currency_column() {
        let text = "Fecha Operación;Fecha Valor;Concepto;Importe;Saldo;Divisa\n\
            03/02/2025;04/02/2025;RECIBO NETFLIX.COM;-12,99;1.234,56;EUR\n\
            28/02/2025;28/02/2025;TRANSFERENCIA NOMINA;1.850,00;3.084,56;EUR\n";
        let statement = csv(text);
        assert_eq!(
            rows(&statement),
            [
                "2025-02-03 -12.99 EUR | RECIBO NETFLIX.COM |  | line 2",
                "2025-02-28 1850.00 EUR | TRANSFERENCIA NOMINA |  | line 3",
            ]
        );
    }

    #[test]
    fn portuguese_exports() {
        let text = "Consultar saldos e movimentos à ordem\n\
            Conta;0123456789\n\
            Data mov.;Data valor;Descrição;Débito;Crédito;Saldo contabilístico;Moeda\n\
            07-03-2025;07-03-2025;DD MEO SERVICOS;45,90;;1.100,00;EUR\n\
            15-03-2025;15-03-2025;TRF SALARIO;;1.500,00;2.600,00;EUR\n";
        assert_eq!(
            rows(&csv(text)),
            [
                "2025-03-07 -45.90 EUR | DD MEO SERVICOS |  | line 4",
                "2025-03-15 1500.00 EUR | TRF SALARIO |  | line 5",
            ]
        );
        // Brazil (Nubank): a signed value with a point and an id column.
        let text = "Data,Valor,Identificador,Descrição\n\
            2025-01-05,-39.90,5f1b-aa01,Spotify\n\
            2025-01-07,1200.00,5f1b-aa02,Transferência recebida\n";
        let statement = csv(text);
        assert_eq!(
            rows(&statement),
            [
                "2025-01-05 -39.90 | Spotify |  | line 2",
                "2025-01-07 1200.00 | Transferência recebida |  | line 3",
            ]
        );
        assert_eq!(statement.transactions[0].id.as_deref(), Some("5f1b-aa01"));
    }

    #[test]
    fn tab_separated_with_currency_codes_in_the_amounts() {
        let text = "Date\tDescription\tAmount\n2025-05-01\tGitHub\t-4.00 USD\n2025-05-02\tRefund\t€ 1.50\n";
        let statement = csv(text);
        assert_eq!(
            rows(&statement),
            [
                "2025-05-01 -4.00 USD | GitHub |  | line 2",
                "2025-05-02 1.50 EUR | Refund |  | line 3",
            ]
        );
    }

    #[test]
    fn us_exports_with_the_direction_in_a_kind_column() {
        // Mint: unsigned amounts, "debit"/"credit" in Transaction Type.
        let text = "\"Date\",\"Description\",\"Original Description\",\"Amount\",\"Transaction Type\",\
            \"Category\",\"Account Name\",\"Labels\",\"Notes\"\n\
            \"1/15/2025\",\"Netflix\",\"NETFLIX.COM\",\"15.49\",\"debit\",\"Movies\",\"Checking\",\"\",\"\"\n\
            \"1/31/2025\",\"Acme\",\"ACME PAYROLL\",\"2500.00\",\"credit\",\"Paycheck\",\"Checking\",\"\",\"\"\n";
        assert_eq!(amounts(&csv(text)), ["-15.49", "2500.00"]);
        // Chase checking: signed amounts, DEBIT/CREDIT/CHECK in Details.
        let text = "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\n\
            DEBIT,01/15/2025,\"NETFLIX.COM\",-15.49,ACH_DEBIT,1234.56,,\n\
            CHECK,01/20/2025,\"CHECK 1001\",-100.00,CHECK_PAID,1134.56,1001,\n\
            CREDIT,01/31/2025,\"ACME PAYROLL\",2500.00,ACH_CREDIT,3634.56,,\n";
        let statement = csv(text);
        let got: Vec<(&str, Decimal)> = statement
            .transactions
            .iter()
            .map(|t| (t.payee.as_str(), t.amount))
            .collect();
        assert_eq!(
            got,
            [
                ("NETFLIX.COM", money("-15.49")),
                ("CHECK 1001", money("-100.00")),
                ("ACME PAYROLL", money("2500.00"))
            ]
        );
    }

    #[test]
    fn the_balance_settles_amounts_that_cannot() {
        let text = "Date;Amount;Balance\n2025-01-01;-1,234;10.000,00\n2025-01-02;-2,500;7.500,00\n";
        assert_eq!(amounts(&csv(text)), ["-1.234", "-2.500"]);
    }

    #[test]
    fn ambiguous_dates_are_refused_unless_the_option_says() {
        let text = "Date,Payee,Amount\n03/04/2025,A,-1.00\n05/06/2025,B,-2.00\n";
        assert_eq!(
            refused(text, &ReadOptions::default()),
            "the dates in column 'Date' could be day/month or month/day (e.g. 03/04/2025); \
             --date-format dmy or mdy settles it"
        );
        for (order, dates) in [
            (DateOrder::MonthDayYear, [day(2025, 3, 4), day(2025, 5, 6)]),
            (DateOrder::DayMonthYear, [day(2025, 4, 3), day(2025, 6, 5)]),
        ] {
            let options = ReadOptions {
                date_order: Some(order),
                ..ReadOptions::default()
            };
            let read: Vec<NaiveDate> = with(text, &options)
                .transactions
                .iter()
                .map(|t| t.date)
                .collect();
            assert_eq!(read, dates, "{order:?}");
        }
    }

    #[test]
    fn ambiguous_amounts_are_refused_naming_the_column() {
        let text = "Date;Amount\n2025-01-01;1,234\n2025-01-02;-2,500\n";
        let e = refused(text, &ReadOptions::default());
        assert!(
            e.starts_with("the amounts in column 'Amount' could have ',' or '.'"),
            "{e}"
        );
    }

    #[test]
    fn columns_override_the_synonyms_by_header_name() {
        let text = "When;What;How much;Amount\n2025-01-01;Rent;-500,00;x\n";
        let options = ReadOptions {
            columns: Columns {
                date: Some("When".into()),
                amount: Some("How much".into()),
                payee: Some("What".into()),
                ..Columns::default()
            },
            ..ReadOptions::default()
        };
        assert_eq!(
            rows(&with(text, &options)),
            ["2025-01-01 -500.00 | Rent |  | line 2"]
        );
        let options = ReadOptions {
            columns: Columns {
                date: Some("Wann".into()),
                ..Columns::default()
            },
            ..ReadOptions::default()
        };
        let e = refused(text, &options);
        assert_eq!(
            e,
            "--columns names the column 'Wann', but no line of the file has it; the headers on \
             line 1 are 'When', 'What', 'How much', 'Amount'"
        );
        let e = refused(
            "Wann;Was;Wie viel\n2025-01-01;Miete;-5\n",
            &ReadOptions::default(),
        );
        assert!(
            e.contains("'Wann', 'Was', 'Wie viel'") && e.contains("--columns date=NAME"),
            "{e}"
        );
    }

    #[test]
    fn bad_rows_are_skipped_with_the_reason_and_summaries_silently() {
        let text = "Buchungstag;Empfänger;Betrag;Währung\n\
            01.02.2025;A;-1,00;EUR\n\
            32.02.2025;B;-2,00;EUR\n\
            03.02.2025;C;zwei;EUR\n\
            04.02.2025;D;-4,00;EURO\n\
            05.02.2025;E;;EUR\n\
            06.02.2025;F;99999999999999999999999999999999,00;EUR\n\
            ;G;-7,00;EUR\n\
            \n\
            Summe;;-8,00;EUR\n\
            Kontostand;123,45\n\
            Total\n\
            \"07.02.2025\";\"H\";\"-7,50\"\n";
        let statement = csv(text);
        let kept: Vec<(&str, usize)> = statement
            .transactions
            .iter()
            .map(|t| (t.payee.as_str(), t.line))
            .collect();
        // A short row with a date and an amount is still a transaction.
        assert_eq!(kept, [("A", 2), ("H", 13)]);
        assert_eq!(
            skipped(&statement),
            [
                "line 3: column 'Buchungstag': '32.02.2025' is not a date",
                "line 4: column 'Betrag': 'zwei' is not an amount",
                "line 5: column 'Währung': 'EURO' is not a currency code",
                "line 6: column 'Betrag': no amount",
                "line 7: column 'Betrag': the amount '99999999999999999999999999999999,00' is beyond the range subs reads",
            ]
        );
    }

    #[test]
    fn debit_and_credit_both_or_neither_are_skipped() {
        let text = "Date,Withdrawal,Deposit\n2025-01-01,5.00,6.00\n2025-01-02,,\n2025-01-03,0.00,0.00\n2025-01-04,0.00,6.00\n";
        let statement = csv(text);
        assert_eq!(amounts(&statement), ["0.00", "6.00"]);
        assert_eq!(
            skipped(&statement),
            [
                "line 2: the row has both a debit and a credit",
                "line 3: the row has no amount"
            ]
        );
    }

    #[test]
    fn a_direction_it_does_not_know_skips_the_row() {
        let text = "Datum;Bedrag;Af Bij\n20250101;1,00;Af\n20250102;2,00;?\n20250103;-3,00;\n";
        let statement = csv(text);
        assert_eq!(amounts(&statement), ["-1.00", "-3.00"]);
        assert_eq!(
            skipped(&statement),
            ["line 3: column 'Af Bij': '?' says neither money in nor out"]
        );
    }

    #[test]
    fn a_quoted_cell_over_several_lines_counts_its_lines() {
        let text = "\u{feff}Date,Payee,Memo,Amount\r\n2025-01-01,A,\"line one\r\nline two\",-1.00\r\n\r\n2025-01-02,B,,-2.00\r\n";
        let statement = csv(text);
        let lines: Vec<usize> = statement.transactions.iter().map(|t| t.line).collect();
        assert_eq!(lines, [2, 5]);
        assert_eq!(statement.transactions[0].memo, "line one\r\nline two");
    }

    #[test]
    fn truncated_at_any_byte_it_returns_without_panicking() {
        let text = "\"Konto\";\"DE12\"\n\nBuchungstag;Verwendungszweck;Betrag (EUR);Währung\n\
            01.02.2025;\"Netflix\nAbo\";-12,99;EUR\n15.02.2025;Gehalt;2.500,00;EUR\nSaldo;;1,00;\n";
        for end in (0..=text.len()).filter(|end| text.is_char_boundary(*end)) {
            let _ = read(&text[..end], &ReadOptions::default());
        }
        assert_eq!(csv(text).transactions.len(), 2);
    }

    #[test]
    fn hostile_files_return_without_panicking() {
        let options = ReadOptions::default();
        let wide = format!("Date,Amount,{}\n2025-01-01,1.00\n", "x,".repeat(1_000_000));
        assert_eq!(with(&wide, &options).transactions.len(), 1);
        let wide_rows = format!("Date,Amount\n2025-01-01,1.00,{}\n", ",".repeat(1_000_000));
        assert_eq!(with(&wide_rows, &options).transactions.len(), 1);
        let only_wide = ";".repeat(1_000_000);
        assert!(read(&only_wide, &options).is_err());
        let unterminated = "Date,Amount\n2025-01-01,\"1.00\n2025-01-02,2.00\n";
        assert!(read(unterminated, &options).is_ok());
        let huge = format!(
            "Date,Payee,Amount\n2025-01-01,{},1.00\n",
            "p".repeat(10_000_000)
        );
        assert_eq!(with(&huge, &options).transactions.len(), 1);
        let ragged = "Date,Amount\n2025-01-01\n,\n,,,,,\n2025-01-02,1.00,,,\n";
        assert_eq!(with(ragged, &options).transactions.len(), 1);
        assert!(read("", &options).is_err());
        assert!(read("\"", &options).is_err());
    }
}
