//! The same generated rows written as banks write them: OFX 1.x SGML
//! (CHARSET 1252) and 2.x XML, camt.053.001.02 and .001.08, MT940 with and
//! without SWIFT blocks, and CSV dialects (`csv_writers`).

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::{Account, Kind, Locale, Row};

#[path = "csv_writers.rs"]
mod csv_writers;

/// Every format, by the name `gen --format` takes.
pub const FORMATS: &[&str] = &[
    "ofx1",
    "ofx2",
    "camt053-v02",
    "camt053-v08",
    "mt940",
    "mt940-plain",
    "csv-us",
    "csv-uk",
    "csv-de",
    "csv-nl",
    "csv-fr",
    "csv-es",
    "csv-pt",
    "csv-utf16",
    "csv-tab",
];

pub fn extension(format: &str) -> &'static str {
    match format {
        "ofx1" | "ofx2" => "ofx",
        "camt053-v02" | "camt053-v08" => "xml",
        "mt940" | "mt940-plain" => "sta",
        "csv-tab" => "tsv",
        _ => "csv",
    }
}

/// The statement's bytes in `format`, or None for an unknown format.
pub fn write(format: &str, account: &Account, rows: &[Row]) -> Option<Vec<u8>> {
    Some(match format {
        "ofx1" => cp1252(&ofx(account, rows, false)),
        "ofx2" => ofx(account, rows, true).into_bytes(),
        "camt053-v02" => camt(account, rows, 2).into_bytes(),
        "camt053-v08" => camt(account, rows, 8).into_bytes(),
        "mt940" => cp1252(&mt940(account, rows, true)),
        "mt940-plain" => cp1252(&mt940(account, rows, false)),
        other => csv_writers::write(other, account, rows)?,
    })
}

/// Two decimals, a point, a leading minus.
pub fn point(amount: Decimal) -> String {
    let mut a = amount.round_dp(2);
    a.rescale(2);
    a.to_string()
}

/// Two decimals with a decimal comma; `thousands` groups with it (1.234,56).
pub fn comma(amount: Decimal, thousands: Option<char>) -> String {
    let text = point(amount.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, "00"));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if let Some(t) = thousands
            && i > 0
            && (int.len() - i) % 3 == 0
        {
            grouped.push(t);
        }
        grouped.push(c);
    }
    let sign = if amount.is_sign_negative() && !amount.is_zero() {
        "-"
    } else {
        ""
    };
    format!("{sign}{grouped},{frac}")
}

/// Windows-1252 bytes; characters it lacks become `?`.
pub fn cp1252(text: &str) -> Vec<u8> {
    const HIGH: [(char, u8); 27] = [
        ('€', 0x80),
        ('‚', 0x82),
        ('ƒ', 0x83),
        ('„', 0x84),
        ('…', 0x85),
        ('†', 0x86),
        ('‡', 0x87),
        ('ˆ', 0x88),
        ('‰', 0x89),
        ('Š', 0x8A),
        ('‹', 0x8B),
        ('Œ', 0x8C),
        ('Ž', 0x8E),
        ('\u{2018}', 0x91),
        ('\u{2019}', 0x92),
        ('\u{201C}', 0x93),
        ('\u{201D}', 0x94),
        ('•', 0x95),
        ('–', 0x96),
        ('—', 0x97),
        ('˜', 0x98),
        ('™', 0x99),
        ('š', 0x9A),
        ('›', 0x9B),
        ('œ', 0x9C),
        ('ž', 0x9E),
        ('Ÿ', 0x9F),
    ];
    text.chars()
        .map(|c| match u32::from(c) {
            n @ (0..=0x7F | 0xA0..=0xFF) => n as u8,
            _ => HIGH.iter().find(|(h, _)| *h == c).map_or(b'?', |(_, b)| *b),
        })
        .collect()
}

pub fn utf16le_bom(text: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        out.extend_from_slice(&unit.to_le_bytes());
    }
    out
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// At most `n` characters.
pub fn clip(text: &str, n: usize) -> String {
    text.chars().take(n).collect()
}

/// Payee and memo as one text, for formats with one description column.
pub fn joined(row: &Row) -> String {
    if row.memo.is_empty() {
        row.payee.clone()
    } else {
        format!("{} {}", row.payee, row.memo)
    }
}

fn ofx_type(kind: Kind) -> &'static str {
    match kind {
        Kind::Card => "POS",
        Kind::DirectDebit => "DIRECTDEBIT",
        Kind::StandingOrder => "REPEATPMT",
        Kind::Transfer => "XFER",
        Kind::Payoff => "PAYMENT",
        Kind::Tax => "DEBIT",
        Kind::Atm => "ATM",
        Kind::Fee => "FEE",
        Kind::Salary => "DIRECTDEP",
        Kind::Refund => "CREDIT",
        Kind::Interest => "INT",
    }
}

/// OFX 1.02 SGML (leaf elements unclosed, CHARSET 1252) or 2.2 XML.
fn ofx(account: &Account, rows: &[Row], xml: bool) -> String {
    let mut out = String::new();
    if xml {
        out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        out.push_str("<?OFX OFXHEADER=\"200\" VERSION=\"220\" SECURITY=\"NONE\" OLDFILEUID=\"NONE\" NEWFILEUID=\"NONE\"?>\n");
    } else {
        out.push_str("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n");
    }
    let leaf = |out: &mut String, tag: &str, value: &str| {
        if xml {
            out.push_str(&format!("<{tag}>{}</{tag}>\n", escape_xml(value)));
        } else {
            out.push_str(&format!("<{tag}>{}\n", escape_xml(value)));
        }
    };
    let tz = if account.locale == Locale::Us {
        "[-5:EST]"
    } else {
        "[+1:CET]"
    };
    let stamp = |d: NaiveDate| format!("{}120000.000{tz}", d.format("%Y%m%d"));
    out.push_str("<OFX>\n<SIGNONMSGSRSV1>\n<SONRS>\n<STATUS>\n");
    leaf(&mut out, "CODE", "0");
    leaf(&mut out, "SEVERITY", "INFO");
    out.push_str("</STATUS>\n");
    leaf(&mut out, "DTSERVER", &stamp(account.end));
    leaf(&mut out, "LANGUAGE", "ENG");
    out.push_str("</SONRS>\n</SIGNONMSGSRSV1>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n");
    leaf(&mut out, "TRNUID", "1");
    out.push_str("<STATUS>\n");
    leaf(&mut out, "CODE", "0");
    leaf(&mut out, "SEVERITY", "INFO");
    out.push_str("</STATUS>\n<STMTRS>\n");
    leaf(&mut out, "CURDEF", &account.currency);
    out.push_str("<BANKACCTFROM>\n");
    leaf(&mut out, "BANKID", &account.bank_code);
    leaf(&mut out, "ACCTID", &account.number);
    leaf(&mut out, "ACCTTYPE", "CHECKING");
    out.push_str("</BANKACCTFROM>\n<BANKTRANLIST>\n");
    leaf(&mut out, "DTSTART", &stamp(account.start));
    leaf(&mut out, "DTEND", &stamp(account.end));
    for r in rows {
        out.push_str("<STMTTRN>\n");
        leaf(&mut out, "TRNTYPE", ofx_type(r.kind));
        leaf(&mut out, "DTPOSTED", &stamp(r.date));
        leaf(&mut out, "DTUSER", &stamp(r.value_date));
        leaf(&mut out, "TRNAMT", &point(r.amount));
        leaf(&mut out, "FITID", &r.id);
        // NAME holds 32 characters; banks put the whole descriptor in MEMO
        // when they cut it.
        let name = clip(&r.payee, 32);
        leaf(&mut out, "NAME", &name);
        let memo = if r.memo.is_empty() && name != r.payee {
            r.payee.clone()
        } else {
            r.memo.clone()
        };
        if !memo.is_empty() {
            leaf(&mut out, "MEMO", &memo);
        }
        out.push_str("</STMTTRN>\n");
    }
    out.push_str("</BANKTRANLIST>\n<LEDGERBAL>\n");
    leaf(&mut out, "BALAMT", &point(closing(account, rows)));
    leaf(&mut out, "DTASOF", &stamp(account.end));
    out.push_str("</LEDGERBAL>\n</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n");
    out
}

pub fn closing(account: &Account, rows: &[Row]) -> Decimal {
    account.opening + rows.iter().map(|r| r.amount).sum::<Decimal>()
}

/// ISO 20022 bank transaction codes (domain, family, sub-family).
fn camt_code(kind: Kind) -> (&'static str, &'static str, &'static str) {
    match kind {
        Kind::Card => ("PMNT", "CCRD", "POSD"),
        Kind::DirectDebit => ("PMNT", "RDDT", "ESDD"),
        Kind::StandingOrder => ("PMNT", "ICDT", "STDO"),
        Kind::Atm => ("PMNT", "CCRD", "CWDL"),
        Kind::Fee | Kind::Interest => ("ACMT", "MDOP", "CHRG"),
        Kind::Salary | Kind::Refund => ("PMNT", "RCDT", "ESCT"),
        Kind::Transfer | Kind::Payoff | Kind::Tax => ("PMNT", "ICDT", "ESCT"),
    }
}

/// camt.053.001.02 (`version` 2) or .001.08: one statement, one `Ntry` per row.
fn camt(account: &Account, rows: &[Row], version: u8) -> String {
    let ns = format!("urn:iso:std:iso:20022:tech:xsd:camt.053.001.{version:02}");
    let ccy = &account.currency;
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"{ns}\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n<BkToCstmrStmt>\n<GrpHdr><MsgId>MSG{}</MsgId><CreDtTm>{}T06:00:00</CreDtTm></GrpHdr>\n<Stmt>\n<Id>STMT{}</Id><ElctrncSeqNb>1</ElctrncSeqNb><CreDtTm>{}T06:00:00</CreDtTm>\n<FrToDt><FrDtTm>{}T00:00:00</FrDtTm><ToDtTm>{}T23:59:59</ToDtTm></FrToDt>\n",
        account.end.format("%Y%m%d"),
        account.end,
        account.end.format("%Y%m%d"),
        account.end,
        account.start,
        account.end
    );
    out.push_str(&format!(
        "<Acct><Id><IBAN>{}</IBAN></Id><Ccy>{ccy}</Ccy><Ownr><Nm>{}</Nm></Ownr><Svcr><FinInstnId><BIC>{}</BIC></FinInstnId></Svcr></Acct>\n",
        account.iban,
        escape_xml(&account.holder),
        account.bic
    ));
    out.push_str(&balance("OPBD", account.opening, ccy, account.start));
    out.push_str(&balance("CLBD", closing(account, rows), ccy, account.end));
    for r in rows {
        out.push_str(&entry(r, ccy, version));
    }
    out.push_str("</Stmt>\n</BkToCstmrStmt>\n</Document>\n");
    out
}

fn balance(code: &str, amount: Decimal, ccy: &str, date: NaiveDate) -> String {
    let ind = if amount.is_sign_negative() {
        "DBIT"
    } else {
        "CRDT"
    };
    format!(
        "<Bal><Tp><CdOrPrtry><Cd>{code}</Cd></CdOrPrtry></Tp><Amt Ccy=\"{ccy}\">{}</Amt><CdtDbtInd>{ind}</CdtDbtInd><Dt><Dt>{date}</Dt></Dt></Bal>\n",
        point(amount.abs())
    )
}

fn entry(r: &Row, ccy: &str, version: u8) -> String {
    let amount = point(r.amount.abs());
    let ind = if r.amount.is_sign_negative() {
        "DBIT"
    } else {
        "CRDT"
    };
    let status = if version >= 8 {
        "<Sts><Cd>BOOK</Cd></Sts>"
    } else {
        "<Sts>BOOK</Sts>"
    };
    let (domain, family, sub) = camt_code(r.kind);
    let party = if r.amount.is_sign_negative() {
        "Cdtr"
    } else {
        "Dbtr"
    };
    let name = escape_xml(&r.payee);
    let named = if version >= 8 {
        format!("<{party}><Pty><Nm>{name}</Nm></Pty></{party}>")
    } else {
        format!("<{party}><Nm>{name}</Nm></{party}>")
    };
    let creditor = match (&r.creditor, party) {
        (Some(id), "Cdtr") if version < 8 => format!(
            "<{party}><Nm>{name}</Nm><Id><PrvtId><Othr><Id>{id}</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id></{party}>"
        ),
        _ => named,
    };
    let mandate = r
        .mandate
        .as_ref()
        .map(|m| format!("<MndtId>{}</MndtId>", escape_xml(m)))
        .unwrap_or_default();
    let remittance = if r.memo.is_empty() {
        String::new()
    } else {
        format!("<RmtInf><Ustrd>{}</Ustrd></RmtInf>", escape_xml(&r.memo))
    };
    format!(
        "<Ntry>\n<Amt Ccy=\"{ccy}\">{amount}</Amt><CdtDbtInd>{ind}</CdtDbtInd>{status}\n<BookgDt><Dt>{}</Dt></BookgDt><ValDt><Dt>{}</Dt></ValDt>\n<AcctSvcrRef>{}</AcctSvcrRef>\n<BkTxCd><Domn><Cd>{domain}</Cd><Fmly><Cd>{family}</Cd><SubFmlyCd>{sub}</SubFmlyCd></Fmly></Domn></BkTxCd>\n<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId>{mandate}</Refs><AmtDtls><TxAmt><Amt Ccy=\"{ccy}\">{amount}</Amt></TxAmt></AmtDtls><RltdPties>{creditor}</RltdPties>{remittance}</TxDtls></NtryDtls>\n</Ntry>\n",
        r.date, r.value_date, r.id
    )
}

/// German GV code, booking text and SWIFT type per kind.
fn mt940_code(kind: Kind) -> (&'static str, &'static str, &'static str) {
    match kind {
        Kind::Card => ("106", "KARTENZAHLUNG", "NMSC"),
        Kind::DirectDebit => ("105", "FOLGELASTSCHRIFT", "NDDT"),
        Kind::StandingOrder => ("117", "DAUERAUFTRAG", "NSTO"),
        Kind::Transfer | Kind::Payoff | Kind::Tax => ("177", "ONLINE-UEBERWEISUNG", "NTRF"),
        Kind::Atm => ("083", "BARGELDAUSZAHLUNG", "NMSC"),
        Kind::Fee => ("805", "ENTGELTABSCHLUSS", "NCHG"),
        Kind::Interest => ("805", "ZINSEN", "NINT"),
        Kind::Salary => ("153", "LOHN GEHALT", "NTRF"),
        Kind::Refund => ("166", "GUTSCHRIFT", "NTRF"),
    }
}

/// One MT940 statement per month. With `blocks`: SWIFT `{1:}{2:}{4:` … `-}`
/// and German structured `:86:` (`?20`–`?29` purpose, `?32`/`?33` name);
/// without: an ING-like file header and free-text multi-line `:86:`.
fn mt940(account: &Account, rows: &[Row], blocks: bool) -> String {
    let mut out = String::new();
    if !blocks {
        out.push_str(&format!(
            "0000 01{}XXXX00001\n0000 01{}XXXX00001\n940 00\n",
            account.bic, account.bic
        ));
    }
    let mut balance = account.opening;
    let mut index = 0;
    let mut number = 0;
    while index < rows.len() {
        let month = rows.get(index).map(|r| (r.date.year(), r.date.month()));
        let count = rows[index..]
            .iter()
            .take_while(|r| Some((r.date.year(), r.date.month())) == month)
            .count();
        let chunk = &rows[index..index + count];
        index += count;
        number += 1;
        let first = chunk.first().map_or(account.start, |r| r.date);
        let last = chunk.last().map_or(account.end, |r| r.date);
        if blocks {
            out.push_str(&format!(
                "{{1:F01{}XXXX0000000000}}{{2:O9401200{}{}XXXX00000000000000000000N}}{{4:\n",
                account.bic,
                last.format("%y%m%d"),
                account.bic
            ));
        }
        out.push_str(&format!(
            ":20:STARTUMS{number:05}\n:25:{}/{}\n:28C:{number:05}/001\n",
            account.bank_code, account.number
        ));
        out.push_str(&format!(
            ":60F:{}\n",
            mt_balance(balance, first, &account.currency)
        ));
        for r in chunk {
            out.push_str(&mt940_line(r, blocks));
            balance += r.amount;
        }
        out.push_str(&format!(
            ":62F:{}\n",
            mt_balance(balance, last, &account.currency)
        ));
        if blocks {
            out.push_str("-}\n");
        }
    }
    out
}

fn mt_balance(amount: Decimal, date: NaiveDate, ccy: &str) -> String {
    let mark = if amount.is_sign_negative() { "D" } else { "C" };
    format!(
        "{mark}{}{ccy}{}",
        date.format("%y%m%d"),
        comma(amount.abs(), None)
    )
}

fn mt940_line(r: &Row, structured: bool) -> String {
    let (gvc, text, swift) = mt940_code(r.kind);
    let mark = if r.amount.is_sign_negative() {
        "D"
    } else {
        "C"
    };
    let mut out = format!(
        ":61:{}{}{mark}{}{swift}NONREF//{}\n",
        r.value_date.format("%y%m%d"),
        r.date.format("%m%d"),
        comma(r.amount.abs(), None),
        r.id
    );
    let body = if structured {
        let mut fields = vec![format!("{gvc}?00{text}"), "?109310".to_string()];
        let purpose: Vec<char> = r.memo.chars().collect();
        for (i, part) in purpose.chunks(27).take(10).enumerate() {
            fields.push(format!("?2{i}{}", part.iter().collect::<String>()));
        }
        let name: Vec<char> = r.payee.replace('?', " ").chars().collect();
        for (i, part) in name.chunks(27).take(2).enumerate() {
            fields.push(format!("?3{}{}", i + 2, part.iter().collect::<String>()));
        }
        lines_of_fields(&fields)
    } else {
        wrap_words(&joined(r), 65)
    };
    for (i, line) in body.iter().enumerate() {
        out.push_str(if i == 0 { ":86:" } else { "" });
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Subfields packed into lines of at most 65 characters, never split.
fn lines_of_fields(fields: &[String]) -> Vec<String> {
    let mut lines: Vec<String> = vec![String::new()];
    for f in fields {
        let fits = lines
            .last()
            .is_some_and(|l| l.chars().count() + f.chars().count() <= 61);
        if !fits {
            lines.push(String::new());
        }
        if let Some(l) = lines.last_mut() {
            l.push_str(f);
        }
    }
    lines
}

/// Text broken at spaces into lines of at most `width` characters (a word
/// longer than that is cut).
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let word: String = clip(word, width);
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}
