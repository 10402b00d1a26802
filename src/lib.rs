//! subs: a local-first subscription tracker. The binary (`main.rs`) parses
//! the command line and maps errors to exit codes; everything else lives
//! here so tests and benchmarks can reach it.

pub mod alerts;
pub mod cli;
pub mod clock;
pub mod cmd;
pub mod domain;
pub mod error;
pub mod insights;
pub mod render;
pub mod settings;
pub mod store;
pub mod transfer;

use chrono::NaiveDate;

use crate::cli::{Cli, ColorArg, ColorChoice};
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::render::Output;
use crate::store::Store;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let g = &cli.global;
    let (color, category_color) = match &g.color {
        None => (ColorChoice::Auto, None),
        Some(ColorArg::When(when)) => (*when, None),
        Some(ColorArg::Hex(hex)) => (ColorChoice::Auto, Some(hex.clone())),
    };
    if category_color.is_some() && !cli.command.takes_category_color() {
        return Err(Error::invalid(
            "--color takes auto, always or never here (#RRGGBB is only for category add and category edit)",
        ));
    }
    let out = Output::new(g.json, color, g.quiet, g.verbose);
    let clock = match &g.today {
        Some(value) => Clock::on(domain::validate::date("--today", value).map_err(Error::invalid)?),
        None => Clock::system(),
    };
    let today = clock.today();
    let demo = matches!(cli.command, cli::Command::Demo);
    let path = match (&g.db, &g.profile) {
        // The demo never touches the user's own database.
        _ if demo => {
            let path = store::default_path(Some(cmd::DEMO_PROFILE))?;
            store::remove_database(&path)?;
            path
        }
        (Some(path), _) => path.clone(),
        (None, profile) => {
            let profile = profile
                .as_deref()
                .map(domain::validate::profile)
                .transpose()
                .map_err(Error::invalid)?;
            store::default_path(profile.as_deref())?
        }
    };
    out.debug(&format!("database {}", path.display()));
    out.debug(&format!("today is {}", today_label(today)));
    let store = Store::open(&path, clock)?;
    let mut ctx = cmd::Ctx {
        store,
        today,
        clock,
        out,
        category_color,
    };
    cmd::run(&mut ctx, cli.command)
}

fn today_label(today: NaiveDate) -> String {
    today.format("%Y-%m-%d (%A)").to_string()
}
