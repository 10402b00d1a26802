//! What the server offers besides tools: the dashboard and each
//! subscription as resources (the JSON `dashboard --json` and `show --json`
//! print), and the `monthly-review` prompt.

use rmcp::ErrorData;
use rmcp::model::{
    GetPromptResult, Prompt, PromptMessage, ReadResourceResult, Resource, ResourceContents,
    ResourceTemplate, Role,
};
use serde_json::json;

use super::Session;
use crate::error::Error;
use crate::report;

const DASHBOARD: &str = "subs://dashboard";
const SUBSCRIPTION: &str = "subs://subscription/";
const JSON: &str = "application/json";

pub fn resources() -> Vec<Resource> {
    vec![
        Resource::new(DASHBOARD, "dashboard")
            .with_title("Dashboard")
            .with_description(
                "The portfolio at a glance: counts, monthly and yearly costs, categories, renewals in the next 7 days (the JSON of `subs dashboard --json`)",
            )
            .with_mime_type(JSON),
    ]
}

pub fn templates() -> Vec<ResourceTemplate> {
    vec![
        ResourceTemplate::new(format!("{SUBSCRIPTION}{{id}}"), "subscription")
            .with_title("A subscription")
            .with_description(
                "One subscription in full, with its recent payments, usage and price history (the JSON of `subs show --json`); {id} is its id or any reference `subs show` takes",
            )
            .with_mime_type(JSON),
    ]
}

/// The resource at `uri`, read in one snapshot.
pub fn read(session: &Session, uri: &str) -> Result<ReadResourceResult, ErrorData> {
    let document = if uri == DASHBOARD {
        session.read(|db, today| {
            let mine = crate::settings::totals_mine(db, None)?;
            let view = report::dashboard::build(db, today, 7, mine)?;
            Ok(serde_json::to_value(&view)?)
        })
    } else if let Some(reference) = uri.strip_prefix(SUBSCRIPTION) {
        let reference = percent_decoded(reference);
        session.read(|db, today| {
            let view = crate::cmd::show::detail(db, &reference, today)?;
            Ok(serde_json::to_value(&view)?)
        })
    } else {
        Err(Error::not_found(format!(
            "there is no resource \"{}\": the resources are {DASHBOARD} and {SUBSCRIPTION}{{id}}",
            super::clip(&uri.escape_debug().to_string(), 80)
        )))
    };
    match document {
        Ok(document) => Ok(ReadResourceResult::new(vec![
            ResourceContents::text(document.to_string(), uri).with_mime_type(JSON),
        ])),
        Err(e) => Err(resource_error(&e)),
    }
}

/// A failure to read a resource: subs' sentence, with its kind.
fn resource_error(err: &Error) -> ErrorData {
    let message = super::clip(&err.to_string(), 600);
    let data = Some(json!({ "kind": err.kind() }));
    match err {
        Error::NotFound(_) => ErrorData::resource_not_found(message, data),
        Error::Invalid(_) => ErrorData::invalid_params(message, data),
        _ => ErrorData::internal_error(message, data),
    }
}

/// `%20` and friends in a URI's last part, as a client may encode a name;
/// anything that does not decode is taken as typed.
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

const MONTHLY_REVIEW: &str = "monthly-review";

pub fn prompts() -> Vec<Prompt> {
    vec![
        Prompt::new(
            MONTHLY_REVIEW,
            Some(
                "Review this month's subscriptions: the charges coming up, plans that go unused, and budgets",
            ),
            None,
        )
        .with_title("Monthly subscription review"),
    ]
}

/// The prompt called `name`; with writes allowed it may offer to act, and
/// always asks first.
pub fn get(name: &str, allow_writes: bool) -> Result<GetPromptResult, ErrorData> {
    if name != MONTHLY_REVIEW {
        return Err(ErrorData::invalid_params(
            format!(
                "there is no prompt \"{}\"; the one prompt is {MONTHLY_REVIEW}",
                super::clip(&name.escape_debug().to_string(), 80)
            ),
            Some(json!({ "kind": "not_found" })),
        ));
    }
    let act = if allow_writes {
        "If I agree to a change (pausing, cancelling, recording a payment), make it with the matching tool, one at a time, and tell me that `subs undo` takes it back."
    } else {
        "Do not change anything: suggest the `subs` commands I could run myself (for example `subs pause NAME` or `subs cancel NAME --at-period-end`)."
    };
    let text = format!(
        "Let's review my subscriptions for this month, using the subs tools.\n\
         1. Upcoming charges: call `upcoming` with days 31 and list what will be charged, when and how much, overdue ones first; say what the total is per currency.\n\
         2. Unused plans: call `usage` and `insights` and name the subscriptions I pay for but barely use (no use in the last 30 days, or a high cost per use), with what each costs per month.\n\
         3. Budgets: call `budgets` and tell me which budget is over or close to its limit this month, and by how much.\n\
         4. Finish with at most three concrete suggestions, largest saving first, each with its monthly saving.\n\
         {act}"
    );
    let mut result = GetPromptResult::new(vec![PromptMessage::new_text(Role::User, text)]);
    result.description =
        Some("A monthly review of upcoming charges, unused plans and budgets".into());
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_percent_encoded_reference_is_decoded() {
        assert_eq!(percent_decoded("Disney%2B%20Plus"), "Disney+ Plus");
        assert_eq!(percent_decoded("netflix"), "netflix");
        assert_eq!(percent_decoded("100%"), "100%");
        assert_eq!(percent_decoded("%zz%4"), "%zz%4");
        assert_eq!(percent_decoded("%FF"), "%FF");
    }

    #[test]
    fn the_review_prompt_asks_before_acting_only_with_writes() {
        let text = |allow: bool| {
            let result = get(MONTHLY_REVIEW, allow).unwrap();
            serde_json::to_string(&result.messages).unwrap()
        };
        assert!(text(true).contains("the matching tool"));
        assert!(text(false).contains("Do not change anything"));
        assert!(get("other", false).is_err());
    }
}
