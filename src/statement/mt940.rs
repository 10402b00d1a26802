//! SWIFT MT940, with or without the `{1:}{2:}{4:` envelope, several
//! statements per file, and the `:86:` narrative as German banks (`?20`
//! subfields, SEPA `MREF+` tags), ING (`/NAME/…/REMI/…`) and everyone else
//! (free text) write it.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::parse::{self, AccountFilter};
use super::{Format, Hints, ReadOptions, Skipped, Statement, Transaction};
use crate::domain::currency::Currency;
use crate::error::Result;

pub(super) fn read(text: &str, options: &ReadOptions) -> Result<Statement> {
    let mut reader = Reader {
        out: Statement::new(Format::Mt940),
        filter: AccountFilter::new(options.account.as_deref()),
        account: None,
        currency: None,
        pending: None,
    };
    for field in fields(text) {
        reader.field(field);
    }
    reader.flush();
    reader.filter.finish()?;
    Ok(reader.out)
}

struct Reader<'a> {
    out: Statement,
    filter: AccountFilter<'a>,
    /// The current statement's `:25:` and `:60F:` currency.
    account: Option<String>,
    currency: Option<Currency>,
    pending: Option<Pending<'a>>,
}

impl<'a> Reader<'a> {
    fn field(&mut self, field: Field<'a>) {
        if field.tag != "86" {
            self.flush();
        }
        match field.tag {
            "20" => {
                self.account = None;
                self.currency = None;
            }
            "25" => {
                let id = field.lines.first().map_or("", |l| l.trim()).to_string();
                self.filter.saw(&id);
                self.account = Some(id);
            }
            "60F" | "60M" => {
                // `C131016DEM84349,74`: the mark, the date, the currency.
                self.currency = field
                    .lines
                    .first()
                    .and_then(|l| l.trim().get(7..10))
                    .and_then(parse::currency);
            }
            "61" => self.pending = Some(Pending { field, info: None }),
            // An `:86:` after the closing balance is about the account, not a row.
            "86" => match self.pending.as_mut() {
                Some(row) if row.info.is_none() => row.info = Some(field.lines),
                _ => {}
            },
            _ => {}
        }
    }

    fn flush(&mut self) {
        let Some(row) = self.pending.take() else {
            return;
        };
        if self.filter.keeps(self.account.as_deref()) {
            match transaction(row, self.currency) {
                Ok(t) => self.out.transactions.push(t),
                Err(s) => self.out.skipped.push(s),
            }
        }
    }
}

/// One `:tag:` and its lines (the text after the tag, then the lines
/// that continue it).
struct Field<'a> {
    tag: &'a str,
    lines: Vec<&'a str>,
    line: usize,
}

/// A `:61:` waiting for its `:86:`.
struct Pending<'a> {
    field: Field<'a>,
    info: Option<Vec<&'a str>>,
}

/// The fields in file order. Lines before the first tag (a bank's own
/// header lines, SWIFT blocks) and after a `-` or `-}` end are not part of any.
fn fields(text: &str) -> Vec<Field<'_>> {
    let mut out: Vec<Field> = Vec::new();
    let mut open = false;
    for (index, raw) in text.lines().enumerate() {
        let line = match raw.find("{4:") {
            Some(at) => raw.get(at + 3..).unwrap_or(""),
            None if raw.starts_with('{') => {
                open = false;
                continue;
            }
            None => raw,
        };
        let trimmed = line.trim();
        if trimmed == "-" || trimmed.starts_with("-}") {
            open = false;
        } else if let Some((tag, rest)) = tag_of(line.trim_start()) {
            out.push(Field {
                tag,
                lines: vec![rest],
                line: index + 1,
            });
            open = true;
        } else if open && let Some(field) = out.last_mut() {
            field.lines.push(line);
        }
    }
    out
}

/// `:20:`, `:60F:`, `:28C:`: two digits and an optional letter between colons.
fn tag_of(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix(':')?;
    let end = rest.find(':')?;
    let tag = rest.get(..end)?;
    let well_formed = match tag.as_bytes() {
        [a, b] => a.is_ascii_digit() && b.is_ascii_digit(),
        [a, b, c] => a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_uppercase(),
        _ => false,
    };
    well_formed.then(|| (tag, rest.get(end + 1..).unwrap_or("")))
}

/// What a `:61:` line says.
struct Line61 {
    date: NaiveDate,
    date_text: String,
    amount: Decimal,
    kind: String,
    customer: String,
    bank: String,
}

/// `YYMMDD[MMDD](D|C|RD|RC)[funds]amount(N|F|S)xxx[reference][//bank reference]`
fn line_61(s: &str) -> std::result::Result<Line61, String> {
    let value = yymmdd(s).ok_or_else(|| {
        format!(
            "`:61:{}` does not start with a YYMMDD value date",
            parse::quote(s)
        )
    })?;
    let entry = parse::number(s, 6, 2).zip(parse::number(s, 8, 2));
    let at = if entry.is_some() { 10 } else { 6 };
    let date = entry
        .and_then(|(m, d)| booking_date(value, m, d))
        .unwrap_or(value);
    let rest = s.get(at..).unwrap_or("");
    let (negative, rest) = if let Some(r) = rest.strip_prefix("RD") {
        (false, r)
    } else if let Some(r) = rest.strip_prefix("RC") {
        (true, r)
    } else if let Some(r) = rest.strip_prefix('D') {
        (true, r)
    } else if let Some(r) = rest.strip_prefix('C') {
        (false, r)
    } else {
        return Err(format!(
            "`:61:{}` has no D or C mark after its date",
            parse::quote(s)
        ));
    };
    // The funds code: the currency's third letter.
    let rest = rest
        .strip_prefix(|c: char| c.is_ascii_alphabetic())
        .unwrap_or(rest);
    let len = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(rest.len());
    let written = rest.get(..len).unwrap_or("");
    let amount = parse::amount(written).ok_or_else(|| {
        format!(
            "the amount `{}` of `:61:` is not one subs can hold",
            parse::quote(written)
        )
    })?;
    let rest = rest.get(len..).unwrap_or("");
    let (kind, rest) = match rest.get(1..4) {
        Some(code) if rest.starts_with(['N', 'F', 'S']) => (code, rest.get(4..).unwrap_or("")),
        _ => ("", rest),
    };
    let (customer, bank) = rest.split_once("//").unwrap_or((rest, ""));
    Ok(Line61 {
        date,
        date_text: s.get(..at).unwrap_or("").to_string(),
        amount: if negative { -amount } else { amount },
        kind: kind.to_string(),
        customer: customer.trim().to_string(),
        bank: bank.trim().to_string(),
    })
}

/// `YYMMDD`: years before 80 are this century's.
fn yymmdd(s: &str) -> Option<NaiveDate> {
    let yy = i32::try_from(parse::number(s, 0, 2)?).ok()?;
    let year = if yy < 80 { 2000 + yy } else { 1900 + yy };
    NaiveDate::from_ymd_opt(year, parse::number(s, 2, 2)?, parse::number(s, 4, 2)?)
}

/// The entry date's month and day in the value date's year, across a New
/// Year between the two.
fn booking_date(value: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let year = match (value.month(), month) {
        (12, 1) => value.year() + 1,
        (1, 12) => value.year() - 1,
        _ => value.year(),
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

fn transaction(row: Pending<'_>, currency: Option<Currency>) -> Result<Transaction, Skipped> {
    let line = row.field.line;
    let first = row.field.lines.first().map_or("", |l| l.trim());
    let parsed = line_61(first).map_err(|reason| Skipped { line, reason })?;
    let mut said = row.info.as_deref().map(narrative).unwrap_or_default();
    if said.memo.is_empty() {
        // The `:61:` line's own supplementary details.
        said.memo = parse::squash(&row.field.lines.get(1..).unwrap_or_default().join(" "));
    }
    match parsed.kind.as_str() {
        "DDT" => said.hints.direct_debit = true,
        "STO" => said.hints.standing_order = true,
        _ => {}
    }
    let id = if !parsed.bank.is_empty() {
        Some(parsed.bank)
    } else if !parsed.customer.is_empty() && !parsed.customer.eq_ignore_ascii_case("NONREF") {
        Some(parsed.customer)
    } else {
        None
    };
    Ok(Transaction {
        id,
        date: parsed.date,
        date_text: parsed.date_text,
        amount: parsed.amount,
        currency,
        payee: said.payee,
        memo: said.memo,
        hints: said.hints,
        line,
    })
}

/// What an `:86:` says.
#[derive(Default)]
struct Narrative {
    payee: String,
    memo: String,
    hints: Hints,
}

fn narrative(lines: &[&str]) -> Narrative {
    // Structured narratives are cut into lines at a fixed width, mid-word.
    let joined = lines.concat();
    let text = joined.trim_start();
    let code = text
        .get(..3)
        .filter(|c| c.bytes().all(|b| b.is_ascii_digit()));
    if text.starts_with('?') || (code.is_some() && text.get(3..4) == Some("?")) {
        german(code.unwrap_or(""), text)
    } else if text.starts_with('/')
        && ["/NAME/", "/REMI/", "/TRTP/", "/CNTP/"]
            .iter()
            .any(|key| text.contains(key))
    {
        ing(text)
    } else {
        let text = parse::squash(&lines.join(" "));
        let mut said = Narrative::default();
        parse::keyword_hints(&text, &mut said.hints);
        said.memo = sepa(&text, &mut said.hints).unwrap_or(text);
        said
    }
}

/// `105?00LASTSCHRIFT?20…?29` purpose, `?32`/`?33` name.
fn german(code: &str, text: &str) -> Narrative {
    let mut said = Narrative::default();
    let (mut booking, mut purpose, mut name) = (String::new(), String::new(), String::new());
    for (field, value) in subfields(text) {
        match field {
            0 => booking.push_str(value),
            20..=29 | 60..=63 => purpose.push_str(value),
            32 | 33 => name.push_str(value),
            _ => {}
        }
    }
    parse::gv_code_hints(code, &mut said.hints);
    parse::keyword_hints(&booking, &mut said.hints);
    parse::keyword_hints(&purpose, &mut said.hints);
    let purpose = sepa(&purpose, &mut said.hints).unwrap_or(purpose);
    said.memo = parse::squash(if purpose.trim().is_empty() {
        &booking
    } else {
        &purpose
    });
    said.payee = parse::squash(&name);
    said
}

/// `?NN` subfields in order, found in one pass.
fn subfields(text: &str) -> Vec<(u32, &str)> {
    let starts: Vec<(usize, u32)> = text
        .match_indices('?')
        .filter_map(|(at, _)| Some((at, parse::number(text, at + 1, 2)?)))
        .collect();
    starts
        .iter()
        .enumerate()
        .map(|(i, &(at, code))| {
            let end = starts.get(i + 1).map_or(text.len(), |next| next.0);
            (code, text.get(at + 3..end).unwrap_or(""))
        })
        .collect()
}

/// SEPA tags in a purpose (`EREF+…MREF+…CRED+…SVWZ+…`): the mandate and
/// creditor become hints, and the purpose proper (`SVWZ+`) the memo.
fn sepa(purpose: &str, hints: &mut Hints) -> Option<String> {
    const TAGS: [&str; 13] = [
        "EREF+", "KREF+", "MREF+", "CRED+", "DEBT+", "COAS+", "OAMT+", "SVWZ+", "ABWA+", "ABWE+",
        "IBAN+", "BIC+", "PURP+",
    ];
    let mut found: Vec<(usize, &str)> = TAGS
        .iter()
        .flat_map(|tag| purpose.match_indices(tag).map(|(at, _)| (at, *tag)))
        .collect();
    if found.is_empty() {
        return None;
    }
    found.sort_unstable();
    let mut memo = None;
    for (i, &(at, tag)) in found.iter().enumerate() {
        let end = found.get(i + 1).map_or(purpose.len(), |next| next.0);
        let value = purpose.get(at + tag.len()..end).unwrap_or("").trim();
        match tag {
            "MREF+" if !value.is_empty() => {
                hints.mandate = Some(value.to_string());
                hints.direct_debit = true;
            }
            "CRED+" if !value.is_empty() => hints.creditor = Some(value.to_string()),
            "SVWZ+" => memo = Some(value.to_string()),
            _ => {}
        }
    }
    Some(memo.unwrap_or_else(|| purpose.to_string()))
}

/// ING's `/TRTP/SEPA Incasso/CSID/…/NAME/…/MARF/…/REMI/…`.
fn ing(text: &str) -> Narrative {
    const KEYS: [&str; 23] = [
        "TRTP", "IBAN", "BIC", "NAME", "EREF", "MARF", "CSID", "REMI", "ORDP", "BENM", "ID",
        "ADDR", "CNTP", "ULTC", "ULTD", "PURP", "RTRN", "ISDT", "PREF", "SVCL", "CHGS", "EXCH",
        "OCMT",
    ];
    let starts: Vec<(usize, &str)> = text
        .match_indices('/')
        .filter_map(|(at, _)| {
            let after = text.get(at + 1..)?;
            let key = KEYS.iter().find(|k| {
                after.starts_with(*k) && after.get(k.len()..).is_some_and(|r| r.starts_with('/'))
            })?;
            Some((at, *key))
        })
        .collect();
    let mut said = Narrative::default();
    for (i, &(at, key)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(text.len(), |next| next.0);
        let value = text
            .get(at + key.len() + 2..end)
            .unwrap_or("")
            .trim_matches('/')
            .trim();
        match key {
            "NAME" if said.payee.is_empty() => said.payee = value.to_string(),
            // `/CNTP/IBAN/BIC/name/city/`
            "CNTP" if said.payee.is_empty() => {
                said.payee = value.split('/').nth(2).unwrap_or("").trim().to_string();
            }
            "REMI" => {
                let remi = ["USTD//", "STRD/CUR/", "USTD/", "STRD/"]
                    .iter()
                    .find_map(|p| value.strip_prefix(p))
                    .unwrap_or(value);
                said.memo = parse::squash(remi.trim_matches('/'));
            }
            "MARF" if !value.is_empty() => {
                said.hints.mandate = Some(value.to_string());
                said.hints.direct_debit = true;
            }
            "CSID" if !value.is_empty() => said.hints.creditor = Some(value.to_string()),
            "TRTP" => parse::keyword_hints(value, &mut said.hints),
            _ => {}
        }
    }
    said.payee = parse::squash(&said.payee);
    said
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::statement::testing::{day, dec};

    fn read_mt940(text: &str) -> Statement {
        read(text, &ReadOptions::default()).unwrap()
    }

    const SWIFT: &str = "{1:F01BANKDEFFAXXX0000000000}{2:O9401200240101BANKDEFFAXXX}{4:
:20:STMT-1
:25:10020030/1234567
:28C:1/1
:60F:C231228EUR1000,00
:61:2312280102DR15,99NDDTNONREF//BANK-1
:86:105?00SEPA-LASTSCHRIFT?10931?20EREF+E2E-77?21MREF+MAND-1
?22CRED+DE98ZZZ09999999999?23SVWZ+Netflix Monat Janu
?24ar?32NETFLIX INTERNATIONAL?33 B.V.
:61:240105C6800,NTRFREF-42
:86:166?00GUTSCHRIFT?20Gehalt?32ACME GMBH
:61:240106RC5,NMSCNONREF
:86:Storno
:61:2401070107D500,NSTONONREF
:86:008?00DAUERAUFTRAG?20Miete Januar?32VERMIETER
:62F:C240107EUR8279,01
:86:Kontoinhaber-Info
-}
{5:{CHK:123456789ABC}}
{1:F01BANKDEFFAXXX0000000000}{2:O9401200240101BANKDEFFAXXX}{4:
:20:STMT-2
:25:DE02120300000000202051
:60M:C240101USD0,
:61:231231D1,NTRFNONREF
:86:/TRTP/SEPA Incasso algemeen doorlopend/CSID/NL98ZZZ999999990000/NAME/Vodafone Libertel BV/MARF/VF-123
/REMI/USTD//Factuur 1234/EREF/NOTPROVIDED
:61:231230D2,NTRFCUST-9
:86:Apple.com/bill
 iCloud 50GB
-}
";

    #[test]
    fn rows_of_every_statement_with_dates_amounts_and_ids() {
        let statement = read_mt940(SWIFT);
        assert_eq!(statement.format, Format::Mt940);
        let rows: Vec<(NaiveDate, Decimal, Option<&str>, &str)> = statement
            .transactions
            .iter()
            .map(|t| (t.date, t.amount, t.id.as_deref(), t.date_text.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                (day(2024, 1, 2), dec("-15.99"), Some("BANK-1"), "2312280102"),
                (day(2024, 1, 5), dec("6800"), Some("REF-42"), "240105"),
                (day(2024, 1, 6), dec("-5"), None, "240106"),
                (day(2024, 1, 7), dec("-500"), None, "2401070107"),
                (day(2023, 12, 31), dec("-1"), None, "231231"),
                (day(2023, 12, 30), dec("-2"), Some("CUST-9"), "231230"),
            ]
        );
        let lines: Vec<usize> = statement.transactions.iter().map(|t| t.line).collect();
        assert_eq!(lines, [6, 10, 12, 14, 24, 27]);
        let currencies: Vec<Option<&str>> = statement
            .transactions
            .iter()
            .map(|t| t.currency.as_ref().map(|c| c.code()))
            .collect();
        assert_eq!(currencies[0], Some("EUR"));
        assert_eq!(currencies[4], Some("USD"));
        assert!(statement.skipped.is_empty());
    }

    #[test]
    fn german_structured_narrative_with_sepa_tags() {
        let rows = read_mt940(SWIFT).transactions;
        let netflix = &rows[0];
        assert_eq!(netflix.payee, "NETFLIX INTERNATIONAL B.V.");
        assert_eq!(netflix.memo, "Netflix Monat Januar");
        assert!(netflix.hints.direct_debit && !netflix.hints.standing_order);
        assert_eq!(netflix.hints.mandate.as_deref(), Some("MAND-1"));
        assert_eq!(
            netflix.hints.creditor.as_deref(),
            Some("DE98ZZZ09999999999")
        );
        assert_eq!(
            (rows[1].payee.as_str(), rows[1].memo.as_str()),
            ("ACME GMBH", "Gehalt")
        );
        assert_eq!(rows[1].hints, Hints::default());
        let rent = &rows[3];
        assert_eq!(
            (rent.payee.as_str(), rent.memo.as_str()),
            ("VERMIETER", "Miete Januar")
        );
        assert!(rent.hints.standing_order && !rent.hints.direct_debit);
        assert_eq!(rows[2].memo, "Storno", "free text");
    }

    #[test]
    fn ing_structured_and_free_text_narratives() {
        let rows = read_mt940(SWIFT).transactions;
        let vodafone = &rows[4];
        assert_eq!(vodafone.payee, "Vodafone Libertel BV");
        assert_eq!(vodafone.memo, "Factuur 1234");
        assert_eq!(vodafone.hints.mandate.as_deref(), Some("VF-123"));
        assert_eq!(
            vodafone.hints.creditor.as_deref(),
            Some("NL98ZZZ999999990000")
        );
        assert!(vodafone.hints.direct_debit);
        assert_eq!(rows[5].memo, "Apple.com/bill iCloud 50GB");
        assert_eq!(rows[5].payee, "");
    }

    #[test]
    fn header_lines_before_the_first_tag_and_last_century_years() {
        let text = "0000 01INGBNL2AXXXX00001\n940 00\n:20:X\n:25:123\n:60F:C991230EUR0,\n\
                    :61:991231D1,5NTRFNONREF\n:86:Something\nwith two lines\n\
                    :61:991231C0,5FMSC\n:62F:C991231EUR0,\n-XXX\n";
        let rows = read_mt940(text).transactions;
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (rows[0].date, rows[0].amount),
            (day(1999, 12, 31), dec("-1.5"))
        );
        assert_eq!(rows[0].memo, "Something with two lines");
        assert_eq!(rows[1].amount, dec("0.5"));
    }

    #[test]
    fn the_account_option_keeps_one_statement() {
        let options = ReadOptions {
            account: Some("1234567".into()),
            ..ReadOptions::default()
        };
        let rows = read(SWIFT, &options).unwrap().transactions;
        assert_eq!(rows.len(), 4);
        let options = ReadOptions {
            account: Some("DE02 1203 0000 0000 2020 51".into()),
            ..ReadOptions::default()
        };
        assert_eq!(read(SWIFT, &options).unwrap().transactions.len(), 2);
        let options = ReadOptions {
            account: Some("nope".into()),
            ..ReadOptions::default()
        };
        assert!(
            read(SWIFT, &options)
                .unwrap_err()
                .to_string()
                .contains("--account")
        );
    }

    #[test]
    fn unreadable_lines_are_skipped_rows() {
        let text = format!(
            ":20:X\n:61:240101D{},NTRF\n:61:2401XXD1,NTRF\n:61:240101X1,NTRF\n:61:240101D,NTRF\n\
             :61:240101D1,NTRF\n",
            "9".repeat(35)
        );
        let statement = read_mt940(&text);
        assert_eq!(statement.transactions.len(), 1);
        let skipped: Vec<usize> = statement.skipped.iter().map(|s| s.line).collect();
        assert_eq!(skipped, [2, 3, 4, 5]);
        assert!(statement.skipped[0].reason.contains("amount"));
        assert!(statement.skipped[1].reason.contains("YYMMDD"));
        assert!(statement.skipped[2].reason.contains("D or C"));
    }

    #[test]
    fn the_entry_date_across_new_year() {
        let value = day(2023, 12, 30);
        assert_eq!(booking_date(value, 1, 2), Some(day(2024, 1, 2)));
        let value = day(2024, 1, 1);
        assert_eq!(booking_date(value, 12, 29), Some(day(2023, 12, 29)));
        // An impossible entry date falls back to the value date.
        let row = line_61("2402280231D1,NTRF").ok().unwrap();
        assert_eq!(row.date, day(2024, 2, 28));
    }

    #[test]
    fn every_prefix_of_a_file_reads_without_panic() {
        for end in 0..=SWIFT.len() {
            let _ = super::super::read(
                SWIFT.as_bytes().get(..end).unwrap(),
                &ReadOptions::default(),
            );
            if let Some(prefix) = SWIFT.get(..end) {
                let _ = read(prefix, &ReadOptions::default());
            }
        }
    }

    #[test]
    fn huge_input_stays_linear() {
        let many = ":61:240101D1,NTRF\n:86:?20a?20b?20c\n".repeat(50_000);
        assert_eq!(read_mt940(&many).transactions.len(), 50_000);
        let long = format!(":20:X\n:61:240101D1,NTRF\n:86:{}\n", "?2".repeat(500_000));
        assert_eq!(read_mt940(&long).transactions.len(), 1);
        let tags = format!(":61:240101D1,NTRF\n:86:{}\n", "MREF+".repeat(200_000));
        assert_eq!(read_mt940(&tags).transactions.len(), 1);
    }
}
