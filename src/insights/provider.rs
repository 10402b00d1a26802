//! AI providers over ureq: Gemini's `generateContent`, Ollama's `/api/chat`
//! and OpenAI-compatible `/v1/chat/completions`, each with structured
//! output. One overall time bound covers every attempt; 429/500/503/504
//! are retried (honouring Gemini's `RetryInfo.retryDelay`), 400/403/404 are
//! not. Any failure is returned as a reason for the rule engine's answer.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::{Analysis, Engine};

pub const GEMINI_BASE: &str = "https://generativelanguage.googleapis.com";
pub const OLLAMA_BASE: &str = "http://127.0.0.1:11434";
pub const OPENAI_BASE: &str = "https://api.openai.com";
const ATTEMPTS: u32 = 3;

/// The model a provider uses when none is configured.
pub fn default_model(engine: Engine) -> &'static str {
    match engine {
        Engine::Gemini | Engine::Rules => "gemini-2.5-flash",
        Engine::Ollama => "llama3.1",
        Engine::Openai => "gpt-4o-mini",
    }
}

pub fn default_base(engine: Engine) -> &'static str {
    match engine {
        Engine::Gemini | Engine::Rules => GEMINI_BASE,
        Engine::Ollama => OLLAMA_BASE,
        Engine::Openai => OPENAI_BASE,
    }
}

/// A request ready to send. The key lives only in `headers`, which are
/// never printed; `body` is exactly what is sent.
pub struct Request {
    pub engine: Engine,
    pub url: String,
    pub body: String,
    headers: Vec<(&'static str, String)>,
}

impl Request {
    /// The key this request carries, if any.
    fn secret(&self) -> Option<&str> {
        self.headers.iter().find_map(|(name, value)| match *name {
            "x-goog-api-key" => Some(value.as_str()),
            "authorization" => value.strip_prefix("Bearer "),
            _ => None,
        })
    }
}

/// Removes a secret from text that may be shown or stored (an error body,
/// or an answer, could echo it). Done on the whole text, before anything
/// is cut short, so no part of the key survives.
pub fn scrub(text: String, secret: Option<&str>) -> String {
    match secret {
        Some(k) if k.len() >= 4 => text.replace(k, "[redacted]"),
        _ => text,
    }
}

/// Plain http is allowed only to this machine (tests, local models); the
/// URL is parsed, so a user name cannot pose as the host.
pub fn check_base_url(base: &str) -> Result<(), String> {
    crate::domain::validate::service_url("the AI base URL", base).map(|_| ())
}

pub fn build(
    engine: Engine,
    base: &str,
    model: &str,
    prompt: &str,
    key: Option<&str>,
) -> Result<Request, String> {
    check_base_url(base)?;
    let base = base.trim_end_matches('/');
    let schema = super::schema();
    let (url, body, mut headers) = match engine {
        Engine::Gemini | Engine::Rules => (
            format!("{base}/v1beta/models/{model}:generateContent"),
            json!({
                "contents": [{"role": "user", "parts": [{"text": prompt}]}],
                "generationConfig": {
                    "responseMimeType": "application/json",
                    "responseJsonSchema": schema,
                    "temperature": 0.2
                }
            }),
            Vec::new(),
        ),
        Engine::Ollama => (
            format!("{base}/api/chat"),
            json!({
                "model": model,
                "messages": [{"role": "user", "content": prompt}],
                "stream": false,
                "format": schema,
                "options": {"temperature": 0.2}
            }),
            Vec::new(),
        ),
        Engine::Openai => (
            format!("{base}/v1/chat/completions"),
            json!({
                "model": model,
                "messages": [{"role": "user", "content": prompt}],
                "response_format": {"type": "json_schema", "json_schema": {"name": "subscription_insights", "strict": true, "schema": schema}},
                "temperature": 0.2
            }),
            Vec::new(),
        ),
    };
    match (engine, key) {
        (Engine::Gemini, Some(k)) => headers.push(("x-goog-api-key", k.to_string())),
        (Engine::Openai, Some(k)) => headers.push(("authorization", format!("Bearer {k}"))),
        _ => {}
    }
    Ok(Request {
        engine,
        url,
        body: serde_json::to_string(&body).map_err(|e| e.to_string())?,
        headers,
    })
}

/// What one HTTP exchange came to.
enum Outcome {
    Answer(String),
    Retry {
        reason: String,
        delay: Option<Duration>,
    },
    Fail(String),
}

/// Sends with retries within `bound`; returns the validated-JSON candidate
/// text or the reason it could not be had.
pub fn send(req: &Request, bound: Duration) -> Result<String, String> {
    let deadline = Instant::now() + bound;
    let mut last = String::from("no attempt was made");
    for attempt in 0..ATTEMPTS {
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            return Err(format!(
                "no answer within the {}s time bound (ai_timeout) ({last})",
                bound.as_secs()
            ));
        }
        match exchange(req, remaining, bound) {
            Outcome::Answer(text) => return Ok(text),
            Outcome::Fail(reason) => return Err(reason),
            Outcome::Retry { reason, delay } => {
                last = reason;
                if attempt + 1 == ATTEMPTS {
                    break;
                }
                let wait = delay.unwrap_or(Duration::from_millis(500 * 2u64.pow(attempt)));
                if Instant::now() + wait >= deadline {
                    return Err(format!(
                        "{last}; retrying would exceed the {}s time bound",
                        bound.as_secs()
                    ));
                }
                std::thread::sleep(wait);
            }
        }
    }
    Err(format!("{last} after {ATTEMPTS} attempts"))
}

/// An attempt that ran out of time: a failure that names the bound.
fn timed_out(bound: Duration) -> Outcome {
    Outcome::Fail(format!(
        "no answer within the {}s time bound (ai_timeout)",
        bound.as_secs()
    ))
}

/// One attempt, with `timeout` left of the overall `bound` (which is what
/// a timeout message names: the bound the user set).
fn exchange(req: &Request, timeout: Duration, bound: Duration) -> Outcome {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        // A redirect would carry the key to whatever host it names.
        .max_redirects(0)
        .user_agent(concat!("subs/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut call = agent
        .post(&req.url)
        .header("content-type", "application/json");
    for (name, value) in &req.headers {
        call = call.header(*name, value);
    }
    let mut response = match call.send(req.body.as_str()) {
        Ok(r) => r,
        Err(ureq::Error::Timeout(_)) => return timed_out(bound),
        Err(e) => {
            return Outcome::Retry {
                reason: format!("request failed: {e}"),
                delay: None,
            };
        }
    };
    let status = response.status().as_u16();
    let text = match response.body_mut().read_to_string() {
        Ok(t) => t,
        Err(ureq::Error::Timeout(_)) => return timed_out(bound),
        Err(e) => {
            return Outcome::Retry {
                reason: format!("reading the answer failed: {e}"),
                delay: None,
            };
        }
    };
    interpret(req.engine, status, &scrub(text, req.secret()))
}

/// Gemini's `error.details[].retryDelay` ("2s", "1.5s").
fn retry_delay(body: &Value) -> Option<Duration> {
    body["error"]["details"].as_array()?.iter().find_map(|d| {
        let text = d["retryDelay"].as_str()?;
        let secs: f64 = text.strip_suffix('s')?.parse().ok()?;
        (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs.min(60.0)))
    })
}

/// What an engine's HTTP answer means: a failed status is a retry or a
/// failure; a 200 is read the engine's way.
fn interpret(engine: Engine, status: u16, text: &str) -> Outcome {
    let body: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    if status != 200 {
        return http_failure(engine, status, &body);
    }
    match engine {
        Engine::Gemini | Engine::Rules => gemini_answer(&body),
        Engine::Ollama => ollama_answer(&body),
        Engine::Openai => openai_answer(&body),
    }
}

/// A status other than 200: retried when the server is busy or down,
/// otherwise a failure, with the server's message when it gave one.
fn http_failure(engine: Engine, status: u16, body: &Value) -> Outcome {
    let message = body["error"]["message"]
        .as_str()
        .or_else(|| body["error"].as_str())
        .unwrap_or("")
        .chars()
        .take(200)
        .collect::<String>();
    let reason = format!(
        "{} answered HTTP {status}{}",
        engine.as_str(),
        if (300..400).contains(&status) {
            " (a redirect, not followed: the key is sent only to the configured address)"
                .to_string()
        } else if message.is_empty() {
            String::new()
        } else {
            format!(": {message}")
        }
    );
    match status {
        429 | 500 | 502 | 503 | 504 => Outcome::Retry {
            reason,
            delay: retry_delay(body),
        },
        _ => Outcome::Fail(reason),
    }
}

/// Gemini's answer: the first candidate's text, unless the prompt was
/// blocked or the candidate did not finish.
fn gemini_answer(body: &Value) -> Outcome {
    if let Some(block) = body["promptFeedback"]["blockReason"].as_str() {
        return Outcome::Fail(format!("gemini blocked the prompt: {block}"));
    }
    let candidate = &body["candidates"][0];
    let finish = candidate["finishReason"].as_str().unwrap_or("");
    if finish != "STOP" {
        return Outcome::Fail(format!(
            "gemini stopped with finishReason {}",
            if finish.is_empty() { "missing" } else { finish }
        ));
    }
    let parts = candidate["content"]["parts"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let text: String = parts.iter().filter_map(|p| p["text"].as_str()).collect();
    if text.is_empty() {
        Outcome::Fail("gemini returned no text".into())
    } else {
        Outcome::Answer(text)
    }
}

/// Ollama's answer: the message content, unless it stopped early.
fn ollama_answer(body: &Value) -> Outcome {
    let reason = body["done_reason"].as_str().unwrap_or("stop");
    if reason != "stop" {
        return Outcome::Fail(format!("ollama stopped with done_reason {reason}"));
    }
    match body["message"]["content"].as_str() {
        Some(t) if !t.is_empty() => Outcome::Answer(t.to_string()),
        _ => Outcome::Fail("ollama returned no content".into()),
    }
}

/// OpenAI's answer: the first choice's content, unless the model refused
/// or it did not finish.
fn openai_answer(body: &Value) -> Outcome {
    let choice = &body["choices"][0];
    if let Some(refusal) = choice["message"]["refusal"].as_str() {
        return Outcome::Fail(format!("the model refused: {refusal}"));
    }
    let finish = choice["finish_reason"].as_str().unwrap_or("");
    if finish != "stop" {
        return Outcome::Fail(format!(
            "openai stopped with finish_reason {}",
            if finish.is_empty() { "missing" } else { finish }
        ));
    }
    match choice["message"]["content"].as_str() {
        Some(t) if !t.is_empty() => Outcome::Answer(t.to_string()),
        _ => Outcome::Fail("openai returned no content".into()),
    }
}

/// Parses the model's text into an analysis: code fences and text around
/// the JSON object are tolerated; anything else is an error.
pub fn parse_answer(text: &str) -> Result<Analysis, String> {
    // The object runs from the first `{` to the last `}`: fences, and
    // words before or after them ("Here is the JSON:"), are left out.
    let object = match (text.find('{'), text.rfind('}')) {
        (Some(start), Some(end)) if start < end => &text[start..=end],
        _ => text.trim(),
    };
    serde_json::from_str(object)
        .map_err(|e| format!("the answer is not valid JSON for the schema: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_to_loopback() {
        assert!(check_base_url("http://127.0.0.1:8080").is_ok());
        assert!(check_base_url("http://localhost/x").is_ok());
        assert!(check_base_url("http://[::1]:9/").is_ok());
        assert!(check_base_url("https://example.com").is_ok());
        assert!(check_base_url("http://example.com").is_err());
        assert!(check_base_url("http://127.0.0.1.evil.com").is_err());
        assert!(check_base_url("ftp://x").is_err());
        assert!(check_base_url("http://127.0.0.1:x@example.com").is_err());
    }

    #[test]
    fn retry_delay_is_read_from_retry_info() {
        let body: Value = serde_json::from_str(r#"{"error":{"code":429,"details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"1.5s"}]}}"#).unwrap();
        assert_eq!(retry_delay(&body), Some(Duration::from_millis(1500)));
    }

    #[test]
    fn fences_are_stripped() {
        let json = r#"{"summary":"s","insights":[],"recommendations":[],"cost_optimization":{"potential_monthly_savings":0,"underutilized_services":[],"duplicate_services":[]}}"#;
        assert!(parse_answer(&format!("```json\n{json}\n```")).is_ok());
        assert!(parse_answer(json).is_ok());
        assert!(parse_answer("{\"summary\":").is_err());
        assert!(
            parse_answer(&format!(
                "Here is the JSON you asked for:\n```json\n{json}\n```\nAnything else?"
            ))
            .is_ok()
        );
        assert!(parse_answer(&format!("Sure! {json}")).is_ok());
    }

    #[test]
    fn the_key_goes_in_a_header_not_the_body_or_url() {
        let req = build(
            Engine::Gemini,
            GEMINI_BASE,
            "m",
            "prompt",
            Some("SECRET-KEY"),
        )
        .unwrap();
        assert!(!req.body.contains("SECRET-KEY"));
        assert!(!req.url.contains("SECRET-KEY"));
        assert!(req.url.ends_with("/v1beta/models/m:generateContent"));
    }
}
