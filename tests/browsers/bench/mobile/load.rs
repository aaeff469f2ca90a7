//! Lighthouse's mobile conditions over the DevTools protocol, and one page
//! loaded under them with a cold cache, its timings recorded.

use super::Subject;
use crate::page::{Page, Step};
use serde_json::{json, Value};

/// Every run's figures of one page, in ms unless said otherwise.
#[derive(Default)]
pub struct Samples {
    pub paint: Vec<f64>,
    pub dom_ready: Vec<f64>,
    pub load: Vec<f64>,
    pub headers: Vec<f64>,
    pub wasm_arrived: Vec<f64>,
    pub live: Vec<f64>,
    pub shift: Vec<f64>,
    pub bytes: Vec<f64>,
    /// The longest task over 50 ms, 0 when there was none.
    pub longest: Vec<f64>,
    /// The time tasks held the main thread beyond 50 ms each.
    pub blocking: Vec<f64>,
}

/// Opens "The NATO plan" and times its map, which nothing fetched before:
/// from the click to the last byte of its two layers (names, drawing),
/// under the mobile conditions.
pub async fn map_arrival(page: &Page<'_>) -> Step<f64> {
    let took = page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; const start = performance.now(); \
             document.querySelector('#nato-plan-button').click(); \
             const poll = () => { \
               const layers = performance.getEntriesByType('resource').filter(r => r.name.includes('/nato-map')); \
               if (layers.length >= 2 && layers.every(r => r.responseEnd > 0)) done(Math.max(...layers.map(r => r.responseEnd)) - start); \
               else if (performance.now() - start > 20000) done(null); else setTimeout(poll, 20); }; \
             poll();",
            Vec::new(),
        )
        .await
        .map_err(|e| format!("map: {e}"))?;
    took.as_f64()
        .ok_or_else(|| "the map did not arrive within 20 s of opening its section".to_owned())
}

/// Turns the mobile conditions on or off for the session's tab.
pub async fn throttle(page: &Page<'_>, on: bool) -> Step {
    let (latency, down, up, cpu) = match on {
        true => (150.0, 1_600_000.0 / 8.0, 750_000.0 / 8.0, 4.0),
        false => (0.0, -1.0, -1.0, 1.0),
    };
    page.chromium(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": latency,
                "downloadThroughput": down, "uploadThroughput": up }),
    )
    .await?;
    page.chromium("Network.setCacheDisabled", json!({ "cacheDisabled": on }))
        .await?;
    page.chromium("Emulation.setCPUThrottlingRate", json!({ "rate": cpu }))
        .await?;
    Ok(())
}

/// Loads `subject` once with a cold cache and records its timings.
pub async fn load_once(page: &Page<'_>, subject: &Subject, samples: &mut Samples) -> Step {
    page.chromium("Network.clearBrowserCache", json!({}))
        .await?;
    page.client
        .goto(&subject.url)
        .await
        .map_err(|e| format!("cannot open {}: {e}", subject.url))?;
    let done = if subject.live {
        "window.bench.live !== null"
    } else {
        "true"
    };
    page.wait_until(
        &format!(
            "performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0 \
             && performance.getEntriesByName('first-contentful-paint').length && {done}"
        ),
        &format!("{} to load", subject.name),
    )
    .await?;
    // Late layout shifts and requests (the peer's fonts) count too.
    page.js("return new Promise((done) => setTimeout(done, 500));")
        .await?;
    let seen: Value = page
        .js(
            "const nav = performance.getEntriesByType('navigation')[0]; \
             const resources = performance.getEntriesByType('resource'); \
             const bytes = [nav, ...resources].reduce((sum, r) => sum + r.transferSize, 0); \
             const wasm = resources.find((r) => r.name.endsWith('_bg.wasm')); \
             return [performance.getEntriesByName('first-contentful-paint')[0].startTime, \
                     nav.domContentLoadedEventEnd, nav.loadEventEnd, window.bench.headers, \
                     window.bench.live, window.bench.shift, bytes, wasm ? wasm.responseEnd : null, \
                     window.bench.longest, window.bench.blocking];",
        )
        .await?;
    let at = |i: usize| seen[i].as_f64().unwrap_or(f64::NAN);
    samples.paint.push(at(0));
    samples.dom_ready.push(at(1));
    samples.load.push(at(2));
    samples.headers.push(at(3));
    samples.live.push(at(4));
    samples.shift.push(at(5));
    samples.bytes.push(at(6));
    samples.wasm_arrived.push(at(7));
    samples.longest.push(at(8));
    samples.blocking.push(at(9));
    Ok(())
}
