//! `subs insights`: Gemini (or a local model) when enabled, the rule engine
//! otherwise and whenever the AI fails — saying which one answered and why.

use std::time::Duration;

use super::Ctx;
use super::report::load_rates;
use crate::cli::{AiProvider, InsightsArgs};
use crate::error::{Error, Result};
use crate::insights::portfolio::{self, Portfolio};
use crate::insights::rules::{self, Limits};
use crate::insights::{self, Analysis, Engine, Level, Report, prompt, provider};
use crate::render::Style;
use crate::render::text::safe;
use crate::settings::{self, Source};
use crate::store::{insight_cache, subscriptions};

fn engine_of(p: AiProvider) -> Engine {
    match p {
        AiProvider::Gemini => Engine::Gemini,
        AiProvider::Ollama => Engine::Ollama,
        AiProvider::Openai => Engine::Openai,
    }
}

/// The API key for a provider, from the environment only.
fn key_for(engine: Engine) -> Option<String> {
    let var = match engine {
        Engine::Gemini => "GEMINI_API_KEY",
        Engine::Openai => "OPENAI_API_KEY",
        _ => return None,
    };
    std::env::var(var).ok().filter(|k| !k.trim().is_empty())
}

/// Removes a secret from text that may be shown (an error body could echo it).
fn scrub(text: String, key: Option<&str>) -> String {
    match key {
        Some(k) if k.len() >= 4 => text.replace(k, "[redacted]"),
        _ => text,
    }
}

pub fn run(ctx: &mut Ctx, args: &InsightsArgs) -> Result<()> {
    let today = ctx.today;
    let clock = ctx.clock;
    let conn = ctx.store.db();
    let rates = load_rates(conn, today)?;
    let facts = portfolio::gather(conn, &rates.conv, today, args.include_notes)?;
    let limits = Limits {
        spending: settings::decimal(conn, "spending_threshold")?,
        cost_per_use: settings::usage_cost_limit(conn)?,
    };
    let findings = rules::analyse(&facts, &limits);

    let engine = match args.provider {
        Some(p) => engine_of(p),
        None => match settings::get(conn, "ai_provider")?.value.as_str() {
            "ollama" => Engine::Ollama,
            "openai" => Engine::Openai,
            _ => Engine::Gemini,
        },
    };
    let model_setting = settings::get(conn, "ai_model")?;
    let model = if model_setting.source == Source::Default {
        provider::default_model(engine).to_string()
    } else {
        model_setting.value
    };
    let base_setting = settings::get(conn, "ai_base_url")?.value;
    let base = if base_setting.is_empty() {
        provider::default_base(engine).to_string()
    } else {
        base_setting
    };
    let key = key_for(engine);
    let request = provider::build(
        engine,
        &base,
        &model,
        &prompt::build(&facts, &findings),
        key.as_deref(),
    );

    if args.dry_run {
        let request = request.map_err(Error::invalid)?;
        // The exact body, as sent; the key travels in a header and is never shown.
        let body: serde_json::Value = serde_json::from_str(&request.body)?;
        if ctx.out.json {
            return ctx.out.json(&body);
        }
        ctx.out.info(&format!("POST {}", request.url))?;
        return ctx.out.text(&serde_json::to_string_pretty(&body)?);
    }

    let rules_report = |reason: Option<String>| Report {
        analysis: findings.clone(),
        engine: Engine::Rules,
        model: None,
        generated_at: clock.timestamp(),
        cached: false,
        fallback_reason: reason,
    };
    let ai_enabled = settings::get(conn, "ai_enabled")?.value == "true";
    let report = if args.offline {
        rules_report(None)
    } else if !ai_enabled {
        rules_report(Some(
            "AI insights are disabled (SUBSCRIPTION_AI_ENABLED / ai_enabled is false)".into(),
        ))
    } else if engine == Engine::Gemini && key.is_none() {
        rules_report(Some("GEMINI_API_KEY is not set".into()))
    } else {
        match request {
            Err(reason) => rules_report(Some(reason)),
            Ok(request) => {
                let timeout = settings::get(conn, "ai_timeout")?
                    .value
                    .parse::<u64>()
                    .unwrap_or(30);
                let cache_timeout = settings::get(conn, "cache_timeout")?
                    .value
                    .parse::<i64>()
                    .unwrap_or(1800);
                let fingerprint = insight_cache::fingerprint(
                    conn,
                    &format!(
                        "{}|{model}|{base}|{}|{today}",
                        engine.as_str(),
                        args.include_notes
                    ),
                )?;
                let now = clock.unix();
                let cached = if args.refresh {
                    None
                } else {
                    insight_cache::get(conn, engine.as_str(), &fingerprint, now, cache_timeout)?
                        .and_then(|json| serde_json::from_str::<Report>(&json).ok())
                };
                match cached {
                    Some(mut hit) => {
                        hit.cached = true;
                        hit
                    }
                    None => match ask(&request, &facts, Duration::from_secs(timeout)) {
                        Ok(analysis) => {
                            let report = Report {
                                analysis,
                                engine,
                                model: Some(model.clone()),
                                generated_at: clock.timestamp(),
                                cached: false,
                                fallback_reason: None,
                            };
                            let json = serde_json::to_string(&report)?;
                            ctx.store.write(|tx| {
                                insight_cache::put(tx, engine.as_str(), &fingerprint, now, &json)
                            })?;
                            report
                        }
                        Err(reason) => rules_report(Some(scrub(reason, key.as_deref()))),
                    },
                }
            }
        }
    };

    if !report.cached {
        remember(ctx, &facts, &report)?;
    }
    ctx.out.json(&report)?;
    if !ctx.out.json {
        ctx.out.text(&text(ctx, &report, &facts))?;
    }
    Ok(())
}

/// Asks the provider and validates the answer against the data.
fn ask(
    request: &provider::Request,
    facts: &Portfolio,
    bound: Duration,
) -> std::result::Result<Analysis, String> {
    let text = provider::send(request, bound)?;
    let analysis = provider::parse_answer(&text)?;
    insights::validate(&analysis, facts)
        .map_err(|e| format!("the answer failed validation: {e}"))?;
    Ok(analysis)
}

/// Each subscription's `ai_insights` holds what this run said about it.
fn remember(ctx: &mut Ctx, facts: &Portfolio, report: &Report) -> Result<()> {
    ctx.store.write(|tx| {
        for s in &facts.subscriptions {
            let about: Vec<&insights::Insight> = report
                .analysis
                .insights
                .iter()
                .filter(|i| {
                    i.subscriptions
                        .iter()
                        .any(|n| n.eq_ignore_ascii_case(&s.name))
                })
                .collect();
            let json = serde_json::json!({
                "generated_at": report.generated_at,
                "engine": report.engine,
                "insights": about,
            });
            subscriptions::set_ai_insights(tx, &s.subscription_id, &json.to_string())?;
        }
        Ok(())
    })
}

fn text(ctx: &Ctx, r: &Report, facts: &Portfolio) -> String {
    let out = &ctx.out;
    let base = &facts.base_currency;
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
