//! `make bench`: how fast the explainer reaches a reader, measured in
//! headless Chromium over several runs and printed as tables (medians; worst
//! where it matters). A measurement, never a pass/fail test.
//!
//! On 127.0.0.1 as it is:
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
//!
//! Then under a phone's conditions (`mobile.rs`): every way of reading
//! beside static copies, the host page without the explainer and a peer.
//!
//! `BENCH_RUNS` sets the number of runs (default 10), `BENCH_MOBILE_RUNS`
//! that of the mobile profile (default 5).

mod mobile;

// The end-to-end suite's driver, page and server code, of which the
// benchmark uses a part (Chromium only).
#[allow(dead_code)]
#[path = "../e2e/engines.rs"]
mod engines;
#[allow(dead_code)]
#[path = "../e2e/page.rs"]
mod page;
#[path = "../e2e/server.rs"]
mod server;

use engines::{Engine, Prefs};
use nato_ukraine_explainer::options::Config;
use nato_ukraine_explainer::prerender::{shadow_root_html, stylesheet_in};
use nato_ukraine_explainer::story::STORY;
use page::{Page, Step};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Runs in every page before its own scripts: notes when the WebAssembly
/// has taken over the explainer (the prerendered sections are there from the
/// start, opened by embed/enhance.js until then), and sums layout shifts.
const INTERACTIVE_PROBE: &str = r#"
new MutationObserver((_, observer) => {
  if (document.querySelector('[data-nue-live]')) {
    window.interactiveAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-nue-live'] });
window.layoutShift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });
"#;

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
    write_pages(&pages_dir, &assets, &css)?;
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
    let result = match measure(&page, &assets, &pages, runs).await {
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

/// Writes a .br and a .gz beside each text file below `dir`, as a release
/// build does for its own (scripts/precompress.sh), so every page of the
/// bench is served compressed alike.
fn precompress(dir: &Path) -> Step {
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

/// A page with twenty placeholders, rendered afresh or hydrated. (The
/// static copy of the widget page, the baseline, comes from `mobile.rs`.)
fn write_pages(dir: &Path, assets: &str, css: &str) -> Step {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let twenty_page = |placeholder: &str| {
        format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Twenty</title>\
             <script src=\"/twenty.js\"></script>\
             <script type=\"module\" src=\"{assets}/embed/nato-ukraine-explainer.js\"></script></head>\
             <body>{}</body></html>",
            placeholder.repeat(20)
        )
    };
    let twenty = twenty_page("<div data-nato-ukraine-explainer></div>\n");
    let defaults = Config::defaults(&STORY);
    let twenty_prerendered = twenty_page(&format!(
        "<div data-nato-ukraine-explainer>{}</div>\n",
        shadow_root_html(&STORY, &defaults, &format!("{assets}/{css}"))
    ));
    let twenty_js =
        "window.readyAt = []; document.addEventListener('nato-ukraine-explainer:ready', \
                     () => window.readyAt.push(performance.now()));";
    for (name, text) in [
        ("twenty.html", twenty.as_str()),
        ("twenty-prerendered.html", &twenty_prerendered),
        ("twenty.js", twenty_js),
    ] {
        std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(())
}

async fn measure(page: &Page<'_>, assets: &str, pages: &str, runs: usize) -> Step<String> {
    page.chromium("Page.enable", json!({})).await?;
    page.chromium(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": INTERACTIVE_PROBE }),
    )
    .await?;
    let mut widget_fcp = Vec::new();
    let mut static_fcp = Vec::new();
    let mut static_load = Vec::new();
    let mut interactive = Vec::new();
    let mut clicks = Vec::new();
    let mut layout_shift = Vec::new();
    let mut twenty_ready = Vec::new();
    let mut twenty_hydrated = Vec::new();
    let mut heap = Vec::new();
    let mut wasm_memory = Vec::new();
    for _ in 0..runs {
        page.client
            .goto(&format!("{pages}/static-index.html"))
            .await
            .map_err(|e| e.to_string())?;
        let timing = paint_and_load(page).await?;
        static_fcp.push(timing.0);
        static_load.push(timing.1);

        page.client
            .goto(&format!("{assets}/"))
            .await
            .map_err(|e| e.to_string())?;
        page.wait_until("window.interactiveAt", "the widget to be interactive")
            .await?;
        page.wait_until(
            "performance.getEntriesByName('first-contentful-paint').length",
            "a paint",
        )
        .await?;
        widget_fcp.push(paint_and_load(page).await?.0);
        interactive.push(
            page.js("return window.interactiveAt;")
                .await?
                .as_f64()
                .unwrap_or(f64::NAN),
        );
        page.js("return new Promise((done) => setTimeout(done, 300));")
            .await?;
        layout_shift.push(
            page.js("return window.layoutShift;")
                .await?
                .as_f64()
                .unwrap_or(f64::NAN),
        );
        clicks.extend(click_times(page).await?);

        twenty_hydrated
            .push(twenty_ready_at(page, &format!("{pages}/twenty-prerendered.html")).await?);

        twenty_ready.push(twenty_ready_at(page, &format!("{pages}/twenty.html")).await?);
        let memory = page
            .client
            .execute_async(
                &format!(
                    "const done = arguments[arguments.length - 1]; \
                     const glue = [...document.querySelectorAll('link[rel=modulepreload], script')].length; \
                     import('{assets}/embed/nato-ukraine-explainer.js').then(async () => {{ \
                       const url = performance.getEntriesByType('resource').map(r => r.name) \
                         .find(n => /nato-ukraine-explainer-[0-9a-f]+\\.js$/.test(n)); \
                       const init = (await import(url)).default; const wasm = await init(); \
                       const memory = Object.values(wasm).find((v) => v instanceof WebAssembly.Memory); \
                       done([performance.memory.usedJSHeapSize, memory.buffer.byteLength, glue]); }});"
                ),
                Vec::new(),
            )
            .await
            .map_err(|e| format!("memory: {e}"))?;
        heap.push(memory[0].as_f64().unwrap_or(f64::NAN));
        wasm_memory.push(memory[1].as_f64().unwrap_or(f64::NAN));
    }
    let fcp_ratio = median(&widget_fcp) / median(&static_fcp);
    let tti_ratio = median(&interactive) / median(&static_load);
    let mut table =
        String::from("| measure | median | worst | against |\n| --- | ---: | ---: | --- |\n");
    let mut row = |name: &str, values: &[f64], unit: &str, against: String| {
        let worst = values
            .iter()
            .copied()
            .filter(|v| v.is_finite())
            .fold(f64::NAN, f64::max);
        // Times and sizes to a tenth; a layout shift score (no unit) finer.
        let digits = if unit.is_empty() { 4 } else { 1 };
        table.push_str(&format!(
            "| {name} | {:.digits$} {unit} | {worst:.digits$} {unit} | {against} |\n",
            median(values)
        ));
    };
    row(
        "first contentful paint, static page",
        &static_fcp,
        "ms",
        "baseline".into(),
    );
    row(
        "first contentful paint, widget page",
        &widget_fcp,
        "ms",
        format!("{fcp_ratio:.2} x static (target 1.1)"),
    );
    row(
        "load event, static page",
        &static_load,
        "ms",
        "baseline".into(),
    );
    row(
        "widget interactive (WebAssembly took over)",
        &interactive,
        "ms",
        format!("{tti_ratio:.2} x static load"),
    );
    row(
        "layout shift while it takes over",
        &layout_shift,
        "",
        "target 0".into(),
    );
    row(
        "click to updated DOM",
        &clicks,
        "ms",
        "target: within one 16 ms frame".into(),
    );
    row(
        "20 instances interactive, rendered afresh",
        &twenty_ready,
        "ms",
        "target 200 ms".into(),
    );
    row(
        "20 instances interactive, hydrated",
        &twenty_hydrated,
        "ms",
        "target 200 ms".into(),
    );
    let mib = |v: &[f64]| v.iter().map(|b| b / 1_048_576.0).collect::<Vec<_>>();
    row("20 instances: JS heap", &mib(&heap), "MiB", String::new());
    row(
        "20 instances: WebAssembly memory",
        &mib(&wasm_memory),
        "MiB",
        String::new(),
    );
    Ok(table)
}

/// First contentful paint and load event end of the current page, in ms.
async fn paint_and_load(page: &Page<'_>) -> Step<(f64, f64)> {
    page.wait_until(
        "performance.getEntriesByType('navigation')[0].loadEventEnd > 0 \
         && performance.getEntriesByName('first-contentful-paint').length",
        "the load event and the first paint",
    )
    .await?;
    let values = page
        .js(
            "return [performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, \
                     performance.getEntriesByType('navigation')[0].loadEventEnd];",
        )
        .await?;
    Ok((
        values[0].as_f64().unwrap_or(f64::NAN),
        values[1].as_f64().unwrap_or(f64::NAN),
    ))
}

/// Opens a page of twenty explainers; when the last was ready, in ms.
async fn twenty_ready_at(page: &Page<'_>, url: &str) -> Step<f64> {
    page.client.goto(url).await.map_err(|e| e.to_string())?;
    page.wait_until(
        "window.readyAt && window.readyAt.length === 20",
        "twenty explainers",
    )
    .await?;
    Ok(page
        .js("return Math.max(...window.readyAt);")
        .await?
        .as_f64()
        .unwrap_or(f64::NAN))
}

/// Clicks a section header 20 times; for each, the time until its
/// `aria-expanded` has changed in the DOM.
async fn click_times(page: &Page<'_>) -> Step<Vec<f64>> {
    let times = page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             const button = document.querySelector('#nato-plan-button'); const times = []; \
             (async () => { for (let i = 0; i < 20; i++) { \
               const changed = new Promise(r => { const mo = new MutationObserver(() => { mo.disconnect(); r(); }); \
                 mo.observe(button, { attributes: true, attributeFilter: ['aria-expanded'] }); }); \
               const start = performance.now(); button.click(); await changed; \
               times.push(performance.now() - start); \
               await new Promise(r => requestAnimationFrame(() => r())); } \
             done(times); })();",
            Vec::new(),
        )
        .await
        .map_err(|e| format!("clicks: {e}"))?;
    Ok(times
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_f64)
        .collect())
}

fn median(values: &[f64]) -> f64 {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    }
}
