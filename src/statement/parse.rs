//! What the OFX, camt and MT940 readers share: amounts as banks write them,
//! dates from digits, the `--account` filter, line numbers and the German
//! booking codes (GV codes) both MT940 and camt carry.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::Hints;
use crate::domain::currency::Currency;
use crate::error::{Error, Result};

/// Longer than any amount a bank writes; a longer "amount" is not one, and
/// refusing it early keeps hostile input from costing anything.
const MAX_AMOUNT_CHARS: usize = 40;

/// An amount written `-9.99`, `+9.99`, `9,99`, `1.234,56`, `1,234.56`,
/// `6800,` or `9.99-`. `None` when it is not an amount or beyond what a
/// `Decimal` holds exactly.
pub(super) fn amount(text: &str) -> Option<Decimal> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'')
        .collect();
    if compact.is_empty() || compact.len() > MAX_AMOUNT_CHARS {
        return None;
    }
    let (negative, body) = if let Some(rest) = compact.strip_prefix('-') {
        (true, rest)
    } else if let Some(rest) = compact.strip_suffix('-') {
        (true, rest)
    } else {
        (false, compact.strip_prefix('+').unwrap_or(&compact))
    };
    let (int, frac) = split_decimal(body)?;
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let int = if int.is_empty() { "0" } else { int.as_str() };
    let written = if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    };
    let value = Decimal::from_str_exact(&written).ok()?;
    Some(if negative { -value } else { value })
}

/// The integer digits (grouping removed) and the fraction digits. The last
/// of `.` and `,` is the decimal separator unless it occurs more than once
/// (`1.234.567` has no fraction).
fn split_decimal(body: &str) -> Option<(String, String)> {
    let last = body.rfind(['.', ',']);
    let (int, frac) = match last {
        Some(at) => {
            let sep = body.get(at..)?.chars().next()?;
            if body.matches(sep).count() > 1 {
                // Only grouping: the other separator would be a decimal one before it.
                if body.contains(if sep == '.' { ',' } else { '.' }) {
                    return None;
                }
                (body, "")
            } else {
                (body.get(..at)?, body.get(at + 1..)?)
            }
        }
        None => (body, ""),
    };
    let int: String = int.chars().filter(|c| *c != '.' && *c != ',').collect();
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(&int) || !digits(frac) {
        return None;
    }
    Some((int, frac.to_string()))
}

/// The number the ASCII digits `text[from..from + len]` spell, if they are all digits.
pub(super) fn number(text: &str, from: usize, len: usize) -> Option<u32> {
    let digits = text.get(from..from + len)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// `YYYYMMDD` at the start of `text` (OFX, camt without dashes).
pub(super) fn yyyymmdd(text: &str) -> Option<NaiveDate> {
    let year = number(text, 0, 4)?;
    NaiveDate::from_ymd_opt(
        i32::try_from(year).ok()?,
        number(text, 4, 2)?,
        number(text, 6, 2)?,
    )
}

/// `YYYY-MM-DD` at the start of `text` (camt `Dt`, and `DtTm` before its `T`).
pub(super) fn iso_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

/// A currency code as a bank writes it; an unknown or withdrawn one (DEM) is none.
pub(super) fn currency(code: &str) -> Option<Currency> {
    Currency::parse(code).ok()
}

/// Shortened for a message: a hostile file's megabyte-long value is not quoted whole.
pub(super) fn quote(text: &str) -> String {
    const MAX: usize = 40;
    match text.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// Whether an account written by the user names the one a statement holds:
/// spaces and case do not matter (`DE89 3704 …`), and a bank code before a
/// `/` may be left out (MT940 `:25:45050050/76198810`).
fn account_matches(wanted: &str, actual: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_uppercase)
            .collect()
    };
    let (wanted, actual) = (norm(wanted), norm(actual));
    !wanted.is_empty()
        && (wanted == actual || actual.rsplit('/').next().is_some_and(|tail| tail == wanted))
}

/// `--account`: which statements of a file are kept, and the refusal when
/// the file names accounts and none is the one asked for.
pub(super) struct AccountFilter<'a> {
    wanted: Option<&'a str>,
    /// The first few accounts seen, for the message.
    seen: Vec<String>,
    matched: bool,
}

impl<'a> AccountFilter<'a> {
    pub(super) fn new(wanted: Option<&'a str>) -> Self {
        AccountFilter {
            wanted,
            seen: Vec::new(),
            matched: false,
        }
    }

    /// Notes an account the file names.
    pub(super) fn saw(&mut self, account: &str) {
        if self.keeps(Some(account)) {
            self.matched = true;
        }
        if self.seen.len() < 5 && !self.seen.iter().any(|s| s == account) {
            self.seen.push(account.to_string());
        }
    }

    /// Whether rows of a statement for `account` are kept; a statement that
    /// names no account cannot be told apart, so it is kept.
    pub(super) fn keeps(&self, account: Option<&str>) -> bool {
        match (self.wanted, account) {
            (Some(wanted), Some(account)) => account_matches(wanted, account),
            _ => true,
        }
    }

    pub(super) fn finish(&self) -> Result<()> {
        match self.wanted {
            Some(wanted) if !self.matched && !self.seen.is_empty() => Err(Error::invalid(format!(
                "no account in the statement is `{}` (it holds {}); --account names one of them",
                quote(wanted),
                self.seen
                    .iter()
                    .map(|s| quote(s))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
            _ => Ok(()),
        }
    }
}

/// 1-based line numbers of byte offsets asked for in increasing order, in
/// time linear in the text (an offset before the last one starts over).
pub(super) struct LineCounter<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        LineCounter {
            text,
            pos: 0,
            line: 1,
        }
    }

    pub(super) fn line_at(&mut self, pos: usize) -> usize {
        let pos = pos.min(self.text.len());
        if pos < self.pos {
            self.pos = 0;
            self.line = 1;
        }
        let passed = self.text.as_bytes().get(self.pos..pos).unwrap_or_default();
        self.line += passed.iter().filter(|b| **b == b'\n').count();
        self.pos = pos;
        self.line
    }
}

/// German booking codes (Geschäftsvorfallcodes) that mean a direct debit
/// (Lastschrift, SEPA core and B2B) or a standing order (Dauerauftrag).
pub(super) fn gv_code_hints(code: &str, hints: &mut Hints) {
    const DIRECT_DEBIT: &[&str] = &["004", "005", "104", "105", "107", "109"];
    const STANDING_ORDER: &[&str] = &["008", "117"];
    if DIRECT_DEBIT.contains(&code) {
        hints.direct_debit = true;
    }
    if STANDING_ORDER.contains(&code) {
        hints.standing_order = true;
    }
}

/// Words in a booking text that say the same where no code does.
pub(super) fn keyword_hints(text: &str, hints: &mut Hints) {
    let upper = text.to_uppercase();
    const DIRECT_DEBIT: &[&str] = &["LASTSCHRIFT", "INCASSO", "DIRECT DEBIT", "PRELEVEMENT"];
    const STANDING_ORDER: &[&str] = &["DAUERAUFTR", "STANDING ORDER", "PERIODIEKE OVERB"];
    if DIRECT_DEBIT.iter().any(|w| upper.contains(w)) {
        hints.direct_debit = true;
    }
    if STANDING_ORDER.iter().any(|w| upper.contains(w)) {
        hints.standing_order = true;
    }
}

/// Collapses runs of whitespace (line breaks included) to one space.
pub(super) fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::statement::testing::dec;

    #[test]
    fn amounts_in_the_ways_banks_write_them() {
        assert_eq!(amount("-9.99"), Some(dec("-9.99")));
        assert_eq!(amount("+9.99"), Some(dec("9.99")));
        assert_eq!(amount("9,99"), Some(dec("9.99")));
        assert_eq!(amount("-1.234,56"), Some(dec("-1234.56")));
        assert_eq!(amount("1,234.56"), Some(dec("1234.56")));
        assert_eq!(amount("1.234.567"), Some(dec("1234567")));
        assert_eq!(amount("6800,"), Some(dec("6800")));
        assert_eq!(amount("620,3"), Some(dec("620.3")));
        assert_eq!(amount(",5"), Some(dec("0.5")));
        assert_eq!(amount("9.99-"), Some(dec("-9.99")));
        assert_eq!(amount(" 2500.0 "), Some(dec("2500.0")));
        assert_eq!(amount("1'234.50"), Some(dec("1234.50")));
    }

    #[test]
    fn what_is_not_an_amount() {
        for text in ["", "-", ".", "abc", "1.2.3,4,5", "12a", "--5", "1e5"] {
            assert_eq!(amount(text), None, "{text}");
        }
        assert_eq!(amount(&"9".repeat(41)), None);
        // Beyond a Decimal's 96 bits.
        assert_eq!(amount(&"9".repeat(35)), None);
    }

    #[test]
    fn dates_from_digits() {
        assert_eq!(
            yyyymmdd("20240311220045.572[+0:UTC]"),
            NaiveDate::from_ymd_opt(2024, 3, 11)
        );
        assert_eq!(yyyymmdd("20240231"), None);
        assert_eq!(yyyymmdd("2024"), None);
        assert_eq!(
            iso_date("2026-01-24T10:00:00+01:00"),
            NaiveDate::from_ymd_opt(2026, 1, 24)
        );
        assert_eq!(iso_date("2026-1-24"), None);
        assert_eq!(number("ab12", 2, 2), Some(12));
        assert_eq!(number("ab12", 3, 2), None);
    }

    #[test]
    fn accounts_match_without_spaces_case_or_bank_code() {
        let filter = AccountFilter::new(Some("de89 3704 0044 0532 0130 00"));
        assert!(filter.keeps(Some("DE89370400440532013000")));
        assert!(!filter.keeps(Some("DE02120300000000202051")));
        assert!(filter.keeps(None));
        let filter = AccountFilter::new(Some("76198810"));
        assert!(filter.keeps(Some("45050050/76198810")));
        assert!(AccountFilter::new(None).keeps(Some("anything")));
    }

    #[test]
    fn an_account_no_statement_holds_is_refused_naming_the_flag() {
        let mut filter = AccountFilter::new(Some("123"));
        filter.saw("456");
        filter.saw("789");
        let err = filter.finish().unwrap_err().to_string();
        assert!(
            err.contains("--account") && err.contains("456, 789"),
            "{err}"
        );
        filter.saw("123");
        assert!(filter.finish().is_ok());
        // A file that names no account cannot refuse one.
        assert!(AccountFilter::new(Some("123")).finish().is_ok());
    }

    #[test]
    fn line_numbers_count_forward_and_start_over_backward() {
        let mut lines = LineCounter::new("a\nb\nc\n");
        assert_eq!(lines.line_at(0), 1);
        assert_eq!(lines.line_at(2), 2);
        assert_eq!(lines.line_at(5), 3);
        assert_eq!(lines.line_at(1), 1);
        assert_eq!(lines.line_at(999), 4);
    }

    #[test]
    fn booking_codes_and_words_give_hints() {
        let mut hints = Hints::default();
        gv_code_hints("105", &mut hints);
        assert!(hints.direct_debit && !hints.standing_order);
        let mut hints = Hints::default();
        gv_code_hints("008", &mut hints);
        assert!(hints.standing_order && !hints.direct_debit);
        let mut hints = Hints::default();
        keyword_hints("SEPA Lastschrift", &mut hints);
        assert!(hints.direct_debit);
        let mut hints = Hints::default();
        keyword_hints("DAUERAUFTR.NR. 14", &mut hints);
        assert!(hints.standing_order);
        assert_eq!(quote(&"x".repeat(50)).chars().count(), 41);
        assert_eq!(squash(" a \n b  c "), "a b c");
    }
}
