//! The custom element `<nato-ukraine-explainer>`: parsed before the loader
//! runs, created later, moved and removed; its attributes changed in place,
//! read as the WebAssembly reads them at mount; far down an article, started
//! lazily like a placeholder.

use super::host::{fetches, inside, live_and_shown};
use super::loading::{nothing_fetched_while_far, scroll_to_start};
use crate::page::{Page, Step};
use serde_json::{json, Value};
use std::path::Path;

/// Writes `element.html` (an element in the page before the loader, and a
/// place to move it to) and `element-far.html` (one three screens down).
pub fn write_pages(dir: &Path, assets: &str) -> std::io::Result<()> {
    let page = |body: &str| {
        format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>Custom elements</title><script src=\"/warnings.js\"></script></head>\n\
             <body><main>{body}</main>\n\
             <script type=\"module\" src=\"{assets}/embed/nato-ukraine-explainer.js\"></script>\
             </body></html>\n"
        )
    };
    std::fs::write(
        dir.join("warnings.js"),
        "window.warnings = [];\nconst warn = console.warn;\n\
         console.warn = (...args) => { warnings.push(args.map(String).join(' ')); warn.apply(console, args); };\n",
    )?;
    std::fs::write(
        dir.join("element.html"),
        page(
            "<nato-ukraine-explainer id=\"parsed\" open=\"sanctions\" theme=\"dark\" heading-level=\"3\">\
             </nato-ukraine-explainer>\n<section id=\"elsewhere\"></section>",
        ),
    )?;
    std::fs::write(
        dir.join("element-far.html"),
        page(
            "<div style=\"height: 300vh\"></div>\
             <nato-ukraine-explainer id=\"far\"></nato-ukraine-explainer>",
        ),
    )
}

async fn expect(page: &Page<'_>, script: &str, expected: Value, what: &str) -> Step {
    let seen = page.js(script).await?;
    if seen == expected {
        Ok(())
    } else {
        Err(format!("{what}: {seen}, expected {expected}"))
    }
}

/// Mounts with its attributes as options, a created one mounts by itself,
/// a moved one keeps its explainer, a removed one is freed.
pub async fn mounts_moves_and_leaves(page: &Page<'_>, host: &str) -> Step {
    page.open(
        &format!("{host}/element.html"),
        &live_and_shown(&["parsed"]),
        "the parsed element to mount",
    )
    .await?;
    expect(
        page,
        &format!(
            "return [{}.getAttribute('aria-expanded'), {}.dataset.theme, {}.localName];",
            inside("parsed", "#sanctions-button"),
            inside("parsed", ".nue"),
            inside("parsed", ".nue-title")
        ),
        json!(["true", "dark", "h3"]),
        "open, theme and heading-level read from its attributes",
    )
    .await?;
    page.js(
        "const created = document.createElement('nato-ukraine-explainer'); created.id = 'created'; \
         created.setAttribute('open', 'nato-plan'); document.querySelector('main').append(created);",
    )
    .await?;
    page.wait_until(
        &live_and_shown(&["created"]),
        "the created element to mount",
    )
    .await?;
    expect(
        page,
        &format!(
            "return {}.getAttribute('aria-expanded');",
            inside("created", "#nato-plan-button")
        ),
        json!("true"),
        "the created element's open section",
    )
    .await?;
    // Rendered afresh, both took the story's texts from one fetch.
    expect(
        page,
        &format!("return {};", fetches("/embed/story.json")),
        json!(1),
        "fetches of the story's texts",
    )
    .await?;
    page.js(&format!(
        "window.root = {}; document.getElementById('elsewhere').append(document.getElementById('parsed'));",
        inside("parsed", ".nue")
    ))
    .await?;
    page.js("return new Promise((done) => setTimeout(done, 300));")
        .await?;
    expect(
        page,
        &format!(
            "return [{} === window.root, {}.getAttribute('aria-expanded')];",
            inside("parsed", ".nue"),
            inside("parsed", "#sanctions-button")
        ),
        json!([true, "true"]),
        "moved, the same explainer as it was",
    )
    .await?;
    page.js("window.created = document.getElementById('created'); created.remove();")
        .await?;
    page.wait_until(
        "created.shadowRoot.childElementCount === 0 && !created.hasAttribute('data-nato-ukraine-explainer-mounted')",
        "the removed element's explainer to be unmounted",
    )
    .await
}

/// Languages whose direction the loader's change in place and the
/// WebAssembly's mount must agree on, with a few that are no language tag.
const TAGS: [&str; 12] = [
    "ar",
    "he-IL",
    "az-Arab",
    "az-Latn",
    "ur-PK",
    "ARC",
    "fa-Latn",
    "uk",
    "de-CH",
    "x-klingon",
    "not a tag",
    "e",
];

/// `open`, `theme` and `lang` changed after mount take effect in the same
/// explainer; removed, they return to the defaults; each value is read, and
/// warned about, as the WebAssembly reads it when it mounts an element.
pub async fn attributes_change_it_in_place(page: &Page<'_>, host: &str) -> Step {
    page.open(
        &format!("{host}/element.html"),
        &live_and_shown(&["parsed"]),
        "the parsed element to mount",
    )
    .await?;
    let root = inside("parsed", ".nue");
    page.js(&format!(
        "window.root = {root}; const p = document.getElementById('parsed'); \
         p.setAttribute('open', 'nato-plan'); p.setAttribute('theme', 'light'); p.setAttribute('lang', 'ar');"
    ))
    .await?;
    page.wait_until(
        &format!(
            "{}.getAttribute('aria-expanded') === 'true' && {}.getAttribute('aria-expanded') === 'false' \
             && root.dataset.theme === 'light' && root.lang === 'ar' && root.dir === 'rtl' && {root} === root",
            inside("parsed", "#nato-plan-button"),
            inside("parsed", "#sanctions-button"),
        ),
        "open, theme and lang to change in place",
    )
    .await?;
    page.js("const p = document.getElementById('parsed'); p.removeAttribute('theme'); p.removeAttribute('lang');")
        .await?;
    page.wait_until(
        "root.dataset.theme === 'auto' && root.lang === 'en' && root.dir === 'ltr'",
        "removed attributes to return to the defaults",
    )
    .await?;
    let values: Vec<(&str, &str)> = TAGS
        .iter()
        .map(|tag| ("lang", *tag))
        .chain([("theme", "blue"), ("theme", "dark")])
        .collect();
    // Each value twice: on a new element, as the WebAssembly reads it at
    // mount, and on the mounted one, as the loader's change reads it.
    let seen = page
        .client
        .execute_async(
            &format!(
                "const done = arguments[arguments.length - 1]; const values = {}; \
                 const main = document.querySelector('main'); const parsed = document.getElementById('parsed'); \
                 const state = (host) => {{ const r = host.shadowRoot.querySelector('.nue'); return [r.lang, r.dir, r.dataset.theme]; }}; \
                 const pause = () => new Promise((resolve) => setTimeout(resolve, 50)); \
                 const live = async (host) => {{ await pause(); while (!host.shadowRoot?.querySelector('[data-nue-live]')) await pause(); }}; \
                 (async () => {{ const differ = []; \
                   for (const [name, value] of values) {{ \
                     const fresh = document.createElement('nato-ukraine-explainer'); fresh.setAttribute(name, value); \
                     warnings.length = 0; main.append(fresh); \
                     while (!fresh.shadowRoot?.querySelector('[data-nue-live]')) await pause(); \
                     const mounted = [state(fresh), [...warnings]]; fresh.remove(); \
                     warnings.length = 0; parsed.setAttribute(name, value); await live(parsed); \
                     const changed = [state(parsed), [...warnings]]; parsed.removeAttribute(name); await live(parsed); \
                     if (JSON.stringify(mounted) !== JSON.stringify(changed)) differ.push({{ name, value, mounted, changed }}); \
                   }} done(differ); }})().catch((e) => done(String(e)));",
                json!(values)
            ),
            Vec::new(),
        )
        .await
        .map_err(|e| format!("values read twice: {e}"))?;
    if seen != json!([]) {
        return Err(format!("mounted and changed read differently: {seen}"));
    }
    Ok(())
}

/// Three screens down, an element fetches no WebAssembly until the reader
/// comes near.
pub async fn starts_when_the_reader_comes_near(page: &Page<'_>, host: &str) -> Step {
    nothing_fetched_while_far(page, &format!("{host}/element-far.html")).await?;
    scroll_to_start(page, "the far element to start once near").await
}
