//! `subs insights`: the analysis (the original's shape), who answered, and
//! why the AI was not used when it was not; or, for `--dry-run`, the exact
//! request that would be sent.

use serde::Serialize;

use super::text::safe;
use super::{Output, Style, View};
use crate::insights::{Engine, Level, Report};

/// The answer, as JSON (the report) or text.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Insights {
    pub report: Report,
    #[serde(skip)]
    pub base_currency: String,
}

impl View for Insights {
    fn text(&self, out: &Output) -> String {
        let r = &self.report;
        let base = &self.base_currency;
        let mut lines = vec![safe(&r.analysis.summary).into_owned()];
        if !r.analysis.insights.is_empty() {
            lines.push(String::new());
            lines.push(out.paint("Insights", Style::Bold));
            for i in &r.analysis.insights {
                let tag = match i.severity {
                    Level::High => out.paint("high  ", Style::Bad),
                    Level::Medium => out.paint("medium", Style::Warn),
                    Level::Low => out.paint("low   ", Style::Dim),
                };
                let saving = if i.potential_savings.is_zero() {
                    String::new()
                } else {
                    format!("  (save up to {} {base}/month)", i.potential_savings)
                };
                lines.push(format!(
                    "  {tag} {}{saving}",
                    out.paint(&safe(&i.title), Style::Bold)
                ));
                lines.push(format!("         {}", safe(&i.description)));
                lines.push(format!("         → {}", safe(&i.action)));
            }
        }
        if !r.analysis.recommendations.is_empty() {
            lines.push(String::new());
            lines.push(out.paint("Recommendations", Style::Bold));
            for rec in &r.analysis.recommendations {
                lines.push(format!(
                    "  • {} — {} ({})",
                    safe(&rec.title),
                    safe(&rec.description),
                    safe(&rec.impact)
                ));
            }
        }
        let co = &r.analysis.cost_optimization;
        lines.push(String::new());
        lines.push(format!(
            "Potential savings: {} {base} a month",
            co.potential_monthly_savings
        ));
        if !co.underutilized_services.is_empty() {
            lines.push(format!(
                "Underused: {}",
                safe(&co.underutilized_services.join(", "))
            ));
        }
        if !co.duplicate_services.is_empty() {
            lines.push(format!(
                "Duplicates: {}",
                safe(&co.duplicate_services.join(", "))
            ));
        }
        let by = match (&r.engine, &r.model) {
            (Engine::Rules, _) => "the rule engine".to_string(),
            (e, Some(m)) => format!("{} ({m})", e.as_str()),
            (e, None) => e.as_str().to_string(),
        };
        let mut footer = format!(
            "Answered by {by} at {}{}",
            r.generated_at,
            if r.cached { ", from the cache" } else { "" }
        );
        if let Some(reason) = &r.fallback_reason {
            footer.push_str(&format!("; the AI was not used: {}", safe(reason)));
        }
        lines.push(out.paint(&footer, Style::Dim));
        lines.join("\n")
    }
}

/// `insights --dry-run`: the request body exactly as it would be sent (the
/// key travels in a header and is never shown).
pub struct DryRun {
    pub url: String,
    pub body: serde_json::Value,
}

impl Serialize for DryRun {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.body.serialize(s)
    }
}

impl View for DryRun {
    fn text(&self, out: &Output) -> String {
        let body = serde_json::to_string_pretty(&self.body).unwrap_or_default();
        if out.quiet {
            body
        } else {
            format!("POST {}\n{body}", self.url)
        }
    }
}
