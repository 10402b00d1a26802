"""Drives `subs mcp` with the official MCP Python SDK, as an assistant would.

    python3 client.py MODE SUBS_BIN OUT.json

MODE is `reads` (the server as started without --allow-writes), `writes`
(with it), `hostile` or `concurrent` (commands beside the server). The server inherits SUBS_DB, SUBS_TODAY, HOME and
XDG_DATA_HOME from this process. Each mode asserts what it can see from
the client's side and writes what it got to OUT.json, for the Rust test
(tests/cli/mcp.rs) to check against the command line and the database.
Exit status 0: every assertion held.
"""

import asyncio
import json
import os
import subprocess
import sys

import jsonschema
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

READS = [
    "list_subscriptions", "show_subscription", "dashboard", "analytics", "upcoming",
    "forecast", "payments", "usage", "alerts", "insights", "budgets", "split",
]
WRITES = [
    "add_subscription", "edit_subscription", "pay", "log_usage", "pause", "resume",
    "cancel", "mark_alerts_read",
]
# Each read tool's call on the demo portfolio (SUBS_TODAY fixed by the test).
READ_CALLS = [
    ("list_subscriptions", {"status": "all", "sort": "name"}),
    ("show_subscription", {"subscription": "netflix"}),
    ("dashboard", {}),
    ("analytics", {"months": 3}),
    ("upcoming", {"days": 30}),
    ("forecast", {"months": 6}),
    ("payments", {"subscription": "netflix"}),
    ("usage", {}),
    ("alerts", {"all": True}),
    ("insights", {"offline": True}),
    ("budgets", {}),
    ("split", {}),
]
PASSED_ENV = ["SUBS_DB", "SUBS_TODAY", "HOME", "XDG_DATA_HOME", "NO_COLOR"]


def server(binary, allow_writes):
    args = ["mcp", "--allow-writes"] if allow_writes else ["mcp"]
    env = {k: os.environ[k] for k in PASSED_ENV if k in os.environ}
    return StdioServerParameters(command=binary, args=args, env=env)


def check(condition, what):
    if not condition:
        raise AssertionError(what)


def validate(tool, result):
    """A tool's structured content against the output schema it declared."""
    check(not result.is_error, f"{tool} failed: {result.content}")
    check(result.structured_content is not None, f"{tool}: no structured content")
    check(result.content and result.content[0].text.strip(), f"{tool}: no text")
    jsonschema.Draft202012Validator(tool.output_schema).validate(result.structured_content)


def error_of(result):
    check(result.is_error, f"expected a tool error, got {result.content}")
    error = result.structured_content["error"]
    check(set(error) == {"code", "kind", "message"}, f"error document {error}")
    return error


async def reads(session, binary):
    init = await session.initialize()
    check(init.server_info.name == "subs", f"server {init.server_info}")
    tools = {t.name: t for t in (await session.list_tools()).tools}
    check(sorted(tools) == sorted(READS), f"read-only tools: {sorted(tools)}")
    for tool in tools.values():
        check(tool.annotations.read_only_hint is True, f"{tool.name} is not read-only")
        check(tool.output_schema["type"] == "object", f"{tool.name}'s output schema")
        check(tool.input_schema["type"] == "object", f"{tool.name}'s input schema")
    got = {}
    for name, args in READ_CALLS:
        result = await session.call_tool(name, args)
        tool = tools[name]
        check(not result.is_error, f"{name} failed: {result.content}")
        jsonschema.Draft202012Validator(tool.output_schema).validate(result.structured_content)
        check(result.content[0].text.strip(), f"{name}: no text")
        got[name] = {"structured": result.structured_content, "text": result.content[0].text}
    resources = (await session.list_resources()).resources
    check([str(r.uri) for r in resources] == ["subs://dashboard"], f"resources {resources}")
    templates = (await session.list_resource_templates()).resource_templates
    check([t.uri_template for t in templates] == ["subs://subscription/{id}"], f"{templates}")
    dashboard = await session.read_resource("subs://dashboard")
    got["resource_dashboard"] = json.loads(dashboard.contents[0].text)
    netflix = await session.read_resource("subs://subscription/netflix")
    got["resource_netflix"] = json.loads(netflix.contents[0].text)
    prompts = (await session.list_prompts()).prompts
    check([p.name for p in prompts] == ["monthly-review"], f"prompts {prompts}")
    review = await session.get_prompt("monthly-review")
    got["prompt"] = review.messages[0].content.text
    refused = {}
    for name in WRITES:
        refused[name] = error_of(await session.call_tool(name, {"subscription": "netflix"}))
    got["refused"] = refused
    return got


async def writes(session, binary):
    await session.initialize()
    tools = {t.name: t for t in (await session.list_tools()).tools}
    check(sorted(tools) == sorted(READS + WRITES), f"tools: {sorted(tools)}")
    for name in WRITES:
        hints = tools[name].annotations
        check(hints.read_only_hint is False and hints.destructive_hint is False, f"{name} {hints}")
    check(tools["edit_subscription"].annotations.idempotent_hint is True, "edit is idempotent")
    check(tools["pay"].annotations.idempotent_hint is False, "pay is not idempotent")
    steps = [
        ("add_subscription", {"name": "Climbing Gym", "amount": 39.5, "cycle": "monthly",
                              "category": "Health", "notes": "bouldering"}),
        ("pay", {"subscription": "climbing", "amount": "39.50"}),
        ("edit_subscription", {"subscription": "climbing gym", "amount": "42.00"}),
        ("cancel", {"subscription": "Climbing", "at_period_end": True}),
    ]
    got = []
    for name, args in steps:
        result = await session.call_tool(name, args)
        validate(tools[name], result)
        text = result.content[0].text
        check("subs undo" in text, f"{name} says how to undo: {text}")
        got.append({"tool": name, "args": args, "structured": result.structured_content,
                    "text": text})
    return got


async def cancel_contract(session, binary):
    """The cancel tool on a contract whose nearer notice deadline passed:
    its answer, which should be the command's sentence."""
    await session.initialize()
    result = await session.call_tool("cancel", {"subscription": "Phone Plan"})
    check(not result.is_error, f"cancel failed: {result}")
    return {"text": result.content[0].text}


async def concurrent(session, binary):
    """Commands in a terminal and cron's run beside the server: it holds no
    lock between calls, and each call sees what they committed."""
    await session.initialize()
    env = {k: os.environ[k] for k in PASSED_ENV if k in os.environ}
    first = await session.call_tool("list_subscriptions", {"status": "all"})
    names = [s["name"] for s in first.structured_content["subscriptions"]]
    added = subprocess.run([binary, "add", "Terminal Sub", "--amount", "5", "--cycle", "monthly"],
                           env=env, capture_output=True, text=True, timeout=60)
    check(added.returncode == 0, f"subs add beside the server: {added.stderr}")
    cron = subprocess.run([binary, "alerts", "generate"], env=env, capture_output=True,
                          text=True, timeout=60)
    check(cron.returncode == 0, f"alerts generate beside the server: {cron.stderr}")
    second = await session.call_tool("list_subscriptions", {"status": "all"})
    now = [s["name"] for s in second.structured_content["subscriptions"]]
    check(sorted(now) == sorted(names + ["Terminal Sub"]), f"{names} then {now}")
    unread = await session.call_tool("alerts", {})
    return {"before": len(names), "after": len(now),
            "alerts": len(unread.structured_content["alerts"])}


HUGE = "x" * 1_000_000
HOSTILE = [
    ("no_such_tool", {}),
    ("list_subscriptions", {"status": 7}),
    ("list_subscriptions", {"status": "sometimes"}),
    ("list_subscriptions", {"colour": "red"}),
    ("dashboard", {"days": "seven"}),
    ("dashboard", {"days": 10**30}),
    ("upcoming", {"days": -1}),
    ("forecast", {"from": "1999-01"}),
    ("show_subscription", {}),
    ("show_subscription", {"subscription": None}),
    ("show_subscription", {"subscription": HUGE}),
    ("show_subscription", {"subscription": "\u001b]0;pwned\u0007\u0000\u001b[2J"}),
    ("payments", {"since": "2026-13-45"}),
    ("alerts", {"type": "loud"}),
    ("split", {"month": HUGE}),
    ("add_subscription", {"name": HUGE, "amount": "1", "cycle": "monthly"}),
    ("add_subscription", {"name": "Free", "amount": "1.234", "cycle": "monthly"}),
    ("add_subscription", {"name": "Bad", "amount": [1], "cycle": "monthly"}),
    ("add_subscription", {"name": "Bad", "amount": "5", "cycle": "hourly"}),
    ("add_subscription", {"name": "Bad", "amount": "5", "cycle": "monthly", "notes": HUGE}),
    ("add_subscription", {"name": "Bad", "amount": "5", "cycle": "monthly",
                          "trial": "7d", "next": "2027-01-01"}),
    ("edit_subscription", {"subscription": "netflix"}),
    ("edit_subscription", {"subscription": "netflix", "amount": "-3"}),
    ("pay", {"subscription": "nobody"}),
    ("pay", {"subscription": "netflix", "date": "2099-01-01"}),
    ("log_usage", {"subscription": "netflix", "count": -5}),
    ("log_usage", {"subscription": "netflix", "date": "2099-01-01"}),
    ("pause", {"subscription": ""}),
    ("resume", {"subscription": "netflix"}),
    ("cancel", {"subscription": "netflix", "at": "someday"}),
    ("mark_alerts_read", {"ids": [999999]}),
    ("mark_alerts_read", {"ids": "all"}),
    ("mark_alerts_read", {}),
    ("mark_alerts_read", {"all": True, "type": "payment_due"}),
    ("edit_subscription", {"subscription": "netflix", "no_end": True, "end": "2027-01-01"}),
    ("show_subscription", {"subscription": "netflx"}),
]


async def hostile(session, binary):
    await session.initialize()
    got = []
    for name, args in HOSTILE:
        error = error_of(await session.call_tool(name, args))
        check(len(error["message"]) <= 700, f"{name}: a message of {len(error['message'])}")
        got.append({"tool": name, "kind": error["kind"], "message": error["message"][:200]})
    # 1,000 calls in a row, failing and succeeding in turn.
    for i in range(500):
        error_of(await session.call_tool("show_subscription", {"subscription": f"nobody {i}"}))
        result = await session.call_tool("upcoming", {"days": 7})
        check(not result.is_error, f"call {i}: {result.content}")
    tools = (await session.list_tools()).tools
    check(len(tools) == len(READS + WRITES), "still answering after 1,000 calls")
    return {"errors": got, "raw": raw_protocol(binary)}


def raw_protocol(binary):
    """Lines a client should never send, straight on the server's stdin: it
    answers what it can, skips the rest, and still answers a ping."""
    env = {k: os.environ[k] for k in PASSED_ENV if k in os.environ}
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {},
        "clientInfo": {"name": "raw", "version": "0"}}}
    lines = [
        json.dumps(init),
        json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}),
        "this is not JSON",
        json.dumps({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": 5}}),
        json.dumps({"jsonrpc": "2.0", "id": 3, "method": "no/such/method", "params": {}}),
        json.dumps({"jsonrpc": "2.0", "id": 4, "method": "tools/call",
                    "params": {"name": "dashboard", "arguments": [1, 2]}}),
        json.dumps({"jsonrpc": "2.0", "id": 5, "method": "resources/read",
                    "params": {"uri": "subs://subscription/nobody"}}),
        json.dumps({"jsonrpc": "2.0", "id": 6, "method": "ping"}),
    ]
    done = subprocess.run([binary, "mcp"], input="\n".join(lines) + "\n", env=env,
                          capture_output=True, text=True, timeout=60)
    replies = {}
    for line in done.stdout.splitlines():
        message = json.loads(line)  # stdout holds protocol messages only
        if "id" in message:
            replies[str(message["id"])] = message
    check("result" in replies.get("1", {}), f"initialize: {replies.get('1')}")
    check("result" in replies.get("6", {}), f"ping after the garbage: {replies}")
    return {"status": done.returncode, "replies": replies}


async def main():
    mode, binary, out = sys.argv[1], sys.argv[2], sys.argv[3]
    run = {"reads": reads, "writes": writes, "hostile": hostile, "concurrent": concurrent,
           "cancel_contract": cancel_contract}[mode]
    allow_writes = mode in ("writes", "hostile", "cancel_contract")
    async with stdio_client(server(binary, allow_writes)) as (read, write):
        async with ClientSession(read, write) as session:
            got = await run(session, binary)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(got, f)


if __name__ == "__main__":
    asyncio.run(main())
