//! `subs forecast`: the charges of the months ahead, and what to set aside.

use chrono::NaiveDate;

use super::Ctx;
use crate::error::{Error, Result};
use crate::report;

pub fn run(ctx: &mut Ctx, months: i64, from: Option<&str>) -> Result<()> {
    if !(1..=120).contains(&months) {
        return Err(Error::invalid(format!(
            "invalid --months \"{months}\": must be between 1 and 120"
        )));
    }
    let today = ctx.today();
    let from = match from {
        None => today,
        Some(text) => NaiveDate::parse_from_str(&format!("{}-01", text.trim()), "%Y-%m-%d")
            .map_err(|_| {
                Error::invalid(format!(
                    "invalid --from \"{text}\": use a month as YYYY-MM, e.g. 2027-01"
                ))
            })?,
    };
    if report::forecast::month_start(from) < report::forecast::month_start(today) {
        return Err(Error::invalid(format!(
            "invalid --from \"{}\": a forecast looks ahead; for months gone by see `subs analytics`",
            from.format("%Y-%m")
        )));
    }
    let forecast = ctx
        .store
        .read(|db| report::forecast::build(db, today, from, months as u32))?;
    ctx.out.show(&forecast)
}
