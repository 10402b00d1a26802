//! Where the encryption secret is kept: `SUBS_SYNC_SECRET`, or a file the
//! user asked for with `--remember` (mode 0600, in their configuration
//! folder, never beside the data). It is never written to the database, an
//! export, a log or the remote. Asking a person for it is the command's.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The file `--remember` keeps a database's secret in.
pub fn file(database: &Path) -> Result<PathBuf> {
    use sha2::Digest;
    let dirs = directories::ProjectDirs::from("", "", "subs")
        .ok_or_else(|| Error::runtime("no home folder to keep the sync secret in"))?;
    let absolute = std::path::absolute(database).unwrap_or_else(|_| database.to_path_buf());
    let digest = sha2::Sha256::digest(absolute.as_os_str().as_encoded_bytes());
    Ok(dirs
        .config_dir()
        .join("sync")
        .join(format!("{}.secret", hex::encode(&digest[..8]))))
}

/// The secret from the environment or the remembered file (`None`: the
/// user keeps it in neither).
pub fn kept(database: &Path) -> Result<Option<Vec<u8>>> {
    if let Some(value) = std::env::var_os("SUBS_SYNC_SECRET").filter(|v| !v.is_empty()) {
        return Ok(Some(value.as_encoded_bytes().to_vec()));
    }
    let file = file(database)?;
    let Ok(mut text) = std::fs::read(&file) else {
        return Ok(None);
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).map(|m| m.permissions().mode())?;
        if mode & 0o077 != 0 {
            return Err(Error::runtime(format!(
                "{} can be read by others (mode {:o}): run `chmod 600` on it, or remove it",
                file.display(),
                mode & 0o777
            )));
        }
    }
    // The bytes as kept (a secret need not be UTF-8), without the line
    // end an editor may have added.
    while text.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        text.pop();
    }
    Ok((!text.is_empty()).then_some(text))
}

/// Keeps the secret for later syncs in a file only the user can read,
/// written whole or not at all (as `-o` writes).
pub fn remember(database: &Path, secret: &[u8]) -> Result<PathBuf> {
    let file = file(database)?;
    let dir = file
        .parent()
        .ok_or_else(|| Error::runtime("no folder to keep the sync secret in"))?;
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    let rules = crate::transfer::OutputRules {
        database,
        force: false,
    };
    crate::transfer::write_file(&file, &rules, |out| Ok(out.write_all(secret)?))?;
    Ok(file)
}

/// Removes a remembered secret (`sync leave`); none is no error.
pub fn forget(database: &Path) -> Result<()> {
    if let Ok(file) = file(database)
        && file.exists()
    {
        std::fs::remove_file(&file)?;
    }
    Ok(())
}
