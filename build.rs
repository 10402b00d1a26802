//! refinery embeds migrations at compile time but does not notice a new
//! file in migrations/, so cargo is told to rebuild when the folder changes.
//! The newest schema version is also computed here, so opening a database
//! that is already current does not have to build refinery's runner (which
//! compiles regular expressions and costs more than the query itself).

use std::fs;

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    let latest = fs::read_dir("migrations")
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let rest = name.strip_prefix('V').or_else(|| name.strip_prefix('U'))?;
                    let (version, _) = rest.split_once("__")?;
                    version.parse::<i64>().ok()
                })
                .max()
                .unwrap_or(0)
        })
        .unwrap_or(0);
    println!("cargo:rustc-env=SUBS_LATEST_SCHEMA_VERSION={latest}");
}
