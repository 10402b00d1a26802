//! The file as rows of cells, the delimiter it uses and its header row.

use ::csv::{ReaderBuilder, StringRecord};

use super::super::Columns;
use super::header::{self, Mapping, Missing};
use super::shown;
use crate::error::{Error, Result};

/// The delimiters banks use, in the order a tie is settled.
const DELIMITERS: [u8; 3] = [b';', b',', b'\t'];

/// Rows looked at to find the delimiter and the header: preambles are a
/// few lines, never this many.
const SAMPLE: usize = 100;

/// Columns looked at for a header's fields: no bank writes this many, and
/// the search stays cheap on a hostile file.
const MAX_HEADER_CELLS: usize = 10_000;

/// Headers listed in a message at most.
const LISTED: usize = 12;

/// One row of the file and the line it starts on (1-based; a quoted cell
/// may span lines).
pub(super) struct Row {
    pub line: usize,
    pub cells: StringRecord,
}

impl Row {
    /// The cell at `index`, empty when the row is short.
    pub fn cell(&self, index: usize) -> &str {
        self.cells.get(index).unwrap_or("")
    }
}

/// The rows of `text` split at `delimiter`, at most `limit` of them.
/// Quotes are honoured; an unterminated quote runs to the end of the file.
pub(super) fn rows(text: &str, delimiter: u8, limit: usize) -> Result<Vec<Row>> {
    let mut reader = ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut lines = Lines {
        text: text.as_bytes(),
        at: 0,
        line: 1,
    };
    for record in reader.records().take(limit) {
        let cells = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            Error::invalid(format!("line {line} of the CSV file cannot be read: {e}"))
        })?;
        let start = cells
            .position()
            .and_then(|p| usize::try_from(p.byte()).ok());
        let line = lines.line_of(start.unwrap_or(0));
        rows.push(Row { line, cells });
    }
    Ok(rows)
}

/// Line numbers by byte offset, counted once through the file. The csv
/// crate's own line numbers (and its record offsets) point before the
/// blank lines and line ends it skips, so the rest is counted here.
struct Lines<'a> {
    text: &'a [u8],
    at: usize,
    line: usize,
}

impl Lines<'_> {
    /// The line of the record starting at `start` (or at the first byte
    /// after `start` that ends no line); `start` never goes backwards.
    fn line_of(&mut self, start: usize) -> usize {
        while let Some(&byte) = self.text.get(self.at) {
            let is_break =
                byte == b'\n' || (byte == b'\r' && self.text.get(self.at + 1) != Some(&b'\n'));
            if self.at >= start && byte != b'\n' && byte != b'\r' {
                break;
            }
            if is_break {
                self.line += 1;
            }
            self.at += 1;
        }
        self.line
    }
}

/// The header found: the delimiter, the header's index among the rows and
/// its columns.
pub(super) struct Found {
    pub delimiter: u8,
    pub index: usize,
    pub mapping: Mapping,
}

/// Finds the header: the first row whose cells name a date and money, for
/// the delimiter under which the rows after it keep its width best.
pub(super) fn find_header(text: &str, columns: &Columns) -> Result<Found> {
    let mut best: Option<(usize, Found)> = None;
    for delimiter in DELIMITERS {
        let rows = rows(text, delimiter, SAMPLE)?;
        let Some((index, mapping)) = header_in(&rows, columns) else {
            continue;
        };
        let width = rows.get(index).map_or(0, |r| r.cells.len());
        let steady = rows
            .iter()
            .skip(index + 1)
            .filter(|r| r.cells.len() == width)
            .count();
        if best.as_ref().is_none_or(|(score, _)| steady > *score) {
            best = Some((
                steady,
                Found {
                    delimiter,
                    index,
                    mapping,
                },
            ));
        }
    }
    match best {
        Some((_, found)) => Ok(found),
        None => Err(no_header(text, columns)?),
    }
}

/// The first row of `rows` that maps as a header.
fn header_in(rows: &[Row], columns: &Columns) -> Option<(usize, Mapping)> {
    rows.iter().enumerate().find_map(|(index, row)| {
        if row.cells.len() < 2 {
            return None;
        }
        let cells: Vec<&str> = row.cells.iter().take(MAX_HEADER_CELLS).collect();
        let sample = sample_after(rows, index);
        header::map(&cells, &sample, columns)
            .ok()
            .map(|m| (index, m))
    })
}

/// The first row after `index` as wide as it, for what a header's values
/// look like.
fn sample_after(rows: &[Row], index: usize) -> Vec<&str> {
    let width = rows.get(index).map_or(0, |r| r.cells.len());
    rows.iter()
        .skip(index + 1)
        .find(|r| r.cells.len() == width)
        .map(|r| r.cells.iter().take(MAX_HEADER_CELLS).collect())
        .unwrap_or_default()
}

/// Why no row is a header, said of the row that looks most like one: the
/// first of the commonest width over one cell, for the delimiter giving
/// that width most often.
fn no_header(text: &str, columns: &Columns) -> Result<Error> {
    let mut guess: Option<(usize, Vec<Row>, usize)> = None;
    for delimiter in DELIMITERS {
        let rows = rows(text, delimiter, SAMPLE)?;
        let mut counts = std::collections::HashMap::new();
        for row in rows.iter().filter(|r| r.cells.len() > 1) {
            *counts.entry(row.cells.len()).or_insert(0usize) += 1;
        }
        let Some((width, count)) = counts.into_iter().max_by_key(|(w, c)| (*c, *w)) else {
            continue;
        };
        if guess.as_ref().is_none_or(|(best, _, _)| count > *best) {
            guess = Some((count, rows, width));
        }
    }
    let Some((_, rows, width)) = guess else {
        return Ok(Error::invalid(
            "no line of the file has columns separated by commas, semicolons or tabs; \
             --format says which format the statement is",
        ));
    };
    let Some(row) = rows.iter().find(|r| r.cells.len() == width) else {
        return Ok(Error::invalid("the CSV file has no header row"));
    };
    let all: Vec<&str> = row.cells.iter().collect();
    let listed = list(&all);
    let cells = all.get(..MAX_HEADER_CELLS).unwrap_or(&all);
    let line = row.line;
    let sample = sample_after(&rows, rows.iter().position(|r| r.line == line).unwrap_or(0));
    Ok(Error::invalid(match header::map(cells, &sample, columns) {
        Err(Missing::Unknown(name)) => format!(
            "--columns names the column '{}', but no line of the file has it; the headers on \
             line {line} are {listed}",
            shown(&name)
        ),
        Err(Missing::NoMoney) => format!(
            "no amount, debit or credit column among the headers on line {line} ({listed}); \
             --columns amount=NAME (or debit=NAME,credit=NAME) says which it is"
        ),
        _ => format!(
            "no date column among the headers on line {line} ({listed}); \
             --columns date=NAME says which it is"
        ),
    }))
}

/// Headers for a message: quoted, the first few of many.
pub(super) fn list(cells: &[&str]) -> String {
    let mut listed: Vec<String> = cells
        .iter()
        .take(LISTED)
        .map(|cell| format!("'{}'", shown(cell.trim())))
        .collect();
    if cells.len() > LISTED {
        listed.push(format!("and {} more", cells.len() - LISTED));
    }
    listed.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> (u8, usize) {
        let found = find_header(text, &Columns::default()).unwrap();
        (found.delimiter, found.index)
    }

    #[test]
    fn rows_keep_their_first_line_across_quoted_line_breaks_and_blank_lines() {
        let rows = rows("a,b\n\n\"x\ny\",2\nc,d\r\ne,f", b',', usize::MAX).unwrap();
        let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [1, 3, 5, 6]);
        assert_eq!(rows.get(1).map(|r| r.cell(0)), Some("x\ny"));
        assert_eq!(rows.get(1).map(|r| r.cell(9)), Some(""));
    }

    #[test]
    fn finds_each_delimiter() {
        assert_eq!(found("Date,Amount\n2025-01-01,1.00\n"), (b',', 0));
        assert_eq!(found("Datum;Betrag\n01.01.2025;1,00\n"), (b';', 0));
        assert_eq!(found("Date\tAmount\n2025-01-01\t1.00\n"), (b'\t', 0));
        // Quotes hide the other delimiters.
        let text = "\"Date\",\"Memo;x\",\"Amount\"\n2025-01-01,\"a;b\",\"1.00\"\n";
        assert_eq!(found(text), (b',', 0));
    }

    #[test]
    fn skips_a_preamble_to_the_header() {
        let text = "\"Kontonummer:\";\"DE12 3456\";\n\n\"Von:\";\"01.01.2025\";\n\
                    Buchungstag;Betrag (EUR)\n02.01.2025;-1,00\n";
        assert_eq!(found(text), (b';', 2));
    }

    #[test]
    fn no_header_names_the_headers_found_and_the_flag() {
        let err =
            |text: &str, columns: &Columns| find_header(text, columns).err().unwrap().to_string();
        let none = Columns::default();
        let e = err("Konto;Info\n1;2\n3;4\n", &none);
        assert_eq!(
            e,
            "no date column among the headers on line 1 ('Konto', 'Info'); \
             --columns date=NAME says which it is"
        );
        let e = err("Title\nWhen;Saldo\n1;2\n", &none);
        assert!(
            e.starts_with("no date column among the headers on line 2"),
            "{e}"
        );
        let e = err("Datum;Saldo\n1;2\n", &none);
        assert!(
            e.starts_with("no amount, debit or credit column") && e.contains("--columns amount="),
            "{e}"
        );
        let given = Columns {
            amount: Some("Betrag".into()),
            ..Columns::default()
        };
        let e = err("Datum;Umsatz\n1;2\n", &given);
        assert!(
            e.contains("'Betrag'") && e.contains("'Datum', 'Umsatz'"),
            "{e}"
        );
        let e = err("just text\nmore text\n", &none);
        assert!(e.contains("--format"), "{e}");
    }

    #[test]
    fn a_long_header_is_listed_in_part() {
        let cells: Vec<String> = (0..20).map(|i| format!("c{i}")).collect();
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        assert!(list(&cells).ends_with("'c11', and 8 more"));
    }
}
