//! What both profiles measure alike: clicks to the updated DOM, and the
//! median of a measure's runs.

use crate::page::{Page, Step};
use serde_json::Value;

/// Clicks a section header 20 times; for each, the time until its
/// `aria-expanded` has changed in the DOM.
pub async fn click_times(page: &Page<'_>) -> Step<Vec<f64>> {
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

/// The median of the finite values, NaN if there are none.
pub fn median(values: &[f64]) -> f64 {
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
