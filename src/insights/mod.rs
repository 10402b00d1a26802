//! Insights: an AI provider (Gemini, or a local Ollama / OpenAI-compatible
//! server) with validated structured output, and a rule engine that answers
//! whenever the AI is off, unreachable, slow, blocked or wrong.

pub mod portfolio;
pub mod prompt;
pub mod provider;
pub mod rules;
pub mod target;

use std::collections::BTreeSet;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use self::portfolio::Portfolio;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InsightType {
    CostOptimization,
    Usage,
    Renewal,
    Category,
    Duplicate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Low,
    Medium,
    High,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Insight {
    #[serde(rename = "type")]
    pub kind: InsightType,
    pub severity: Level,
    pub title: String,
    pub description: String,
    pub action: String,
    /// Monthly, in the base currency.
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub potential_savings: Decimal,
    /// The subscriptions (by name) the insight is about.
    #[serde(default)]
    pub subscriptions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub title: String,
    pub description: String,
    pub impact: String,
    pub priority: Level,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostOptimization {
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub potential_monthly_savings: Decimal,
    pub underutilized_services: Vec<String>,
    pub duplicate_services: Vec<String>,
}

/// The analysis, in the original's shape.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Analysis {
    pub summary: String,
    pub insights: Vec<Insight>,
    pub recommendations: Vec<Recommendation>,
    pub cost_optimization: CostOptimization,
}

/// Which engine answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Engine {
    Gemini,
    Ollama,
    Openai,
    Rules,
}

impl Engine {
    pub fn as_str(self) -> &'static str {
        match self {
            Engine::Gemini => "gemini",
            Engine::Ollama => "ollama",
            Engine::Openai => "openai",
            Engine::Rules => "rules",
        }
    }
}

/// What `subs insights` prints.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Report {
    #[serde(flatten)]
    pub analysis: Analysis,
    pub engine: Engine,
    pub model: Option<String>,
    pub generated_at: String,
    pub cached: bool,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub fallback_reason: Option<String>,
}

/// Checks an answer against the data: savings are not negative and never
/// exceed what is spent, and every named service exists. The error says
/// what was wrong, for `fallback_reason`.
pub fn validate(a: &Analysis, p: &Portfolio) -> Result<(), String> {
    let spending = p.total_monthly_base;
    let names: BTreeSet<String> = p
        .subscriptions
        .iter()
        .map(|s| s.name.to_lowercase())
        .collect();
    let known = |name: &str| names.contains(&name.trim().to_lowercase());
    if a.summary.trim().is_empty() {
        return Err("the summary is empty".into());
    }
    let savings = a.cost_optimization.potential_monthly_savings;
    if savings < Decimal::ZERO || savings > spending {
        return Err(format!(
            "potential monthly savings {savings} are outside 0..={spending} (the monthly spending)"
        ));
    }
    for i in &a.insights {
        if i.title.trim().is_empty() {
            return Err("an insight has no title".into());
        }
        if i.potential_savings < Decimal::ZERO || i.potential_savings > spending {
            return Err(format!(
                "insight \"{}\" claims savings of {} but the monthly spending is {spending}",
                i.title, i.potential_savings
            ));
        }
        if let Some(unknown) = i.subscriptions.iter().find(|n| !known(n)) {
            return Err(format!(
                "insight \"{}\" names an unknown service \"{unknown}\"",
                i.title
            ));
        }
    }
    let co = &a.cost_optimization;
    if let Some(unknown) = co
        .underutilized_services
        .iter()
        .chain(&co.duplicate_services)
        .find(|n| !known(n))
    {
        return Err(format!("the answer names an unknown service \"{unknown}\""));
    }
    // Free text may not talk about services the user does not have: a
    // model that invents a "Hulu" the portfolio lacks is not trusted.
    let owned: Vec<String> = p
        .subscriptions
        .iter()
        .map(|s| s.name.to_lowercase())
        .collect();
    let free_text = std::iter::once(&a.summary)
        .chain(
            a.insights
                .iter()
                .flat_map(|i| [&i.title, &i.description, &i.action]),
        )
        .chain(
            a.recommendations
                .iter()
                .flat_map(|r| [&r.title, &r.description, &r.impact]),
        );
    for text in free_text {
        if let Some(service) = foreign_service(text, &owned) {
            return Err(format!(
                "the answer mentions {service}, which is not one of your subscriptions"
            ));
        }
    }
    Ok(())
}

/// Well-known subscription services: a mention of one in an answer's free
/// text must be of one the user has.
const WELL_KNOWN_SERVICES: &[&str] = &[
    "Netflix",
    "Hulu",
    "Disney+",
    "HBO Max",
    "Max",
    "Paramount+",
    "Peacock",
    "Prime Video",
    "Amazon Prime",
    "Apple TV+",
    "Apple Music",
    "Apple One",
    "iCloud",
    "YouTube Premium",
    "YouTube Music",
    "Spotify",
    "Tidal",
    "Deezer",
    "Audible",
    "Kindle Unlimited",
    "Scribd",
    "Crunchyroll",
    "Dropbox",
    "Google One",
    "OneDrive",
    "Microsoft 365",
    "Adobe",
    "Creative Cloud",
    "Notion",
    "Slack",
    "Zoom",
    "ChatGPT",
    "Copilot",
    "Canva",
    "Grammarly",
    "Evernote",
    "1Password",
    "LastPass",
    "Dashlane",
    "NordVPN",
    "ExpressVPN",
    "Surfshark",
    "Xbox Game Pass",
    "PlayStation Plus",
    "Nintendo Switch Online",
    "Duolingo",
    "Headspace",
    "Calm",
    "Peloton",
    "Strava",
    "Patreon",
    "Twitch",
    "Discord Nitro",
    "Backblaze",
    "Setapp",
];

/// The first well-known service `text` names (as a whole word) that none
/// of the `owned` names (lower case) covers.
fn foreign_service(text: &str, owned: &[String]) -> Option<&'static str> {
    let lower = text.to_lowercase();
    WELL_KNOWN_SERVICES.iter().copied().find(|service| {
        let needle = service.to_lowercase();
        let mentioned = lower.match_indices(&needle).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + needle.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        });
        mentioned
            && !owned
                .iter()
                .any(|o| o.contains(&needle) || needle.contains(o.as_str()))
    })
}

/// The JSON schema of `Analysis`, sent as Gemini's `responseJsonSchema`,
/// Ollama's `format` and OpenAI's `response_format`.
pub fn schema() -> serde_json::Value {
    let level = serde_json::json!({"type": "string", "enum": ["low", "medium", "high"]});
    let text = serde_json::json!({"type": "string"});
    serde_json::json!({
        "type": "object",
        "properties": {
            "summary": text,
            "insights": {"type": "array", "items": {
                "type": "object",
                "properties": {
                    "type": {"type": "string", "enum": ["cost_optimization", "usage", "renewal", "category", "duplicate"]},
                    "severity": level,
                    "title": text,
                    "description": text,
                    "action": text,
                    "potential_savings": {"type": "number", "minimum": 0},
                    "subscriptions": {"type": "array", "items": text}
                },
                "required": ["type", "severity", "title", "description", "action", "potential_savings", "subscriptions"],
                "additionalProperties": false
            }},
            "recommendations": {"type": "array", "items": {
                "type": "object",
                "properties": {"title": text, "description": text, "impact": text, "priority": level},
                "required": ["title", "description", "impact", "priority"],
                "additionalProperties": false
            }},
            "cost_optimization": {
                "type": "object",
                "properties": {
                    "potential_monthly_savings": {"type": "number", "minimum": 0},
                    "underutilized_services": {"type": "array", "items": text},
                    "duplicate_services": {"type": "array", "items": text}
                },
                "required": ["potential_monthly_savings", "underutilized_services", "duplicate_services"],
                "additionalProperties": false
            }
        },
        "required": ["summary", "insights", "recommendations", "cost_optimization"],
        "additionalProperties": false
    })
}
