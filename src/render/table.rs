//! Tables, two ways. On a terminal: columns fitted to its width (`COLUMNS`
//! wins when set), a rule under the header and none between rows, long text
//! cut with `…`, and dates, amounts and statuses never cut or split. Anywhere
//! else (a pipe, a file): a header line and tab-separated rows with no box
//! drawing, as `gh` prints them, so `grep`, `cut`, `sort` and `column -t`
//! work.
//!
//! The fitting is done here rather than by a table crate: the rule "shrink
//! free text, never a date or an amount" is the whole algorithm, and a
//! general one gives the squeeze to whichever column it likes.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Output, Style};

/// How a column behaves when the terminal is narrow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// Free text: shrinks, cut with `…`.
    Shrink,
    /// A date, an amount, an id or a status: always shown whole.
    Whole,
    /// Like `Whole`, aligned right (amounts, counts).
    WholeRight,
}

/// One cell: its text and, where colour is on, its style.
pub struct Text {
    text: String,
    style: Option<Style>,
}

impl<T: Into<String>> From<T> for Text {
    fn from(text: T) -> Self {
        Text {
            text: text.into(),
            style: None,
        }
    }
}

impl Text {
    pub fn styled(text: impl Into<String>, style: Option<Style>) -> Text {
        Text {
            text: text.into(),
            style,
        }
    }
}

/// Columns are this many spaces apart.
const GAP: usize = 2;
/// The narrowest a free-text column gets (its `…` included).
const MIN_SHRUNK: usize = 4;

/// A table being built; `render` prints it for this output.
pub struct Grid<'o> {
    out: &'o Output,
    columns: Vec<(&'static str, Fit)>,
    rows: Vec<Vec<Text>>,
}

impl<'o> Grid<'o> {
    pub fn new(out: &'o Output, columns: &[(&'static str, Fit)]) -> Grid<'o> {
        Grid {
            out,
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }

    /// Adds a row; a cell may hold several lines (a title and its message),
    /// which a terminal shows one under the other and tab-separated output
    /// joins with " — ".
    pub fn row(&mut self, cells: Vec<Text>) {
        self.rows.push(cells);
    }

    pub fn render(self) -> String {
        if self.out.tty {
            let width = terminal_width();
            self.fitted(width)
        } else {
            self.tab_separated()
        }
    }

    fn tab_separated(self) -> String {
        let out = self.out;
        let header: Vec<&str> = self.columns.iter().map(|(name, _)| *name).collect();
        let mut lines = vec![header.join("\t")];
        for row in self.rows {
            let cells: Vec<String> = row
                .into_iter()
                .map(|cell| {
                    let one_line = cell.text.replace('\n', " — ").replace('\t', " ");
                    paint(out, &one_line, cell.style)
                })
                .collect();
            lines.push(cells.join("\t"));
        }
        lines.join("\n")
    }

    /// The table for a terminal `width` columns wide (`None`: unknown, so
    /// nothing is cut).
    fn fitted(self, width: Option<usize>) -> String {
        let widths = self.widths(width);
        let last = self.columns.len().saturating_sub(1);
        let line = |cells: Vec<(String, Option<Style>)>| -> String {
            let mut text = String::new();
            for (i, ((cell, style), w)) in cells.into_iter().zip(&widths).enumerate() {
                let cut = truncate(&cell, *w);
                let pad = w.saturating_sub(cut.width());
                let right = self.columns[i].1 == Fit::WholeRight;
                if right {
                    text.push_str(&" ".repeat(pad));
                }
                text.push_str(&paint(self.out, &cut, style));
                if !right && i != last {
                    text.push_str(&" ".repeat(pad));
                }
                if i != last {
                    text.push_str(&" ".repeat(GAP));
                }
            }
            text.trim_end().to_string()
        };
        let header = self
            .columns
            .iter()
            .map(|(name, _)| (name.to_string(), None))
            .collect();
        let total = widths.iter().sum::<usize>() + GAP * last;
        let total = width.map_or(total, |w| total.min(w));
        let mut lines = vec![line(header), "─".repeat(total)];
        for row in self.rows {
            let height = row
                .iter()
                .map(|c| c.text.lines().count())
                .max()
                .unwrap_or(1);
            for k in 0..height.max(1) {
                let cells = row
                    .iter()
                    .map(|c| (c.text.lines().nth(k).unwrap_or("").to_string(), c.style))
                    .collect();
                lines.push(line(cells));
            }
        }
        lines.join("\n")
    }

    /// Each column's width: its widest line, unless the terminal is too
    /// narrow — then free-text columns give up room, widest first, down to
    /// a few characters; whole columns never do.
    fn widths(&self, width: Option<usize>) -> Vec<usize> {
        let mut widths: Vec<usize> = self
            .columns
            .iter()
            .enumerate()
            .map(|(i, (name, _))| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(i))
                    .flat_map(|c| c.text.lines())
                    .map(UnicodeWidthStr::width)
                    .chain([name.width()])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let Some(width) = width else {
            return widths;
        };
        let gaps = GAP * self.columns.len().saturating_sub(1);
        let mut excess = (widths.iter().sum::<usize>() + gaps).saturating_sub(width);
        while excess > 0 {
            // Take one column of room from the widest free-text column that
            // can still give some.
            let widest = self
                .columns
                .iter()
                .enumerate()
                .filter(|(i, (_, fit))| *fit == Fit::Shrink && widths[*i] > MIN_SHRUNK)
                .max_by_key(|(i, _)| widths[*i])
                .map(|(i, _)| i);
            let Some(i) = widest else { break };
            widths[i] -= 1;
            excess -= 1;
        }
        widths
    }
}

/// `COLUMNS` when set to a number, else the terminal's width.
fn terminal_width() -> Option<usize> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|w| *w > 0)
        .or_else(console_width)
}

/// The width of the terminal on stdout, from the operating system.
fn console_width() -> Option<usize> {
    let (_, columns) = console::Term::stdout().size_checked()?;
    Some(usize::from(columns))
}

/// `text` cut to `width` terminal columns, ending in `…` when cut.
fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    let kept = out.trim_end().len();
    out.truncate(kept);
    out.push('…');
    out
}

fn paint(out: &Output, text: &str, style: Option<Style>) -> String {
    match style {
        Some(style) => out.paint(text, style),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn output(tty: bool) -> Output {
        Output {
            json: false,
            color: false,
            quiet: false,
            verbose: false,
            tty,
        }
    }

    fn grid(out: &Output) -> Grid<'_> {
        let mut g = Grid::new(
            out,
            &[
                ("Name", Fit::Shrink),
                ("Next billing", Fit::Whole),
                ("Amount", Fit::WholeRight),
            ],
        );
        g.row(vec![
            "A very long subscription name that will not fit anywhere".into(),
            "2026-11-30 (in 4 days)".into(),
            "1200.00 JPY".into(),
        ]);
        g.row(vec![
            "Netflix 🎬".into(),
            "2026-12-01 (in 5 days)".into(),
            "17.99 USD".into(),
        ]);
        g
    }

    #[test]
    fn piped_tables_are_tab_separated_rows_under_a_header() {
        let out = output(false);
        assert_eq!(
            grid(&out).render(),
            "Name\tNext billing\tAmount\n\
             A very long subscription name that will not fit anywhere\t2026-11-30 (in 4 days)\t1200.00 JPY\n\
             Netflix 🎬\t2026-12-01 (in 5 days)\t17.99 USD"
        );
    }

    #[test]
    fn terminal_tables_fit_the_width_and_never_cut_dates_or_amounts() {
        let out = output(true);
        let text = grid(&out).fitted(Some(50));
        for line in text.lines() {
            assert!(line.width() <= 50, "{line:?} is wider than 50");
        }
        assert_eq!(
            text,
            "Name           Next billing                 Amount\n\
             ──────────────────────────────────────────────────\n\
             A very long…   2026-11-30 (in 4 days)  1200.00 JPY\n\
             Netflix 🎬     2026-12-01 (in 5 days)    17.99 USD"
        );
    }

    #[test]
    fn a_wide_terminal_cuts_nothing() {
        let out = output(true);
        let text = grid(&out).fitted(Some(200));
        assert!(text.contains("that will not fit anywhere"), "{text}");
        assert!(!text.contains('…'));
    }

    #[test]
    fn cutting_counts_terminal_columns() {
        assert_eq!(truncate("Netflix", 10), "Netflix");
        assert_eq!(truncate("Netflix", 5), "Netf…");
        assert_eq!(truncate("日本語テキスト", 7), "日本語…");
    }
}
