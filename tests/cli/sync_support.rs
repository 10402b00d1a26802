//! What the sync tests share (the black-box tests and the convergence
//! property test): a bare git remote, and a backup in a form that is the
//! same on every device holding the same data.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

/// Whether git is here; without it a sync test is skipped, except under
/// CI=true, where it fails.
#[track_caller]
pub fn have_git() -> bool {
    crate::common::have("git")
}

/// A new bare repository at `path`, as a user makes one on their server.
pub fn bare_remote(path: &Path) -> String {
    let out = std::process::Command::new("git")
        .args(["init", "-q", "--bare", "-b", "main"])
        .arg(path)
        .output()
        .expect("run git");
    assert!(out.status.success(), "git init --bare failed");
    path.to_string_lossy().into_owned()
}

/// A backup (`subs export --json`) as the data it holds, the same bytes
/// on every device holding the same data: local ids are per device (the
/// one thing a device does not share), so references name global ids,
/// ids are dropped and rows are sorted; settings and alert tallies are the
/// device's own.
pub fn canonical(export: &str) -> String {
    let mut v: Value = serde_json::from_str(export).expect("a backup is JSON");
    let uids = |v: &Value, section: &str| -> HashMap<i64, String> {
        v[section]
            .as_array()
            .map(|rows| {
                rows.iter()
                    .filter_map(|r| Some((r["id"].as_i64()?, r["uid"].as_str()?.to_string())))
                    .collect()
            })
            .unwrap_or_default()
    };
    let categories = uids(&v, "categories");
    let cards = uids(&v, "cards");
    let members = uids(&v, "members");
    let refs: [(&str, &str, &HashMap<i64, String>); 5] = [
        ("subscriptions", "category_id", &categories),
        ("subscriptions", "card_id", &cards),
        ("subscriptions", "paid_by", &members),
        ("shares", "member_id", &members),
        ("budgets", "category_id", &categories),
    ];
    let obj = v.as_object_mut().expect("an object");
    obj.remove("config");
    obj.remove("alert_tally");
    for (section, field, map) in refs {
        if let Some(rows) = obj.get_mut(section).and_then(Value::as_array_mut) {
            for row in rows {
                if let Some(id) = row[field].as_i64() {
                    row[field] = Value::String(map.get(&id).cloned().unwrap_or_default());
                }
            }
        }
    }
    let mut out = String::new();
    for (section, rows) in obj.iter_mut() {
        let Some(rows) = rows.as_array_mut() else {
            continue;
        };
        let mut lines: Vec<String> = rows
            .iter_mut()
            .map(|row| {
                if let Some(r) = row.as_object_mut() {
                    r.remove("id");
                }
                row.to_string()
            })
            .collect();
        lines.sort();
        out.push_str(section);
        out.push('\n');
        for line in lines {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}
