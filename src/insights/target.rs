//! Where `subs insights` asks: the provider, model, base URL and key,
//! resolved from the options, the settings and (for the key only) the
//! environment.

use super::{Engine, provider};
use crate::error::Result;
use crate::settings::{self, Source};
use crate::store::Db;

/// The provider to ask and how to reach it.
pub struct Target {
    pub engine: Engine,
    pub model: String,
    pub base: String,
    pub key: Option<String>,
}

impl Target {
    /// `provider` when given, else the `ai_provider` setting.
    pub fn resolve(db: &Db, provider: Option<Engine>) -> Result<Target> {
        let engine = match provider {
            Some(p) => p,
            None => match settings::get(db, "ai_provider")?.value.as_str() {
                "ollama" => Engine::Ollama,
                "openai" => Engine::Openai,
                _ => Engine::Gemini,
            },
        };
        let model_setting = settings::get(db, "ai_model")?;
        let model = if model_setting.source == Source::Default {
            provider::default_model(engine).to_string()
        } else {
            model_setting.value
        };
        let base_setting = settings::get(db, "ai_base_url")?.value;
        let base = if base_setting.is_empty() {
            provider::default_base(engine).to_string()
        } else {
            base_setting
        };
        Ok(Target {
            engine,
            model,
            base,
            key: key_for(engine),
        })
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
