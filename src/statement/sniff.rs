//! Which format a statement is written in, from its content: banks name
//! files `.txt`, `.xml`, `.dat` or `export` whatever is inside.

use super::Format;
use crate::error::{Error, Result};

/// How much of the start of a file is looked at; every format says what it
/// is well before this.
const HEAD: usize = 64 * 1024;

/// How many lines decide whether the file is delimited text.
const CSV_LINES: usize = 30;

const CAMT_NAMESPACES: [&str; 3] = [
    "urn:iso:std:iso:20022:tech:xsd:camt.052",
    "urn:iso:std:iso:20022:tech:xsd:camt.053",
    "urn:iso:std:iso:20022:tech:xsd:camt.054",
];

const CAMT_ROOTS: [&str; 3] = ["BkToCstmrStmt", "BkToCstmrAcctRpt", "BkToCstmrDbtCdtNtfctn"];

pub(super) fn format(text: &str) -> Result<Format> {
    let head = head(text);
    if is_ofx(head) {
        return Ok(Format::Ofx);
    }
    if is_camt(head) {
        return Ok(Format::Camt);
    }
    if is_mt940(head) {
        return Ok(Format::Mt940);
    }
    if head.trim_start().starts_with('<') {
        return Err(Error::invalid(
            "the statement is an XML document but neither OFX nor camt.052/053/054; \
             --format says which format it is",
        ));
    }
    if is_csv(head) {
        return Ok(Format::Csv);
    }
    Err(Error::invalid(
        "the statement's format is not recognised (not OFX, camt, MT940 or delimited \
         text); --format says which it is",
    ))
}

fn head(text: &str) -> &str {
    let mut end = text.len().min(HEAD);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or(text)
}

fn is_ofx(head: &str) -> bool {
    let upper = head.to_ascii_uppercase();
    upper.trim_start().starts_with("OFXHEADER")
        || upper.contains("<OFX>")
        || upper.contains("<OFX ")
        || upper.contains("<?OFX")
}

/// The namespace on a `Document`, or one of the three root elements (a
/// namespace prefix like `<ns2:BkToCstmrStmt>` allowed).
fn is_camt(head: &str) -> bool {
    (head.contains("Document") && CAMT_NAMESPACES.iter().any(|ns| head.contains(ns)))
        || CAMT_ROOTS.iter().any(|root| {
            head.match_indices(root).any(|(at, _)| {
                let before = head.get(..at).and_then(|h| h.chars().next_back());
                matches!(before, Some('<' | ':'))
            })
        })
}

/// `:20:` and a `:61:` (or a balance, for a statement without rows) at the
/// start of lines, anywhere after SWIFT `{1:}{2:}{4:` blocks or a bank's
/// own header lines.
fn is_mt940(head: &str) -> bool {
    let (mut reference, mut body) = (false, false);
    for line in head.lines() {
        let line = match line.find("{4:") {
            Some(at) => line.get(at + 3..).unwrap_or(""),
            None => line,
        };
        let line = line.trim_start();
        reference |= line.starts_with(":20:");
        body |= [":61:", ":60F:", ":60M:", ":62F:"]
            .iter()
            .any(|tag| line.starts_with(tag));
    }
    reference && body
}

/// Most of the first lines hold the same delimiter.
fn is_csv(head: &str) -> bool {
    let lines: Vec<&str> = head
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(CSV_LINES)
        .collect();
    !lines.is_empty()
        && [';', ',', '\t', '|']
            .iter()
            .any(|d| lines.iter().filter(|l| l.contains(*d)).count() * 2 > lines.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ofx_by_its_header_or_root() {
        assert_eq!(
            format("OFXHEADER:100\nDATA:OFXSGML\n").unwrap(),
            Format::Ofx
        );
        assert_eq!(format("\n\n<OFX>\n<SIGNONMSGSRSV1>").unwrap(), Format::Ofx);
        assert_eq!(
            format("<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\"?>\n<OFX>").unwrap(),
            Format::Ofx
        );
        assert_eq!(format("<ofx><bankmsgsrsv1>").unwrap(), Format::Ofx);
    }

    #[test]
    fn camt_by_namespace_or_root_element() {
        let ns = "<?xml version=\"1.0\"?>\n<Document \
                  xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">";
        assert_eq!(format(ns).unwrap(), Format::Camt);
        let ns = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\">";
        assert_eq!(format(ns).unwrap(), Format::Camt);
        assert_eq!(
            format("<x:Document xmlns:x=\"y\"><x:BkToCstmrAcctRpt>").unwrap(),
            Format::Camt
        );
        assert_eq!(format("<BkToCstmrDbtCdtNtfctn>").unwrap(), Format::Camt);
    }

    #[test]
    fn mt940_with_blocks_or_header_lines() {
        let swift = "{1:F01BANKDEFFXXXX0000000000}{2:O940}{4:\n:20:STMT\n:25:DE1\n\
                     :60F:C240101EUR0,\n:61:2401020102D9,99NDDTNONREF\n-}";
        assert_eq!(format(swift).unwrap(), Format::Mt940);
        let headers = "0000 01INGBNL2AXXXX00001\n940 00\n:20:MPBZ\n:61:100722D25,03NTRFNONREF\n";
        assert_eq!(format(headers).unwrap(), Format::Mt940);
        assert_eq!(
            format("{4::20:X\n:60F:C240101EUR0,").unwrap(),
            Format::Mt940
        );
    }

    #[test]
    fn csv_when_most_lines_are_delimited() {
        assert_eq!(
            format("Date;Amount\n01.02.2024;-9,99\n").unwrap(),
            Format::Csv
        );
        assert_eq!(format("a\tb\n1\t2\n").unwrap(), Format::Csv);
        assert_eq!(
            format("Date,Amount\n2024-01-01,5\nfooter\n").unwrap(),
            Format::Csv
        );
    }

    #[test]
    fn anything_else_is_refused_naming_the_flag() {
        for text in ["", "hello\nworld\nagain\n", "%PDF-1.4\nstream\n"] {
            let err = format(text).unwrap_err().to_string();
            assert!(err.contains("--format"), "{text}: {err}");
        }
        let err = format("<?xml version=\"1.0\"?><Document xmlns=\"pain.001\"><a>1,2</a>")
            .unwrap_err()
            .to_string();
        assert!(err.contains("XML") && err.contains("--format"), "{err}");
    }

    #[test]
    fn only_the_head_is_looked_at() {
        let mut text = "a;b\n".repeat(20_000);
        text.push_str("<OFX>");
        assert_eq!(format(&text).unwrap(), Format::Csv);
        // A multi-byte character across the cut.
        let text = format!("{}é;x\n", "a".repeat(HEAD - 1));
        assert_eq!(head(&text).len(), HEAD - 1);
    }
}
