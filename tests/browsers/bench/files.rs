//! The files the bench writes for its pages: each page, a folder copied
//! whole, and the `.br` and `.gz` a release build writes beside its own.

use crate::page::Step;
use std::path::{Path, PathBuf};

/// Writes `text` to `name` in `dir`.
pub fn write(dir: &Path, name: &str, text: &str) -> Step {
    std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"))
}

/// Writes a .br and a .gz beside each text file below `dir`, as a release
/// build does for its own (scripts/precompress.sh), so every page of the
/// bench is served compressed alike.
pub fn precompress(dir: &Path) -> Step {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let status = std::process::Command::new("bash")
        .arg(repo.join("scripts/precompress.sh"))
        .env("TRUNK_PROFILE", "release")
        .env("TRUNK_STAGING_DIR", dir)
        .status()
        .map_err(|e| format!("scripts/precompress.sh: {e}"))?;
    match status.success() {
        true => Ok(()),
        false => Err(format!(
            "scripts/precompress.sh failed for {}",
            dir.display()
        )),
    }
}

/// Copies the folder `from` to `to`, with everything below it.
pub fn copy_dir(from: &Path, to: &Path) -> Step {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let entries = std::fs::read_dir(from).map_err(|e| {
        format!(
            "{}: {e}; run `make bench`, which installs govuk-frontend",
            from.display()
        )
    })?;
    for entry in entries.flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .map_err(|e| format!("{}: {e}", target.display()))?;
        }
    }
    Ok(())
}
