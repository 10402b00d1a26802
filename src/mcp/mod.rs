//! `subs mcp`: a Model Context Protocol server on stdin/stdout, so an
//! assistant can read the portfolio (and, with `--allow-writes`, record
//! what the user asks it to). rmcp speaks the protocol; this module is the
//! tool registry and the one place a call becomes a read or a write.
//!
//! Every call opens the database afresh with a fresh clock and runs one
//! `Store::read` or `Store::write`: the server holds no transaction between
//! calls, so cron's `alerts generate` and commands in a terminal run beside
//! it, and each call sees what they committed. Reads build the same views
//! the commands print (`report::*`, `render::*`), writes call the same
//! `ops::*`; each write is one undo step named `mcp: <tool> <arguments>`.
//! Nothing here prints on stdout: it is the protocol's.

mod prompts;
mod reads;
mod schemas;
mod writes;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDate;
use rmcp::model::{
    CallToolRequestParams, CallToolResponse, CallToolResult, ContentBlock, GetPromptRequestParams,
    GetPromptResponse, Implementation, ListPromptsResult, ListResourceTemplatesResult,
    ListResourcesResult, ListToolsResult, PaginatedRequestParams, ReadResourceRequestParams,
    ReadResourceResponse, ServerCapabilities, ServerConfig, Tool, ToolAnnotations,
};
use rmcp::service::{RequestContext, ServerInitializeError};
use rmcp::{ErrorData, RoleServer, ServerHandler, ServiceExt};
use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::clock::Clock;
use crate::domain::alert::AlertType;
use crate::error::{Error, Result};
use crate::render::{Output, View};
use crate::store::{Db, Store};

pub use schemas::JsonObject;

/// `subs mcp`: serves the database this run uses, with its clock, until
/// the client closes the connection.
pub fn run(ctx: &mut crate::cmd::Ctx, allow_writes: bool, lock_wait: Duration) -> Result<()> {
    ctx.out.debug(if allow_writes {
        "serving over MCP on stdin/stdout, writes allowed"
    } else {
        "serving over MCP on stdin/stdout, reads only"
    });
    serve(
        ctx.store.path().to_path_buf(),
        ctx.clock,
        allow_writes,
        lock_wait,
    )
}

/// Runs the server until the client closes stdin.
fn serve(path: PathBuf, clock: Clock, allow_writes: bool, wait: Duration) -> Result<()> {
    let server = Server {
        session: Arc::new(Session { path, clock, wait }),
        allow_writes,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::runtime(format!("cannot start the MCP server: {e}")))?;
    let served = runtime.block_on(async move {
        let running = match server.serve(rmcp::transport::stdio()).await {
            Ok(running) => running,
            // Nobody to serve (stdin was closed at once): nothing failed.
            Err(ServerInitializeError::ConnectionClosed(_)) => return Ok(()),
            Err(e) => {
                // The error quotes what came instead, which may be anything.
                return Err(Error::runtime(format!(
                    "the MCP client did not initialize the session: {}",
                    clip(&e.to_string(), 200)
                )));
            }
        };
        running
            .waiting()
            .await
            .map_err(|e| Error::runtime(format!("the MCP server stopped: {e}")))?;
        Ok(())
    });
    // A read of stdin still pending (the client closed only its end of
    // stdout) must not hold the exit.
    runtime.shutdown_background();
    served
}

/// Where the calls read and write: the database every command of this run
/// would use, and how "today" is found (the system's, or `--today`).
pub struct Session {
    path: PathBuf,
    clock: Clock,
    /// How long opening waits for another process's lock.
    wait: Duration,
}

impl Session {
    /// The database opened for one call, on that call's clock.
    fn open(&self, clock: Clock) -> Result<Store> {
        Store::open_waiting(&self.path, clock, self.wait)
    }

    /// One read transaction on a fresh clock (a resource's read).
    pub fn read<T>(&self, f: impl FnOnce(&Db, NaiveDate) -> Result<T>) -> Result<T> {
        let clock = self.clock.again();
        let store = self.open(clock)?;
        store.read(|db| f(db, clock.today()))
    }
}

/// A call of one tool: its arguments, its clock and the undo journal's
/// line for it.
pub struct Call<'a> {
    session: &'a Session,
    spec: &'static Spec,
    clock: Clock,
    args: Value,
    line: String,
}

impl Call<'_> {
    /// The arguments as the tool's parameter struct; an unknown name or a
    /// wrong type is the caller's mistake (invalid input), in one sentence.
    pub fn args<P: DeserializeOwned>(&self) -> Result<P> {
        let tool = self.spec.name;
        if let Value::Object(given) = &self.args {
            let schema = (self.spec.input)();
            let known = schema.get("properties").and_then(Value::as_object);
            if let Some(unknown) = given
                .keys()
                .find(|k| known.is_none_or(|p| !p.contains_key(*k)))
            {
                let names: Vec<&str> = known
                    .map(|p| p.keys().map(String::as_str).collect())
                    .unwrap_or_default();
                return Err(Error::invalid(format!(
                    "unknown argument \"{}\" for {tool}; it takes {}",
                    clip(&unknown.escape_debug().to_string(), 40),
                    if names.is_empty() {
                        "none".to_string()
                    } else {
                        names.join(", ")
                    }
                )));
            }
        }
        serde_json::from_value(self.args.clone())
            .map_err(|e| Error::invalid(format!("invalid arguments for {tool}: {e}")))
    }

    /// This call's "today".
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    /// One read transaction.
    pub fn read<T>(&self, f: impl FnOnce(&Db, NaiveDate) -> Result<T>) -> Result<T> {
        let store = self.session.open(self.clock)?;
        store.read(|db| f(db, self.clock.today()))
    }

    /// The open store, for a call that reads beyond one snapshot.
    pub fn store(&self) -> Result<Store> {
        self.session.open(self.clock)
    }

    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// One write transaction, journalled as one undo step. A failed first
    /// write leaves no new file behind, as a failed command does not.
    pub fn write<T>(&self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        let mut store = self.session.open(self.clock)?;
        store.journal_as(self.line.clone(), false);
        let result = store.write(f);
        if result.is_err() && store.created_file() {
            drop(store);
            let _ = crate::store::remove_database(&self.session.path);
        }
        result
    }
}

/// A tool's result: the command's JSON document and its text.
pub struct Answer {
    pub structured: Value,
    pub text: String,
}

impl Answer {
    /// A view as a command would print it: the JSON of `--json`, and the
    /// text of a pipe (tab-separated tables, no colour) with its footer and
    /// warnings.
    pub fn view(output: schemas::Output, view: &impl View) -> Result<Answer> {
        let document = serde_json::to_value(view)?;
        let out = Output::pipe();
        let mut lines: Vec<String> = view
            .warnings()
            .iter()
            .map(|w| format!("warning: {w}"))
            .collect();
        lines.push(view.text(&out));
        lines.push(view.footer(&out));
        lines.retain(|l| !l.trim().is_empty());
        Ok(Answer {
            structured: output.content(document),
            text: lines.join("\n"),
        })
    }
}

/// What a tool does to the user's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    Read,
    /// A write; `idempotent`: the same call again changes nothing more.
    Write {
        idempotent: bool,
    },
}

/// One tool: its name, words, schemas and the function that answers it.
pub struct Spec {
    pub name: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub input: fn() -> Arc<JsonObject>,
    pub output: schemas::Output,
    pub effect: Effect,
    pub run: fn(&Call) -> Result<Answer>,
}

/// The input schema of a parameter struct (its doc comments are the
/// fields' descriptions).
pub fn input<P: schemars::JsonSchema + 'static>() -> Arc<JsonObject> {
    rmcp::handler::server::tool::schema_for_type::<P>()
}

/// `input::<P>()` with its `type` field (an alert type, as text) offering
/// the alert types' names.
pub fn with_alert_types<P: schemars::JsonSchema + 'static>() -> Arc<JsonObject> {
    let mut schema = (*input::<P>()).clone();
    let names: Vec<Value> = AlertType::ALL
        .iter()
        .map(|t| Value::String(t.as_str().into()))
        .collect();
    if let Some(Value::Object(field)) = schema.get_mut("properties").and_then(|p| p.get_mut("type"))
    {
        field.insert("enum".into(), Value::Array(names));
        field.insert("type".into(), Value::String("string".into()));
    }
    Arc::new(schema)
}

/// A tool's one argument: the subscription it acts on.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RefParams {
    /// Which subscription: its id, an id prefix, its name in any letter case, or a unique start or part of the name
    pub subscription: String,
}

impl Spec {
    /// A tool that reads; `.writing(idempotent)` makes it a write.
    pub const fn new(
        name: &'static str,
        title: &'static str,
        description: &'static str,
        input: fn() -> Arc<JsonObject>,
        output: schemas::Output,
        run: fn(&Call) -> Result<Answer>,
    ) -> Spec {
        Spec {
            name,
            title,
            description,
            input,
            output,
            effect: Effect::Read,
            run,
        }
    }

    /// This tool as a write; `idempotent`: the same call again changes
    /// nothing more.
    pub const fn writing(self, idempotent: bool) -> Spec {
        Spec {
            effect: Effect::Write { idempotent },
            ..self
        }
    }

    fn tool(&self) -> Tool {
        let annotations = match self.effect {
            Effect::Read => ToolAnnotations::with_title(self.title)
                .read_only(true)
                .open_world(false),
            Effect::Write { idempotent } => ToolAnnotations::with_title(self.title)
                .read_only(false)
                .destructive(false)
                .idempotent(idempotent)
                .open_world(false),
        };
        Tool::new(self.name, self.description, (self.input)())
            .with_title(self.title)
            .with_raw_output_schema(self.output.schema())
            .with_annotations(annotations)
    }
}

/// Every tool, reads first.
fn registry() -> impl Iterator<Item = &'static Spec> {
    reads::TOOLS.iter().chain(writes::TOOLS.iter())
}

#[derive(Clone)]
struct Server {
    session: Arc<Session>,
    allow_writes: bool,
}

impl Server {
    /// The tools this server offers: writes only with `--allow-writes`.
    fn offered(&self) -> impl Iterator<Item = &'static Spec> + '_ {
        registry().filter(|s| self.allow_writes || s.effect == Effect::Read)
    }

    fn call(&self, request: CallToolRequestParams) -> CallToolResult {
        let name = request.name.as_ref();
        let args = Value::Object(request.arguments.unwrap_or_default());
        let outcome = match self.spec(name) {
            Err(e) => Err(e),
            Ok(spec) => {
                let call = Call {
                    session: &self.session,
                    spec,
                    clock: self.session.clock.again(),
                    line: journal_line(spec.name, &args),
                    args,
                };
                // A bug must not end the server: the call fails, the
                // transaction it was in rolls back, the next call runs.
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (spec.run)(&call)))
                    .unwrap_or_else(|_| {
                        Err(Error::runtime(format!(
                            "{} failed unexpectedly; nothing was changed",
                            spec.name
                        )))
                    })
                    .map_err(|e| in_arguments(e, spec))
            }
        };
        match outcome {
            Ok(answer) => {
                let mut result = CallToolResult::structured(answer.structured);
                result.content = vec![ContentBlock::text(answer.text)];
                result
            }
            Err(e) => tool_error(&e),
        }
    }

    /// The tool called `name`, or why there is none to call.
    fn spec(&self, name: &str) -> Result<&'static Spec> {
        if let Some(spec) = self.offered().find(|s| s.name == name) {
            return Ok(spec);
        }
        if registry().any(|s| s.name == name) {
            return Err(Error::invalid(format!(
                "{name} changes your data, and this server only reads: it is started with `subs mcp --allow-writes` to allow changes"
            )));
        }
        let shown = clip(&name.escape_debug().to_string(), 80);
        let hint = self
            .offered()
            .map(|s| (strsim::jaro_winkler(s.name, name), s.name))
            .filter(|(score, _)| *score > 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, n)| format!("; did you mean {n}?"))
            .unwrap_or_else(|| "; tools/list names them".to_string());
        Err(Error::not_found(format!(
            "there is no tool \"{shown}\"{hint}"
        )))
    }
}

/// The error with the command's flags that are this tool's arguments
/// named as the arguments (`invalid --since` → `invalid since`); quoted
/// command lines (between backticks) stay as they are.
fn in_arguments(err: Error, spec: &Spec) -> Error {
    let schema = (spec.input)();
    let Some(names) = schema.get("properties").and_then(Value::as_object) else {
        return err;
    };
    // Longest first: `--at-period-end` before `--at`.
    let mut names: Vec<&String> = names.keys().collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let reword = |message: String| {
        message
            .split('`')
            .enumerate()
            .map(|(i, part)| {
                if i % 2 == 1 {
                    return part.to_string();
                }
                names.iter().fold(part.to_string(), |text, name| {
                    text.replace(&format!("--{}", name.replace('_', "-")), name)
                })
            })
            .collect::<Vec<_>>()
            .join("`")
    };
    match err {
        Error::Invalid(m) => Error::Invalid(reword(m)),
        Error::NotFound(m) => Error::NotFound(reword(m)),
        other => other,
    }
}

/// The undo journal's line for a write: `mcp: <tool> <arguments>`, the
/// arguments as compact JSON.
fn journal_line(tool: &str, args: &Value) -> String {
    format!("mcp: {tool} {args}")
}

/// A failure as MCP's tool error: subs' one sentence as the text, and the
/// `--json` error document (`schemas/error.schema.json`) as structured content.
fn tool_error(err: &Error) -> CallToolResult {
    let message = clip(&err.to_string(), 600);
    let mut result = CallToolResult::structured_error(json!({
        "error": { "code": err.exit_code(), "kind": err.kind(), "message": message }
    }));
    // The text may reach a terminal; the JSON keeps the message as is.
    result.content = vec![ContentBlock::text(crate::render::text::safe(&message))];
    result
}

/// `text` cut to at most `max` characters (a huge argument quoted back in
/// a message would otherwise be sent back whole).
fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// The words the server introduces itself with.
const INSTRUCTIONS: &str = "subs tracks the user's subscriptions in a local database. \
Subscriptions are named by reference as on subs' command line: the id, an id prefix, \
the name in any letter case, or a unique part of it. Money is exact, per currency; \
dates are YYYY-MM-DD. Writes, when this server allows them, are each one step that \
`subs undo` in a terminal takes back.";

impl ServerHandler for Server {
    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(
            ServerCapabilities::builder()
                .enable_tools()
                .enable_resources()
                .enable_prompts()
                .build(),
        )
        .with_server_info(Implementation::new("subs", env!("CARGO_PKG_VERSION")))
        .with_instructions(INSTRUCTIONS)
    }

    async fn list_tools(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> std::result::Result<ListToolsResult, ErrorData> {
        Ok(ListToolsResult::with_all_items(
            self.offered().map(Spec::tool).collect(),
        ))
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> std::result::Result<CallToolResponse, ErrorData> {
        Ok(CallToolResponse::Complete(self.call(request)))
    }

    async fn list_resources(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> std::result::Result<ListResourcesResult, ErrorData> {
        Ok(ListResourcesResult::with_all_items(prompts::resources()))
    }

    async fn list_resource_templates(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> std::result::Result<ListResourceTemplatesResult, ErrorData> {
        Ok(ListResourceTemplatesResult::with_all_items(
            prompts::templates(),
        ))
    }

    async fn read_resource(
        &self,
        request: ReadResourceRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> std::result::Result<ReadResourceResponse, ErrorData> {
        prompts::read(&self.session, &request.uri).map(ReadResourceResponse::Complete)
    }

    async fn list_prompts(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> std::result::Result<ListPromptsResult, ErrorData> {
        Ok(ListPromptsResult::with_all_items(prompts::prompts()))
    }

    async fn get_prompt(
        &self,
        request: GetPromptRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> std::result::Result<GetPromptResponse, ErrorData> {
        prompts::get(&request.name, self.allow_writes).map(GetPromptResponse::Complete)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tool_names_are_unique_and_writes_are_marked() {
        let mut names: Vec<&str> = registry().map(|s| s.name).collect();
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count);
        for spec in registry() {
            let tool = spec.tool();
            let hints = tool.annotations.clone().unwrap_or_default();
            match spec.effect {
                Effect::Read => assert_eq!(hints.read_only_hint, Some(true), "{}", spec.name),
                Effect::Write { .. } => {
                    assert_eq!(hints.read_only_hint, Some(false), "{}", spec.name);
                    assert_eq!(hints.destructive_hint, Some(false), "{}", spec.name);
                }
            }
            assert_eq!(tool.input_schema.get("type"), Some(&json!("object")));
        }
    }

    #[test]
    fn flags_that_are_arguments_are_named_as_arguments() {
        let payments = registry().find(|s| s.name == "payments").unwrap();
        let e = in_arguments(
            Error::invalid("invalid --since \"x\": see `subs payments --since 2026-01`"),
            payments,
        );
        assert_eq!(
            e.to_string(),
            "invalid since \"x\": see `subs payments --since 2026-01`"
        );
        let pay = registry().find(|s| s.name == "pay").unwrap();
        let e = in_arguments(
            Error::invalid("invalid --transaction-id; pass --due D"),
            pay,
        );
        assert_eq!(e.to_string(), "invalid transaction_id; pass due D");
        let cancel = registry().find(|s| s.name == "cancel").unwrap();
        let e = in_arguments(Error::invalid("--at-period-end or --at"), cancel);
        assert_eq!(e.to_string(), "at_period_end or at");
        let e = in_arguments(Error::runtime("--due"), pay);
        assert_eq!(e.to_string(), "--due");
    }

    #[test]
    fn the_journal_line_names_the_tool_and_its_arguments() {
        let args = json!({"subscription": "netflix", "amount": "15.99"});
        assert_eq!(
            journal_line("pay", &args),
            r#"mcp: pay {"subscription":"netflix","amount":"15.99"}"#
        );
    }

    #[test]
    fn an_error_carries_its_kind_and_a_clipped_message() {
        let long = "x".repeat(5000);
        let result = tool_error(&Error::not_found(long));
        assert_eq!(result.is_error, Some(true));
        let doc = result.structured_content.unwrap_or_default();
        assert_eq!(doc["error"]["kind"], json!("not_found"));
        assert_eq!(doc["error"]["code"], json!(3));
        let message = doc["error"]["message"].as_str().unwrap_or_default();
        assert_eq!(message.chars().count(), 601);
    }
}
