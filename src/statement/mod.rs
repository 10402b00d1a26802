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

impl Columns {
    /// `--columns date=Buchungstag,amount=Betrag`: which header holds which field.
    pub fn parse(text: &str) -> Result<Columns> {
        let mut columns = Columns::default();
        for pair in text.split(',').filter(|p| !p.trim().is_empty()) {
            let bad = || {
                Error::invalid(format!(
                    "invalid --columns \"{text}\": expected FIELD=HEADER pairs, FIELD one of date, amount, debit, credit, payee, memo, currency, id"
                ))
            };
            let (field, header) = pair.split_once('=').ok_or_else(bad)?;
            let header = Some(header.trim().to_string()).filter(|h| !h.is_empty());
            let slot = match field.trim().to_ascii_lowercase().as_str() {
                "date" => &mut columns.date,
                "amount" => &mut columns.amount,
                "debit" => &mut columns.debit,
                "credit" => &mut columns.credit,
                "payee" => &mut columns.payee,
                "memo" => &mut columns.memo,
                "currency" => &mut columns.currency,
                "id" => &mut columns.id,
                _ => return Err(bad()),
            };
            *slot = Some(header.ok_or_else(bad)?);
        }
        Ok(columns)
    }
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

impl Statement {
    /// What a reader starts from: no rows yet.
    fn new(format: Format) -> Statement {
        Statement {
            format,
            transactions: Vec::new(),
            skipped: Vec::new(),
        }
    }
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
    let mut statement = match format {
        Format::Ofx => ofx::read(&text, options),
        Format::Camt => camt::read(&text, options),
        Format::Mt940 => mt940::read(&text, options),
        Format::Csv => csv::read(&text, options),
    }?;
    // Money in cents, as everywhere in subs: `-4` and `6800,` are -4.00
    // and 6800.00 in every view and document that shows them.
    for row in &mut statement.transactions {
        if row.amount.scale() < 2 {
            row.amount.rescale(2);
        }
    }
    Ok(statement)
}

/// What the readers' tests share.
#[cfg(test)]
mod testing {
    use std::str::FromStr;

    use chrono::NaiveDate;
    use rust_decimal::Decimal;

    pub fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;
    use testing::{day, dec};

    #[test]
    fn whole_amounts_read_in_cents() {
        let text = "Date,Payee,Amount,Currency\n2026-01-05,CAFE,-4,USD\n2026-01-06,SHOP,-4.5,USD\n";
        let read = read(text.as_bytes(), &ReadOptions::default()).map(|s| {
            s.transactions
                .iter()
                .map(|t| t.amount.to_string())
                .collect::<Vec<_>>()
        });
        assert_eq!(
            read.ok(),
            Some(vec!["-4.00".to_string(), "-4.50".to_string()])
        );
    }

    #[test]
    fn columns_name_the_header_of_each_field_and_refuse_what_is_not_one() {
        let columns = Columns::parse("date=Buchungstag, amount = Betrag ,payee=Empfänger").ok();
        assert_eq!(
            columns,
            Some(Columns {
                date: Some("Buchungstag".into()),
                amount: Some("Betrag".into()),
                payee: Some("Empfänger".into()),
                ..Columns::default()
            })
        );
        for bad in ["date", "when=Datum", "date="] {
            let err = Columns::parse(bad)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert_eq!(
                err,
                format!(
                    "invalid --columns \"{bad}\": expected FIELD=HEADER pairs, FIELD one of date, amount, debit, credit, payee, memo, currency, id"
                )
            );
        }
    }

    fn samples() -> Option<PathBuf> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/statements");
        if dir.is_dir() {
            Some(dir)
        } else {
            eprintln!(
                "{} is not here; the shared samples are not read",
                dir.display()
            );
            None
        }
    }

    fn sample(dir: &Path, name: &str, format: Format) -> Statement {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let statement = read(&bytes, &ReadOptions::default()).unwrap();
        assert_eq!(statement.format, format, "{name} sniffed");
        assert!(
            statement.skipped.is_empty(),
            "{name}: {:?}",
            statement.skipped
        );
        statement
    }

    /// (date, amount, payee, memo, id) of a row.
    fn row(t: &Transaction) -> (NaiveDate, Decimal, &str, &str, Option<&str>) {
        (t.date, t.amount, &t.payee, &t.memo, t.id.as_deref())
    }

    #[test]
    fn every_shared_sample_parses() {
        let Some(dir) = samples() else {
            return;
        };
        let mercury = sample(&dir, "mercury-checking.ofx", Format::Ofx).transactions;
        assert_eq!(mercury.len(), 674);
        let debits = mercury.iter().filter(|t| t.is_debit()).count();
        let credits = mercury.iter().filter(|t| t.amount > Decimal::ZERO).count();
        assert_eq!((debits, credits), (559, 115));
        let first = mercury.iter().map(|t| t.date).min().unwrap();
        let last = mercury.iter().map(|t| t.date).max().unwrap();
        assert_eq!((first, last), (day(2024, 3, 11), day(2026, 3, 18)));
        assert_eq!(
            row(&mercury[1]),
            (
                day(2024, 3, 16),
                dec("-153.22"),
                "Figma",
                "FIGMA ANNUAL RENEWAL",
                Some("6f237640-9644-4473-88fe-408bf5baa54e")
            )
        );
        assert!(
            mercury
                .iter()
                .any(|t| t.payee == "Hiscox" && t.memo == "HIS*HISCOX INC")
        );
        assert!(mercury.iter().all(|t| t.currency == Some(Currency::USD)));

        let sns = sample(&dir, "sns-camt053-a.xml", Format::Camt).transactions;
        assert_eq!(sns.len(), 11);
        assert_eq!(
            row(&sns[0]),
            (
                day(2026, 1, 24),
                dec("-6.05"),
                "",
                "Kosten klantonderzoek GreatExample BV Periode: januari 2026 21% BTW BTW \
                 bedrag: 1,05 BTW nummer ASN: NL009413327B01",
                Some("20260125-137113")
            )
        );
        assert_eq!(
            (sns[2].amount, sns[2].payee.as_str(), sns[2].memo.as_str()),
            (dec("500.00"), "GreatExample BV", "Opname")
        );

        let ofxparse = sample(&dir, "ofxparse-checking.ofx", Format::Ofx).transactions;
        assert_eq!(ofxparse.len(), 3);
        assert_eq!(
            (ofxparse[1].amount, ofxparse[1].payee.as_str()),
            (dec("-34.51"), "AUTOMATIC WITHDRAWAL, ELECTRIC BILL")
        );
        assert_eq!(ofxparse[1].date, day(2011, 4, 5));
        mt940_samples(&dir);
    }

    fn mt940_samples(dir: &Path) {
        let cmxl = sample(dir, "cmxl-mt940.sta", Format::Mt940).transactions;
        assert_eq!(cmxl.len(), 16);
        assert_eq!(
            (cmxl[0].date, cmxl[0].amount),
            (day(2013, 10, 17), dec("-6800"))
        );
        assert!(cmxl[1].hints.standing_order, "DAUERAUFTR.");
        assert_eq!(cmxl[1].amount, dec("-620.3"));
        let rent = &cmxl[11];
        assert_eq!(
            (
                rent.date,
                rent.amount,
                rent.payee.as_str(),
                rent.memo.as_str()
            ),
            (day(2002, 11, 2), dec("-800"), "MUELLER", "Miete November")
        );
        assert!(rent.hints.standing_order);
        assert_eq!(rent.id.as_deref(), Some("55555"));
        assert!(cmxl[12].memo.contains("Gehalt Oktober"));
        assert_eq!(cmxl[12].currency, Currency::parse("EUR").ok());
        assert_eq!(cmxl[0].currency, None, "DEM is no longer a currency");
        let card = &cmxl[13];
        assert_eq!(
            (card.amount, card.date),
            (dec("20000.00"), day(2003, 10, 20))
        );
        assert!(card.payee.starts_with("HUTA SZKLA TOPIC"), "{}", card.payee);

        let ing = sample(dir, "jejik-ing.sta", Format::Mt940).transactions;
        assert_eq!(ing.len(), 7);
        assert_eq!(
            (ing[0].date, ing[0].amount),
            (day(2010, 7, 22), dec("-25.03"))
        );
        assert!(
            ing[0]
                .memo
                .starts_with("RC AFREKENING BETALINGSVERKEER BETREFT REKENING")
        );
        assert_eq!(ing[2].id.as_deref(), Some("TMG TANGO"));
        assert_eq!(ing[6].date, day(2010, 7, 23));
        assert!(
            ing.iter()
                .all(|t| t.currency == Currency::parse("EUR").ok())
        );
    }

    /// One small statement, written by hand in each format.
    const SAME_OFX_SGML: &str = "OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS>\
<STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>DE1\n<BANKTRANLIST>\n\
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240115<TRNAMT>-12,99<FITID>R1<NAME>Spotify<MEMO>Premium\n\
<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240201<TRNAMT>2000.00<FITID>R2<NAME>Acme<MEMO>Salary\n\
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240215<TRNAMT>-12.99<FITID>R3<NAME>Spotify<MEMO>Premium\n\
</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";

    const SAME_OFX_XML: &str = "<?xml version=\"1.0\"?><?OFX OFXHEADER=\"200\"?>\n<OFX>\
<BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR</CURDEF><BANKACCTFROM><ACCTID>DE1</ACCTID>\
</BANKACCTFROM><BANKTRANLIST>\n\
<STMTTRN><DTPOSTED>20240115</DTPOSTED><TRNAMT>-12.99</TRNAMT><FITID>R1</FITID>\
<NAME>Spotify</NAME><MEMO>Premium</MEMO></STMTTRN>\n\
<STMTTRN><DTPOSTED>20240201</DTPOSTED><TRNAMT>2000</TRNAMT><FITID>R2</FITID>\
<NAME>Acme</NAME><MEMO>Salary</MEMO></STMTTRN>\n\
<STMTTRN><DTPOSTED>20240215</DTPOSTED><TRNAMT>-12.99</TRNAMT><FITID>R3</FITID>\
<NAME>Spotify</NAME><MEMO>Premium</MEMO></STMTTRN>\n\
</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";

    fn camt_entry(
        id: &str,
        date: &str,
        amount: &str,
        debit: bool,
        name: &str,
        memo: &str,
    ) -> String {
        let (ind, party) = if debit {
            ("DBIT", "Cdtr")
        } else {
            ("CRDT", "Dbtr")
        };
        format!(
            "<Ntry><Amt Ccy=\"EUR\">{amount}</Amt><CdtDbtInd>{ind}</CdtDbtInd><Sts>BOOK</Sts>\
             <BookgDt><Dt>{date}</Dt></BookgDt><AcctSvcrRef>{id}</AcctSvcrRef><NtryDtls><TxDtls>\
             <RltdPties><{party}><Nm>{name}</Nm></{party}></RltdPties>\
             <RmtInf><Ustrd>{memo}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n"
        )
    }

    fn same_camt() -> String {
        format!(
            "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.04\">\
             <BkToCstmrStmt><Stmt><Acct><Id><IBAN>DE1</IBAN></Id></Acct>\n{}{}{}</Stmt>\
             </BkToCstmrStmt></Document>",
            camt_entry("R1", "2024-01-15", "12.99", true, "Spotify", "Premium"),
            camt_entry("R2", "2024-02-01", "2000.00", false, "Acme", "Salary"),
            camt_entry("R3", "2024-02-15", "12.99", true, "Spotify", "Premium"),
        )
    }

    const SAME_MT940: &str = ":20:S\n:25:DE1\n:60F:C240101EUR0,\n\
:61:240115D12,99NDDTNONREF//R1\n:86:105?00LASTSCHRIFT?20Premium?32Spotify\n\
:61:240201C2000,NTRFNONREF//R2\n:86:166?00GUTSCHRIFT?20Salary?32Acme\n\
:61:240215D12,99NDDTNONREF//R3\n:86:105?00LASTSCHRIFT?20Premium?32Spotify\n\
:62F:C240215EUR1974,02\n-\n";

    #[test]
    fn the_same_statement_reads_the_same_in_every_format() {
        let expected = [
            (
                day(2024, 1, 15),
                dec("-12.99"),
                "Spotify",
                "Premium",
                Some("R1"),
            ),
            (day(2024, 2, 1), dec("2000"), "Acme", "Salary", Some("R2")),
            (
                day(2024, 2, 15),
                dec("-12.99"),
                "Spotify",
                "Premium",
                Some("R3"),
            ),
        ];
        let camt = same_camt();
        for (text, format) in [
            (SAME_OFX_SGML, Format::Ofx),
            (SAME_OFX_XML, Format::Ofx),
            (camt.as_str(), Format::Camt),
            (SAME_MT940, Format::Mt940),
        ] {
            let statement = read(text.as_bytes(), &ReadOptions::default()).unwrap();
            assert_eq!(statement.format, format);
            let rows: Vec<_> = statement.transactions.iter().map(row).collect();
            assert_eq!(rows, expected, "{format:?}");
            assert!(
                statement
                    .transactions
                    .iter()
                    .all(|t| t.currency == Currency::parse("EUR").ok())
            );
        }
    }

    #[test]
    fn the_format_option_overrides_sniffing() {
        let options = ReadOptions {
            format: Some(Format::Mt940),
            ..ReadOptions::default()
        };
        let statement = read(SAME_OFX_SGML.as_bytes(), &options).unwrap();
        assert_eq!(statement.format, Format::Mt940);
        assert!(statement.transactions.is_empty());
    }

    #[test]
    fn a_statement_in_utf16_or_windows_1252_reads_the_same() {
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(SAME_MT940.encode_utf16().flat_map(u16::to_le_bytes));
        let statement = read(&utf16, &ReadOptions::default()).unwrap();
        assert_eq!(statement.transactions.len(), 3);
        let latin = SAME_OFX_SGML.replace("Spotify", "Caf\u{e9}");
        let bytes: Vec<u8> = latin.chars().map(|c| c as u32 as u8).collect();
        let statement = read(&bytes, &ReadOptions::default()).unwrap();
        assert_eq!(statement.transactions[0].payee, "Café");
    }

    #[test]
    fn hostile_input_is_refused_or_read_without_panic() {
        let deep = "<a>".repeat(100_000);
        assert!(read(deep.as_bytes(), &ReadOptions::default()).is_err());
        for format in [Format::Ofx, Format::Camt, Format::Mt940] {
            let options = ReadOptions {
                format: Some(format),
                ..ReadOptions::default()
            };
            let _ = read(deep.as_bytes(), &options);
            let _ = read(b"\xff\xfe\x00", &options);
            let _ = read(b"", &options);
        }
    }
}
