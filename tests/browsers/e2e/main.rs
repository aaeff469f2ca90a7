//! End-to-end suite: the release build (`dist/`) served on 127.0.0.1 and
//! driven over WebDriver in Chromium, Firefox ESR and WebKitGTK, each once in
//! light mode and once in dark mode with reduced motion.
//!
//! `E2E_ENGINES=chromium,firefox` picks engines (default: all three);
//! `E2E_ONLY=map,hostile` runs only the checks whose name contains one of
//! its comma-separated parts, whatever the case, in those engines (a
//! selection that matches no check fails the run, and lists the names);
//! `E2E_DIST` the built site (default: `dist/` at the repository root).
//! Screenshots go to `target/screenshots/`. An engine that cannot start fails
//! the run with the reason; nothing is skipped silently.
//!
//! - `checks/`: the checks on the standalone page, and how they run;
//! - `prerender/`, `map/`, `embed/`: the prerendering, map and embedding checks;
//! - `site.rs`: the checks of the built files, before any browser starts;
//! - `engines/`, `page/`: the browsers, and the steps a check takes in one;
//! - `server.rs`, `nginx.rs`, `host_pages.rs`: what the browsers are served;
//! - `only.rs`: `E2E_ONLY`.

mod checks;
mod embed;
mod engines;
mod host_pages;
mod map;
mod nginx;
mod only;
mod page;
mod prerender;
mod server;
mod site;

use checks::{Check, Report};
use engines::{Display, Engine, Prefs};
use only::Only;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    match run().await {
        Ok(report) if report.failed == 0 => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("e2e: {message}");
            ExitCode::FAILURE
        }
    }
}

/// One browser session's settings and the checks it runs.
struct Session {
    engine: Engine,
    prefs: Prefs,
    checks: Vec<Check>,
}

async fn run() -> Result<Report, String> {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dist = std::env::var_os("E2E_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo.join("dist"));
    if !dist.join("index.html").is_file() {
        return Err(format!(
            "no built site at {}; run `trunk build --release` first",
            dist.display()
        ));
    }
    let only = Only::from_env();
    let sessions = plan(&engines_from_env()?, &only)?;
    let axe_path = repo.join("node_modules/axe-core/axe.min.js");
    let axe = std::fs::read_to_string(&axe_path).map_err(|e| {
        format!(
            "cannot read {}: {e}; run `make test`, which installs it",
            axe_path.display()
        )
    })?;
    let screenshots = repo.join("target/screenshots");
    std::fs::create_dir_all(&screenshots)
        .map_err(|e| format!("cannot create {}: {e}", screenshots.display()))?;
    let hostile_css = std::fs::read_to_string(dist.join("embed/hostile.css")).unwrap_or_default();
    let base =
        server::serve(dist.clone()).map_err(|e| format!("cannot start the static server: {e}"))?;
    // Host pages on a second origin, loading the explainer from the first.
    let host_dir = repo.join("target/e2e-host");
    let files = nato_ukraine_explainer::prerender::BuiltFiles::in_dir(&dist)?;
    let host = host_pages::write(&host_dir, &base, &hostile_css)
        .and_then(|()| prerender::write(&host_dir, &base, &files))
        .and_then(|()| embed::write_consumer_page(&host_dir, &base))
        .and_then(|()| embed::write_loader_pages(&host_dir, &base, &files))
        .and_then(|()| embed::copy_bundled_app(&repo, &host_dir))
        .and_then(|()| server::serve(host_dir.clone()))
        .map_err(|e| format!("cannot write or serve the host pages: {e}"))?;

    // The same files through nginx, as the README tells newsrooms to host them.
    let nginx = nginx::Nginx::start(&repo, &dist).and_then(|nginx| {
        host_pages::write_nginx_page(&host_dir, &nginx.base)
            .map(|()| nginx)
            .map_err(|e| e.to_string())
    });

    let mut report = Report::default();
    site::run(&dist, &nginx, &only, &mut report);
    let mut display = None;
    let started = Instant::now();
    for session in sessions.iter().filter(|s| !s.checks.is_empty()) {
        if session.engine == Engine::WebKit && display.is_none() {
            display = Some(Display::start().await);
        }
        let display_name = match &display {
            Some(Ok(display)) => Some(display.name.as_str()),
            _ => None,
        };
        let context = checks::Context {
            engine: session.engine,
            prefs: session.prefs,
            base: &base,
            host: &host,
            nginx: nginx.as_ref().ok().map(|nginx| nginx.base.as_str()),
            axe: &axe,
            screenshots: &screenshots,
        };
        match engines::start(session.engine, session.prefs, display_name).await {
            Ok(browser) => {
                checks::run(&session.checks, &context, &browser.client, &mut report).await;
                browser.close().await;
            }
            Err(reason) => {
                let label = format!("{} {}", session.engine.name(), session.prefs.label());
                report.record(&label, "start the browser", Err(reason));
            }
        }
    }
    println!(
        "\ne2e: {} s; screenshots in {}",
        started.elapsed().as_secs(),
        screenshots.display()
    );
    println!("e2e: {} passed, {} failed", report.passed, report.failed);
    Ok(report)
}

/// The engines `E2E_ENGINES` names, or all three.
fn engines_from_env() -> Result<Vec<Engine>, String> {
    let Ok(list) = std::env::var("E2E_ENGINES") else {
        return Ok(Engine::ALL.to_vec());
    };
    list.split(',')
        .map(|name| {
            Engine::parse(name).ok_or(format!(
                "unknown engine `{name}` in E2E_ENGINES (chromium, firefox, webkit)"
            ))
        })
        .collect()
}

/// Every session the engines run, each with the checks `only` selects;
/// fails if it selects none at all.
fn plan(engines: &[Engine], only: &Only) -> Result<Vec<Session>, String> {
    let mut names: Vec<String> = site::NAMES.iter().map(|n| n.to_string()).collect();
    let mut selected = site::NAMES.iter().filter(|n| only.selects(n)).count();
    let mut total = site::NAMES.len();
    let mut sessions = Vec::new();
    for &engine in engines {
        for prefs in sessions_of(engine) {
            let mut checks = checks::for_session(engine, prefs);
            for name in checks.iter().flat_map(Check::names) {
                if !names.iter().any(|known| known == name) {
                    names.push(name.to_owned());
                }
            }
            total += checks.len();
            checks.retain(|check| check.names().any(|name| only.selects(name)));
            selected += checks.len();
            sessions.push(Session {
                engine,
                prefs,
                checks,
            });
        }
    }
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    only.confirm(&names, selected, total)?;
    Ok(sessions)
}

/// The reader's settings each engine is run with: light, then dark with
/// reduced motion; Firefox also with JavaScript off.
fn sessions_of(engine: Engine) -> Vec<Prefs> {
    let mut all = vec![
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
    ];
    // Firefox can also start with JavaScript off (WebKitGTK cannot,
    // and Chromium's checks switch it off through DevTools).
    if engine == Engine::Firefox {
        all.push(Prefs {
            dark: false,
            reduced_motion: false,
            javascript: false,
        });
    }
    all
}
