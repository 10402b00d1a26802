//! Tables, two ways. On a terminal: columns fitted to its width (`COLUMNS`
//! wins when set), a rule under the header and none between rows. When room
//! runs out, relative suffixes ("(in 4 days)") go first, then optional
//! columns, then a category is cut with `…` (or goes), long values wrap
//! over lines, then descriptions are cut, and a name last and never below
//! 12 columns; dates, amounts, cycles, statuses and values are never cut.
//! Anywhere
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
    /// Free text (a description, a note): cut with `…` after categories.
    Shrink,
    /// A category or another label: the first text to be cut.
    Category,
    /// A name: cut last, never below [`MIN_NAME`] columns.
    Name,
    /// Whole, but a narrow terminal leaves the column out (after the
    /// suffixes, before anything is cut); a pipe always has it.
    Optional,
    /// A value never cut: when room runs short (after categories, before
    /// descriptions are cut) it goes on over more lines, broken after a
    /// comma or at a space.
    Wrap,
    /// A date, an amount, an id or a status: always shown whole.
    Whole,
    /// Like `Whole`, aligned right (amounts, counts).
    WholeRight,
}

/// One cell: its text, a suffix a narrow terminal drops ("(in 4 days)")
/// and, where colour is on, its style.
pub struct Text {
    text: String,
    suffix: Option<String>,
    style: Option<Style>,
}

impl<T: Into<String>> From<T> for Text {
    fn from(text: T) -> Self {
        Text {
            text: text.into(),
            suffix: None,
            style: None,
        }
    }
}

impl Text {
    pub fn styled(text: impl Into<String>, style: Option<Style>) -> Text {
        Text {
            text: text.into(),
            suffix: None,
            style,
        }
    }

    /// `text` followed by a space and `suffix`, which is the first thing a
    /// narrow terminal drops (from the whole column at once).
    pub fn with_suffix(mut self, suffix: impl Into<String>) -> Text {
        self.suffix = Some(suffix.into());
        self
    }

    /// The text as shown: with its suffix, or without.
    fn shown(&self, suffix: bool) -> String {
        match (&self.suffix, suffix) {
            (Some(s), true) => format!("{} {s}", self.text),
            _ => self.text.clone(),
        }
    }
}

/// Columns are this many spaces apart.
const GAP: usize = 2;
/// The narrowest a description gets (its `…` included).
const MIN_SHRUNK: usize = 4;
/// The narrowest a category gets (its `…` included).
const MIN_CATEGORY: usize = 2;
/// The narrowest a name gets.
pub const MIN_NAME: usize = 12;

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
                    let one_line = cell.shown(true).replace('\n', " — ").replace('\t', " ");
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
        let (widths, suffix, shown_columns) = self.widths(width);
        let last = shown_columns.iter().rposition(|s| *s).unwrap_or(0);
        let line = |cells: Vec<(String, Option<Style>)>| -> String {
            let mut text = String::new();
            for (i, ((cell, style), w)) in cells.into_iter().zip(&widths).enumerate() {
                if !shown_columns[i] {
                    continue;
                }
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
        let visible = shown_columns.iter().filter(|s| **s).count();
        let total = widths.iter().sum::<usize>() + GAP * visible.saturating_sub(1);
        let total = width.map_or(total, |w| total.min(w));
        let mut lines = vec![line(header), "─".repeat(total)];
        for row in self.rows {
            let shown: Vec<String> = row
                .iter()
                .zip(&self.columns)
                .zip(&widths)
                .map(|((c, (_, fit)), w)| match fit {
                    Fit::Wrap => wrap_cell(&c.shown(suffix), *w),
                    _ => c.shown(suffix),
                })
                .collect();
            let height = shown.iter().map(|c| c.lines().count()).max().unwrap_or(1);
            for k in 0..height.max(1) {
                let cells = shown
                    .iter()
                    .zip(&row)
                    .map(|(text, c)| (text.lines().nth(k).unwrap_or("").to_string(), c.style))
                    .collect();
                lines.push(line(cells));
            }
        }
        lines.join("\n")
    }

    /// Each column's natural width: its widest line, with or without the
    /// cells' suffixes.
    fn natural(&self, suffix: bool) -> Vec<usize> {
        self.columns
            .iter()
            .enumerate()
            .map(|(i, (name, _))| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(i))
                    .flat_map(|c| {
                        c.shown(suffix)
                            .lines()
                            .map(UnicodeWidthStr::width)
                            .collect::<Vec<_>>()
                    })
                    .chain([name.width()])
                    .max()
                    .unwrap_or(0)
            })
            .collect()
    }

    /// Each column's width and whether suffixes are shown: every column at
    /// its widest line, unless the terminal is too narrow — then suffixes
    /// go, then categories give up room, then descriptions, then names down
    /// to [`MIN_NAME`]; whole columns never do.
    fn widths(&self, width: Option<usize>) -> (Vec<usize>, bool, Vec<bool>) {
        let mut widths = self.natural(true);
        let mut shown = vec![true; self.columns.len()];
        let Some(width) = width else {
            return (widths, true, shown);
        };
        let excess = |widths: &[usize], shown: &[bool]| {
            let gaps = GAP * shown.iter().filter(|s| **s).count().saturating_sub(1);
            (widths.iter().sum::<usize>() + gaps).saturating_sub(width)
        };
        let mut suffix = true;
        if excess(&widths, &shown) > 0 && self.rows.iter().flatten().any(|c| c.suffix.is_some()) {
            suffix = false;
            widths = self.natural(false);
        }
        for (i, (_, fit)) in self.columns.iter().enumerate() {
            if *fit == Fit::Optional && excess(&widths, &shown) > 0 {
                shown[i] = false;
                widths[i] = 0;
            }
        }
        // A wrapped value keeps room for its longest piece.
        let pieces: Vec<usize> = (0..self.columns.len())
            .map(|i| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(i))
                    .flat_map(|c| pieces(&c.shown(false)).into_iter().map(|p| p.width()))
                    .max()
                    .unwrap_or(0)
                    .max(self.columns[i].0.width())
            })
            .collect();
        let shrink = |widths: &mut Vec<usize>, shown: &[bool]| -> usize {
            let mut excess = excess(widths, shown);
            for kind in [Fit::Category, Fit::Wrap, Fit::Shrink, Fit::Name] {
                let min = |i: usize| match kind {
                    Fit::Category => MIN_CATEGORY,
                    Fit::Shrink => MIN_SHRUNK,
                    Fit::Wrap => pieces[i],
                    _ => MIN_NAME,
                };
                while excess > 0 {
                    // Take one column of room from the widest column of
                    // this kind that can still give some.
                    let widest = self
                        .columns
                        .iter()
                        .enumerate()
                        .filter(|(i, (_, fit))| shown[*i] && *fit == kind && widths[*i] > min(*i))
                        .max_by_key(|(i, _)| widths[*i])
                        .map(|(i, _)| i);
                    let Some(i) = widest else { break };
                    widths[i] -= 1;
                    excess -= 1;
                }
            }
            excess
        };
        let natural = widths.clone();
        let categories: Vec<usize> = (0..self.columns.len())
            .filter(|i| shown[*i] && self.columns[*i].1 == Fit::Category)
            .collect();
        if shrink(&mut widths, &shown) > 0 && !categories.is_empty() {
            // Still too wide with categories at their narrowest: they go,
            // and the others (names first to lose, last to gain) start over.
            widths = natural;
            for i in categories {
                shown[i] = false;
                widths[i] = 0;
            }
            shrink(&mut widths, &shown);
        }
        (widths, suffix, shown)
    }
}

/// `COLUMNS` when set to a number, else the terminal's width.
pub fn terminal_width() -> Option<usize> {
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

/// The pieces a wrapped value may break into: after each comma, and at
/// spaces (which are dropped).
fn pieces(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split(' ') {
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if c == ',' {
                out.push(std::mem::take(&mut piece));
            }
        }
        if !piece.is_empty() {
            out.push(piece);
        }
    }
    out
}

/// A value on as many lines of `width` columns as it needs, broken after
/// a comma or at a space, never inside a piece.
fn wrap_cell(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines() {
        let mut current = String::new();
        for word in line.split(' ') {
            for (k, piece) in pieces(word).into_iter().enumerate() {
                // A new word is a space away; the rest of a word follows
                // its comma.
                let gap = usize::from(k == 0 && !current.is_empty());
                if !current.is_empty() && current.width() + gap + piece.width() > width {
                    lines.push(std::mem::take(&mut current));
                } else if gap == 1 {
                    current.push(' ');
                }
                current.push_str(&piece);
            }
        }
        lines.push(current);
    }
    lines.join("\n")
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
                ("Name", Fit::Name),
                ("Next billing", Fit::Whole),
                ("Amount", Fit::WholeRight),
                ("Category", Fit::Category),
            ],
        );
        g.row(vec![
            "A very long subscription name".into(),
            Text::from("2026-11-30").with_suffix("(in 4 days)"),
            "1200.00 JPY".into(),
            "Entertainment".into(),
        ]);
        g.row(vec![
            "Netflix 🎬".into(),
            Text::from("2026-12-01").with_suffix("(in 5 days)"),
            "17.99 USD".into(),
            "Video".into(),
        ]);
        g
    }

    #[test]
    fn piped_tables_are_tab_separated_rows_under_a_header() {
        let out = output(false);
        assert_eq!(
            grid(&out).render(),
            "Name\tNext billing\tAmount\tCategory\n\
             A very long subscription name\t2026-11-30 (in 4 days)\t1200.00 JPY\tEntertainment\n\
             Netflix 🎬\t2026-12-01 (in 5 days)\t17.99 USD\tVideo"
        );
    }

    fn fits(text: &str, width: usize) {
        for line in text.lines() {
            assert!(line.width() <= width, "{line:?} is wider than {width}");
        }
    }

    #[test]
    fn a_wide_terminal_cuts_nothing() {
        let out = output(true);
        let text = grid(&out).fitted(Some(200));
        assert_eq!(
            text,
            "Name                           Next billing                 Amount  Category\n\
             ─────────────────────────────────────────────────────────────────────────────────\n\
             A very long subscription name  2026-11-30 (in 4 days)  1200.00 JPY  Entertainment\n\
             Netflix 🎬                     2026-12-01 (in 5 days)    17.99 USD  Video"
        );
    }

    #[test]
    fn the_relative_suffix_goes_first() {
        let out = output(true);
        let text = grid(&out).fitted(Some(80));
        fits(&text, 80);
        assert_eq!(
            text,
            "Name                           Next billing       Amount  Category\n\
             ───────────────────────────────────────────────────────────────────────\n\
             A very long subscription name  2026-11-30    1200.00 JPY  Entertainment\n\
             Netflix 🎬                     2026-12-01      17.99 USD  Video"
        );
    }

    #[test]
    fn then_the_category_then_the_name_down_to_twelve_columns() {
        let out = output(true);
        let text = grid(&out).fitted(Some(62));
        fits(&text, 62);
        assert_eq!(
            text,
            "Name                           Next billing       Amount  Cat…\n\
             ──────────────────────────────────────────────────────────────\n\
             A very long subscription name  2026-11-30    1200.00 JPY  Ent…\n\
             Netflix 🎬                     2026-12-01      17.99 USD  Vid…"
        );
        let text = grid(&out).fitted(Some(43));
        fits(&text, 43);
        assert_eq!(
            text,
            "Name          Next billing       Amount  C…\n\
             ───────────────────────────────────────────\n\
             A very long…  2026-11-30    1200.00 JPY  E…\n\
             Netflix 🎬    2026-12-01      17.99 USD  V…"
        );
        // Narrower still: the name stays at 12 and the line runs over;
        // nothing whole is ever cut.
        let text = grid(&out).fitted(Some(30));
        assert!(
            text.contains("A very long…  2026-11-30    1200.00 JPY"),
            "{text}"
        );
    }

    #[test]
    fn a_wrapped_value_breaks_after_commas_and_is_never_cut() {
        let out = output(true);
        let mut g = Grid::new(
            &out,
            &[
                ("Setting", Fit::Whole),
                ("Value", Fit::Wrap),
                ("Description", Fit::Shrink),
            ],
        );
        g.row(vec![
            "accounts".into(),
            "card=liabilities:card,bank=assets:bank,other=assets:other".into(),
            "Where payments come from".into(),
        ]);
        let text = g.fitted(Some(40));
        fits(&text, 40);
        assert_eq!(
            text,
            "Setting   Value                   Descr…\n\
             ────────────────────────────────────────\n\
             accounts  card=liabilities:card,  Where…\n\
             \x20         bank=assets:bank,\n\
             \x20         other=assets:other"
        );
        assert_eq!(wrap_cell("a b, c,d", 4), "a b,\nc,d");
    }

    #[test]
    fn an_optional_column_goes_before_anything_is_cut() {
        let out = output(true);
        let mut g = Grid::new(
            &out,
            &[
                ("Setting", Fit::Whole),
                ("Environment", Fit::Optional),
                ("Description", Fit::Shrink),
            ],
        );
        g.row(vec![
            "ai_timeout".into(),
            "SUBS_AI_TIMEOUT".into(),
            "Seconds".into(),
        ]);
        let mut fits_all = Grid::new(&out, &[("A", Fit::Whole), ("B", Fit::Optional)]);
        fits_all.row(vec!["a".into(), "b".into()]);
        assert_eq!(fits_all.fitted(Some(10)), "A  B\n────\na  b");
        assert_eq!(
            g.fitted(Some(30)),
            "Setting     Description\n\
             ───────────────────────\n\
             ai_timeout  Seconds"
        );
    }

    #[test]
    fn categories_go_when_even_their_narrowest_does_not_fit() {
        let out = output(true);
        let text = grid(&out).fitted(Some(39));
        fits(&text, 39);
        assert_eq!(
            text,
            "Name          Next billing       Amount\n\
             ───────────────────────────────────────\n\
             A very long…  2026-11-30    1200.00 JPY\n\
             Netflix 🎬    2026-12-01      17.99 USD"
        );
    }

    #[test]
    fn cutting_counts_terminal_columns() {
        assert_eq!(truncate("Netflix", 10), "Netflix");
        assert_eq!(truncate("Netflix", 5), "Netf…");
        assert_eq!(truncate("日本語テキスト", 7), "日本語…");
    }
}
