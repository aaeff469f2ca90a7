//! The mobile profile of `make bench`: each way of reading loaded in
//! headless Chromium under Lighthouse's mobile conditions, set over the
//! DevTools protocol (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, the CPU
//! four times slower), with compressed responses and a cold cache every
//! time; the pages are loaded in turn within one run and the medians
//! reported. Beside them: static copies of our own pages (no script, the
//! same inline stylesheet), the host article without the explainer, and a
//! peer page with the same story in GOV.UK Frontend's accordion.
//! Reported, never asserted.
//!
//! - `pages.rs`, `govuk.rs`: the pages of the profile, the peer's included;
//! - `load.rs`: the conditions, and one page loaded under them;
//! - `table.rs`: the table of medians.

mod govuk;
mod load;
mod pages;
mod table;

pub use pages::write_pages;

use crate::measures::click_times;
use crate::page::{Page, Step};
use load::{load_once, map_arrival, throttle, Samples};
use serde_json::json;

/// Runs before each page's own scripts: when section headers first work
/// (the script that opens prerendered sections has registered its click
/// listener, or the WebAssembly or the peer's script took over), when the
/// WebAssembly is live, the layout shift, and the tasks that held the main
/// thread over 50 ms (the browser reports no shorter ones): the longest and
/// their time beyond 50 ms, the sum Lighthouse calls total blocking time.
const PROBE: &str = r#"
window.bench = { headers: null, live: null, shift: 0, longest: 0, blocking: 0 };
const mark = (what) => { window.bench[what] ??= performance.now(); };
const add = EventTarget.prototype.addEventListener;
EventTarget.prototype.addEventListener = function (type, ...rest) {
  // embed/enhance.js: headers work from here on if there are prerendered ones.
  const prerendered = () => document.querySelector('.nue-section__toggle') ||
    [...document.querySelectorAll('[data-nato-ukraine-explainer], nato-ukraine-explainer')]
      .some((host) => host.shadowRoot?.querySelector('.nue-section__toggle'));
  if (this === document && type === 'click' && prerendered()) mark('headers');
  return add.call(this, type, ...rest);
};
add.call(document, 'nato-ukraine-explainer:ready', () => { mark('live'); mark('headers'); });
new MutationObserver(() => {
  if (document.querySelector('[data-nue-live]')) { mark('live'); mark('headers'); }
  if (document.querySelector('.govuk-accordion__section-button')) mark('headers');
}).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-nue-live'] });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.bench.shift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.bench.longest = Math.max(window.bench.longest, entry.duration);
    window.bench.blocking += entry.duration - 50;
  }
}).observe({ type: 'longtask', buffered: true });
"#;

/// One page of the profile and the page it is compared with.
struct Subject {
    name: &'static str,
    url: String,
    /// Waits for the WebAssembly (our pages) or for section headers (the peer).
    live: bool,
    /// The static copy or the host without the explainer, by its index.
    against: Option<(usize, &'static str)>,
}

/// Runs the profile `runs` times; the table for the README.
pub async fn measure(page: &Page<'_>, assets: &str, pages: &str, runs: usize) -> Step<String> {
    // (name, address, waits for the WebAssembly, compared with row n)
    let subjects = [
        (
            "standalone page, static copy",
            format!("{pages}/static-index.html"),
            false,
            None,
        ),
        (
            "standalone page",
            format!("{assets}/"),
            true,
            Some((0, "static copy")),
        ),
        (
            "iframe page, static copy",
            format!("{pages}/static-frame.html"),
            false,
            None,
        ),
        (
            "iframe page",
            format!("{assets}/embed/frame.html"),
            true,
            Some((2, "static copy")),
        ),
        (
            "host article without the explainer",
            format!("{pages}/host-plain.html"),
            false,
            None,
        ),
        (
            "host article, CMS fragment",
            format!("{pages}/host-fragment.html"),
            true,
            Some((4, "host without")),
        ),
        (
            "host article, script embed",
            format!("{pages}/host-script.html"),
            true,
            Some((4, "host without")),
        ),
        (
            "host article, CMS fragment three screens down, eager with hints (as before the lazy start)",
            format!("{pages}/host-far-eager.html"),
            true,
            None,
        ),
        (
            "host article, CMS fragment three screens down, lazy (not scrolled to)",
            format!("{pages}/host-far-lazy.html"),
            false,
            None,
        ),
        (
            "peer: GOV.UK Frontend accordion",
            format!("{pages}/govuk.html"),
            false,
            None,
        ),
    ]
    .map(|(name, url, live, against)| Subject {
        name,
        url,
        live,
        against,
    });
    page.chromium("Page.enable", json!({})).await?;
    page.chromium("Network.enable", json!({})).await?;
    page.chromium(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": PROBE }),
    )
    .await?;
    throttle(page, true).await?;
    let mut samples: Vec<Samples> = subjects.iter().map(|_| Samples::default()).collect();
    let mut clicks = Vec::new();
    let mut maps = Vec::new();
    let result = async {
        for _ in 0..runs {
            for (subject, samples) in subjects.iter().zip(&mut samples) {
                load_once(page, subject, samples).await?;
                if subject.name == "standalone page" {
                    maps.push(map_arrival(page).await?);
                    clicks.extend(click_times(page).await?);
                }
            }
        }
        Ok::<(), String>(())
    }
    .await;
    throttle(page, false).await?;
    result?;

    Ok(table::render(&subjects, &samples, &clicks, &maps))
}
