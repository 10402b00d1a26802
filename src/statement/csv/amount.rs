//! Amounts as banks write them: `-1.234,56`, `1 234,56`, `1'234.56`,
//! `-1,234.56`, `€ 12,99`, `12.99 USD`, `-$9.99`, `(9.99)`, `9,99-`, `+5`.
//! Whether the comma or the point is the decimal mark is decided once per
//! file from all its amounts: a row alone (`1,234`) often cannot say.

use std::str::FromStr;

use rust_decimal::Decimal;

use super::shown;
use crate::domain::currency::Currency;

/// The decimal mark of a file's amounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mark {
    Comma,
    Point,
}

/// An amount read: signed, and the currency written beside it, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Money {
    pub amount: Decimal,
    pub currency: Option<Currency>,
}

/// A value taken apart: its sign, its digits with their separators, and a
/// currency written with it.
struct Parts {
    negative: bool,
    body: String,
    currency: Option<Currency>,
}

/// Longer values are not amounts; this keeps a hostile cell cheap.
const MAX_CHARS: usize = 64;

fn split(value: &str) -> Result<Option<Parts>, String> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let not_amount = || format!("'{}' is not an amount", shown(value));
    if value.chars().count() > MAX_CHARS {
        return Err(not_amount());
    }
    let (mut minus, mut parens, mut plus) = (0, 0, 0);
    let mut body = String::new();
    let mut currency = None;
    let mut word = String::new();
    for c in value.chars().chain(std::iter::once(' ')) {
        if c.is_alphabetic() {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            match word.to_ascii_uppercase().as_str() {
                "CR" => plus += 1,
                "DR" => minus += 1,
                // R$, kr, zł, Fr. and the like say nothing a code would not.
                "R" | "KR" | "ZŁ" | "FR" | "RS" => {}
                code => currency = Some(Currency::parse(code).map_err(|_| not_amount())?),
            }
            word.clear();
        }
        match c {
            '0'..='9' | '.' | ',' => body.push(c),
            '\'' | '’' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' => body.push(' '),
            '-' | '−' => minus += 1,
            '+' => plus += 1,
            '(' | ')' => parens += 1,
            '€' => currency = Currency::parse("EUR").ok(),
            '£' => currency = Currency::parse("GBP").ok(),
            '₹' => currency = Currency::parse("INR").ok(),
            '$' | '¥' => {}
            _ => return Err(not_amount()),
        }
    }
    let body = body.trim().to_string();
    if minus + plus > 1
        || !(parens == 0 || parens == 2)
        || !body.bytes().any(|b| b.is_ascii_digit())
    {
        return Err(not_amount());
    }
    Ok(Some(Parts {
        negative: minus == 1 || parens == 2,
        body,
        currency,
    }))
}

/// What one body says about the decimal mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Evidence {
    Mark(Mark),
    /// One separator with three digits after it (`1,234`): a thousands
    /// separator or a decimal mark.
    Ambiguous,
    /// No separator at all.
    Nothing,
}

fn evidence(body: &str) -> Evidence {
    let commas = body.matches(',').count();
    let points = body.matches('.').count();
    let last = body.rfind([',', '.']);
    let mark_of = |c: char| if c == ',' { Mark::Comma } else { Mark::Point };
    match (commas, points, last) {
        (_, _, None) => Evidence::Nothing,
        (c, p, Some(at)) if c > 0 && p > 0 => {
            Evidence::Mark(mark_of(if body.get(at..at + 1) == Some(",") {
                ','
            } else {
                '.'
            }))
        }
        (c, p, _) if c > 1 || p > 1 => {
            // Repeated, it groups thousands: the other one is the mark.
            Evidence::Mark(if c > 1 { Mark::Point } else { Mark::Comma })
        }
        (c, _, Some(at)) => {
            let sep = if c == 1 { ',' } else { '.' };
            let before = body.get(..at).unwrap_or("").trim_start_matches(' ');
            let after = body.get(at + 1..).unwrap_or("");
            // A group of three after it could be thousands, unless what
            // comes before cannot start a grouped number (`0,125`, `1234,567`).
            let grouped = after.len() == 3
                && !before.contains(' ')
                && (1..=3).contains(&before.len())
                && before != "0";
            if grouped {
                Evidence::Ambiguous
            } else {
                Evidence::Mark(mark_of(sep))
            }
        }
    }
}

/// What a file's values say about its decimal mark.
#[derive(Default)]
struct Tally<'a> {
    commas: usize,
    points: usize,
    /// The first value that could be read both ways, and its column.
    ambiguous: Option<(&'a str, &'a str)>,
}

impl<'a> Tally<'a> {
    fn of(values: impl Iterator<Item = (&'a str, &'a str)>) -> Self {
        let mut tally = Tally::default();
        for (column, value) in values {
            let Ok(Some(parts)) = split(value) else {
                continue;
            };
            match evidence(&parts.body) {
                Evidence::Mark(Mark::Comma) => tally.commas += 1,
                Evidence::Mark(Mark::Point) => tally.points += 1,
                Evidence::Ambiguous => tally.ambiguous = tally.ambiguous.or(Some((column, value))),
                Evidence::Nothing => {}
            }
        }
        tally
    }

    /// The mark most values show (a stray value in the other is refused
    /// row by row when read); `None` when no value shows one.
    fn mark(&self) -> Option<Mark> {
        match (self.commas, self.points) {
            (0, 0) => None,
            (c, p) if c > p => Some(Mark::Comma),
            _ => Some(Mark::Point),
        }
    }
}

/// The decimal mark of a file, from every amount in it: `values` are
/// (column name, value). When they cannot say, `others` (the balance
/// column, same style) may. When no value decides it and one could be read
/// both ways, the file is refused: a guess would be off by a thousand.
pub(super) fn infer<'a>(
    values: impl Iterator<Item = (&'a str, &'a str)>,
    others: impl Iterator<Item = (&'a str, &'a str)>,
) -> Result<Mark, String> {
    let tally = Tally::of(values);
    if let Some(mark) = tally.mark() {
        return Ok(mark);
    }
    let Some((column, value)) = tally.ambiguous else {
        return Ok(Mark::Point);
    };
    Tally::of(others).mark().ok_or_else(|| {
        format!(
            "the amounts in column '{}' could have ',' or '.' as the decimal mark (e.g. '{}'), \
             and no amount in the file settles it; check the file (one amount with cents, \
             like 1.234,00 or 1,234.00, would)",
            shown(column),
            shown(value.trim())
        )
    })
}

/// Reads one value: `Ok(None)` when it is empty. Thousands separators must
/// group digits (threes, or the Indian twos before the last three), so a
/// value written with the other mark (`12.50` in a comma file) is refused,
/// never read a hundred times too large.
pub(super) fn parse(value: &str, mark: Mark) -> Result<Option<Money>, String> {
    let Some(parts) = split(value)? else {
        return Ok(None);
    };
    let not_amount = || format!("'{}' is not an amount", shown(value.trim()));
    let decimal = if mark == Mark::Comma { ',' } else { '.' };
    let (whole, fraction) = match parts.body.split_once(decimal) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (parts.body.as_str(), None),
    };
    if fraction.is_some_and(|f| !f.bytes().all(|b| b.is_ascii_digit())) {
        return Err(not_amount());
    }
    let groups: Vec<&str> = whole.split([',', '.', ' ']).collect();
    let grouped = groups.len() > 1;
    let last = groups.len().saturating_sub(1);
    let well_grouped = groups.iter().enumerate().all(|(i, g)| {
        let digits = g.bytes().all(|b| b.is_ascii_digit());
        match (grouped, i) {
            (false, _) => digits,
            (true, 0) => digits && (1..=3).contains(&g.len()),
            (true, i) if i == last => digits && g.len() == 3,
            (true, _) => digits && (2..=3).contains(&g.len()),
        }
    });
    if !well_grouped {
        return Err(not_amount());
    }
    let mut number: String = groups.concat();
    if number.is_empty() {
        number.push('0');
    }
    if let Some(fraction) = fraction.filter(|f| !f.is_empty()) {
        number.push('.');
        number.push_str(fraction);
    }
    let amount = Decimal::from_str(&number).map_err(|_| {
        format!(
            "the amount '{}' is beyond the range subs reads",
            shown(value.trim())
        )
    })?;
    Ok(Some(Money {
        amount: if parts.negative { -amount } else { amount },
        currency: parts.currency,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(value: &str, mark: Mark) -> String {
        match parse(value, mark) {
            Ok(Some(money)) => {
                let code = money.currency.map(|c| format!(" {c}")).unwrap_or_default();
                format!("{}{code}", money.amount)
            }
            Ok(None) => "empty".into(),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn reads_decimal_comma_amounts() {
        for (value, want) in [
            ("-1.234,56", "-1234.56"),
            ("1 234,56", "1234.56"),
            ("1\u{a0}234,56", "1234.56"),
            ("12,99 €", "12.99 EUR"),
            ("€ 12,99", "12.99 EUR"),
            ("9,99-", "-9.99"),
            ("+5,00", "5.00"),
            ("6800,", "6800"),
            ("0,5", "0.5"),
            ("  ", "empty"),
        ] {
            assert_eq!(read(value, Mark::Comma), want, "{value}");
        }
    }

    #[test]
    fn reads_decimal_point_amounts() {
        for (value, want) in [
            ("-1,234.56", "-1234.56"),
            ("1'234.56", "1234.56"),
            ("1’234.56", "1234.56"),
            ("12.99 USD", "12.99 USD"),
            ("-$9.99", "-9.99"),
            ("$-9.99", "-9.99"),
            ("(9.99)", "-9.99"),
            ("($1,000.00)", "-1000.00"),
            ("12.00 CR", "12.00"),
            ("12.00 DR", "-12.00"),
            ("1,23,456.78", "123456.78"),
            ("−3.50", "-3.50"),
            ("15", "15"),
        ] {
            assert_eq!(read(value, Mark::Point), want, "{value}");
        }
    }

    #[test]
    fn refuses_what_is_not_an_amount() {
        for value in [
            "abc",
            "12.50",
            "1.2.3,4,5",
            "--5",
            "(5",
            "5 XYZ",
            "*",
            "-",
            "1 2",
        ] {
            assert!(read(value, Mark::Comma).starts_with("error:"), "{value}");
        }
        let long = "9".repeat(200);
        assert!(read(&long, Mark::Point).starts_with("error:"));
        let big = "9".repeat(40);
        assert!(
            read(&big, Mark::Point).contains("beyond the range"),
            "{}",
            read(&big, Mark::Point)
        );
    }

    #[test]
    fn the_file_decides_the_mark() {
        let file = |values: &[&'static str]| {
            infer(values.iter().map(|v| ("Betrag", *v)), std::iter::empty())
        };
        assert_eq!(file(&["1.234", "12,50"]), Ok(Mark::Comma));
        assert_eq!(file(&["1,234", "12.50"]), Ok(Mark::Point));
        assert_eq!(file(&["1.234.567", "5"]), Ok(Mark::Comma));
        assert_eq!(file(&["1,234,567"]), Ok(Mark::Point));
        assert_eq!(file(&["1.234,5"]), Ok(Mark::Comma));
        assert_eq!(file(&["0,125"]), Ok(Mark::Comma));
        assert_eq!(file(&["1234.567"]), Ok(Mark::Point));
        assert_eq!(file(&["5", "17"]), Ok(Mark::Point));
        assert_eq!(file(&["12,50", "3,10", "7.25"]), Ok(Mark::Comma));
        let refused = file(&["1,234", "-2,500", "7"]).unwrap_err();
        assert!(
            refused.contains("column 'Betrag'") && refused.contains("'1,234'"),
            "{refused}"
        );
    }
}
