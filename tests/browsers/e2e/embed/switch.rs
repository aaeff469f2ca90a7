//! The links between editions in an embed's header: Enter on one switches
//! that explainer in place, its open sections still open and focus on the
//! switch, and the host hears it; a host's `parts` without `editions` shows
//! none; the handle `mount()` gave follows its explainer into the new
//! edition; in the iframe the link opens the other edition's frame page.

use super::host::{inside, live_and_shown, with_mount};
use crate::page::{Page, Step};
use serde_json::{json, Value};

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
         const results = [lang, handle.close('sanctions'), handle.open('nato-plan')]; \
         handle.unmount(); \
         results.push(element.shadowRoot.querySelector('article.nue') === null); \
         element.remove(); done(results); ",
        "mount() handle after a switch",
    )
    .await?;
    let expected = json!(["uk", true, true, true]);
    match seen == expected {
        true => Ok(()),
        false => Err(format!(
            "[lang, close, open, unmounted] after a switch = {seen}, not {expected}"
        )),
    }
}

/// In the frame page the switch opens the other edition's frame page,
/// with the frame's other options kept, the sections the reader opened
/// still open, and focus back on the switch.
pub async fn the_frame_switch_opens_the_other_frame_page(page: &Page<'_>, base: &str) -> Step {
    // Prerendered as it is, and rendered afresh for the options it is given.
    for (start, kept) in [
        ("", "?open=sanctions"),
        (
            "?theme=dark&lang=en&open=nato-plan",
            "?theme=dark&open=sanctions",
        ),
    ] {
        page.open(
            &format!("{base}/embed/frame.html{start}"),
            &inside("explainer", "[data-nue-live]"),
            "the frame page to run",
        )
        .await?;
        // The reader closes what the address opened and opens another.
        let shadow = "document.getElementById('explainer').shadowRoot";
        page.js(&format!(
            "const s = {shadow}; \
             if (s.querySelector('#nato-plan-button').getAttribute('aria-expanded') === 'true') \
               s.querySelector('#nato-plan-button').click(); \
             s.querySelector('#sanctions-button').click(); \
             s.querySelector('.nue-editions a[hreflang=uk]').focus();"
        ))
        .await?;
        // The page it settles on may be the next one already, which some
        // drivers report as an error; the wait below tells whether it went.
        _ = page.press(ENTER).await;
        page.wait_until(
            &format!(
                "location.pathname.endsWith('/embed/frame.uk.html') && document.documentElement.lang === 'uk' \
                 && {shadow}.activeElement?.hreflang === 'uk'"
            ),
            &format!("frame.html{start}: the Ukrainian frame page, its switch focused"),
        )
        .await?;
        let seen: Value = page
            .js(&format!(
                "const s = {shadow}; return [location.search, \
                 [...s.querySelectorAll('.nue-section__toggle[aria-expanded=true]')] \
                   .map((b) => b.getAttribute('aria-controls')) \
                   .filter((id) => !s.getElementById(id).hidden)];"
            ))
            .await?;
        if seen != json!([kept, ["sanctions-panel"]]) {
            return Err(format!(
                "frame.html{start}: the Ukrainian frame page's [address, open sections]: {seen}"
            ));
        }
    }
    Ok(())
}
