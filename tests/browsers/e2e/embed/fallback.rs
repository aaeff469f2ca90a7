//! A script embed's own fallback: a link the host puts inside the
//! placeholder, for readers the explainer cannot reach. It shows without
//! JavaScript and when the WebAssembly cannot start, and gives way to the
//! explainer, untouched, once it mounts.

use super::host::live_and_shown;
use crate::page::{Page, Step};
use serde_json::{json, Value};
use std::path::Path;

/// The two hosts on the fallback pages: a placeholder and the custom element.
const HOSTS: [&str; 2] = ["linked", "linked-element"];

/// Writes `fallback.html` and `fallback-no-wasm.html` (a CSP that lets no
/// WebAssembly run) into `dir`: a placeholder and a custom element, each
/// holding a link to the standalone page at `assets`.
pub fn write_pages(dir: &Path, assets: &str) -> std::io::Result<()> {
    let link = format!("<p><a href=\"{assets}/\">NATO's plan for Ukraine, explained</a></p>");
    for (name, wasm) in [
        ("fallback.html", " 'wasm-unsafe-eval'"),
        ("fallback-no-wasm.html", ""),
    ] {
        std::fs::write(
            dir.join(name),
            format!(
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
                 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
                 <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
                 script-src 'self' {assets}{wasm}; style-src {assets}; connect-src {assets}; img-src {assets}\">\
                 <title>Fallback links</title><script src=\"/warnings.js\"></script>\
                 <script type=\"module\" src=\"{assets}/embed/nato-ukraine-explainer.js\"></script>\
                 </head>\n<body><main><h1>An article</h1>\n\
                 <div id=\"linked\" data-nato-ukraine-explainer>{link}</div>\n\
                 <nato-ukraine-explainer id=\"linked-element\">{link}</nato-ukraine-explainer>\n\
                 </main></body></html>\n"
            ),
        )?;
    }
    Ok(())
}

/// JS: for each host, whether its fallback link is in the page, shown,
/// and where it leads.
const LINKS: &str = "return ['linked', 'linked-element'].map((id) => { \
     const a = document.getElementById(id).querySelector(':scope > p > a'); \
     return a && [a.checkVisibility() && a.getBoundingClientRect().height > 0, new URL(a.href).pathname]; });";

async fn links_are(page: &Page<'_>, shown: bool, what: &str) -> Step {
    let seen = page.js(LINKS).await?;
    let expected = json!([[shown, "/"], [shown, "/"]]);
    if seen != expected {
        return Err(format!(
            "{what}: [link shown, its path] = {seen}, expected {expected}"
        ));
    }
    Ok(())
}

/// With the WebAssembly running, both explainers mount over their links: the
/// links stay in the host's markup, unseen, and no warning is printed.
pub async fn the_fallback_gives_way_to_the_explainer(page: &Page<'_>, host: &str) -> Step {
    page.open(
        &format!("{host}/fallback.html"),
        &live_and_shown(&HOSTS),
        "both explainers to mount over their fallback links",
    )
    .await?;
    links_are(page, false, "mounted").await?;
    let warnings = page.js("return warnings;").await?;
    if warnings != Value::Array(Vec::new()) {
        return Err(format!("console warnings: {warnings}"));
    }
    Ok(())
}

/// A CSP that lets no WebAssembly run: the loader says so, and the reader
/// still has both links to the explainer's own page.
pub async fn the_fallback_stays_when_the_webassembly_cannot_start(
    page: &Page<'_>,
    host: &str,
) -> Step {
    page.open(
        &format!("{host}/fallback-no-wasm.html"),
        "warnings.some(w => w.includes('could not start'))",
        "the loader to report that the WebAssembly could not start",
    )
    .await?;
    links_are(page, true, "the WebAssembly blocked").await
}

/// Scripts off: both links are there to follow.
pub async fn the_fallback_shows_without_javascript(page: &Page<'_>, host: &str) -> Step {
    page.goto(&format!("{host}/fallback.html")).await?;
    links_are(page, true, "without JavaScript").await
}
