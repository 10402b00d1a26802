//! A subscription's plan: a free trial before the first charge, and a
//! contract (a minimum term, its notice and extensions).

use chrono::NaiveDate;

use super::next_billing;
use crate::domain::plan::{Contract, Length};
use crate::domain::subscription::{self, Subscription};
use crate::domain::validate::as_typed;
use crate::error::{Error, Result};
use crate::render::text::safe;

/// A trial and a contract, as given.
#[derive(Clone, Copy, Debug, Default)]
pub struct Plan {
    pub trial: Option<Trial>,
    /// `Some(None)`: remove the contract.
    pub term_months: Option<Option<u16>>,
    pub notice: Option<Length>,
    pub extends_by_months: Option<u16>,
}

/// A free trial as given: its last day, or a length from the start date.
#[derive(Clone, Copy, Debug)]
pub enum Trial {
    Until(NaiveDate),
    For(Length),
}

impl Trial {
    /// The last free day for a subscription starting on `start`; `typed` is
    /// what was typed for `--trial-until`, which a refusal quotes.
    pub fn last_day(self, start: NaiveDate, typed: Option<&str>) -> Result<NaiveDate> {
        let last = match self {
            Trial::Until(d) => d,
            Trial::For(len) => len
                .after(start)
                .and_then(|d| d.pred_opt())
                .ok_or_else(|| Error::invalid("the trial ends too far in the future"))?,
        };
        subscription::check_trial(start, Some(last)).map_err(|_| {
            Error::invalid(format!(
                "invalid --trial-until {}: a trial cannot end before the start date {start}",
                as_typed(typed, last)
            ))
        })?;
        Ok(last)
    }
}

/// Sets the plan parts `plan` gives (trial, contract) on `sub`. A trial
/// moves the first charge to the day after it, so it is refused once a
/// charge was settled (`settled`). `trial_until` is what was typed for
/// `--trial-until`, which a refusal quotes.
pub fn apply(
    sub: &mut Subscription,
    plan: Plan,
    settled: bool,
    trial_until: Option<&str>,
) -> Result<()> {
    if let Some(trial) = plan.trial {
        if settled {
            return Err(Error::invalid(format!(
                "{} already has payments: a trial can only come before the first charge",
                safe(&sub.name)
            )));
        }
        let last = trial.last_day(sub.start_date, trial_until)?;
        let first = last
            .succ_opt()
            .ok_or_else(|| Error::invalid("the trial ends too far in the future"))?;
        if let Some(end) = sub.end_date
            && end < first
        {
            return Err(Error::invalid(format!(
                "the trial ends {last} but the subscription ends {end}: there would be no charge"
            )));
        }
        sub.trial_until = Some(last);
        next_billing::after_trial(sub, first);
    }
    let contract = match plan.term_months {
        Some(None) => None,
        Some(Some(term_months)) => Some(Contract {
            term_months,
            extends_by_months: None,
            notice: None,
        }),
        None => sub.contract,
    };
    subscription::check_term(
        contract.is_some(),
        plan.notice.is_some() || plan.extends_by_months.is_some(),
    )
    .map_err(|_| {
        Error::invalid("--notice and --extends-by describe a contract: give its --term too")
    })?;
    sub.contract = contract.map(|mut c| {
        if plan.term_months.is_some() && sub.contract.is_some() {
            // Keep notice and extensions when only the term changes.
            c.notice = sub.contract.and_then(|o| o.notice);
            c.extends_by_months = sub.contract.and_then(|o| o.extends_by_months);
        }
        if let Some(n) = plan.notice {
            c.notice = Some(n);
        }
        if let Some(e) = plan.extends_by_months {
            c.extends_by_months = Some(e);
        }
        c
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cycle::Cycle;
    use crate::domain::money::Money;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or(NaiveDate::MIN)
    }

    fn sub() -> Subscription {
        let start = day("2026-12-01");
        Subscription::example("Gym", Money::test_cents(3000), Cycle::Monthly, start, start)
    }

    #[test]
    fn a_trial_moves_the_first_charge_to_the_day_after_it() -> Result<()> {
        let mut s = sub();
        let plan = Plan {
            trial: Some(Trial::Until(day("2026-12-14"))),
            ..Plan::default()
        };
        apply(&mut s, plan, false, None)?;
        assert_eq!(s.trial_until, Some(day("2026-12-14")));
        assert_eq!(
            (s.anchor, s.next_billing_date),
            (day("2026-12-15"), day("2026-12-15"))
        );
        // Once a charge was settled, a trial would move it: refused.
        assert!(apply(&mut sub(), plan, true, None).is_err());
        Ok(())
    }

    #[test]
    fn a_new_term_keeps_the_notice_and_a_notice_needs_a_term() -> Result<()> {
        let mut s = sub();
        let with_notice = Plan {
            term_months: Some(Some(12)),
            notice: Some(Length::Days(30)),
            ..Plan::default()
        };
        apply(&mut s, with_notice, false, None)?;
        let longer = Plan {
            term_months: Some(Some(24)),
            ..Plan::default()
        };
        apply(&mut s, longer, false, None)?;
        assert_eq!(
            s.contract.map(|c| (c.term_months, c.notice)),
            Some((24, Some(Length::Days(30))))
        );
        let notice_only = Plan {
            notice: Some(Length::Days(30)),
            ..Plan::default()
        };
        assert!(apply(&mut sub(), notice_only, false, None).is_err());
        Ok(())
    }
}
