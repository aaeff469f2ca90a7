//! The links between editions in an embed's header: Enter on one switches
//! that explainer in place, its open sections still open and focus on the
//! switch, and the host hears it; a host's `parts` without `editions` shows
//! none; the handle `mount()` gave follows its explainer into the new
//! edition (the iframe's switch is `frame_switch.rs`).

use super::host::{live_and_shown, with_mount};
use crate::page::{Page, Step};
use serde_json::json;

const ENTER: char = '\u{E007}';

/// JS: what a reader and the host see of the `plain` explainer after a switch.
const SWITCHED: &str = r#"
const host = document.getElementById('plain');
const root = host.shadowRoot;
const focused = root.activeElement;
return {
  lang: root.querySelector('[data-nue-live] > article.nue').lang,
  fact: root.textContent.includes('близько 40 млрд євро на рік'),
  open: [...root.querySelectorAll('.nue-section--open')].map((s) => s.id),
  focus: focused && [focused.hreflang, focused.getAttribute('aria-current')],
  current: [...root.querySelectorAll('.nue-editions a[aria-current=true]')].map((a) => a.hreflang),
  dataLang: host.dataset.lang,
  heard: window.languagesHeard,
  moved: Math.round(host.getBoundingClientRect().top + scrollY) - window.topBefore,
  oneLanguage: !!document.getElementById('dark').shadowRoot.querySelector('.nue-editions'),
  warnings: window.warnings.filter((w) => !w.includes('headingLevel')),
};"#;

pub async fn the_header_switch_changes_an_embed_in_place(page: &Page<'_>, host: &str) -> Step {
    page.open(
        &format!("{host}/editions.html"),
        &live_and_shown(&["plain", "dark"]),
        "the English explainers beside the Ukrainian ones",
    )
    .await?;
    page.js(
        "window.languagesHeard = []; document.addEventListener('nato-ukraine-explainer:language', \
           (e) => languagesHeard.push([e.target.id, e.detail.language])); \
         const host = document.getElementById('plain'); \
         window.topBefore = Math.round(host.getBoundingClientRect().top + scrollY); \
         host.shadowRoot.querySelector('#nato-plan-button').click(); \
         host.shadowRoot.querySelector('.nue-editions a[hreflang=uk]').focus();",
    )
    .await?;
    page.press(ENTER).await?;
    page.wait_until(
        // Heard last, once the new edition is on screen and focused.
        "window.languagesHeard.length > 0",
        "Enter on Українська to show the Ukrainian edition",
    )
    .await?;
    let seen = page.js(SWITCHED).await?;
    let expected = json!({
        "lang": "uk", "fact": true, "open": ["nato-plan"], "focus": ["uk", "true"],
        "current": ["uk"], "dataLang": "uk", "heard": [["plain", "uk"]], "moved": 0,
        "oneLanguage": false, "warnings": [],
    });
    if seen != expected {
        return Err(format!("after Enter on Українська: {seen}, not {expected}"));
    }
    handle_follows_the_switch(page).await
}

/// A host's `mount()` handle still opens and closes sections after the
/// reader switched the edition, and unmounts what is there.
async fn handle_follows_the_switch(page: &Page<'_>) -> Step {
    let seen = with_mount(
        page,
        "const handle = await mount(element, { open: 'sanctions' }); \
         const heard = new Promise((resolve) => element.addEventListener('nato-ukraine-explainer:language', resolve)); \
         element.shadowRoot.querySelector('.nue-editions a[hreflang=uk]').click(); \
         await heard; \
         const lang = element.shadowRoot.querySelector('article.nue').lang; \
         const answers = [handle.close('sanctions'), handle.open('nato-plan')]; \
         await new Promise((resolve) => setTimeout(resolve, 50)); \
         const expanded = (id) => element.shadowRoot \
           .querySelector(`button[aria-controls$=\"${id}-panel\"]`)?.getAttribute('aria-expanded'); \
         const results = [lang, ...answers, expanded('sanctions'), expanded('nato-plan')]; \
         handle.unmount(); \
         results.push(element.shadowRoot.querySelector('article.nue') === null); \
         element.remove(); done(results); ",
        "mount() handle after a switch",
    )
    .await?;
    let expected = json!(["uk", true, true, "false", "true", true]);
    match seen == expected {
        true => Ok(()),
        false => Err(format!(
            "[lang, close, open, sanctions expanded, nato-plan expanded, unmounted] \
             after a switch = {seen}, not {expected}"
        )),
    }
}
