//! The iframe's switch between editions: in place once the explainer runs,
//! its options, the sections the reader opened and focus kept, and the
//! frame's address the new edition's; where the switch's script cannot come
//! (Chromium blocks it here), the other edition's frame page opens with the
//! same.

use super::host::inside;
use crate::engines::Engine;
use crate::page::{Page, Step};
use nato_ukraine_explainer::story::{Story, EDITIONS};
use serde_json::{json, Value};

const ENTER: char = '\u{E007}';
const SHADOW: &str = "document.getElementById('explainer').shadowRoot";

/// Opens the frame page at `start`, marks it (a reload would drop the
/// marks), closes what the address opened, opens "Sanctions" and presses
/// Enter on Українська.
async fn switch_to_ukrainian(page: &Page<'_>, base: &str, start: &str) -> Step {
    page.open(
        &format!("{base}/embed/frame.html{start}"),
        &inside("explainer", "[data-nue-live]"),
        "the frame page to run",
    )
    .await?;
    page.js(&format!(
        "window.kept = true; window.heard = []; window.firstTitle = document.title; \
         document.addEventListener('nato-ukraine-explainer:language', (e) => heard.push(e.detail.language)); \
         const s = {SHADOW}; \
         if (s.querySelector('#nato-plan-button').getAttribute('aria-expanded') === 'true') \
           s.querySelector('#nato-plan-button').click(); \
         s.querySelector('#sanctions-button').click(); \
         s.querySelector('.nue-editions a[hreflang=uk]').focus();"
    ))
    .await?;
    // Where the page goes elsewhere, some drivers report the key press as
    // an error; the waits that follow tell what happened.
    _ = page.press(ENTER).await;
    Ok(())
}

fn ukrainian() -> &'static Story {
    EDITIONS
        .iter()
        .find(|story| story.language == "uk")
        .expect("a Ukrainian edition")
}

/// JS: the frame as its reader finds it.
const STATE: &str = r#"
const s = document.getElementById('explainer').shadowRoot;
return {
  kept: window.kept === true,
  page: location.pathname.replace(/.*\//, ''),
  address: location.search,
  explainer: s.querySelector('[data-nue-live] > article.nue')?.lang,
  fact: s.textContent.includes('близько 40 млрд євро на рік'),
  open: [...s.querySelectorAll('.nue-section__toggle[aria-expanded=true]')]
    .map((b) => b.getAttribute('aria-controls')).filter((id) => !s.getElementById(id).hidden),
  focused: s.activeElement?.hreflang,
  heard: window.heard ?? null,
  title: document.title,
  names: getComputedStyle(document.getElementById('explainer'))
    .getPropertyValue('--nue-map-names-file').replace(/.*\//, '').replace(/["')]/g, ''),
};"#;

pub async fn the_frame_switch_changes_the_edition_in_place(
    page: &Page<'_>,
    base: &str,
    engine: Engine,
) -> Step {
    // Prerendered as it is, and rendered afresh for the options it is given.
    for (start, address) in [
        ("", "?lang=uk&open=sanctions"),
        (
            "?theme=dark&lang=en&open=nato-plan",
            "?theme=dark&lang=uk&open=sanctions",
        ),
    ] {
        switch_to_ukrainian(page, base, start).await?;
        page.wait_until(
            &format!(
                "document.documentElement.lang === 'uk' && {SHADOW}.activeElement?.hreflang === 'uk' \
                 && !!{SHADOW}.querySelector('[data-nue-live] > article.nue[lang=uk]')"
            ),
            &format!("frame.html{start}: the Ukrainian edition in place, its switch focused"),
        )
        .await?;
        let state = page.js(STATE).await?;
        let expected = json!({
            "kept": true, "page": "frame.html", "address": address, "explainer": "uk",
            "fact": true, "open": ["sanctions-panel"], "focused": "uk", "heard": ["uk"],
            "title": ukrainian().headline.as_ref(), "names": "nato-map-names.uk.svg",
        });
        if state != expected {
            return Err(format!("frame.html{start}: {state}, expected {expected}"));
        }
    }
    // Back to English by a double click, its two clicks in one task, before
    // the first has switched anything: one switch. WebKitGTK leaves the
    // page on such a second click() (to the link's address, as if it had
    // not been handled), so there it is one click.
    let english = format!("{SHADOW}.querySelector('.nue-editions a[hreflang=en]')");
    let twice = if engine == Engine::WebKit {
        ""
    } else {
        "l.click();"
    };
    page.js(&format!("const l = {english}; l.click(); {twice}"))
        .await?;
    page.wait_until(
        &format!(
            "document.documentElement.lang === 'en' && window.heard?.length === 2 \
             && document.title === window.firstTitle \
             && {SHADOW}.querySelectorAll('article.nue').length === 1 \
             && !!{SHADOW}.querySelector('[data-nue-live] > article.nue[lang=en]') \
             && getComputedStyle(document.getElementById('explainer')) \
                  .getPropertyValue('--nue-map-names-file').includes('/nato-map-names.svg')"
        ),
        "a double click on English to switch back once, to the page's own title and map names",
    )
    .await?;
    // And the next switch is in place too.
    page.js(&format!(
        "{SHADOW}.querySelector('.nue-editions a[hreflang=uk]').click();"
    ))
    .await?;
    page.wait_until(
        &format!(
            "window.kept === true && window.heard.join() === 'uk,en,uk' \
             && !!{SHADOW}.querySelector('[data-nue-live] > article.nue[lang=uk]')"
        ),
        "the next switch, in place again",
    )
    .await?;
    if engine == Engine::Chromium {
        page.chromium("Network.enable", json!({})).await?;
        page.chromium(
            "Network.setBlockedURLs",
            json!({ "urls": ["*/embed/element.js*"] }),
        )
        .await?;
        let result = the_other_frame_page_opens(page, base).await;
        page.chromium("Network.setBlockedURLs", json!({ "urls": [] }))
            .await?;
        result?;
    }
    Ok(())
}

/// Without the switch's script: the Ukrainian frame page, the reader's
/// open section and focus on the switch.
async fn the_other_frame_page_opens(page: &Page<'_>, base: &str) -> Step {
    switch_to_ukrainian(page, base, "?theme=dark").await?;
    page.wait_until_after_leaving(
        &format!(
            "location.pathname.endsWith('/embed/frame.uk.html') && document.documentElement.lang === 'uk' \
             && {SHADOW}.activeElement?.hreflang === 'uk'"
        ),
        "without embed/element.js: the Ukrainian frame page, its switch focused",
    )
    .await?;
    let state: Value = page.js(STATE).await?;
    let expected = json!({
        "kept": false, "page": "frame.uk.html", "address": "?theme=dark&open=sanctions",
        "explainer": "uk", "fact": true, "open": ["sanctions-panel"], "focused": "uk",
        "heard": null, "title": ukrainian().headline.as_ref(), "names": "nato-map-names.uk.svg",
    });
    if state != expected {
        return Err(format!(
            "without embed/element.js: {state}, expected {expected}"
        ));
    }
    Ok(())
}

/// On a host article on another origin: a switch inside the iframe is heard
/// on the iframe element as `nato-ukraine-explainer:language`, through
/// embed/frame-host.js.
pub async fn the_host_hears_the_frame_switch(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    // In view, as for a reader who clicks in it: browsers pause rendering
    // in cross-origin frames out of view, and the switch waits for a frame.
    page.js(
        "window.framesHeard = []; document.addEventListener('nato-ukraine-explainer:language', \
           (e) => framesHeard.push([e.target.id, e.detail.language])); \
         document.getElementById('frame').scrollIntoView();",
    )
    .await?;
    let switch = async {
        page.wait_until(
            &format!("{SHADOW}?.querySelector('[data-nue-live] .nue-editions a[hreflang=uk]')"),
            "the explainer inside the iframe",
        )
        .await?;
        page.js(&format!(
            "{SHADOW}.querySelector('.nue-editions a[hreflang=uk]').click();"
        ))
        .await?;
        page.wait_until(
            &format!("{SHADOW}.querySelector('[data-nue-live] > article.nue[lang=uk]')"),
            "the Ukrainian edition inside the iframe",
        )
        .await
    };
    super::iframe::in_frame(page, "frame", switch).await?;
    page.wait_until(
        "window.framesHeard.length > 0",
        "the host page to hear the frame's switch",
    )
    .await?;
    let heard = page.js("return window.framesHeard;").await?;
    if heard != json!([["frame", "uk"]]) {
        return Err(format!(
            "the host heard {heard}, expected [[\"frame\", \"uk\"]]"
        ));
    }
    Ok(())
}
