//! Terminal-safe text. Data is stored verbatim; only when it is shown are
//! control characters, escape sequences and bidirectional overrides turned
//! into visible escapes, so a name cannot rewrite the user's terminal.

use std::borrow::Cow;
use std::fmt::Write;

use chrono::NaiveDate;

fn is_unsafe(c: char, keep_newlines: bool) -> bool {
    (c.is_control() && !(keep_newlines && c == '\n'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

fn escape(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe(c, keep_newlines)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !is_unsafe(c, keep_newlines) {
            out.push(c);
            continue;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            other => {
                let _ = write!(out, "\\u{{{:x}}}", other as u32);
            }
        }
    }
    Cow::Owned(out)
}

/// One line of text: every control character is escaped.
pub fn safe(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// Multi-line text (notes, descriptions): newlines kept, the rest escaped.
pub fn safe_multiline(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

/// `n` and the noun, singular or plural: "1 use", "3 uses", "0 alerts".
pub fn count(n: impl Into<i64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "today", "tomorrow", "in 5 days", "overdue by 3 days", "3 days ago".
pub fn relative_day(date: NaiveDate, today: NaiveDate, active: bool) -> String {
    let days = (date - today).num_days();
    match days {
        n if n >= 0 || active => crate::domain::alert::days_until(n),
        -1 => "yesterday".into(),
        n => format!("{} days ago", -n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_untouched() {
        assert!(matches!(
            safe("Netflix 🎬 \"<b>\" O'Brien"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn escapes_and_controls_are_made_visible() {
        assert_eq!(safe("a\x1b[31mred"), "a\\u{1b}[31mred");
        assert_eq!(safe("two\nlines\r"), "two\\nlines\\r");
        assert_eq!(safe("\u{202E}evil"), "\\u{202e}evil");
        assert_eq!(safe("bell\x07"), "bell\\u{7}");
        assert_eq!(safe("c1\u{9b}"), "c1\\u{9b}");
    }

    #[test]
    fn multiline_keeps_newlines_only() {
        assert_eq!(safe_multiline("a\nb\x1b"), "a\nb\\u{1b}");
    }

    #[test]
    fn relative_days_read_naturally() {
        let t = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let d = |n: i64| t + chrono::Duration::days(n);
        assert_eq!(relative_day(d(0), t, true), "today");
        assert_eq!(relative_day(d(1), t, true), "tomorrow");
        assert_eq!(relative_day(d(5), t, true), "in 5 days");
        assert_eq!(relative_day(d(-1), t, true), "overdue by 1 day");
        assert_eq!(relative_day(d(-3), t, true), "overdue by 3 days");
        assert_eq!(relative_day(d(-3), t, false), "3 days ago");
    }
}
