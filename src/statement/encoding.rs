//! The text encoding of a statement: UTF-8, UTF-16 with a BOM,
//! windows-1252 or ISO-8859-1, detected unless `--encoding` says.
//! Hand-written: these five cover what banks export, and no decoding crate
//! is needed for them.

use super::Encoding;
use crate::error::{Error, Result};

/// windows-1252 at 0x80–0x9F; the five bytes it leaves undefined keep their
/// C1 control, as browsers decode them (so they count against "is text").
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// How far into the file the UTF-16 pattern and a declared charset are looked for.
const HEAD: usize = 1024;

pub(super) fn decode(bytes: &[u8], forced: Option<Encoding>) -> Result<String> {
    let encoding = forced.unwrap_or_else(|| detect(bytes));
    let text = match encoding {
        Encoding::Utf8 => utf8(bytes)?,
        Encoding::Utf16Le => utf16(bytes, u16::from_le_bytes),
        Encoding::Utf16Be => utf16(bytes, u16::from_be_bytes),
        Encoding::Windows1252 => single_byte(bytes, true),
        Encoding::Latin1 => single_byte(bytes, false),
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    // Some exports pad the file (or each record) with NULs.
    let text = text.trim_matches('\0');
    check_text(text)?;
    Ok(text.replace('\0', ""))
}

/// BOM, then UTF-16's NUL pattern, then valid UTF-8, then what the file
/// declares, else windows-1252 (Latin-1's printable text and more).
fn detect(bytes: &[u8]) -> Encoding {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Encoding::Utf8;
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Encoding::Utf16Le;
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Encoding::Utf16Be;
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return encoding;
    }
    if std::str::from_utf8(bytes).is_ok() {
        return Encoding::Utf8;
    }
    declared(bytes).unwrap_or(Encoding::Windows1252)
}

/// UTF-16 of mostly Latin text has a NUL in every other byte: the high
/// byte, after (LE) or before (BE) each character.
fn utf16_without_bom(bytes: &[u8]) -> Option<Encoding> {
    let head = bytes.get(..HEAD).unwrap_or(bytes);
    let pairs: Vec<(u8, u8)> = head.chunks_exact(2).map(|p| (p[0], p[1])).collect();
    if pairs.len() < 2 {
        return None;
    }
    let low_nul = pairs.iter().all(|(_, b)| *b == 0) && pairs.iter().any(|(a, _)| *a != 0);
    let high_nul = pairs.iter().all(|(a, _)| *a == 0) && pairs.iter().any(|(_, b)| *b != 0);
    match (low_nul, high_nul) {
        (true, false) => Some(Encoding::Utf16Le),
        (false, true) => Some(Encoding::Utf16Be),
        _ => None,
    }
}

/// An OFX 1.x `CHARSET:` header or an XML declaration's `encoding="…"`.
fn declared(bytes: &[u8]) -> Option<Encoding> {
    let head = bytes.get(..HEAD).unwrap_or(bytes);
    let head = String::from_utf8_lossy(head).to_ascii_uppercase();
    let value = if let Some(at) = head.find("CHARSET:") {
        head.get(at + "CHARSET:".len()..)
            .unwrap_or("")
            .lines()
            .next()
            .unwrap_or("")
            .trim()
            .to_string()
    } else {
        let at = head.find("ENCODING=")? + "ENCODING=".len();
        head.get(at..)
            .unwrap_or("")
            .trim_start_matches(['"', '\''])
            .split(['"', '\'', '?', ' '])
            .next()
            .unwrap_or("")
            .to_string()
    };
    match value.as_str() {
        "1252" | "WINDOWS-1252" | "CP1252" => Some(Encoding::Windows1252),
        "ISO-8859-1" | "8859-1" | "ISO8859-1" | "LATIN1" | "LATIN-1" | "ISO-8859-15" => {
            Some(Encoding::Latin1)
        }
        _ => None,
    }
}

fn utf8(bytes: &[u8]) -> Result<String> {
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(err) => {
            let valid = bytes.get(..err.valid_up_to()).unwrap_or_default();
            let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
            Err(Error::invalid(format!(
                "line {line} of the statement is not UTF-8 text; --encoding says which \
                 encoding the file is in (windows-1252, latin1, utf-16le, utf-16be)"
            )))
        }
    }
}

/// Lone surrogates become U+FFFD; an odd last byte is dropped. A BOM
/// decodes to U+FEFF, which `decode` strips.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

fn single_byte(bytes: &[u8], windows: bool) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F if windows => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// A spreadsheet, a PDF or a zip decodes to something; it is not text when
/// more than 1 character in 100 is a control character (and a stray one or
/// two in a short file are not enough).
fn check_text(text: &str) -> Result<()> {
    let mut total = 0usize;
    let mut controls = 0usize;
    for c in text.chars() {
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c' | '\x1a') {
            controls += 1;
        }
    }
    if controls > 2 && controls * 100 > total {
        return Err(Error::invalid(format!(
            "the statement is not text ({controls} of its {total} characters are control \
             characters): export it as OFX, camt, MT940 or CSV, or --encoding says which \
             text encoding it is in"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn le(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    fn be(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_be_bytes).collect()
    }

    #[test]
    fn utf8_with_and_without_a_bom() {
        assert_eq!(decode("Café;1,00".as_bytes(), None).unwrap(), "Café;1,00");
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("Café".as_bytes());
        assert_eq!(decode(&bom, None).unwrap(), "Café");
        assert_eq!(decode(&bom, Some(Encoding::Utf8)).unwrap(), "Café");
    }

    #[test]
    fn utf16_with_a_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(le("Müller;€5"));
        assert_eq!(decode(&bytes, None).unwrap(), "Müller;€5");
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(be("Müller;€5"));
        assert_eq!(decode(&bytes, None).unwrap(), "Müller;€5");
    }

    #[test]
    fn utf16_without_a_bom_by_its_nul_bytes() {
        assert_eq!(decode(&le("Date,Amount\n"), None).unwrap(), "Date,Amount\n");
        assert_eq!(decode(&be("Date,Amount\n"), None).unwrap(), "Date,Amount\n");
        assert_eq!(
            decode(&le("x"), Some(Encoding::Utf16Le)).unwrap(),
            "x",
            "forced"
        );
    }

    #[test]
    fn windows_1252_when_not_utf8() {
        // 0x80 is the euro sign, 0x93/0x94 curly quotes, 0xFC ü.
        let bytes = b"M\xFCller \x93x\x94 \x80 5";
        assert_eq!(decode(bytes, None).unwrap(), "Müller “x” € 5");
    }

    #[test]
    fn latin1_when_declared_or_forced() {
        let xml = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>M\xFCller \x80</a>";
        assert_eq!(
            decode(xml, None).unwrap(),
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Müller \u{80}</a>"
        );
        assert_eq!(decode(b"caf\xE9", Some(Encoding::Latin1)).unwrap(), "café");
        // Windows-1252 by the OFX header.
        assert_eq!(
            declared(b"OFXHEADER:100\nCHARSET:1252\n"),
            Some(Encoding::Windows1252)
        );
        assert_eq!(
            declared(b"OFXHEADER:100\nCHARSET:ISO-8859-1\n"),
            Some(Encoding::Latin1)
        );
        assert_eq!(declared(b"OFXHEADER:100\nCHARSET:NONE\n"), None);
    }

    #[test]
    fn forcing_overrides_detection() {
        // Valid UTF-8 ("Ã©") read as windows-1252 when told so.
        let bytes = "é".as_bytes();
        assert_eq!(decode(bytes, Some(Encoding::Windows1252)).unwrap(), "Ã©");
    }

    #[test]
    fn forced_utf8_that_is_not_names_the_line_and_the_flag() {
        let err = decode(b"ok\nok\nbad \xFF", Some(Encoding::Utf8))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("line 3") && err.contains("--encoding"),
            "{err}"
        );
    }

    #[test]
    fn nul_padding_is_stripped() {
        let mut bytes = b"a;b\n1;2\n".to_vec();
        bytes.extend([0u8; 300]);
        assert_eq!(decode(&bytes, None).unwrap(), "a;b\n1;2\n");
        assert_eq!(decode(b"\0\0a;b\n\0", None).unwrap(), "a;b\n");
        // A stray NUL inside is dropped too.
        assert_eq!(decode(b"a;b\0\n1;2\n", None).unwrap(), "a;b\n1;2\n");
    }

    #[test]
    fn binary_is_refused_naming_the_flag() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
        let err = decode(png, None).unwrap_err().to_string();
        assert!(
            err.contains("not text") && err.contains("--encoding"),
            "{err}"
        );
        let err = decode(&[1, 2, 3, 4, 5, 6, 7, 8], None).unwrap_err();
        assert!(err.to_string().contains("--encoding"));
        assert_eq!(decode(b"", None).unwrap(), "");
    }
}
