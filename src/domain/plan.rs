//! Free trials and contracts: the calendar of a plan that is free for a
//! while, or that binds for a minimum term and must be cancelled with
//! notice.
//!
//! A contract's terms are counted from the start date, like billing dates:
//! the first term of 12 months from 2026-03-01 ends 2027-02-28 (the day
//! before 2027-03-01); each extension adds `extends_by` months (the term
//! again unless set), so the second ends 2028-02-29 (the day before
//! 2028-03-01). The last day to give notice (`cancel_by`) is a term's end
//! minus the notice: 30 days before 2027-02-28 is 2027-01-29.

use std::fmt;

use chrono::{Days, Months, NaiveDate};

/// A length of time as users write it: `7d`, `2w`, `1m`, `12m`, `1y`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Length {
    Days(u16),
    Months(u16),
}

impl Length {
    /// `7d`, `2w` (14 days), `1m`, `1y` (12 months). Up to 10 years.
    pub fn parse(flag: &str, text: &str) -> Result<Length, String> {
        let t = text.trim();
        let bad = || {
            format!(
                "invalid {flag} \"{text}\": expected a number and a unit, e.g. 30d, 2w, 1m or 1y"
            )
        };
        let unit = t.chars().last().ok_or_else(bad)?;
        let n: u16 = t[..t.len() - unit.len_utf8()].parse().map_err(|_| bad())?;
        if n == 0 {
            return Err(format!("invalid {flag} \"{text}\": it must be at least 1"));
        }
        let length = match unit.to_ascii_lowercase() {
            'd' => Length::Days(n),
            'w' => Length::Days(n.checked_mul(7).ok_or_else(bad)?),
            'm' => Length::Months(n),
            'y' => Length::Months(n.checked_mul(12).ok_or_else(bad)?),
            _ => return Err(bad()),
        };
        let too_long = match length {
            Length::Days(d) => d > 3660,
            Length::Months(m) => m > 120,
        };
        if too_long {
            return Err(format!(
                "invalid {flag} \"{text}\": at most 10 years (120m or 3660d)"
            ));
        }
        Ok(length)
    }

    /// A notice period: at most 999 days or 99 months (what the schema
    /// stores).
    pub fn parse_notice(flag: &str, text: &str) -> Result<Length, String> {
        let length = Length::parse(flag, text)?;
        match length {
            Length::Days(d) if d > 999 => {}
            Length::Months(m) if m > 99 => {}
            _ => return Ok(length),
        }
        Err(format!(
            "invalid {flag} \"{text}\": a notice is at most 99m or 999d"
        ))
    }

    /// The stored form: `30d` or `1m`.
    pub fn parse_stored(text: &str) -> Option<Length> {
        let n = text.get(..text.len().checked_sub(1)?)?.parse().ok()?;
        match text.chars().last()? {
            'd' => Some(Length::Days(n)),
            'm' => Some(Length::Months(n)),
            _ => None,
        }
    }

    /// Only whole months, for a contract's term and its extensions.
    pub fn months(self, flag: &str) -> Result<u16, String> {
        match self {
            Length::Months(m) => Ok(m),
            Length::Days(_) => Err(format!(
                "invalid {flag}: a term is counted in months or years (12m, 1y)"
            )),
        }
    }

    /// The date this length after `date` (month ends clamp: Jan 31 + 1m
    /// is Feb 28 or 29).
    pub fn after(self, date: NaiveDate) -> Option<NaiveDate> {
        match self {
            Length::Days(d) => date.checked_add_days(Days::new(u64::from(d))),
            Length::Months(m) => date.checked_add_months(Months::new(u32::from(m))),
        }
    }

    /// The date this length before `date`.
    pub fn before(self, date: NaiveDate) -> Option<NaiveDate> {
        match self {
            Length::Days(d) => date.checked_sub_days(Days::new(u64::from(d))),
            Length::Months(m) => date.checked_sub_months(Months::new(u32::from(m))),
        }
    }
}

impl fmt::Display for Length {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Length::Days(d) => write!(f, "{d}d"),
            Length::Months(m) => write!(f, "{m}m"),
        }
    }
}

/// A minimum term with a notice period, extended automatically.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contract {
    pub term_months: u16,
    /// Each extension; `None`: the term again.
    pub extends_by_months: Option<u16>,
    /// `None`: notice can be given up to the term's last day.
    pub notice: Option<Length>,
}

/// One term of a contract, as it stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    /// The term's last day.
    pub ends: NaiveDate,
    /// The last day to give notice so the contract ends with this term.
    pub cancel_by: NaiveDate,
    /// 0 for the first term, 1 after the first extension, …
    pub extensions: u32,
}

impl Contract {
    /// The `k`-th term (0 = the first), counted from the start date.
    pub fn term(&self, start: NaiveDate, k: u32) -> Option<Term> {
        let months = u32::from(self.term_months)
            + k * u32::from(self.extends_by_months.unwrap_or(self.term_months));
        let ends = start.checked_add_months(Months::new(months))?.pred_opt()?;
        let cancel_by = match self.notice {
            Some(n) => n.before(ends)?.max(start),
            None => ends,
        };
        Some(Term {
            ends,
            cancel_by,
            extensions: k,
        })
    }

    /// The term whose notice can still be given on `today` (its cancel-by
    /// date is today or later): the current one, or the next if its
    /// deadline has passed.
    pub fn upcoming(&self, start: NaiveDate, today: NaiveDate) -> Option<Term> {
        // Skip most terms at once: each lasts at least a month.
        let months_since = (today.year_months() - start.year_months()).max(0);
        let step = i64::from(self.extends_by_months.unwrap_or(self.term_months));
        let first_guess = ((months_since - i64::from(self.term_months)) / step - 1).max(0);
        let mut k = u32::try_from(first_guess).ok()?;
        loop {
            let term = self.term(start, k)?;
            if term.cancel_by >= today {
                return Some(term);
            }
            k = k.checked_add(1)?;
        }
    }

    /// The term running on `today` (the one whose end is today or later).
    pub fn running(&self, start: NaiveDate, today: NaiveDate) -> Option<Term> {
        let mut term = self.upcoming(start, today)?;
        while term.extensions > 0 {
            let before = self.term(start, term.extensions - 1)?;
            if before.ends < today {
                break;
            }
            term = before;
        }
        Some(term)
    }
}

trait YearMonths {
    fn year_months(&self) -> i64;
}

impl YearMonths for NaiveDate {
    fn year_months(&self) -> i64 {
        use chrono::Datelike;
        i64::from(self.year()) * 12 + i64::from(self.month0())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::testing::{TestResult, d};

    #[test]
    fn lengths_parse_in_days_weeks_months_and_years() -> TestResult {
        assert_eq!(Length::parse("--trial", "7d"), Ok(Length::Days(7)));
        assert_eq!(Length::parse("--trial", "2w"), Ok(Length::Days(14)));
        assert_eq!(Length::parse("--trial", "1m"), Ok(Length::Months(1)));
        assert_eq!(Length::parse("--term", "1y"), Ok(Length::Months(12)));
        for bad in ["", "d", "0d", "7", "7x", "-1m", "11y", "3661d", "1.5m", "€"] {
            assert!(Length::parse("--term", bad).is_err(), "{bad}");
        }
        assert_eq!(Length::parse_stored("30d"), Some(Length::Days(30)));
        assert_eq!(Length::Months(1).to_string(), "1m");
        Ok(())
    }

    #[test]
    fn a_twelve_month_contract_with_thirty_days_notice() -> TestResult {
        let c = Contract {
            term_months: 12,
            extends_by_months: None,
            notice: Some(Length::Days(30)),
        };
        let start = d("2026-03-01")?;
        let first = c.upcoming(start, d("2026-11-26")?).ok_or("no value")?;
        assert_eq!(first.ends, d("2027-02-28")?);
        assert_eq!(first.cancel_by, d("2027-01-29")?);
        assert_eq!(
            c.upcoming(start, d("2027-01-29")?).ok_or("no value")?,
            first
        );
        // The deadline passed: the next is the extended term's (it ends on
        // the leap day, the day before 2028-03-01).
        let second = c.upcoming(start, d("2027-01-30")?).ok_or("no value")?;
        assert_eq!(second.ends, d("2028-02-29")?);
        assert_eq!(second.cancel_by, d("2028-01-30")?);
        assert_eq!(second.extensions, 1);
        // Between the deadline and the end, the first term still runs.
        assert_eq!(c.running(start, d("2027-02-10")?).ok_or("no value")?, first);
        assert_eq!(
            c.running(start, d("2027-03-01")?).ok_or("no value")?,
            second
        );
        // Far ahead, found without walking every term.
        let late = c.upcoming(start, d("2090-06-01")?).ok_or("no value")?;
        assert!(late.cancel_by >= d("2090-06-01")? && late.cancel_by < d("2091-06-01")?);
        Ok(())
    }

    #[test]
    fn month_end_and_leap_day_starts_and_monthly_extensions() -> TestResult {
        let c = Contract {
            term_months: 1,
            extends_by_months: None,
            notice: Some(Length::Months(1)),
        };
        // Jan 31 + 1 month is Feb 28; the term ends the day before.
        let t = c.term(d("2027-01-31")?, 0).ok_or("no value")?;
        assert_eq!(t.ends, d("2027-02-27")?);
        // The notice cannot reach before the start.
        assert_eq!(t.cancel_by, d("2027-01-31")?);
        let leap = Contract {
            term_months: 12,
            extends_by_months: Some(1),
            notice: None,
        };
        let start = d("2028-02-29")?;
        assert_eq!(
            leap.term(start, 0).ok_or("no value")?.ends,
            d("2029-02-27")?
        );
        assert_eq!(
            leap.term(start, 1).ok_or("no value")?.ends,
            d("2029-03-28")?
        );
        assert_eq!(
            leap.term(start, 1).ok_or("no value")?.cancel_by,
            d("2029-03-28")?
        );
        Ok(())
    }
}
