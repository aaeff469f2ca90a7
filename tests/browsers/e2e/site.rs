//! Checks of the built site itself, no browser needed: every file the build
//! compresses has its `.br` and `.gz`, the built pages hold the prerendered
//! explainer, and nginx serves the folder as the README says.

use crate::checks::Report;
use crate::nginx::{self, Nginx};
use crate::only::Only;
use crate::page::Step;
use crate::prerender;
use std::path::Path;
use std::process::Command;

const PRECOMPRESSED: &str = "every file has .br and .gz copies that unpack to it";
const PRERENDERED: &str = "the built pages and the CMS fragment hold the prerendered explainer";
const NGINX: &str = "nginx with deploy/nginx.conf serves dist/ as the README says";

/// The names of these checks, in the order they run.
pub const NAMES: [&str; 3] = [PRECOMPRESSED, PRERENDERED, NGINX];

/// The kinds of file `scripts/precompress.sh` writes a `.br` and a `.gz` for.
const COMPRESSED: [&str; 5] = ["html", "js", "css", "wasm", "svg"];

/// Runs the selected checks on `dist`, the folder the suite serves.
pub fn run(dist: &Path, nginx: &Result<Nginx, String>, only: &Only, report: &mut Report) {
    for name in NAMES.into_iter().filter(|name| only.selects(name)) {
        let result = match name {
            PRECOMPRESSED => precompressed(dist),
            PRERENDERED => prerender::built_pages(dist),
            _ => nginx
                .as_ref()
                .map_err(String::clone)
                .and_then(|nginx| nginx::serves_as_the_readme_says(nginx, dist)),
        };
        report.record("build", name, result);
    }
}

/// Every HTML, JS, CSS, WASM and SVG file below `dist` has a `.br` and a
/// `.gz` beside it that unpack, with the standard tools, to the same bytes;
/// and there is a file of each kind, so that none goes unchecked.
fn precompressed(dist: &Path) -> Step {
    let mut problems = Vec::new();
    let mut checked = [0; COMPRESSED.len()];
    let mut folders = vec![dist.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries =
            std::fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        for path in entries.flatten().map(|entry| entry.path()) {
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let kind = path
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or_default();
            let Some(index) = COMPRESSED.iter().position(|k| *k == kind) else {
                continue;
            };
            checked[index] += 1;
            let original = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            for (tool, suffix) in [("brotli", "br"), ("gzip", "gz")] {
                let packed = format!("{}.{suffix}", path.display());
                match Command::new(tool).args(["-dc", &packed]).output() {
                    Ok(out) if out.status.success() && out.stdout == original => {}
                    Ok(_) => problems.push(format!(
                        "{packed} is missing or does not unpack to its file"
                    )),
                    Err(e) => problems.push(format!("cannot run {tool}: {e}")),
                }
            }
        }
    }
    for (kind, count) in COMPRESSED.iter().zip(checked) {
        if count == 0 {
            problems.push(format!("no .{kind} file in {}", dist.display()));
        }
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(problems.join("\n")),
    }
}
