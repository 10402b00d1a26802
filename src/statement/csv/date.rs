//! Dates as banks write them: `DD.MM.YYYY`, `DD/MM/YYYY`, `MM/DD/YYYY`,
//! `YYYY-MM-DD`, `YYYYMMDD`, `DD-MM-YYYY`, `DD.MM.YY`, with or without a
//! time. Day-first or month-first is decided once per column from all its
//! values, since most single values (`03/04/2025`) cannot say.

use chrono::NaiveDate;

use super::super::DateOrder;
use super::shown;

/// A date taken apart before its order is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// The year first: the order is certain.
    Ymd(i32, u32, u32),
    /// Day and month in an order to be decided; `dot` when written with
    /// points, which only day-first writers use.
    Pair {
        first: u32,
        second: u32,
        year: i32,
        dot: bool,
    },
}

/// The date part of a value: before a space or an ISO `T` time.
fn date_part(value: &str) -> &str {
    let value = value.trim();
    let value = value.split_whitespace().next().unwrap_or("");
    match value.find('T') {
        Some(at) if at >= 8 => value.get(..at).unwrap_or(value),
        _ => value,
    }
}

fn number(text: &str, lengths: std::ops::RangeInclusive<usize>) -> Option<u32> {
    if !lengths.contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn shape(value: &str) -> Option<Shape> {
    numeric(value).or_else(|| named(value))
}

fn numeric(value: &str) -> Option<Shape> {
    let part = date_part(value);
    if part.len() == 8 && part.bytes().all(|b| b.is_ascii_digit()) {
        let year = number(part.get(..4)?, 4..=4)?;
        let month = number(part.get(4..6)?, 2..=2)?;
        let day = number(part.get(6..)?, 2..=2)?;
        return Some(Shape::Ymd(i32::try_from(year).ok()?, month, day));
    }
    let separator = part.chars().find(|c| !c.is_ascii_digit())?;
    if !matches!(separator, '.' | '/' | '-') {
        return None;
    }
    let mut pieces = part.split(separator);
    let (a, b, c) = (pieces.next()?, pieces.next()?, pieces.next()?);
    if pieces.next().is_some_and(|rest| !rest.is_empty()) {
        return None;
    }
    if a.len() == 4 {
        let year = i32::try_from(number(a, 4..=4)?).ok()?;
        return Some(Shape::Ymd(year, number(b, 1..=2)?, number(c, 1..=2)?));
    }
    let year = match c.len() {
        4 => i32::try_from(number(c, 4..=4)?).ok()?,
        // Two-digit years in a statement are this century's, or late last.
        2 => number(c, 2..=2).map(|y| if y < 70 { 2000 + y } else { 1900 + y })? as i32,
        _ => return None,
    };
    Some(Shape::Pair {
        first: number(a, 1..=2)?,
        second: number(b, 1..=2)?,
        year,
        dot: separator == '.',
    })
}

/// A date with the month as a word: `05 Jan 2025`, `05-Jan-2025`,
/// `Jan 5, 2025`, `5. März 2025`, `1 déc. 2024`.
fn named(value: &str) -> Option<Shape> {
    let mut words = value
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '/' | '.' | ','))
        .filter(|word| !word.is_empty());
    let (a, b, c) = (words.next()?, words.next()?, words.next()?);
    let (day, month) = match (month_of(a), month_of(b)) {
        (None, Some(month)) => (number(a, 1..=2)?, month),
        (Some(month), None) => (number(b, 1..=2)?, month),
        _ => return None,
    };
    let year = match c.len() {
        4 => i32::try_from(number(c, 4..=4)?).ok()?,
        2 => number(c, 2..=2).map(|y| if y < 70 { 2000 + y } else { 1900 + y })? as i32,
        _ => return None,
    };
    Some(Shape::Ymd(year, month, day))
}

/// A month's name or abbreviation in the six languages.
fn month_of(word: &str) -> Option<u32> {
    let month = match super::header::normalize(word).0.as_str() {
        "jan" | "january" | "januar" | "janvier" | "janv" | "januari" | "janeiro" | "ene"
        | "enero" => 1,
        "feb" | "february" | "februar" | "fevrier" | "fevr" | "februari" | "fev" | "fevereiro"
        | "febrero" => 2,
        "mar" | "march" | "marz" | "maerz" | "mrz" | "mars" | "maart" | "mrt" | "marzo"
        | "marco" => 3,
        "apr" | "april" | "avr" | "avril" | "abr" | "abril" => 4,
        "may" | "mai" | "mei" | "mayo" | "maio" => 5,
        "jun" | "june" | "juni" | "juin" | "junio" | "junho" => 6,
        "jul" | "july" | "juli" | "juil" | "juillet" | "julio" | "julho" => 7,
        "aug" | "august" | "aout" | "augustus" | "ago" | "agosto" => 8,
        "sep" | "sept" | "september" | "septembre" | "septiembre" | "set" | "setembro" => 9,
        "oct" | "october" | "okt" | "oktober" | "octobre" | "octubre" | "out" | "outubro" => 10,
        "nov" | "november" | "novembre" | "noviembre" | "novembro" => 11,
        "dec" | "december" | "dez" | "dezember" | "decembre" | "dic" | "diciembre" | "dezembro" => {
            12
        }
        _ => return None,
    };
    Some(month)
}

/// The order of a date column, from all its values; `given` is
/// `--date-format`. Refuses when the values could be read both ways.
pub(super) fn infer<'a>(
    column: &str,
    values: impl Iterator<Item = &'a str>,
    given: Option<DateOrder>,
) -> Result<DateOrder, String> {
    if let Some(order) = given {
        return Ok(order);
    }
    let (mut day_first, mut month_first, mut ambiguous) = (None, None, None);
    for value in values {
        if let Some(Shape::Pair {
            first, second, dot, ..
        }) = shape(value)
        {
            if dot || (first > 12 && second <= 12) {
                day_first = day_first.or(Some(value));
            } else if second > 12 && first <= 12 {
                month_first = month_first.or(Some(value));
            } else if first != second {
                ambiguous = ambiguous.or(Some(value));
            }
        }
    }
    match (day_first, month_first, ambiguous) {
        (Some(d), Some(m), _) => Err(format!(
            "the dates in column '{}' are written both day first (e.g. {}) and month first \
             (e.g. {}); --date-format dmy or mdy says which to read",
            shown(column),
            shown(d.trim()),
            shown(m.trim())
        )),
        (None, Some(_), _) => Ok(DateOrder::MonthDayYear),
        (None, None, Some(example)) => Err(format!(
            "the dates in column '{}' could be day/month or month/day (e.g. {}); \
             --date-format dmy or mdy settles it",
            shown(column),
            shown(example.trim())
        )),
        _ => Ok(DateOrder::DayMonthYear),
    }
}

/// Reads one value in the column's order.
pub(super) fn parse(value: &str, order: DateOrder) -> Result<NaiveDate, String> {
    let bad = || format!("'{}' is not a date", shown(value.trim()));
    let (year, month, day) = match (shape(value).ok_or_else(bad)?, order) {
        (Shape::Ymd(year, month, day), _) => (year, month, day),
        (Shape::Pair { .. }, DateOrder::YearMonthDay) => {
            return Err(format!(
                "'{}' is not written year first, as --date-format says",
                shown(value.trim())
            ));
        }
        (
            Shape::Pair {
                first,
                second,
                year,
                ..
            },
            DateOrder::DayMonthYear,
        ) => (year, second, first),
        (
            Shape::Pair {
                first,
                second,
                year,
                ..
            },
            DateOrder::MonthDayYear,
        ) => (year, first, second),
    };
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn reads_every_written_form() {
        let dmy = DateOrder::DayMonthYear;
        assert_eq!(parse("05.01.2025", dmy), Ok(ymd(2025, 1, 5)));
        assert_eq!(parse("05/01/2025", dmy), Ok(ymd(2025, 1, 5)));
        assert_eq!(parse("05-01-2025", dmy), Ok(ymd(2025, 1, 5)));
        assert_eq!(parse("5.1.25", dmy), Ok(ymd(2025, 1, 5)));
        assert_eq!(parse("05.01.99", dmy), Ok(ymd(1999, 1, 5)));
        assert_eq!(parse("2025-01-05", dmy), Ok(ymd(2025, 1, 5)));
        assert_eq!(parse("2025/01/05", dmy), Ok(ymd(2025, 1, 5)));
        assert_eq!(parse("20250105", dmy), Ok(ymd(2025, 1, 5)));
        assert_eq!(parse(" 2025-01-05T13:45:00Z", dmy), Ok(ymd(2025, 1, 5)));
        assert_eq!(parse("05.01.2025 13:45", dmy), Ok(ymd(2025, 1, 5)));
        let mdy = DateOrder::MonthDayYear;
        assert_eq!(parse("01/05/2025 1:45 PM", mdy), Ok(ymd(2025, 1, 5)));
        assert_eq!(parse("2025-01-05", mdy), Ok(ymd(2025, 1, 5)));
        for value in [
            "05 Jan 2025",
            "05-Jan-2025",
            "Jan 5, 2025",
            "5. Januar 2025",
            "05/janv./25",
            "5 enero 2025 10:00",
        ] {
            assert_eq!(parse(value, dmy), Ok(ymd(2025, 1, 5)), "{value}");
        }
        assert_eq!(parse("1 déc. 2024", mdy), Ok(ymd(2024, 12, 1)));
        assert_eq!(parse("3. März 2025", mdy), Ok(ymd(2025, 3, 3)));
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        let dmy = DateOrder::DayMonthYear;
        for value in [
            "",
            "Total",
            "32.01.2025",
            "29.02.2025",
            "1.2.3",
            "2025-13-01",
            "05.01.2025.1",
            "05:01:2025",
            "123456",
        ] {
            assert!(parse(value, dmy).is_err(), "{value}");
        }
        assert!(
            parse("05/01/2025", DateOrder::YearMonthDay)
                .unwrap_err()
                .contains("year first")
        );
    }

    #[test]
    fn the_column_decides_the_order() {
        let col = |values: &[&'static str]| infer("Date", values.iter().copied(), None);
        assert_eq!(
            col(&["03/04/2025", "13/04/2025"]),
            Ok(DateOrder::DayMonthYear)
        );
        assert_eq!(
            col(&["03/04/2025", "04/13/2025"]),
            Ok(DateOrder::MonthDayYear)
        );
        assert_eq!(
            col(&["03.04.2025", "04.05.2025"]),
            Ok(DateOrder::DayMonthYear)
        );
        assert_eq!(
            col(&["2025-04-03", "03/03/2025"]),
            Ok(DateOrder::DayMonthYear)
        );
        let refused = col(&["03/04/2025", "05/06/2025"]).unwrap_err();
        assert_eq!(
            refused,
            "the dates in column 'Date' could be day/month or month/day (e.g. 03/04/2025); \
             --date-format dmy or mdy settles it"
        );
        assert!(
            col(&["13/04/2025", "04/13/2025"])
                .unwrap_err()
                .contains("both day first")
        );
    }

    #[test]
    fn the_option_settles_an_ambiguous_column() {
        let values = ["03/04/2025", "05/06/2025"];
        let order = infer(
            "Date",
            values.iter().copied(),
            Some(DateOrder::MonthDayYear),
        );
        assert_eq!(order, Ok(DateOrder::MonthDayYear));
        assert_eq!(
            parse("03/04/2025", DateOrder::MonthDayYear),
            Ok(ymd(2025, 3, 4))
        );
    }
}
