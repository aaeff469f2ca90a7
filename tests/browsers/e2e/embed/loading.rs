//! A lazy start: a script embed far down an article fetches no WebAssembly
//! until the reader comes near it, while its prerendered headers work; one
//! that asks for an eager start gets it at once.

use super::host::{fetches, inside, live_and_shown};
use crate::page::{Page, Step};
use nato_ukraine_explainer::options::Config;
use nato_ukraine_explainer::prerender::{shadow_root_html, BuiltFiles};
use nato_ukraine_explainer::story::STORY;
use std::path::Path;

/// Writes `far.html` (a prerendered placeholder three screens down),
/// `far-eager.html` (the same, asking for an eager start) and
/// `far-remember.html` (remembering its sections) into `dir`.
pub fn write_pages(dir: &Path, assets: &str, files: &BuiltFiles) -> std::io::Result<()> {
    let prerendered = shadow_root_html(
        &STORY,
        &Config::defaults(&STORY),
        &format!("{assets}/{}", files.css),
    );
    std::fs::write(dir.join("far.css"), ".long { height: 300vh; }\n")?;
    for (name, attributes) in [
        ("far.html", ""),
        ("far-eager.html", " data-loading=\"eager\""),
        ("far-remember.html", " data-remember"),
    ] {
        std::fs::write(
            dir.join(name),
            format!(
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
                 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
                 <title>A long article</title><link rel=\"stylesheet\" href=\"/far.css\">\
                 <script type=\"module\" src=\"{assets}/embed/nato-ukraine-explainer.js\"></script>\
                 </head>\n<body><main><h1>A long article</h1><div class=\"long\"></div>\n\
                 <div id=\"far\" data-nato-ukraine-explainer{attributes}>{prerendered}</div>\n\
                 </main></body></html>\n"
            ),
        )?;
    }
    Ok(())
}

/// Opens `#far`'s sanctions section from its prerendered header, as a
/// reader does before the WebAssembly has come (embed/enhance.js).
pub(super) async fn open_before_the_start(page: &Page<'_>) -> Step {
    page.js(&format!("{}.click();", inside("far", "#sanctions-button")))
        .await?;
    page.wait_until(
        &format!(
            "{}.getAttribute('aria-expanded') === 'true' && !{}.hidden",
            inside("far", "#sanctions-button"),
            inside("far", "#sanctions-panel")
        ),
        "the prerendered header to open its section before the WebAssembly",
    )
    .await
}

/// Scrolls to `#far` and waits until its explainer runs.
pub(super) async fn scroll_to_start(page: &Page<'_>, what: &str) -> Step {
    page.js("document.getElementById('far').scrollIntoView();")
        .await?;
    page.wait_until(&live_and_shown(&["far"]), what).await
}

/// Opens the long article at `url` and finds, a while later, that the
/// explainer three screens down fetched no WebAssembly.
pub(super) async fn nothing_fetched_while_far(page: &Page<'_>, url: &str) -> Step {
    page.open(
        url,
        "document.readyState === 'complete'",
        "the long article",
    )
    .await?;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    if page
        .js_bool(&format!("return {} > 0;", fetches(".wasm")))
        .await?
    {
        return Err("the WebAssembly was fetched for an explainer three screens down".into());
    }
    Ok(())
}

pub async fn starts_when_the_reader_comes_near(page: &Page<'_>, host: &str) -> Step {
    nothing_fetched_while_far(page, &format!("{host}/far.html")).await?;
    // Its prerendered headers work meanwhile (embed/enhance.js).
    open_before_the_start(page).await?;
    if page
        .js_bool(&format!("return {} > 0;", fetches(".wasm")))
        .await?
    {
        return Err("opening a prerendered section fetched the WebAssembly".into());
    }
    scroll_to_start(page, "the explainer to start once near").await?;
    // What the reader opened before is kept.
    let expanded = page
        .js_string(&format!(
            "return {}.getAttribute('aria-expanded');",
            inside("far", "#sanctions-button")
        ))
        .await?;
    if expanded != "true" {
        return Err(format!(
            "after the start, sanctions is aria-expanded={expanded}"
        ));
    }
    // Prerendered HTML carries the story's texts: none are fetched.
    if page
        .js_bool(&format!("return {} > 0;", fetches("/embed/story.json")))
        .await?
    {
        return Err("a prerendered explainer fetched the story's texts".into());
    }
    // A page that asks to remember nothing downloads none of that code.
    if page
        .js_bool(&format!("return {} > 0;", fetches("/embed/remember.js")))
        .await?
    {
        return Err("embed/remember.js was fetched by a page that remembers nothing".into());
    }
    Ok(())
}

pub async fn starts_at_once_when_asked(page: &Page<'_>, host: &str) -> Step {
    page.open(
        &format!("{host}/far-eager.html"),
        &live_and_shown(&["far"]),
        "the eager explainer to start without scrolling",
    )
    .await?;
    let scrolled = page.js("return scrollY;").await?;
    if scrolled.as_f64() != Some(0.0) {
        return Err(format!("the page scrolled to {scrolled}"));
    }
    Ok(())
}
