//! Nothing moves when the WebAssembly takes over (Chromium, which measures
//! layout shift): with a cold cache on a slow connection, on the standalone
//! page and in the CMS fragment.

use super::hydration::hydrated;
use crate::page::{Page, Step};
use serde_json::json;

/// Cumulative layout shift from the start of the page, Chromium's measure.
async fn layout_shift(page: &Page<'_>) -> Step<f64> {
    page.settle().await?;
    let value = page
        .js(
            "return await new Promise((done) => { let sum = 0; \
               new PerformanceObserver((list) => { for (const e of list.getEntries()) \
                 if (!e.hadRecentInput) sum += e.value; }).observe({ type: 'layout-shift', buffered: true }); \
               setTimeout(() => done(sum), 300); });",
        )
        .await?;
    value
        .as_f64()
        .ok_or_else(|| format!("no layout shift figure: {value}"))
}

/// Layout shift with a cold cache on a slow connection, where a stylesheet
/// or the WebAssembly arriving late would move the page if anything could.
pub async fn no_layout_shift(page: &Page<'_>, base: &str, host: &str) -> Step {
    page.chromium("Network.enable", json!({})).await?;
    page.chromium(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": 150, "downloadThroughput": 200_000, "uploadThroughput": 200_000 }),
    )
    .await?;
    let result = async {
        page.chromium("Network.clearBrowserCache", json!({}))
            .await?;
        page.load(&format!("{base}/")).await?;
        let standalone = layout_shift(page).await?;
        page.chromium("Network.clearBrowserCache", json!({}))
            .await?;
        page.open(
            &format!("{host}/cms.html"),
            &hydrated("cms-explainer"),
            "the CMS fragment to be hydrated",
        )
        .await?;
        let cms = layout_shift(page).await?;
        if standalone != 0.0 || cms != 0.0 {
            return Err(format!(
                "cumulative layout shift: standalone page {standalone}, CMS fragment {cms}"
            ));
        }
        Ok(())
    }
    .await;
    page.chromium(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await?;
    result
}
