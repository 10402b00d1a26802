//! `subs mcp`: the database this run uses, served to an assistant over
//! the Model Context Protocol (`crate::mcp`) until it closes the connection.

use std::time::Duration;

use super::Ctx;
use crate::error::Result;

pub fn run(ctx: &mut Ctx, allow_writes: bool, lock_wait: Duration) -> Result<()> {
    ctx.out.debug(if allow_writes {
        "serving over MCP on stdin/stdout, writes allowed"
    } else {
        "serving over MCP on stdin/stdout, reads only"
    });
    crate::mcp::serve(
        ctx.store.path().to_path_buf(),
        ctx.clock,
        allow_writes,
        lock_wait,
    )
}
