//! Subscriptions that several test files build alike, built once here.

use super::{Sub, TestEnv};

/// One subscription of each cycle but monthly: iCloud yearly, Insurance
/// quarterly, Gym every 90 days in EUR, Lessons weekly, and Paper every
/// two months until 2027-06-01 (added in that order). `paid_with` goes on
/// Insurance and Gym, e.g. `&["--payment-method", "bank_transfer"]`.
pub fn every_other_cycle(env: &TestEnv, paid_with: &[&str]) {
    env.yearly("iCloud", "29.99").start("2026-03-14").add();
    env.sub("Insurance")
        .amount("210")
        .cycle("quarterly")
        .start("2026-02-28")
        .options(paid_with)
        .add();
    env.sub("Gym")
        .amount("120")
        .cycle("custom")
        .with("--every-days", "90")
        .currency("EUR")
        .options(paid_with)
        .add();
    env.sub("Lessons")
        .amount("40")
        .cycle("weekly")
        .start("2026-11-02")
        .add();
    env.sub("Paper")
        .amount("9")
        .cycle("custom")
        .with("--every-months", "2")
        .start("2026-12-15")
        .with("--end", "2027-06-01")
        .add();
}

/// The worked example of a contract: Gym, 39 a month from 2026-03-01 on a
/// 12-month term with 30 days' notice; to add, after any more options.
pub fn gym_contract(env: &TestEnv) -> Sub<'_> {
    env.monthly("Gym", "39")
        .start("2026-03-01")
        .with("--term", "12m")
        .with("--notice", "30d")
}
