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
        .filter(|row| looks_like_data(row, &mapping, names.len()))
        .collect();
    let name = |index: usize| names.get(index).copied().unwrap_or("");
    let order = date::infer(
        name(mapping.date),
        data.iter().map(|row| row.cell(mapping.date)),
        options.date_order,
    )
    .map_err(Error::invalid)?;
    let money_columns = money_columns(&mapping);
    let mark = amount::infer(data.iter().flat_map(|row| {
        money_columns
            .iter()
            .map(|index| (name(*index), row.cell(*index)))
    }))
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
/// whose date cell holds a digit, or a row as wide as the header whose date
/// is empty but whose money holds a digit (a row that lost its date).
/// Everything else is passed over silently: blank lines, and the summary
/// lines banks append — `Total`, `Saldo`, `Kontostand:` in the date column,
/// or a footer narrower or wider than the header with no date there.
fn looks_like_data(row: &Row, mapping: &Mapping, width: usize) -> bool {
    let has_digit = |text: &str| text.bytes().any(|b| b.is_ascii_digit());
    let date = row.cell(mapping.date).trim();
    if has_digit(date) {
        return true;
    }
    date.is_empty()
        && row.cells.len() == width
        && money_columns(mapping)
            .into_iter()
            .any(|index| has_digit(row.cell(index)))
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
                if let Some(index) = direction {
                    money.amount = match direction_of(row.cell(index)) {
                        Direction::Out => -money.amount.abs(),
                        Direction::In => money.amount.abs(),
                        Direction::AsWritten => money.amount,
                        Direction::Unknown => {
                            return Err(self.in_column(
                                index,
                                &format!(
                                    "'{}' says neither money in nor out",
                                    shown(row.cell(index).trim())
                                ),
                            ));
                        }
                    };
                }
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
    match header::normalize(value).0.as_str() {
        "" => Direction::AsWritten,
        "af" | "d" | "dr" | "debit" | "debet" | "s" | "soll" | "cargo" | "debito" => Direction::Out,
        "bij" | "c" | "cr" | "credit" | "h" | "haben" | "abono" | "credito" => Direction::In,
        _ => Direction::Unknown,
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
