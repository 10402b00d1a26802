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

/// Names on one line, comma-separated, each escaped.
pub fn safe_list(names: &[String]) -> String {
    names
        .iter()
        .map(|name| safe(name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Multi-line text (notes, descriptions): newlines kept, the rest escaped.
pub fn safe_multiline(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

/// Each line of `text` that is wider than `width` terminal columns, broken
/// at spaces: a number, a date or any other word is never split (a word
/// wider than the line stands alone on its own). The rest of a broken line
/// is indented two columns past the line's own indent. Colour escapes take
/// no room.
pub fn wrap(text: &str, width: usize) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    // A table (a header over a rule of `─`, rows up to a blank line) is
    // already fitted: its lines are left as they are.
    let mut in_table = false;
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            in_table = (in_table && !line.is_empty()) || line.starts_with('─');
            let header = lines.get(i + 1).is_some_and(|l| l.starts_with('─'));
            if in_table || header {
                line.to_string()
            } else {
                wrap_line(line, width)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn wrap_line(line: &str, width: usize) -> String {
    let measure = shown_width;
    if measure(line) <= width {
        return line.to_string();
    }
    let body = line.trim_start_matches(' ');
    let indent = line.len() - body.len();
    let hang = if indent + 2 < width / 2 {
        indent + 2
    } else {
        0
    };
    let mut lines: Vec<String> = Vec::new();
    let mut current = " ".repeat(indent);
    let mut has_word = false;
    // Words and the runs of spaces before them: aligned columns keep their
    // spacing inside a line, and a break drops the run.
    let mut rest = body;
    while !rest.is_empty() {
        let spaces = rest.len() - rest.trim_start_matches(' ').len();
        let (gap, after) = rest.split_at(spaces);
        let mut end = after.find(' ').unwrap_or(after.len());
        // An amount and its currency ("17.99 USD") stay together.
        let tail = &after[end..];
        let code: String = tail.chars().skip(1).take_while(|c| *c != ' ').collect();
        let number = after[..end]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit());
        if number
            && tail.starts_with(' ')
            && code.len() == 3
            && code.chars().all(|c| c.is_ascii_uppercase())
        {
            end += 1 + code.len();
        }
        let (word, next) = after.split_at(end);
        rest = next;
        if word.is_empty() {
            break;
        }
        if has_word && measure(&current) + gap.len() + measure(word) > width {
            lines.push(current);
            current = " ".repeat(hang);
            current.push_str(word);
        } else {
            current.push_str(gap);
            current.push_str(word);
        }
        has_word = true;
    }
    lines.push(current);
    lines.join("\n")
}

/// The terminal columns `text` takes, colour escapes (`ESC [ … m`) left out.
pub fn shown_width(text: &str) -> usize {
    use unicode_width::UnicodeWidthChar;
    let mut width = 0;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            width += c.width().unwrap_or(0);
        }
    }
    width
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
    fn long_lines_wrap_at_spaces_never_inside_a_number_or_a_date() {
        assert_eq!(wrap("short line", 20), "short line");
        assert_eq!(
            wrap("Paid 1200.00 JPY on 2026-11-30 for Language app", 20),
            "Paid 1200.00 JPY on\n  2026-11-30 for\n  Language app"
        );
        // An indented line keeps its indent and hangs two more.
        assert_eq!(
            wrap("  Netflix      17.99 USD monthly  next 2026-11-30", 30),
            "  Netflix      17.99 USD\n    monthly  next 2026-11-30"
        );
        // An amount keeps its currency.
        assert_eq!(
            wrap("Monthly cost: 48.11 USD   Yearly: 577.31 USD", 40),
            "Monthly cost: 48.11 USD   Yearly:\n  577.31 USD"
        );
        // A word wider than the line is left whole.
        assert_eq!(
            wrap("see https://example.com/a/very/long/path now", 12),
            "see\n  https://example.com/a/very/long/path\n  now"
        );
        // A fitted table is left alone.
        let table = "Name  Amount\n────────────\nA long row that runs over";
        assert_eq!(wrap(table, 8), table);
        // Colour escapes take no room.
        let red = "\x1b[31m17.99\x1b[0m";
        assert_eq!(wrap(&format!("ab {red} cd"), 11), format!("ab {red} cd"));
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
