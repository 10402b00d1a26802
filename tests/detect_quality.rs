//! Detection quality on seeded statements with known truth
//! (`bench/statements/`): about twenty small statements (12–24 months)
//! across every format are read with `subs::statement::read`, detected with
//! `subs::detect::detect` and scored against their truth; the same statement
//! in every format must give the same candidates. The generator's own test
//! checks that what it writes agrees with its truth.

#[path = "../bench/statements/generator.rs"]
mod generator;
#[path = "../bench/statements/score.rs"]
mod score;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use generator::{Config, Generated, Locale, Truth, writers};
use score::Score;

/// Seeds 1–21, one format each in turn, 12 to 24 months.
fn cases() -> Vec<(Config, &'static str)> {
    (0..21u64)
        .map(|i| {
            let config = Config::new(1000 + i, 12 + (i as u32 * 5) % 13);
            let format = writers::FORMATS[i as usize % writers::FORMATS.len()];
            (config, format)
        })
        .collect()
}

/// Reads the statement in `format` and scores what detection finds.
fn detect(generated: &Generated, format: &str) -> Result<(Vec<score::Found>, Score), String> {
    let bytes =
        writers::write(format, &generated.account, &generated.rows).ok_or("unknown format")?;
    let statement = subs::statement::read(&bytes, &subs::statement::ReadOptions::default())
        .map_err(|e| format!("{format}: {e}"))?;
    let candidates = subs::detect::detect(
        &statement.transactions,
        &[],
        &subs::detect::Options::default(),
    );
    let found = score::from_candidates(&statement.transactions, &candidates);
    let mut truth = generated.truth.clone();
    truth.format = format.to_string();
    let scored = score::score(&truth, &found);
    Ok((found, scored))
}

#[test]
fn detection_meets_the_quality_bar() {
    let mut overall = Score::default();
    let mut per_format: BTreeMap<&str, Score> = BTreeMap::new();
    let mut failures = Vec::new();
    for (config, format) in cases() {
        let generated = generator::generate(&config);
        match detect(&generated, format) {
            Ok((_, s)) => {
                overall.add(&s);
                per_format.entry(format).or_default().add(&s);
            }
            Err(e) => failures.push(format!("seed {}: {e}", config.seed)),
        }
    }
    for (format, s) in &per_format {
        eprintln!("{format:<12} {}", s.line());
    }
    eprintln!("{:<12} {}", "overall", overall.line());
    for note in overall.notes.iter().take(60) {
        eprintln!("  {note}");
    }
    assert!(
        failures.is_empty(),
        "statements that could not be read:\n{}",
        failures.join("\n")
    );
    assert!(
        overall.precision() >= 0.90,
        "precision {:.3} < 0.90",
        overall.precision()
    );
    assert!(
        overall.recall() >= 0.85,
        "recall {:.3} < 0.85",
        overall.recall()
    );
    assert!(
        overall.cadence_accuracy() >= 0.95,
        "cadence accuracy {:.3} < 0.95",
        overall.cadence_accuracy()
    );
}

/// What must not change with the format: each candidate's merchant, cadence,
/// amount and number of charges. The merchant is the name's first word: a
/// format with a payee column names a direct debit "Vodafone GmbH", one with
/// a single text column "Vodafone", and both are right.
fn signature(found: &[score::Found]) -> Vec<(String, String, String, usize)> {
    let merchant = |name: &str| {
        let word = name.split_whitespace().next().unwrap_or("");
        word.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    };
    let mut out: Vec<_> = found
        .iter()
        .map(|f| {
            (
                merchant(&f.name),
                f.cadence.clone(),
                f.amount.normalize().to_string(),
                f.evidence.len(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_format_gives_the_same_candidates() {
    let mut differences = Vec::new();
    for (seed, locale) in [(42, Locale::De), (43, Locale::Us)] {
        let mut config = Config::new(seed, 15);
        config.locale = Some(locale);
        let generated = generator::generate(&config);
        let mut reference = None;
        for format in writers::FORMATS {
            let sig = match detect(&generated, format) {
                Ok((found, _)) => signature(&found),
                Err(e) => {
                    differences.push(format!("seed {seed}: {e}"));
                    continue;
                }
            };
            let (first, expected) = reference.get_or_insert_with(|| (*format, sig.clone()));
            if *expected != sig {
                let missing: Vec<_> = expected.iter().filter(|s| !sig.contains(s)).collect();
                let extra: Vec<_> = sig.iter().filter(|s| !expected.contains(s)).collect();
                differences.push(format!(
                    "seed {seed}: {format} vs {first}: lacks {missing:?}, adds {extra:?}"
                ));
            }
        }
        if reference.as_ref().is_none_or(|(_, s)| s.is_empty()) {
            differences.push(format!("seed {seed}: no candidates at all"));
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

/// Generated statements agree with their truth: every row of a series is in
/// it once, ids are unique, dates ordered, the same seed gives the same
/// statement, the truth survives JSON, and across seeds every hard case,
/// cadence and reconcile event appears.
#[test]
fn generator_round_trips_with_its_truth() {
    let mut labels = BTreeSet::new();
    let mut cadences = BTreeSet::new();
    let mut events = BTreeSet::new();
    for (config, _) in cases() {
        let generated = generator::generate(&config);
        check_statement(&generated);
        let again = generator::generate(&config);
        assert_eq!(
            generated.rows, again.rows,
            "seed {} is not deterministic",
            config.seed
        );
        let json = generated.truth.to_json();
        let back = Truth::from_json(&json).unwrap_or_default();
        assert_eq!(
            back.series, generated.truth.series,
            "seed {}: truth.json loses series",
            config.seed
        );
        for s in generated.truth.series.iter().filter(|s| s.subscription) {
            labels.extend(s.twists.iter().cloned());
            cadences.extend(s.cadence.iter().cloned());
        }
        events.extend(generated.truth.events.iter().map(|e| e.kind.clone()));
    }
    for label in [
        "price_change",
        "miss",
        "pause",
        "rename",
        "duplicate",
        "two_plans",
        "usage",
        "ended",
        "yearly_twice",
        "month_end",
        "window_late",
        "window_missed",
        "window_duplicate",
        "window_price_change",
        "window_rename",
    ] {
        assert!(
            labels.contains(label),
            "no statement has {label}: {labels:?}"
        );
    }
    for cadence in [
        "Weekly",
        "EveryDays(14)",
        "EveryDays(28)",
        "Monthly",
        "EveryMonths(2)",
        "Quarterly",
        "Yearly",
    ] {
        assert!(
            cadences.contains(cadence),
            "no statement has {cadence}: {cadences:?}"
        );
    }
    for kind in [
        "paid",
        "late",
        "missed",
        "duplicate",
        "price_change",
        "possible_rename",
        "unexpected",
    ] {
        assert!(
            events.contains(kind),
            "no reconcile event {kind}: {events:?}"
        );
    }
}

fn check_statement(generated: &Generated) {
    let truth = &generated.truth;
    let rows = &generated.rows;
    assert_eq!(truth.rows, rows.len());
    assert!(
        rows.windows(2).all(|w| w[0].date <= w[1].date),
        "rows out of date order"
    );
    let ids: HashSet<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids.len(), rows.len(), "row ids repeat");
    let by_id = truth.by_id();
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(
            by_id.get(r.id.as_str()).copied(),
            r.series,
            "row {i} and its series disagree"
        );
        assert!(r.date >= generated.account.start && r.date <= generated.account.end);
    }
    let subscriptions = truth.series.iter().filter(|s| s.subscription).count();
    assert!(
        (10..=34).contains(&subscriptions),
        "{subscriptions} subscriptions"
    );
    for s in truth.series.iter().filter(|s| s.subscription) {
        assert!(s.cadence.is_some(), "{} has no cadence", s.id);
        assert!(
            s.charges
                .iter()
                .all(|c| c.amount.is_sign_negative() && c.slot.is_some())
        );
        let slots: BTreeSet<_> = s.charges.iter().filter_map(|c| c.slot).collect();
        assert_eq!(
            s.expected,
            slots.len() >= 3,
            "{} expected with {} slots",
            s.id,
            slots.len()
        );
    }
    for d in &truth.declared {
        assert!(
            truth.series.iter().any(|s| s.id == d.series),
            "declared {} is no series",
            d.series
        );
    }
}

/// Each writer writes one record per row, in the format's own syntax.
#[test]
fn writers_write_one_record_per_row() {
    let generated = generator::generate(&Config::new(5, 13));
    let n = generated.rows.len();
    let text = |format: &str| {
        let bytes = writers::write(format, &generated.account, &generated.rows).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let count = |format: &str, needle: &str| text(format).matches(needle).count();
    assert_eq!(count("ofx1", "<STMTTRN>"), n);
    assert_eq!(count("ofx2", "</STMTTRN>"), n);
    assert_eq!(count("camt053-v02", "<Ntry>"), n);
    assert_eq!(count("camt053-v08", "<Sts><Cd>BOOK</Cd></Sts>"), n);
    assert_eq!(count("mt940", "\n:61:"), n);
    assert_eq!(count("mt940-plain", "\n:61:"), n);
    assert_eq!(count("mt940", "{1:"), count("mt940", "-}"));
    assert_eq!(text("csv-us").lines().count(), n + 1);
    assert_eq!(text("csv-tab").lines().count(), n + 1);
    let utf16 =
        writers::write("csv-utf16", &generated.account, &generated.rows).unwrap_or_default();
    assert_eq!(utf16.get(..2), Some(&[0xFF, 0xFE][..]));
    let de = writers::write("csv-de", &generated.account, &generated.rows).unwrap_or_default();
    assert!(
        de.contains(&0xFC),
        "the German export has its ü as windows-1252"
    );
    assert!(std::str::from_utf8(&de).is_err());
    for format in writers::FORMATS {
        let bytes = writers::write(format, &generated.account, &generated.rows).unwrap_or_default();
        assert!(bytes.len() > n * 20, "{format} is too short");
    }
    // The amounts a row shows are the row's: every ID of the tab export
    // sits next to its amount.
    let tab = text("csv-tab");
    for r in generated.rows.iter().take(50) {
        let needle = format!("\t{}\t", writers::point(r.amount));
        let line = tab.lines().find(|l| l.contains(&r.id)).unwrap_or("");
        assert!(line.contains(&needle), "{} lacks {needle}", r.id);
    }
}

/// Reconcile on the same seeded statements: the declared subscriptions as
/// `Known` (their `--match` pattern, amount, currency), the due dates of
/// their charges in the reconcile window as the schedule would list them,
/// and the findings scored against the truth's events by (kind, series,
/// due) — an `unexpected` one by the series most of its charges belong to.
/// Formats whose rows carry the bank's id, so a finding's charges are
/// named exactly.
#[test]
fn reconcile_meets_the_quality_bar() {
    let (mut right, mut found, mut wanted) = (0usize, 0usize, 0usize);
    let mut notes = Vec::new();
    for seed in 2000..2012u64 {
        let config = Config::new(seed, 12 + (seed as u32 % 7));
        let generated = generator::generate(&config);
        for format in ["ofx1", "camt053-v08"] {
            let (got, truth) = reconcile_one(&generated, format);
            found += got.len();
            wanted += truth.len();
            for g in &got {
                if truth.contains(g) {
                    right += 1;
                } else {
                    notes.push(format!("seed {seed} {format}: extra {g:?}"));
                }
            }
            for t in truth.iter().filter(|t| !got.contains(t)) {
                notes.push(format!("seed {seed} {format}: missing {t:?}"));
            }
        }
    }
    let precision = right as f64 / found.max(1) as f64;
    let recall = right as f64 / wanted.max(1) as f64;
    eprintln!(
        "reconcile: precision {precision:.3}, recall {recall:.3} ({right} right of {found} found, {wanted} expected)"
    );
    for note in notes.iter().take(40) {
        eprintln!("  {note}");
    }
    assert!(wanted > 100, "too few events to judge: {wanted}");
    assert!(
        precision >= 0.90,
        "reconcile precision {precision:.3} < 0.90"
    );
    assert!(recall >= 0.90, "reconcile recall {recall:.3} < 0.90");
}

type Key = (String, String, Option<chrono::NaiveDate>);

/// (what reconcile found, what the truth holds), each as (kind, series, due).
fn reconcile_one(generated: &Generated, format: &str) -> (Vec<Key>, Vec<Key>) {
    use subs::detect::{Expected, FindingKind, Known};
    let truth = &generated.truth;
    let bytes = writers::write(format, &generated.account, &generated.rows).unwrap_or_default();
    let statement = subs::statement::read(&bytes, &subs::statement::ReadOptions::default())
        .unwrap_or_else(|e| panic!("{format}: {e}"));
    let rows = &statement.transactions;
    let currency = subs::domain::currency::Currency::parse(&truth.currency)
        .unwrap_or(subs::domain::currency::Currency::USD);
    let known: Vec<Known> = truth
        .declared
        .iter()
        .enumerate()
        .map(|(i, d)| Known {
            id: i as i64,
            name: d.name.clone(),
            patterns: vec![d.pattern.clone()],
            amount: d.amount,
            currency,
            cadence: subs::detect::Cadence::Monthly,
        })
        .collect();
    let mut expected = Vec::new();
    for (i, d) in truth.declared.iter().enumerate() {
        let mut dues: Vec<_> = truth
            .events
            .iter()
            .filter(|e| e.series == d.series && e.kind != "duplicate")
            .filter_map(|e| e.due)
            .collect();
        dues.sort();
        dues.dedup();
        expected.extend(dues.into_iter().map(|due| Expected {
            subscription_id: i as i64,
            due,
            amount: d.amount,
            currency,
        }));
    }
    let Some(until) = truth.end else {
        return (Vec::new(), Vec::new());
    };
    let series_of_id: std::collections::HashMap<&str, &str> = truth
        .series
        .iter()
        .flat_map(|s| {
            s.charges
                .iter()
                .map(move |c| (c.id.as_str(), s.id.as_str()))
        })
        .collect();
    let findings = subs::detect::reconcile(rows, &expected, &known, until);
    let got = findings
        .iter()
        .map(|f| {
            let kind = match f.kind {
                FindingKind::Paid => "paid",
                FindingKind::Late => "late",
                FindingKind::Missed => "missed",
                FindingKind::Duplicate => "duplicate",
                FindingKind::PriceChange => "price_change",
                FindingKind::PossibleRename => "possible_rename",
                FindingKind::Unexpected => "unexpected",
            };
            let series = match f.subscription_id {
                Some(i) => truth.declared[i as usize].series.clone(),
                None => majority(f.charges.iter().filter_map(|&c| {
                    rows.get(c)?
                        .id
                        .as_deref()
                        .and_then(|id| series_of_id.get(id).copied())
                })),
            };
            (kind.to_string(), series, f.due)
        })
        .collect();
    let wanted = truth
        .events
        .iter()
        .map(|e| (e.kind.clone(), e.series.clone(), e.due))
        .collect();
    (got, wanted)
}

fn majority<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for id in ids {
        *counts.entry(id).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map(|(id, _)| id.to_string())
        .unwrap_or_default()
}
