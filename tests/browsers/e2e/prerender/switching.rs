//! Switching a standalone page to the other edition in place: nothing
//! reloads, the sections the reader opened stay open, focus stays on the
//! switch, the page keeps its place, the address becomes the edition's own
//! (the back button returns), and the page hears a `language` event.

use super::editions::{holds, reads_in_ukrainian, shown_map};
use crate::page::warnings::RECORDER;
use crate::page::{Page, Step};
use serde_json::json;

/// JS: the page as a reader and a host script find it, with the marks the
/// check left on it before switching (a reload would drop them).
const STATE: &str = r#"
const main = document.getElementById('nato-ukraine-explainer-page');
const open = [...main.querySelectorAll('.nue-section__toggle[aria-expanded=true]')];
return {
  kept: window.keptAcrossTheSwitch === true,
  page: document.documentElement.lang,
  explainer: main.querySelector('article.nue')?.lang,
  path: location.pathname.endsWith('/uk/') ? '/uk/' : location.pathname.replace(/.*\//, '/'),
  title: document.title,
  open: open.map((button) => button.getAttribute('aria-controls')),
  shown: open.every((b) => !document.getElementById(b.getAttribute('aria-controls')).hidden),
  focused: document.activeElement.hreflang ?? document.activeElement.tagName,
  current: main.querySelector('.page-editions [aria-current=true]')?.hreflang,
  heard: window.languagesHeard,
  moved: Math.abs(scrollY - window.scrolledTo) > 1,
  explainers: main.querySelectorAll('article.nue').length,
  warnings: window.warnings ?? null,
  text: main.innerText.replace(/\s+/g, ' '),
  canonical: [document.querySelector('link[rel=canonical]')?.href,
              document.querySelector("meta[property='og:url']")?.content],
};"#;

/// Marks the page, so that a reload shows, and listens for the event.
const MARK: &str = r#"
window.keptAcrossTheSwitch = true;
window.languagesHeard = [];
document.addEventListener('nato-ukraine-explainer:language',
  (event) => window.languagesHeard.push(event.detail.language));
window.scrolledTo = scrollY;"#;

/// The head a build with a public URL writes (`trunk build --public-url`):
/// the page's canonical address and every edition's.
fn public_head() -> String {
    use nato_ukraine_explainer::prerender::{canonical_link, edition_tags};
    let site = "https://news.example/";
    let own = format!(r#"<meta property="og:url" content="{site}">"#);
    let tags = [
        canonical_link(site).unwrap_or_default(),
        own,
        edition_tags(site),
    ];
    format!(
        "document.head.insertAdjacentHTML('beforeend', {});",
        json!(tags.concat())
    )
}

pub async fn the_switch_changes_the_edition_in_place(page: &Page<'_>, base: &str) -> Step {
    page.load(&format!("{base}/")).await?;
    page.js(&public_head()).await?;
    let title = page.js_string("return document.title;").await?;
    page.click("#sanctions-button").await?;
    // By keyboard: the switch's link for Ukrainian, then Enter; the page
    // marked after the focus, which may scroll the link into view.
    page.focus(".page-editions a[hreflang=uk]").await?;
    page.js(MARK).await?;
    // The switch's own warnings, in every engine (they come after this).
    page.js(RECORDER).await?;
    page.press('\u{E007}').await?;
    page.wait_until(
        "document.documentElement.lang === 'uk' && window.languagesHeard.length === 1",
        "Enter on Українська to show the Ukrainian edition",
    )
    .await?;
    let state = page.js(STATE).await?;
    reads_in_ukrainian(
        "switched to Ukrainian",
        &state,
        &[
            ("kept", json!(true)),
            ("explainer", json!("uk")),
            ("path", json!("/uk/")),
            ("open", json!(["sanctions-panel"])),
            ("shown", json!(true)),
            ("focused", json!("uk")),
            ("current", json!("uk")),
            ("heard", json!(["uk"])),
            ("moved", json!(false)),
            ("explainers", json!(1)),
            ("warnings", json!([])),
            (
                "canonical",
                json!(["https://news.example/uk/", "https://news.example/uk/"]),
            ),
        ],
    )?;
    if !state["title"].as_str().unwrap_or_default().contains("НАТО") {
        return Err(format!("switched: the title is {}", state["title"]));
    }
    // The map is the edition's, and the section still works.
    page.click("#nato-plan-button").await?;
    shown_map(page, "switched to Ukrainian", ".uk").await?;
    page.click("#nato-plan-button").await?;
    page.click("#sanctions-button").await?;
    if page.expanded("sanctions").await? {
        return Err("switched: the section does not close on a click".into());
    }
    page.click("#sanctions-button").await?;
    // The back button returns to the English edition, in place.
    page.js("history.back();").await?;
    page.wait_until(
        "document.documentElement.lang === 'en' && window.languagesHeard.length === 2",
        "the back button to show the English edition",
    )
    .await?;
    let state = page.js(STATE).await?;
    holds(
        "back to English",
        &state,
        &[
            ("kept", json!(true)),
            ("explainer", json!("en")),
            ("title", json!(title)),
            ("path", json!("/")),
            ("open", json!(["sanctions-panel"])),
            ("current", json!("en")),
            ("heard", json!(["uk", "en"])),
            ("explainers", json!(1)),
            ("warnings", json!([])),
            (
                "canonical",
                json!(["https://news.example/", "https://news.example/"]),
            ),
        ],
    )?;
    if !state["text"]
        .as_str()
        .unwrap_or_default()
        .contains("about 40 billion euros")
    {
        return Err("back to English: the English facts are not shown".into());
    }
    page.click("#nato-plan-button").await?;
    shown_map(page, "back to English", "").await?;
    // A click on the shown edition's link changes nothing.
    page.click(".page-editions a[hreflang=en]").await?;
    let again = page.js(STATE).await?;
    holds(
        "the shown edition's link",
        &again,
        &[("heard", json!(["uk", "en"])), ("path", json!("/"))],
    )?;
    // When the WebAssembly refuses the other edition's texts, the link
    // goes to that edition's page, as it would with no script.
    // Clicked from a task of its own: the page unloads under the click.
    page.js("window.wasmBindings = { showEdition: () => false }; \
         setTimeout(() => document.querySelector('.page-editions a[hreflang=uk]').click());")
        .await?;
    page.wait_until_after_leaving(
        "!window.keptAcrossTheSwitch && location.pathname.endsWith('/uk/') \
         && document.documentElement.lang === 'uk'",
        "the Ukrainian page to open when switching in place fails",
    )
    .await
}
