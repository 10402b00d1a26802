//! OFX 1.x (SGML) and 2.x (XML), QFX too. A hand-written scanner, not a
//! parser: banks write unclosed aggregates, bare `&`, lowercase tags and
//! fields no schema knows, and a strict reader would refuse real exports
//! over a header field detection never looks at.

use std::borrow::Cow;

use super::parse::{self, AccountFilter};
use super::{Format, Hints, ReadOptions, Skipped, Statement, Transaction};
use crate::domain::currency::Currency;
use crate::error::Result;

pub(super) fn read(text: &str, options: &ReadOptions) -> Result<Statement> {
    let mut reader = Reader {
        out: Statement::new(Format::Ofx),
        filter: AccountFilter::new(options.account.as_deref()),
        account: None,
        currency: None,
        row: None,
        open: None,
    };
    for (line, token) in Scanner::new(text) {
        reader.token(line, token);
    }
    reader.finish_row();
    reader.filter.finish()?;
    Ok(reader.out)
}

/// What the scanner sees: a tag's upper-case name, or the text between tags.
#[derive(Debug, PartialEq, Eq)]
enum Token<'a> {
    Open(String),
    Close(String),
    Text(&'a str),
}

/// Tags and text in one pass, with the line each starts on. A `<` that
/// does not start a tag on its line is text.
struct Scanner<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Scanner {
            text,
            pos: 0,
            line: 1,
        }
    }

    /// Moves to `end`, counting the lines passed.
    fn advance(&mut self, end: usize) -> &'a str {
        let end = end.clamp(self.pos, self.text.len());
        let passed = self.text.get(self.pos..end).unwrap_or("");
        self.line += passed.bytes().filter(|b| *b == b'\n').count();
        self.pos = end;
        passed
    }

    /// Past the first `marker` from here, or to the end.
    fn skip_past(&mut self, marker: &str) {
        let rest = self.text.get(self.pos..).unwrap_or("");
        let end = rest
            .find(marker)
            .map_or(self.text.len(), |at| self.pos + at + marker.len());
        self.advance(end);
    }

    /// The tag at `self.pos` (which holds `<`): its token and where it ends.
    fn tag(&self) -> Option<(Token<'a>, usize)> {
        let rest = self.text.get(self.pos + 1..)?;
        let (closing, name_from) = match rest.strip_prefix('/') {
            Some(_) => (true, 1),
            None => (false, 0),
        };
        let after = rest.get(name_from..)?;
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | ':' | '-')))
            .unwrap_or(after.len());
        let name = after.get(..name_len)?;
        if name.is_empty() {
            return None;
        }
        let tail = after.get(name_len..)?;
        let gt = tail.find(['>', '<', '\n'])?;
        if !tail.get(gt..)?.starts_with('>') {
            return None;
        }
        // A namespace prefix (`ofx:STMTTRN`) does not change what it is.
        let local = name.rsplit(':').next().unwrap_or(name).to_ascii_uppercase();
        let end = self.pos + 1 + name_from + name_len + gt + 1;
        let token = if closing {
            Token::Close(local)
        } else {
            Token::Open(local)
        };
        Some((token, end))
    }
}

impl<'a> Iterator for Scanner<'a> {
    type Item = (usize, Token<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let rest = self.text.get(self.pos..)?;
            if rest.is_empty() {
                return None;
            }
            let line = self.line;
            if rest.starts_with("<!--") {
                self.skip_past("-->");
            } else if rest.starts_with("<?") || rest.starts_with("<!") {
                self.skip_past(">");
            } else if let Some((token, end)) = rest.starts_with('<').then(|| self.tag()).flatten() {
                self.advance(end);
                return Some((line, token));
            } else {
                // Text up to the next `<` after this character.
                let first = rest.chars().next().map_or(1, char::len_utf8);
                let end = rest
                    .get(first..)
                    .and_then(|r| r.find('<'))
                    .map_or(self.text.len(), |at| self.pos + first + at);
                return Some((line, Token::Text(self.advance(end))));
            }
        }
    }
}

/// One `<STMTTRN>` as written.
#[derive(Default)]
struct Row {
    line: usize,
    kind: String,
    posted: Option<String>,
    amount: Option<String>,
    fitid: Option<String>,
    name: Option<String>,
    memo: Option<String>,
    currency: Option<String>,
}

struct Reader<'a> {
    out: Statement,
    filter: AccountFilter<'a>,
    /// The current `<STMTRS>`/`<CCSTMTRS>`'s account and `CURDEF`.
    account: Option<String>,
    currency: Option<Currency>,
    row: Option<Row>,
    /// The element whose value the next text is.
    open: Option<String>,
}

impl Reader<'_> {
    fn token(&mut self, line: usize, token: Token<'_>) {
        match token {
            Token::Open(name) => {
                if ends_row(&name, false) {
                    self.finish_row();
                }
                match name.as_str() {
                    "STMTTRN" => {
                        self.row = Some(Row {
                            line,
                            ..Row::default()
                        })
                    }
                    "STMTRS" | "CCSTMTRS" => {
                        self.account = None;
                        self.currency = None;
                    }
                    _ => {}
                }
                self.open = Some(name);
            }
            Token::Close(name) => {
                self.open = None;
                if ends_row(&name, true) {
                    self.finish_row();
                }
            }
            Token::Text(text) => {
                if let Some(name) = self.open.take() {
                    self.field(&name, unescape(text.trim()));
                }
            }
        }
    }

    fn field(&mut self, name: &str, value: Cow<'_, str>) {
        if value.is_empty() {
            return;
        }
        let Some(row) = self.row.as_mut() else {
            match name {
                "CURDEF" => self.currency = parse::currency(&value),
                // The first ACCTID is the statement's own (BANKACCTFROM);
                // a transfer's BANKACCTTO sits inside its STMTTRN.
                "ACCTID" if self.account.is_none() => {
                    self.filter.saw(&value);
                    self.account = Some(value.into_owned());
                }
                _ => {}
            }
            return;
        };
        let slot = match name {
            "TRNTYPE" => {
                row.kind = value.to_ascii_uppercase();
                return;
            }
            "DTPOSTED" => &mut row.posted,
            "TRNAMT" => &mut row.amount,
            "FITID" => &mut row.fitid,
            // NAME, or PAYEE's NAME: the first one written.
            "NAME" => &mut row.name,
            "MEMO" => &mut row.memo,
            "CURSYM" => &mut row.currency,
            _ => return,
        };
        if slot.is_none() {
            *slot = Some(value.into_owned());
        }
    }

    fn finish_row(&mut self) {
        let Some(row) = self.row.take() else {
            return;
        };
        if !self.filter.keeps(self.account.as_deref()) {
            return;
        }
        match transaction(row, self.currency) {
            Ok(transaction) => self.out.transactions.push(transaction),
            Err(skipped) => self.out.skipped.push(skipped),
        }
    }
}

/// Whether a tag opening (or closing) means the current `<STMTTRN>` is
/// over, for files that never close it.
fn ends_row(name: &str, closing: bool) -> bool {
    const OPENING: &[&str] = &[
        "STMTTRN",
        "STMTRS",
        "CCSTMTRS",
        "STMTTRNRS",
        "CCSTMTTRNRS",
        "LEDGERBAL",
        "AVAILBAL",
        "BALLIST",
        "MKTGINFO",
    ];
    const CLOSING: &[&str] = &[
        "STMTTRN",
        "BANKTRANLIST",
        "STMTRS",
        "CCSTMTRS",
        "STMTTRNRS",
        "CCSTMTTRNRS",
        "OFX",
    ];
    if closing {
        CLOSING.contains(&name)
    } else {
        OPENING.contains(&name)
    }
}

fn transaction(row: Row, currency: Option<Currency>) -> Result<Transaction, Skipped> {
    let line = row.line;
    let skip = |reason: String| Skipped { line, reason };
    let posted = row
        .posted
        .ok_or_else(|| skip("the transaction has no DTPOSTED date".into()))?;
    let date = parse::yyyymmdd(&posted).ok_or_else(|| {
        skip(format!(
            "DTPOSTED `{}` is not a date (YYYYMMDD)",
            parse::quote(&posted)
        ))
    })?;
    let written = row
        .amount
        .ok_or_else(|| skip("the transaction has no TRNAMT amount".into()))?;
    let amount = parse::amount(&written).ok_or_else(|| {
        skip(format!(
            "TRNAMT `{}` is not an amount subs can hold",
            parse::quote(&written)
        ))
    })?;
    let hints = Hints {
        direct_debit: row.kind == "DIRECTDEBIT",
        standing_order: row.kind == "REPEATPMT",
        ..Hints::default()
    };
    Ok(Transaction {
        id: row.fitid,
        date,
        date_text: posted,
        amount,
        currency: row
            .currency
            .as_deref()
            .and_then(parse::currency)
            .or(currency),
        payee: row.name.unwrap_or_default(),
        memo: row.memo.unwrap_or_default(),
        hints,
        line,
    })
}

/// XML's entities and character references; a bare `&` (SGML files are
/// full of them) stays as written.
fn unescape(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).unwrap_or(""));
        let after = rest.get(at + 1..).unwrap_or("");
        // Entity names are short; looking further would make a text full
        // of bare `&` and no `;` quadratic.
        let entity = after
            .bytes()
            .take(12)
            .position(|b| b == b';')
            .and_then(|end| Some((end, entity(after.get(..end)?)?)));
        match entity {
            Some((end, c)) => {
                out.push(c);
                rest = after.get(end + 1..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some('\u{a0}'),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::statement::testing::{day, dec};

    fn read_ofx(text: &str) -> Statement {
        read(text, &ReadOptions::default()).unwrap()
    }

    /// OFX 1.x as sloppy banks write it: unclosed aggregates, a 10-digit
    /// BANKID, a zero DTSERVER, unknown elements, lowercase tags, a bare `&`.
    const SGML: &str = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nCHARSET:1252\n\n\
<OFX>\n<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>\n\
<DTSERVER>00000000000000\n<LANGUAGE>ENG\n<INTU.BID>51123\n</SONRS></SIGNONMSGSRSV1>\n\
<BANKMSGSRSV1><STMTTRNRS><TRNUID>0\n<STMTRS>\n<CURDEF>EUR\n\
<BANKACCTFROM>\n<BANKID>5472369148\n<ACCTID>1452687~7\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n\
<BANKTRANLIST>\n<DTSTART>20240101\n\
<STMTTRN>\n<TRNTYPE>DIRECTDEBIT\n<DTPOSTED>20240105120000.000[-5:EST]\n<TRNAMT>-9,99\n\
<FITID>A1\n<NAME>Netflix &amp; Co\n<MEMO>NETFLIX.COM & more\n<X-UNKNOWN>whatever\n\
<STMTTRN>\n<trntype>REPEATPMT\n<dtposted>20240201\n<trnamt>-500.00\n<fitid>A2\n\
<PAYEE><NAME>Landlord Ltd<ADDR1>1 Road</PAYEE>\n<MEMO>Rent\n\
<ORIGCURRENCY><CURRATE>1.1<CURSYM>USD</ORIGCURRENCY>\n\
<STMTTRN>\n<TRNTYPE>DEBIT\n<TRNAMT>-1.00\n<FITID>A3\n\
<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20240203\n<FITID>A4\n\
<STMTTRN>\n<TRNTYPE>CREDIT\n<DTPOSTED>20240204\n<TRNAMT>+25.5\n<FITID>A5\n<NAME>Refund\n\
<LEDGERBAL><BALAMT>100.00<DTASOF>20240301\n</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";

    #[test]
    fn sgml_with_unclosed_tags_and_oddities_reads_every_row() {
        let statement = read_ofx(SGML);
        assert_eq!(statement.format, Format::Ofx);
        let rows = &statement.transactions;
        assert_eq!(rows.len(), 3, "{rows:#?}");
        let netflix = &rows[0];
        assert_eq!(netflix.date, day(2024, 1, 5));
        assert_eq!(netflix.date_text, "20240105120000.000[-5:EST]");
        assert_eq!(netflix.amount, dec("-9.99"));
        assert_eq!(netflix.id.as_deref(), Some("A1"));
        assert_eq!(netflix.payee, "Netflix & Co");
        assert_eq!(netflix.memo, "NETFLIX.COM & more");
        assert_eq!(netflix.currency, Currency::parse("EUR").ok());
        assert!(netflix.hints.direct_debit && !netflix.hints.standing_order);
        assert_eq!(netflix.line, 22);
        let rent = &rows[1];
        assert_eq!(rent.payee, "Landlord Ltd", "PAYEE/NAME");
        assert_eq!(rent.memo, "Rent");
        assert_eq!(rent.currency, Some(Currency::USD), "the row's CURSYM");
        assert!(rent.hints.standing_order && !rent.hints.direct_debit);
        assert_eq!(rows[2].amount, dec("25.5"));
        assert_eq!(rows[2].memo, "");
    }

    #[test]
    fn a_row_without_date_or_amount_is_skipped_with_its_line() {
        let statement = read_ofx(SGML);
        let reasons: Vec<(usize, &str)> = statement
            .skipped
            .iter()
            .map(|s| (s.line, s.reason.as_str()))
            .collect();
        assert_eq!(
            reasons,
            [
                (38, "the transaction has no DTPOSTED date"),
                (42, "the transaction has no TRNAMT amount")
            ]
        );
        let bad = SGML.replace("<TRNAMT>-9,99", "<TRNAMT>lots");
        let statement = read_ofx(&bad);
        assert!(statement.skipped[0].reason.contains("`lots`"));
        let bad = SGML.replace("20240105120000", "2024XX05");
        assert!(read_ofx(&bad).skipped[0].reason.contains("DTPOSTED"));
    }

    #[test]
    fn xml_ofx_2_with_closing_tags_and_entities() {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<?OFX OFXHEADER=\"200\" VERSION=\"220\"?>\n<OFX>\n<!-- a <STMTTRN> in a comment -->\n\
<CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>GBP</CURDEF>\n\
<CCACCTFROM><ACCTID>4111</ACCTID></CCACCTFROM>\n<BANKTRANLIST>\n\
<STMTTRN>\n  <TRNTYPE>DEBIT</TRNTYPE>\n  <DTPOSTED>20240310</DTPOSTED>\n\
  <TRNAMT>-7.99</TRNAMT>\n  <FITID>x&lt;1&gt;</FITID>\n  <NAME>Spotify &#x26; AB</NAME>\n\
  <MEMO>Premium&#160;plan</MEMO>\n</STMTTRN>\n</BANKTRANLIST>\n\
<LEDGERBAL><BALAMT>1.00</BALAMT></LEDGERBAL>\n</CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>";
        let rows = read_ofx(xml).transactions;
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        assert_eq!(
            (row.date, row.amount, row.line),
            (day(2024, 3, 10), dec("-7.99"), 8)
        );
        assert_eq!(row.id.as_deref(), Some("x<1>"));
        assert_eq!(row.payee, "Spotify & AB");
        assert_eq!(row.memo, "Premium\u{a0}plan");
        assert_eq!(row.currency, Currency::parse("GBP").ok());
    }

    const TWO_ACCOUNTS: &str = "<OFX><BANKMSGSRSV1>\n\
<STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>111</BANKACCTFROM>\n\
<STMTTRN><DTPOSTED>20240101<TRNAMT>-1<FITID>u1\n\
<STMTTRN><DTPOSTED>20240102<TRNAMT>-2<FITID>u2<BANKACCTTO><ACCTID>999</BANKACCTTO>\n\
</STMTRS></STMTTRNRS>\n\
<STMTTRNRS><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>222</BANKACCTFROM>\n\
<STMTTRN><DTPOSTED>20240103<TRNAMT>-3<FITID>e1\n\
</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";

    #[test]
    fn several_accounts_are_all_read_each_row_in_its_currency() {
        let rows = read_ofx(TWO_ACCOUNTS).transactions;
        let seen: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| {
                (
                    r.id.as_deref().unwrap(),
                    r.currency.as_ref().unwrap().code(),
                )
            })
            .collect();
        assert_eq!(seen, [("u1", "USD"), ("u2", "USD"), ("e1", "EUR")]);
    }

    #[test]
    fn the_account_option_keeps_one_and_refuses_an_unknown_one() {
        let options = ReadOptions {
            account: Some("222".into()),
            ..ReadOptions::default()
        };
        let rows = read(TWO_ACCOUNTS, &options).unwrap().transactions;
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].id.as_deref(), Some("e1"));
        // A transfer's BANKACCTTO is not a statement's account.
        let options = ReadOptions {
            account: Some("999".into()),
            ..ReadOptions::default()
        };
        let err = read(TWO_ACCOUNTS, &options).unwrap_err().to_string();
        assert!(
            err.contains("--account") && err.contains("111, 222"),
            "{err}"
        );
    }

    #[test]
    fn the_scanner_treats_a_stray_angle_bracket_as_text() {
        let tokens: Vec<Token> = Scanner::new("<NAME>a < b <c\n<MEMO>x</MEMO>")
            .map(|(_, t)| t)
            .collect();
        assert_eq!(
            tokens,
            [
                Token::Open("NAME".into()),
                Token::Text("a "),
                Token::Text("< b "),
                Token::Text("<c\n"),
                Token::Open("MEMO".into()),
                Token::Text("x"),
                Token::Close("MEMO".into()),
            ]
        );
        assert_eq!(
            unescape("a & b &amp; &#65;&unknown; &"),
            "a & b & A&unknown; &"
        );
    }

    #[test]
    fn every_prefix_of_a_file_reads_without_panic() {
        for end in 0..=SGML.len() {
            let _ =
                super::super::read(SGML.as_bytes().get(..end).unwrap(), &ReadOptions::default());
            if let Some(prefix) = SGML.get(..end) {
                let _ = read(prefix, &ReadOptions::default());
            }
        }
    }

    #[test]
    fn deep_nesting_and_huge_values_stay_linear() {
        let deep = "<a>".repeat(100_000);
        assert!(read_ofx(&deep).transactions.is_empty());
        let many = "<STMTTRN><DTPOSTED>20240101<TRNAMT>1&&&&&&&&&&&&&&&\n".repeat(20_000);
        let statement = read_ofx(&many);
        assert_eq!(statement.skipped.len(), 20_000);
        let huge = format!(
            "<STMTTRN><DTPOSTED>20240101<TRNAMT>{}",
            "9".repeat(1_000_000)
        );
        let statement = read_ofx(&huge);
        assert_eq!(statement.skipped.len(), 1);
        assert!(statement.skipped[0].reason.len() < 100);
    }
}
