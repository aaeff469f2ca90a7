//! `make bench`: how fast the explainer reaches a reader, measured in
//! headless Chromium over several runs and printed as tables (medians; worst
//! where it matters). A measurement, never a pass/fail test.
//!
//! On 127.0.0.1 as it is (`local/`):
//! 1. bytes a reader downloads: `scripts/size.sh`;
//! 2. first contentful paint of the widget page and of its static copy (the
//!    same built page without scripts);
//! 3. time until the WebAssembly has taken over the prerendered widget,
//!    against the static page's load, and the layout shift meanwhile;
//! 4. a click to the updated DOM;
//! 5. twenty instances on one page: time until all are ready, rendered
//!    afresh and hydrated from prerendered HTML; JS heap and WebAssembly
//!    memory.
//!
//! Then under a phone's conditions (`mobile/`): every way of reading
//! beside static copies, the host page without the explainer and a peer.
//! `measures.rs` holds what both measure alike, `files.rs` what they write.
//!
//! `BENCH_RUNS` sets the number of runs (default 10), `BENCH_MOBILE_RUNS`
//! that of the mobile profile (default 5).

mod files;
mod local;
mod measures;
mod mobile;

// The end-to-end suite's driver, page and server code, of which the
// benchmark uses a part (Chromium only).
#[allow(dead_code, unused_imports)]
#[path = "../e2e/engines/mod.rs"]
mod engines;
#[allow(dead_code)]
#[path = "../e2e/page/mod.rs"]
mod page;
#[path = "../e2e/server.rs"]
mod server;

use engines::{Engine, Prefs};
use nato_ukraine_explainer::prerender::stylesheet_in;
use page::{Page, Step};
use std::path::PathBuf;
use std::process::ExitCode;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("bench: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Step {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dist = repo.join("dist");
    let runs = runs_from("BENCH_RUNS", 10);
    let mobile_runs = runs_from("BENCH_MOBILE_RUNS", 5);
    let css = stylesheet_in(&dist).map_err(|e| format!("{e}; run `make build` first"))?;
    let assets = server::serve(dist.clone()).map_err(|e| e.to_string())?;
    let pages_dir = repo.join("target/bench");
    local::write_pages(&pages_dir, &assets, &css)?;
    mobile::write_pages(&pages_dir, &repo, &dist, &assets)?;
    let pages = server::serve(pages_dir).map_err(|e| e.to_string())?;

    let sizes = std::process::Command::new("bash")
        .arg(repo.join("scripts/size.sh"))
        .arg(&dist)
        .output()
        .map_err(|e| format!("scripts/size.sh: {e}"))?;
    let session = engines::start(
        Engine::Chromium,
        Prefs {
            dark: false,
            reduced_motion: false,
            javascript: true,
        },
        None,
    )
    .await?;
    let page = Page {
        client: &session.client,
    };
    let result = match local::measure(&page, &assets, &pages, runs).await {
        Ok(table) => mobile::measure(&page, &assets, &pages, mobile_runs)
            .await
            .map(|mobile| (table, mobile)),
        Err(e) => Err(e),
    };
    session.close().await;
    let (table, mobile) = result?;

    let machine = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or_default().trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let date = std::process::Command::new("date")
        .arg("+%Y-%m-%d")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    println!("{}", String::from_utf8_lossy(&sizes.stdout));
    println!(
        "Headless Chromium, {runs} runs, {date}, {} cores of {machine}\n",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!("{table}");
    println!(
        "Mobile profile: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower, \
         cold cache, compressed responses; {mobile_runs} runs, medians\n"
    );
    println!("{mobile}");
    Ok(())
}

fn runs_from(variable: &str, default: usize) -> usize {
    std::env::var(variable)
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(default)
}
