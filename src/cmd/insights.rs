//! `subs insights`: Gemini (or a local model) when enabled, the rule engine
//! otherwise and whenever the AI fails — saying which one answered and why.

use std::time::Duration;

use super::Ctx;
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::insights::portfolio::{self, Portfolio};
use crate::insights::rules;
use crate::insights::target::Target;
use crate::insights::{self, Analysis, Engine, Report, prompt, provider};
use crate::render::insights::{DryRun, Insights};
use crate::report::Envelope;
use crate::settings;
use crate::store::insight_cache;

/// What `subs insights` was asked.
pub struct Options {
    /// The rule engine only; no network.
    pub offline: bool,
    /// Ignore the cached answer.
    pub refresh: bool,
    /// Print the request that would be sent; send nothing.
    pub dry_run: bool,
    /// `None`: the ai_provider setting.
    pub provider: Option<Engine>,
    /// Also send notes and website addresses.
    pub include_notes: bool,
    /// Count my share of shared plans (`None`: the totals setting).
    pub mine: Option<bool>,
}

pub fn run(ctx: &mut Ctx, options: Options) -> Result<()> {
    if options.dry_run {
        let (_, _, _, request) = prepare(ctx, &options)?;
        let request = request.map_err(Error::invalid)?;
        let body: serde_json::Value = serde_json::from_str(&request.body)?;
        return ctx.out.show(&DryRun {
            url: request.url,
            body,
        });
    }
    let insights = answer(ctx, &options)?;
    ctx.out.show(&insights)
}

/// The facts, the rule engine's findings, where to ask and the request.
fn prepare(
    ctx: &Ctx,
    options: &Options,
) -> Result<(
    Portfolio,
    Analysis,
    Target,
    std::result::Result<provider::Request, String>,
)> {
    let today = ctx.today();
    let db = ctx.store.db();
    let env = Envelope::load(db, today)?;
    let mine = settings::totals_mine(db, options.mine)?;
    let facts = portfolio::gather(db, &env.conv, today, options.include_notes, mine)?;
    let limits = portfolio::limits(db, &env.conv)?;
    let findings = rules::analyse(&facts, &limits);
    let target = Target::resolve(db, options.provider)?;
    let request = provider::build(
        target.engine,
        &target.base,
        &target.model,
        &prompt::build(&facts, &findings),
        target.key.as_deref(),
    );
    Ok((facts, findings, target, request))
}

/// The insights `run` shows: the AI's answer when it is enabled and
/// answers, else the rule engine's with the reason (what `subs insights`
/// and the MCP server show).
pub fn answer(ctx: &mut Ctx, options: &Options) -> Result<Insights> {
    let clock = ctx.clock;
    let (facts, findings, target, request) = prepare(ctx, options)?;
    let db = ctx.store.db();
    let rules_report = |reason: Option<String>| Report {
        analysis: findings.clone(),
        engine: Engine::Rules,
        model: None,
        generated_at: clock.timestamp(),
        cached: false,
        fallback_reason: reason,
    };
    let ai_enabled = settings::get(db, "ai_enabled")?.value == "true";
    let report = if options.offline {
        rules_report(None)
    } else if !ai_enabled {
        rules_report(Some(
            "AI insights are disabled (SUBSCRIPTION_AI_ENABLED / ai_enabled is false)".into(),
        ))
    } else if target.engine == Engine::Gemini && target.key.is_none() {
        rules_report(Some("GEMINI_API_KEY is not set".into()))
    } else {
        match request {
            Err(reason) => rules_report(Some(reason)),
            Ok(request) => match ask_or_cached(ctx, &target, &request, &facts, options)? {
                Ok(report) => report,
                Err(reason) => rules_report(Some(provider::scrub(reason, target.key.as_deref()))),
            },
        }
    };

    Ok(Insights {
        report,
        base_currency: facts.base_currency.clone(),
    })
}

/// A fresh cached answer for the same data, else the provider's answer
/// (validated, then cached). `Err(reason)` when the AI failed.
fn ask_or_cached(
    ctx: &mut Ctx,
    target: &Target,
    request: &provider::Request,
    facts: &Portfolio,
    options: &Options,
) -> Result<std::result::Result<Report, String>> {
    let clock: Clock = ctx.clock;
    let db = ctx.store.db();
    let timeout = settings::get(db, "ai_timeout")?
        .value
        .parse::<u64>()
        .unwrap_or(30);
    let cache_timeout = settings::get(db, "cache_timeout")?
        .value
        .parse::<i64>()
        .unwrap_or(1800);
    let engine = target.engine;
    let fingerprint = insight_cache::fingerprint(
        db,
        &format!(
            "{}|{}|{}|{}|{}",
            engine.as_str(),
            target.model,
            target.base,
            options.include_notes,
            clock.today()
        ),
    )?;
    let now = clock.unix();
    let cached = if options.refresh {
        None
    } else {
        insight_cache::get(db, engine.as_str(), &fingerprint, now, cache_timeout)?
            .and_then(|json| serde_json::from_str::<Report>(&json).ok())
    };
    if let Some(mut hit) = cached {
        hit.cached = true;
        return Ok(Ok(hit));
    }
    let analysis = match ask(request, facts, Duration::from_secs(timeout)) {
        Ok(analysis) => analysis,
        Err(reason) => return Ok(Err(reason)),
    };
    let report = Report {
        analysis,
        engine,
        model: Some(target.model.clone()),
        generated_at: clock.timestamp(),
        cached: false,
        fallback_reason: None,
    };
    let json = serde_json::to_string(&report)?;
    // A cache: when it cannot be written (a read-only database), the
    // answer is shown all the same.
    if let Err(e) = ctx
        .store
        .write(|db| insight_cache::put(db, engine.as_str(), &fingerprint, now, &json))
    {
        ctx.out.debug(&format!("the answer was not cached: {e}"));
    }
    Ok(Ok(report))
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
