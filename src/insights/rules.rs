//! The rule engine: findings a user can act on without any AI. Every figure
//! comes from the data, savings are monthly amounts in the base currency
//! that never exceed what is spent, and each insight names its
//! subscriptions.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::portfolio::{Limits, Portfolio, SubscriptionFacts};
use super::{Analysis, CostOptimization, Insight, InsightType, Level, Recommendation};
use crate::domain::money::round_money;
use crate::domain::subscription::Status;

pub const UNUSED_DAYS: i64 = 30;
pub const LONG_PAUSE_DAYS: i64 = 60;
pub const MONTHLY_HELD_DAYS: i64 = 365;
pub const RECENT_PRICE_DAYS: i64 = 90;
pub const RENEWAL_SOON_DAYS: i64 = 7;

/// Services that overlap in purpose: several of one family are usually one
/// too many. Matched against the normalised name and provider.
const FAMILIES: &[(&str, &[&str])] = &[
    (
        "video streaming",
        &[
            "netflix",
            "disney",
            "hulu",
            "hbo",
            "max",
            "primevideo",
            "appletv",
            "paramount",
            "peacock",
            "hotstar",
            "crunchyroll",
            "mubi",
            "youtubepremium",
            "youtubetv",
            "sling",
        ],
    ),
    (
        "music streaming",
        &[
            "spotify",
            "applemusic",
            "youtubemusic",
            "tidal",
            "deezer",
            "amazonmusic",
            "pandora",
            "soundcloud",
        ],
    ),
    (
        "cloud storage",
        &[
            "dropbox",
            "icloud",
            "googleone",
            "onedrive",
            "box",
            "pcloud",
            "mega",
            "backblaze",
        ],
    ),
    (
        "news",
        &[
            "nytimes",
            "newyorktimes",
            "economist",
            "washingtonpost",
            "wsj",
            "guardian",
            "financialtimes",
            "bloomberg",
        ],
    ),
];

/// Bundles that already include other services: (bundle, included).
const BUNDLES: &[(&str, &[&str])] = &[
    ("youtubepremium", &["youtubemusic"]),
    ("amazonprime", &["primevideo", "amazonmusic"]),
    (
        "appleone",
        &["applemusic", "icloud", "appletv", "applearcade"],
    ),
    ("microsoft365", &["onedrive"]),
    ("disneybundle", &["disney", "hulu", "espn"]),
    ("googleone", &["googledrive"]),
];

/// Lower case, letters and digits only: "YouTube Premium" → "youtubepremium".
pub fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Plan words that may follow a short key: "Box Business", "Max Basic".
const PLAN_WORDS: &[&str] = &[
    "", "plus", "premium", "basic", "standard", "family", "business", "personal", "pro",
];

/// Whether a service is the one `key` names. Long keys may appear anywhere
/// ("nytimescooking"); short ones must be the whole name or the name and a
/// plan word, so "Boxing club" is not Box.
fn matches(s: &SubscriptionFacts, key: &str) -> bool {
    [normalise(&s.name), normalise(&s.provider)]
        .iter()
        .any(|n| {
            if key.len() >= 5 {
                n.contains(key)
            } else {
                n.strip_prefix(key)
                    .is_some_and(|rest| PLAN_WORDS.contains(&rest))
            }
        })
}

fn money(d: Decimal, base: &str) -> String {
    format!("{} {base}", round_money(d))
}

fn names(list: &[&SubscriptionFacts]) -> Vec<String> {
    list.iter().map(|s| s.name.clone()).collect()
}

fn joined(list: &[&SubscriptionFacts]) -> String {
    names(list).join(", ")
}

fn monthly(s: &SubscriptionFacts) -> Decimal {
    s.monthly_base_exact.unwrap_or_default()
}

fn day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// What the rules found so far, and the facts they read.
struct Findings<'p> {
    p: &'p Portfolio,
    base: &'p str,
    limits: &'p Limits,
    active: Vec<&'p SubscriptionFacts>,
    insights: Vec<Insight>,
    /// Savings per subscription (the largest claim wins), so a service
    /// named by two insights is never counted twice in the total.
    saving: BTreeMap<String, Decimal>,
    underused: BTreeSet<String>,
    duplicates: BTreeSet<String>,
}

impl Findings<'_> {
    /// Claims a monthly saving on `s`, never more than it costs.
    fn claim(&mut self, s: &SubscriptionFacts, amount: Decimal) {
        let e = self.saving.entry(s.subscription_id.clone()).or_default();
        *e = (*e).max(amount.min(monthly(s)));
    }
}

/// Every rule, in the order its insights are found (they are sorted by
/// severity and savings afterwards).
const RULES: &[fn(&mut Findings<'_>)] = &[
    high_spending,
    same_provider,
    bundles,
    families,
    underused,
    trials,
    long_monthly,
    long_paused,
    price_increases,
];

/// Every finding the rules make about the portfolio, in the original's shape.
pub fn analyse(p: &Portfolio, limits: &Limits) -> Analysis {
    let mut f = Findings {
        p,
        base: p.base_currency.as_str(),
        limits,
        active: p
            .subscriptions
            .iter()
            .filter(|s| s.status == Status::Active)
            .collect(),
        insights: Vec::new(),
        saving: BTreeMap::new(),
        underused: BTreeSet::new(),
        duplicates: BTreeSet::new(),
    };
    for rule in RULES {
        rule(&mut f);
    }
    let Findings {
        insights,
        saving,
        underused,
        duplicates,
        base,
        ..
    } = f;
    let mut insights = one_per_subscription(insights);
    insights.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(b.potential_savings.cmp(&a.potential_savings))
    });
    let total_savings = round_money(
        saving
            .values()
            .copied()
            .sum::<Decimal>()
            .min(p.total_monthly_base),
    );
    Analysis {
        summary: summary(p, insights.len(), total_savings),
        recommendations: recommendations(&insights, base),
        cost_optimization: CostOptimization {
            potential_monthly_savings: total_savings,
            underutilized_services: underused.into_iter().collect(),
            duplicate_services: duplicates.into_iter().collect(),
        },
        insights,
    }
}

/// One finding per subscription: findings about one subscription alone
/// (underused, renewing soon, a trial ending, a price rise) merge into the
/// first one about it, their reasons joined ("Spotify is underused; renews
/// in 2 days"), at the highest severity and the largest saving among them.
/// Findings about several subscriptions stay as they are.
fn one_per_subscription(insights: Vec<Insight>) -> Vec<Insight> {
    let mut out: Vec<Insight> = Vec::new();
    for i in insights {
        let [name] = i.subscriptions.as_slice() else {
            out.push(i);
            continue;
        };
        let Some(first) = out
            .iter_mut()
            .find(|o| o.subscriptions.as_slice() == std::slice::from_ref(name))
        else {
            out.push(i);
            continue;
        };
        let reason = i
            .title
            .strip_prefix(name.as_str())
            .map_or(i.title.as_str(), str::trim_start);
        first.title = format!("{}; {reason}", first.title);
        first.description = format!("{} {}", first.description, i.description);
        if i.severity > first.severity {
            first.severity = i.severity;
            first.action = i.action;
        }
        first.potential_savings = first.potential_savings.max(i.potential_savings);
    }
    out
}

/// Spending above the limit: the largest subscriptions first.
fn high_spending(f: &mut Findings<'_>) {
    let base = f.base;
    let active = f.active.clone();
    if f.p.total_monthly_base > f.limits.spending {
        let mut top = active.clone();
        top.sort_by_key(|s| std::cmp::Reverse(monthly(s)));
        top.truncate(3);
        let severity = if f.p.total_monthly_base > f.limits.spending * Decimal::TWO {
            Level::High
        } else {
            Level::Medium
        };
        f.insights.push(Insight {
            kind: InsightType::CostOptimization,
            severity,
            title: "High monthly spending".into(),
            description: format!(
                "Your {} active subscriptions cost {} a month ({} a year), above your {} of {}. The largest are {}.",
                active.len(),
                money(f.p.total_monthly_base, base),
                money(f.p.total_yearly_base, base),
                if f.limits.spending_is_budget { "budget" } else { "limit" },
                money(f.limits.spending, base),
                top.iter().map(|s| format!("{} ({})", s.name, money(monthly(s), base))).collect::<Vec<_>>().join(", ")
            ),
            action: "Review the largest subscriptions first; cancel or downgrade what you no longer need.".into(),
            potential_savings: Decimal::ZERO,
            subscriptions: names(&top),
        });
    }
}

/// The same provider or name twice.
fn same_provider(f: &mut Findings<'_>) {
    let active = f.active.clone();
    let mut by_key: BTreeMap<String, Vec<&SubscriptionFacts>> = BTreeMap::new();
    for s in &active {
        by_key.entry(normalise(&s.provider)).or_default().push(s);
    }
    for group in by_key.values().filter(|g| g.len() > 1) {
        let mut group = group.clone();
        group.sort_by_key(|s| std::cmp::Reverse(monthly(s)));
        let extra: Decimal = group[1..].iter().map(|s| monthly(s)).sum();
        for s in &group[1..] {
            f.claim(s, monthly(s));
        }
        f.duplicates.extend(names(&group));
        f.insights.push(Insight {
            kind: InsightType::Duplicate,
            severity: Level::High,
            title: format!("Duplicate subscriptions: {}", group[0].provider),
            description: format!(
                "You pay for {} {} times: {}.",
                group[0].provider,
                group.len(),
                joined(&group)
            ),
            action: format!(
                "Keep one {} subscription and cancel the others.",
                group[0].provider
            ),
            potential_savings: round_money(extra),
            subscriptions: names(&group),
        });
    }
}

/// Bundles that include another active service.
fn bundles(f: &mut Findings<'_>) {
    let base = f.base;
    let active = f.active.clone();
    for (bundle, included) in BUNDLES {
        let Some(b) = active.iter().find(|s| matches(s, bundle)) else {
            continue;
        };
        let inside: Vec<&SubscriptionFacts> = active
            .iter()
            .copied()
            .filter(|s| {
                s.subscription_id != b.subscription_id && included.iter().any(|k| matches(s, k))
            })
            .collect();
        if inside.is_empty() {
            continue;
        }
        let extra: Decimal = inside.iter().map(|s| monthly(s)).sum();
        for s in &inside {
            f.claim(s, monthly(s));
        }
        let mut all = vec![*b];
        all.extend(inside.iter().copied());
        f.duplicates.extend(names(&all));
        f.insights.push(Insight {
            kind: InsightType::Duplicate,
            severity: Level::High,
            title: format!("{} already includes {}", b.name, joined(&inside)),
            description: format!(
                "{} includes {}, which you also pay for separately ({} a month).",
                b.name,
                joined(&inside),
                money(extra, base)
            ),
            action: format!(
                "Cancel {} and use what {} includes.",
                joined(&inside),
                b.name
            ),
            potential_savings: round_money(extra),
            subscriptions: names(&all),
        });
    }
}

/// Several services of one family (video, music, storage, news).
fn families(f: &mut Findings<'_>) {
    let base = f.base;
    let active = f.active.clone();
    for (family, keys) in FAMILIES {
        let members: Vec<&SubscriptionFacts> = active
            .iter()
            .copied()
            .filter(|s| keys.iter().any(|k| matches(s, k)))
            .collect();
        if members.len() < 2 {
            continue;
        }
        let mut sorted = members.clone();
        sorted.sort_by_key(|a| monthly(a));
        let cheapest = sorted[0];
        f.claim(cheapest, monthly(cheapest));
        f.insights.push(Insight {
            kind: InsightType::Category,
            severity: if members.len() > 2 { Level::High } else { Level::Medium },
            title: format!("{} {family} services", members.len()),
            description: format!(
                "You pay for {} {family} services ({}), {} a month together; they overlap in what they offer.",
                members.len(),
                joined(&members),
                money(members.iter().map(|s| monthly(s)).sum(), base)
            ),
            action: format!("Keep the one you use most; dropping even {} saves {} a month.", cheapest.name, money(monthly(cheapest), base)),
            potential_savings: round_money(monthly(cheapest)),
            subscriptions: names(&members),
        });
    }
}

/// Underused: logged usage stopped, or each use costs too much — and such a service renewing within a week.
fn underused(f: &mut Findings<'_>) {
    let base = f.base;
    let active = f.active.clone();
    // Trials have their own rule; nothing is judged before a billing
    // period (and 30 days) of known usage.
    for s in active
        .iter()
        .filter(|s| s.trial_until.is_none() && !s.usage.too_new_to_judge)
    {
        let idle = s
            .usage
            .days_since_last_use
            .filter(|&d| s.usage.logs > 0 && d >= UNUSED_DAYS);
        let per_use = s
            .usage
            .cost_per_use
            .map(|c| c.0)
            .filter(|&c| c > f.limits.cost_per_use);
        let description = match (idle, per_use) {
            (Some(days), _) => format!(
                "{} was last used {days} days ago ({}), yet costs {} a month.",
                s.name,
                s.usage.last_used.as_deref().unwrap_or("never"),
                money(monthly(s), base)
            ),
            (None, Some(c)) => format!(
                "{} was used {} {} {}: {} {} per use, above your limit of {} {}.",
                s.name,
                s.usage.uses_in_window,
                if s.usage.uses_in_window == 1 {
                    "time"
                } else {
                    "times"
                },
                s.usage.cost_window,
                c,
                s.currency,
                f.limits.cost_per_use,
                s.currency
            ),
            (None, None) => continue,
        };
        f.claim(s, monthly(s));
        f.underused.insert(s.name.clone());
        f.insights.push(Insight {
            kind: InsightType::Usage,
            severity: if idle.is_some() {
                Level::High
            } else {
                Level::Medium
            },
            title: format!("{} is underused", s.name),
            description,
            action: format!("Pause or cancel {} if you do not miss it.", s.name),
            potential_savings: round_money(monthly(s)),
            subscriptions: vec![s.name.clone()],
        });
        if (0..=RENEWAL_SOON_DAYS).contains(&s.days_until_renewal) {
            f.insights.push(Insight {
                kind: InsightType::Renewal,
                severity: Level::High,
                title: format!("{} renews in {} days", s.name, s.days_until_renewal),
                description: format!(
                    "{} renews on {} for {} {}, and you hardly use it.",
                    s.name, s.next_billing_date, s.amount.0, s.currency
                ),
                action: format!("Decide about {} before {}.", s.name, s.next_billing_date),
                potential_savings: round_money(monthly(s)),
                subscriptions: vec![s.name.clone()],
            });
        }
    }
}

/// A free trial ending within a week for a service you hardly use (no use
/// logged, or none in the last week): cancel before the first charge.
fn trials(f: &mut Findings<'_>) {
    let active = f.active.clone();
    for s in &active {
        let Some(until) = s.trial_until.as_deref() else {
            continue;
        };
        let Some(days) = day(until).map(|u| (u - s.today).num_days()) else {
            continue;
        };
        if !(0..=RENEWAL_SOON_DAYS).contains(&days) {
            continue;
        }
        let used = match s.usage.days_since_last_use {
            None => "you have not logged any use".to_string(),
            Some(d) if d >= RENEWAL_SOON_DAYS => format!("you last used it {d} days ago"),
            Some(_) => continue,
        };
        f.claim(s, monthly(s));
        f.underused.insert(s.name.clone());
        f.insights.push(Insight {
            kind: InsightType::Renewal,
            severity: Level::High,
            title: format!(
                "{} trial ends {}",
                s.name,
                crate::domain::alert::days_until(days)
            ),
            description: format!(
                "The {} trial ends on {until} and {used}; from {} it costs {} {} {}.",
                s.name, s.next_billing_date, s.amount.0, s.currency, s.billing_cycle
            ),
            action: format!("Cancel {} by {until} unless you want to keep it.", s.name),
            potential_savings: round_money(monthly(s)),
            subscriptions: vec![s.name.clone()],
        });
    }
}

/// Monthly plans held for over a year: a yearly plan usually costs about
/// ten months — an estimate, since prices differ.
fn long_monthly(f: &mut Findings<'_>) {
    let base = f.base;
    let active = f.active.clone();
    let long_monthly: Vec<&SubscriptionFacts> = active
        .iter()
        .copied()
        .filter(|s| s.billing_cycle == "monthly" && s.age_days > MONTHLY_HELD_DAYS)
        .collect();
    if !long_monthly.is_empty() {
        let estimate: Decimal = long_monthly
            .iter()
            .map(|s| monthly(s) * Decimal::TWO / Decimal::from(12))
            .sum();
        for s in &long_monthly {
            f.claim(s, monthly(s) * Decimal::TWO / Decimal::from(12));
        }
        f.insights.push(Insight {
            kind: InsightType::CostOptimization,
            severity: Level::Low,
            title: "Monthly plans held for over a year".into(),
            description: format!(
                "You have paid monthly for over a year for {}. Yearly plans often cost about ten months' worth; that would save an estimated {} a month (an estimate: check each provider's yearly price).",
                joined(&long_monthly),
                money(estimate, base)
            ),
            action: "Switch the ones you will keep to a yearly plan.".into(),
            potential_savings: round_money(estimate),
            subscriptions: names(&long_monthly),
        });
    }
}

/// Paused for a long time.
fn long_paused(f: &mut Findings<'_>) {
    for s in
        f.p.subscriptions
            .iter()
            .filter(|s| s.status == Status::Paused)
    {
        let Some(since) = s.paused_since.as_deref().and_then(day) else {
            continue;
        };
        let days = (s.today - since).num_days();
        if days > LONG_PAUSE_DAYS {
            f.insights.push(Insight {
                kind: InsightType::CostOptimization,
                severity: Level::Low,
                title: format!("{} paused for {days} days", s.name),
                description: format!("{} has been paused since {since}; if you have not missed it, it may be time to cancel.", s.name),
                action: format!("Cancel {} so it cannot restart by surprise.", s.name),
                potential_savings: Decimal::ZERO,
                subscriptions: vec![s.name.clone()],
            });
        }
    }
}

/// Recent price increases.
fn price_increases(f: &mut Findings<'_>) {
    let active = f.active.clone();
    for s in &active {
        for c in &s.price_changes {
            let recent =
                day(&c.date).is_some_and(|d| (s.today - d).num_days() <= RECENT_PRICE_DAYS);
            if recent && c.yearly_change.0 > Decimal::ZERO {
                f.insights.push(Insight {
                    kind: InsightType::CostOptimization,
                    severity: Level::Medium,
                    title: format!("{} raised its price", s.name),
                    description: format!(
                        "{} went from {} to {} {} on {}.",
                        s.name, c.old_amount.0, c.new_amount.0, s.currency, c.date
                    ),
                    action: format!(
                        "Check whether {} is still worth it, or look for a cheaper plan.",
                        s.name
                    ),
                    potential_savings: Decimal::ZERO,
                    subscriptions: vec![s.name.clone()],
                });
            }
        }
    }
}

fn summary(p: &Portfolio, findings: usize, savings: Decimal) -> String {
    let base = &p.base_currency;
    let (noun, verb) = if p.active_subscriptions == 1 {
        ("subscription", "costs")
    } else {
        ("subscriptions", "cost")
    };
    let mut s = format!(
        "{} active {noun} {verb} {} a month ({} a year).",
        p.active_subscriptions,
        money(p.total_monthly_base, base),
        money(p.total_yearly_base, base)
    );
    if !p.unconverted_currencies.is_empty() {
        s.push_str(&format!(
            " Amounts in {} are not included (no exchange rate).",
            p.unconverted_currencies.join(", ")
        ));
    }
    if findings == 0 {
        s.push_str(" Nothing stands out: no duplicates, unused services or price rises found.");
    } else {
        let noun = if findings == 1 { "finding" } else { "findings" };
        s.push_str(&format!(
            " {findings} {noun}; up to {} a month could be saved.",
            money(savings, base)
        ));
    }
    s
}

fn recommendations(insights: &[Insight], base: &str) -> Vec<Recommendation> {
    let mut out = Vec::new();
    let mut group = |kinds: &[InsightType], title: &str, what: &str, priority: Level| {
        let picked: Vec<&Insight> = insights
            .iter()
            .filter(|i| kinds.contains(&i.kind))
            .collect();
        if picked.is_empty() {
            return;
        }
        // Two insights about the same services (underused, and renewing
        // soon) claim the same saving: count it once.
        let mut by_services: BTreeMap<Vec<String>, Decimal> = BTreeMap::new();
        for i in &picked {
            let mut key = i.subscriptions.clone();
            key.sort();
            let e = by_services.entry(key).or_default();
            *e = (*e).max(i.potential_savings);
        }
        let savings: Decimal = by_services.values().copied().sum();
        let mut services: Vec<String> = picked
            .iter()
            .flat_map(|i| i.subscriptions.clone())
            .collect();
        services.sort();
        services.dedup();
        out.push(Recommendation {
            title: title.into(),
            description: format!("{what}: {}.", services.join(", ")),
            impact: if savings > Decimal::ZERO {
                format!("Up to {} a month", money(savings, base))
            } else {
                "Keeps spending in check".into()
            },
            priority,
        });
    };
    group(
        &[InsightType::Duplicate],
        "Remove duplicate services",
        "Cancel the copies and bundled extras among",
        Level::High,
    );
    group(
        &[InsightType::Usage, InsightType::Renewal],
        "Cancel what you do not use",
        "Pause or cancel the underused",
        Level::High,
    );
    group(
        &[InsightType::Category],
        "Consolidate overlapping services",
        "Pick one service per purpose among",
        Level::Medium,
    );
    group(
        &[InsightType::CostOptimization],
        "Review costs",
        "Look again at",
        Level::Low,
    );
    out
}
