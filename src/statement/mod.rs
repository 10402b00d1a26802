//! Bank statements read into plain transactions: OFX (1.x SGML, 2.x XML,
//! QFX), ISO 20022 camt.052/053/054, SWIFT MT940 and CSV as banks write it.
//! The format and the text encoding are found from the content, never the
//! file name. Readers are tolerant: an odd header field never rejects a
//! statement; only what detection needs is extracted. A statement is read,
//! never stored.
//!
//! Layer: uses `domain` and `error` only.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::currency::Currency;
use crate::error::{Error, Result};

mod camt;
mod csv;
mod encoding;
mod mt940;
mod ofx;
mod parse;
mod sniff;

/// The largest statement file read (256 MiB).
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// The formats a statement can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Ofx,
    Camt,
    Mt940,
    Csv,
}

/// A text encoding forced with `--encoding` (else detected).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
    Latin1,
}

/// The order of day, month and year in a date written with separators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrder {
    /// `DD.MM.YYYY`, `DD/MM/YYYY`
    DayMonthYear,
    /// `MM/DD/YYYY`
    MonthDayYear,
    /// `YYYY-MM-DD`, `YYYYMMDD`
    YearMonthDay,
}

/// Which CSV header holds which field (`--columns date=Buchungstag,amount=Betrag`).
/// Unset fields are found by the header synonyms.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Columns {
    pub date: Option<String>,
    pub amount: Option<String>,
    pub debit: Option<String>,
    pub credit: Option<String>,
    pub payee: Option<String>,
    pub memo: Option<String>,
    pub currency: Option<String>,
    pub id: Option<String>,
}

/// How to read a file: everything `None` is detected.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    pub format: Option<Format>,
    pub encoding: Option<Encoding>,
    pub date_order: Option<DateOrder>,
    pub columns: Columns,
    /// Keep only this account when a file holds several (`--account`).
    pub account: Option<String>,
}

/// What a bank says about a debit beyond its text, where it says it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hints {
    /// OFX `TRNTYPE` DIRECTDEBIT, a camt or MT940 direct debit (`LASTSCHRIFT`).
    pub direct_debit: bool,
    /// OFX `TRNTYPE` REPEATPMT, MT940 `DAUERAUFTR` (a standing order).
    pub standing_order: bool,
    /// A SEPA mandate id: one mandate is one series.
    pub mandate: Option<String>,
    /// A SEPA creditor id.
    pub creditor: Option<String>,
}

/// One booked row of a statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transaction {
    /// The bank's id for the row (OFX `FITID`, camt `AcctSvcrRef`/`NtryRef`,
    /// a CSV id column), when it gives one.
    pub id: Option<String>,
    /// The posting (booking) date.
    pub date: NaiveDate,
    /// The date as the file wrote it.
    pub date_text: String,
    /// Signed: negative is money out (a debit).
    pub amount: Decimal,
    pub currency: Option<Currency>,
    /// The counterparty or cleaned merchant name (OFX `NAME`, camt creditor
    /// name, a CSV payee column); may be empty.
    pub payee: String,
    /// The raw text: OFX `MEMO`, camt `RmtInf`/`AddtlNtryInf`, MT940 `:86:`.
    pub memo: String,
    pub hints: Hints,
    /// Where the row starts in the file (1-based line), for messages.
    pub line: usize,
}

impl Transaction {
    pub fn is_debit(&self) -> bool {
        self.amount.is_sign_negative() && !self.amount.is_zero()
    }
}

/// A row that could not be read, and why; the rest of the file still is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub line: usize,
    pub reason: String,
}

/// A statement read: its rows in file order.
#[derive(Clone, Debug)]
pub struct Statement {
    pub format: Format,
    pub transactions: Vec<Transaction>,
    pub skipped: Vec<Skipped>,
}

/// Reads one statement from its bytes. A file that cannot be read at all is
/// `Error::Invalid` (exit 2) with one sentence naming the line or element
/// and what was expected.
pub fn read(bytes: &[u8], options: &ReadOptions) -> Result<Statement> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Error::invalid(format!(
            "the statement is {} MiB; subs reads statements up to {} MiB",
            bytes.len() as u64 / (1024 * 1024),
            MAX_BYTES / (1024 * 1024)
        )));
    }
    let text = encoding::decode(bytes, options.encoding)?;
    let format = match options.format {
        Some(format) => format,
        None => sniff::format(&text)?,
    };
    match format {
        Format::Ofx => ofx::read(&text, options),
        Format::Camt => camt::read(&text, options),
        Format::Mt940 => mt940::read(&text, options),
        Format::Csv => csv::read(&text, options),
    }
}
