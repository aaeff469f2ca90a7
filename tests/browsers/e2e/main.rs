//! End-to-end suite: the release build (`dist/`) served on 127.0.0.1 and
//! driven over WebDriver in Chromium, Firefox ESR and WebKitGTK, each once in
//! light mode and once in dark mode with reduced motion.
//!
//! `E2E_ENGINES=chromium,firefox` picks engines (default: all three);
//! `E2E_DIST` the built site (default: `dist/` at the repository root).
//! Screenshots go to `target/screenshots/`. An engine that cannot start fails
//! the run with the reason; nothing is skipped silently.

mod checks;
mod embed;
mod engines;
mod host_pages;
mod map;
mod nginx;
mod page;
mod prerender;
mod server;

use engines::{Display, Engine, Prefs};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dist = std::env::var_os("E2E_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo.join("dist"));
    if !dist.join("index.html").is_file() {
        eprintln!(
            "e2e: no built site at {}; run `trunk build --release` first",
            dist.display()
        );
        return ExitCode::FAILURE;
    }
    let axe_path = repo.join("node_modules/axe-core/axe.min.js");
    let axe = match std::fs::read_to_string(&axe_path) {
        Ok(source) => source,
        Err(e) => {
            eprintln!(
                "e2e: cannot read {}: {e}; run `make test`, which installs it",
                axe_path.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let screenshots = repo.join("target/screenshots");
    if let Err(e) = std::fs::create_dir_all(&screenshots) {
        eprintln!("e2e: cannot create {}: {e}", screenshots.display());
        return ExitCode::FAILURE;
    }
    let engines: Vec<Engine> = match std::env::var("E2E_ENGINES") {
        Ok(list) => match list
            .split(',')
            .map(|name| Engine::parse(name).ok_or(name))
            .collect()
        {
            Ok(engines) => engines,
            Err(name) => {
                eprintln!(
                    "e2e: unknown engine `{name}` in E2E_ENGINES (chromium, firefox, webkit)"
                );
                return ExitCode::FAILURE;
            }
        },
        Err(_) => vec![Engine::Chromium, Engine::Firefox, Engine::WebKit],
    };
    let hostile_css = std::fs::read_to_string(dist.join("embed/hostile.css")).unwrap_or_default();
    let base = match server::serve(dist.clone()) {
        Ok(base) => base,
        Err(e) => {
            eprintln!("e2e: cannot start the static server: {e}");
            return ExitCode::FAILURE;
        }
    };
    // Host pages on a second origin, loading the explainer from the first.
    let host_dir = repo.join("target/e2e-host");
    let files = match nato_ukraine_explainer::prerender::BuiltFiles::in_dir(&dist) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("e2e: {e}");
            return ExitCode::FAILURE;
        }
    };
    let host = match host_pages::write(&host_dir, &base, &hostile_css)
        .and_then(|()| prerender::write(&host_dir, &base, &files))
        .and_then(|()| server::serve(host_dir.clone()))
    {
        Ok(host) => host,
        Err(e) => {
            eprintln!("e2e: cannot write or serve the host pages: {e}");
            return ExitCode::FAILURE;
        }
    };

    // The same files through nginx, as the README tells newsrooms to host them.
    let nginx = nginx::Nginx::start(&repo, &dist).and_then(|nginx| {
        host_pages::write_nginx_page(&host_dir, &nginx.base)
            .map(|()| nginx)
            .map_err(|e| e.to_string())
    });

    let mut display = None;
    let mut report = checks::Report::default();
    report.record(
        "build",
        "every file has .br and .gz copies that unpack to it",
        precompressed(&dist),
    );
    report.record(
        "build",
        "the built pages and the CMS fragment hold the prerendered explainer",
        prerender::built_pages(&dist),
    );
    report.record(
        "build",
        "nginx with deploy/nginx.conf serves dist/ as the README says",
        nginx
            .as_ref()
            .map_err(String::clone)
            .and_then(|nginx| nginx::serves_as_the_readme_says(nginx, &dist)),
    );
    let nginx_base = nginx.as_ref().ok().map(|nginx| nginx.base.as_str());
    let started = Instant::now();
    for engine in engines {
        if engine == Engine::WebKit && display.is_none() {
            display = Some(Display::start().await);
        }
        let display_name = match &display {
            Some(Ok(display)) => Some(display.name.as_str()),
            _ => None,
        };
        for prefs in [
            Prefs {
                dark: false,
                reduced_motion: false,
                javascript: true,
            },
            Prefs {
                dark: true,
                reduced_motion: true,
                javascript: true,
            },
            // Firefox can also start with JavaScript off (WebKitGTK cannot,
            // and Chromium's checks switch it off through DevTools).
            Prefs {
                dark: false,
                reduced_motion: false,
                javascript: false,
            },
        ] {
            if !prefs.javascript && engine != Engine::Firefox {
                continue;
            }
            let context = checks::Context {
                engine,
                prefs,
                base: &base,
                host: &host,
                nginx: nginx_base,
                axe: &axe,
                screenshots: &screenshots,
            };
            let label = format!("{} {}", engine.name(), prefs.label());
            match engines::start(engine, prefs, display_name).await {
                Ok(session) => {
                    checks::run_all(&context, &session.client, &mut report).await;
                    session.close().await;
                }
                Err(reason) => report.record(&label, "start the browser", Err(reason)),
            }
        }
    }
    println!(
        "\ne2e: {} s; screenshots in {}",
        started.elapsed().as_secs(),
        screenshots.display()
    );
    println!("e2e: {} passed, {} failed", report.passed, report.failed);
    if report.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The kinds of file `scripts/precompress.sh` writes a `.br` and a `.gz` for.
const COMPRESSED: [&str; 5] = ["html", "js", "css", "wasm", "svg"];

/// Every HTML, JS, CSS, WASM and SVG file below `dist` has a `.br` and a
/// `.gz` beside it that unpack, with the standard tools, to the same bytes;
/// and there is a file of each kind, so that none goes unchecked.
fn precompressed(dist: &std::path::Path) -> Result<(), String> {
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
                let unpacked = std::process::Command::new(tool)
                    .args(["-dc", &packed])
                    .output();
                match unpacked {
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
