//! The tools' output schemas: the very files `schemas/` publishes for
//! `--json`, compiled in, so a tool's structured content and the command's
//! JSON cannot drift apart. MCP wants an object at the top of structured
//! content: a command whose JSON is an array (`list`, `alerts list`,
//! `budget list`) is wrapped in an object with one field.

use std::sync::Arc;

use serde_json::{Map, Value, json};

pub type JsonObject = Map<String, Value>;

/// A schema file of `schemas/`, and the field an array is wrapped in.
#[derive(Clone, Copy, Debug)]
pub struct Output {
    pub file: &'static str,
    pub wrap: Option<&'static str>,
}

pub const SUBSCRIPTION_LIST: Output = Output {
    file: include_str!("../../schemas/subscription_list.schema.json"),
    wrap: Some("subscriptions"),
};
pub const SUBSCRIPTION_DETAIL: Output = plain(include_str!(
    "../../schemas/subscription_detail.schema.json"
));
pub const SUBSCRIPTION: Output = plain(include_str!("../../schemas/subscription.schema.json"));
pub const DASHBOARD: Output = plain(include_str!("../../schemas/dashboard.schema.json"));
pub const ANALYTICS: Output = plain(include_str!("../../schemas/analytics.schema.json"));
pub const UPCOMING: Output = plain(include_str!("../../schemas/upcoming.schema.json"));
pub const FORECAST: Output = plain(include_str!("../../schemas/forecast.schema.json"));
pub const PAYMENTS: Output = plain(include_str!("../../schemas/payments.schema.json"));
pub const USAGE: Output = plain(include_str!("../../schemas/usage.schema.json"));
pub const ALERTS: Output = Output {
    file: include_str!("../../schemas/alerts.schema.json"),
    wrap: Some("alerts"),
};
pub const INSIGHTS: Output = plain(include_str!("../../schemas/insights.schema.json"));
pub const BUDGETS: Output = Output {
    file: include_str!("../../schemas/budget_list.schema.json"),
    wrap: Some("budgets"),
};
pub const SPLIT: Output = plain(include_str!("../../schemas/split.schema.json"));
pub const PAY: Output = plain(include_str!("../../schemas/pay.schema.json"));
pub const USAGE_LOG: Output = plain(include_str!("../../schemas/usage_log.schema.json"));
pub const ALERTS_CHANGED: Output = plain(include_str!("../../schemas/alerts_changed.schema.json"));

const fn plain(file: &'static str) -> Output {
    Output { file, wrap: None }
}

impl Output {
    /// The schema as MCP's `outputSchema`: an object schema.
    pub fn schema(self) -> Arc<JsonObject> {
        let parsed: Value = serde_json::from_str(self.file).unwrap_or_else(|_| json!({}));
        let object = match self.wrap {
            None => parsed,
            Some(field) => {
                let mut inner = parsed;
                if let Value::Object(map) = &mut inner {
                    map.remove("$schema");
                }
                json!({
                    "$schema": "https://json-schema.org/draft/2020-12/schema",
                    "type": "object",
                    "properties": { field: inner },
                    "required": [field],
                    "additionalProperties": false
                })
            }
        };
        Arc::new(match object {
            Value::Object(map) => map,
            _ => JsonObject::new(),
        })
    }

    /// A command's JSON document as structured content.
    pub fn content(self, document: Value) -> Value {
        match self.wrap {
            None => document,
            Some(field) => json!({ field: document }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Output; 16] = [
        SUBSCRIPTION_LIST,
        SUBSCRIPTION_DETAIL,
        SUBSCRIPTION,
        DASHBOARD,
        ANALYTICS,
        UPCOMING,
        FORECAST,
        PAYMENTS,
        USAGE,
        ALERTS,
        INSIGHTS,
        BUDGETS,
        SPLIT,
        PAY,
        USAGE_LOG,
        ALERTS_CHANGED,
    ];

    #[test]
    fn every_output_schema_is_an_object_schema() {
        for output in ALL {
            let schema = output.schema();
            assert_eq!(
                schema.get("type"),
                Some(&json!("object")),
                "{}",
                output.file
            );
            assert!(schema.contains_key("properties"), "{}", output.file);
        }
    }

    #[test]
    fn an_array_document_is_wrapped_in_its_field() {
        let schema = ALERTS.schema();
        assert_eq!(schema["required"], json!(["alerts"]));
        assert_eq!(schema["properties"]["alerts"]["type"], json!("array"));
        assert_eq!(ALERTS.content(json!([])), json!({"alerts": []}));
        assert_eq!(SPLIT.content(json!({"a": 1})), json!({"a": 1}));
    }
}
