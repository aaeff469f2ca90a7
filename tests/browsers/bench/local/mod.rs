//! The measures on 127.0.0.1 as it is, in headless Chromium, run by run:
//! first contentful paint of the widget page and of its static copy; when
//! the WebAssembly has taken over, and the layout shift meanwhile; a click
//! to the updated DOM; twenty instances on one page, rendered afresh and
//! hydrated, with the JS heap and the WebAssembly's memory.
//!
//! - `pages.rs`: the pages of twenty explainers;
//! - `table.rs`: the table of medians and worst runs.

mod pages;
mod table;

pub use pages::write_pages;

use crate::measures::click_times;
use crate::page::{Page, Step};
use serde_json::json;

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

/// Every run's figure of each measure, in ms unless said otherwise.
#[derive(Default)]
struct Samples {
    widget_fcp: Vec<f64>,
    static_fcp: Vec<f64>,
    static_load: Vec<f64>,
    interactive: Vec<f64>,
    clicks: Vec<f64>,
    /// A score, no unit.
    layout_shift: Vec<f64>,
    twenty_ready: Vec<f64>,
    twenty_hydrated: Vec<f64>,
    /// Bytes.
    heap: Vec<f64>,
    /// Bytes.
    wasm_memory: Vec<f64>,
}

/// Runs the measures `runs` times; the table for the README.
pub async fn measure(page: &Page<'_>, assets: &str, pages: &str, runs: usize) -> Step<String> {
    page.chromium("Page.enable", json!({})).await?;
    page.chromium(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": INTERACTIVE_PROBE }),
    )
    .await?;
    let mut samples = Samples::default();
    for _ in 0..runs {
        run_once(page, assets, pages, &mut samples).await?;
    }
    Ok(table::render(&samples))
}

async fn run_once(page: &Page<'_>, assets: &str, pages: &str, s: &mut Samples) -> Step {
    page.goto(&format!("{pages}/static-index.html")).await?;
    let (paint, load) = paint_and_load(page).await?;
    s.static_fcp.push(paint);
    s.static_load.push(load);

    page.goto(&format!("{assets}/")).await?;
    page.wait_until("window.interactiveAt", "the widget to be interactive")
        .await?;
    page.wait_until(
        "performance.getEntriesByName('first-contentful-paint').length",
        "a paint",
    )
    .await?;
    s.widget_fcp.push(paint_and_load(page).await?.0);
    s.interactive
        .push(number(page, "return window.interactiveAt;").await?);
    page.js("return new Promise((done) => setTimeout(done, 300));")
        .await?;
    s.layout_shift
        .push(number(page, "return window.layoutShift;").await?);
    s.clicks.extend(click_times(page).await?);

    s.twenty_hydrated
        .push(twenty_ready_at(page, &format!("{pages}/twenty-prerendered.html")).await?);
    s.twenty_ready
        .push(twenty_ready_at(page, &format!("{pages}/twenty.html")).await?);
    let (heap, wasm) = memory(page, assets).await?;
    s.heap.push(heap);
    s.wasm_memory.push(wasm);
    Ok(())
}

/// A number the page's script returns, or NaN.
async fn number(page: &Page<'_>, script: &str) -> Step<f64> {
    Ok(page.js(script).await?.as_f64().unwrap_or(f64::NAN))
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
    page.goto(url).await?;
    page.wait_until(
        "window.readyAt && window.readyAt.length === 20",
        "twenty explainers",
    )
    .await?;
    number(page, "return Math.max(...window.readyAt);").await
}

/// On the page of twenty: the JS heap and the WebAssembly's memory, in bytes.
async fn memory(page: &Page<'_>, assets: &str) -> Step<(f64, f64)> {
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
    Ok((
        memory[0].as_f64().unwrap_or(f64::NAN),
        memory[1].as_f64().unwrap_or(f64::NAN),
    ))
}
