//! The prompt: the original's request, with the data as JSON and the rule
//! engine's findings as hints, and the rules the answer must follow.

use super::Analysis;
use super::portfolio::Portfolio;

pub fn build(p: &Portfolio, hints: &Analysis) -> String {
    let data = serde_json::to_string_pretty(p).unwrap_or_default();
    let findings: Vec<serde_json::Value> = hints
        .insights
        .iter()
        .map(|i| serde_json::json!({"type": i.kind, "title": i.title, "description": i.description, "subscriptions": i.subscriptions}))
        .collect();
    let findings = serde_json::to_string_pretty(&findings).unwrap_or_default();
    format!(
        "As a subscription management expert, analyse this user's subscriptions and give actionable insights.

USER PORTFOLIO (amounts are exact; monthly_cost is in each subscription's own currency, monthly_cost_base in {base}):
{data}

FINDINGS OF A RULE-BASED CHECK (hints; verify them against the data):
{findings}

ANALYSIS REQUIREMENTS:
1. Identify cost optimization opportunities.
2. Detect duplicate or overlapping services (including bundles that already include another service).
3. Analyse usage efficiency from the usage figures.
4. Suggest downgrades, yearly plans or cancellations where the data supports it.
5. Point out renewals coming up soon for services that are hardly used.

RULES FOR THE ANSWER:
- Answer with JSON only, matching the given schema.
- potential_savings and potential_monthly_savings are MONTHLY amounts in {base}; none may exceed the total monthly spending of {total} {base}.
- Name services exactly as they appear in \"name\" above, and list the services each insight is about in its \"subscriptions\" field. Never mention a service that is not in the data.
- type is one of cost_optimization, usage, renewal, category, duplicate; severity and priority are low, medium or high.",
        base = p.base_currency,
        total = p.total_monthly_base,
    )
}
