//! The map on the standalone page: fetched once its section opens, in the
//! reader's theme, in a box of its own proportions, with names big enough
//! to read on a phone, and its colours kept in forced colours.

use super::drawing::{decodes, key_matches, layers, map_state, served};
use crate::engines::{Engine, Prefs};
use crate::page::{Page, Step};
use nato_ukraine_explainer::prerender::map::Theme;
use serde_json::json;
use std::path::Path;

/// On the standalone page: nothing until the section opens, then the
/// picture in the reader's theme, which decodes, in its own proportions,
/// with a matching key and the members as text.
pub async fn fetched_when_its_section_opens(
    page: &Page<'_>,
    prefs: Prefs,
    engine: Engine,
    screenshots: &Path,
) -> Step {
    let theme = if prefs.dark {
        Theme::Dark
    } else {
        Theme::Light
    };
    page.settle().await?;
    let closed = map_state(page, "document").await?;
    if closed["urls"] != json!([]) || closed["fetched"] != json!([]) {
        return Err(format!(
            "the map was asked for before its section opened: {closed}"
        ));
    }
    page.click("#nato-plan-button").await?;
    // WebKit serves a picture that an earlier page of the session showed
    // from its memory cache, even under `no-store`, and records no Resource
    // Timing entry for it: there, only what was fetched is checked.
    let counted = engine != Engine::WebKit;
    if counted {
        page.wait_until(
            "performance.getEntriesByType('resource').filter(r => r.name.includes('nato-map')).length >= 2",
            "the map's two layers to be fetched once its section opened",
        )
        .await?;
    }
    let open = map_state(page, "document").await?;
    let origin = page.js_string("return location.origin;").await?;
    let expected = layers(&origin, theme);
    let wanted = expected.as_array().cloned().unwrap_or_default();
    let fetched = open["fetched"].as_array().cloned().unwrap_or_default();
    // Each layer once and no other map file (in WebKit, at most once).
    let times = |url: &serde_json::Value| fetched.iter().filter(|f| *f == url).count();
    let once_each = fetched.iter().all(|url| wanted.contains(url))
        && wanted
            .iter()
            .all(|url| times(url) == 1 || !counted && times(url) == 0);
    if open["urls"] != expected || !once_each {
        return Err(format!("expected only {expected}, once each: {open}"));
    }
    let [names, drawing] = [0, 1].map(|i| expected[i].as_str().unwrap_or_default());
    decodes(page, names).await?;
    decodes(page, drawing).await?;
    let map = served(page, names).await?;
    let ratio = open["width"].as_f64().unwrap_or(0.0) / open["height"].as_f64().unwrap_or(1.0);
    if (ratio - map.width / map.height).abs() > 0.02 {
        return Err(format!(
            "the box is {}x{}, the map {}x{}",
            open["width"], open["height"], map.width, map.height
        ));
    }
    key_matches(&open, theme)?;
    page.js(
        "document.querySelector('.nue-map__members summary').scrollIntoView({ block: 'center' });",
    )
    .await?;
    page.click(".nue-map__members summary").await?;
    let listed = map_state(page, "document").await?;
    if listed["open"] != json!(true) || listed["listed"] != json!(32) {
        return Err(format!(
            "the member list opens to 32 names: {} open, {} shown",
            listed["open"], listed["listed"]
        ));
    }
    page.screenshot(
        engine,
        &screenshots.join(format!("{}-{}-map.png", engine.name(), prefs.label())),
    )
    .await
}

/// The names on the map stay readable at the page's width: the picture is
/// scaled to its box, so they are as large as the box is to the drawing.
/// Says what is wrong, if anything.
pub async fn labels_readable(page: &Page<'_>) -> Step<Option<String>> {
    let found = page
        .js("const i = document.querySelector('.nue-section__panel:not([hidden]) .nue-map__image'); \
             const u = i && getComputedStyle(i).backgroundImage.match(/url\\(\"?([^\")]+)/); \
             return i && u ? [i.getBoundingClientRect().width, u[1]] : null;")
        .await?;
    let (Some(width), Some(url)) = (found[0].as_f64(), found[1].as_str()) else {
        return Ok(Some(format!("no map shown in the open section: {found}")));
    };
    let map = served(page, url).await?;
    let size = map.label * width / map.width;
    Ok((size < 12.0).then(|| format!("names on the map at {size:.1}px (box {width:.0}px wide)")))
}

/// Forced colours (Windows high contrast), in Chromium: the picture and the
/// key keep their colours, which the system would otherwise flatten.
pub async fn keeps_its_colours_when_forced(
    page: &Page<'_>,
    engine: Engine,
    screenshots: &Path,
) -> Step {
    page.chromium(
        "Emulation.setEmulatedMedia",
        json!({ "features": [{ "name": "forced-colors", "value": "active" }] }),
    )
    .await?;
    let result = async {
        page.click("#nato-plan-button").await?;
        page.wait_until(
            "matchMedia('(forced-colors: active)').matches",
            "forced colours",
        )
        .await?;
        let state = map_state(page, "document").await?;
        let origin = page.js_string("return location.origin;").await?;
        if state["urls"] != layers(&origin, Theme::Light) {
            return Err(format!("no picture in forced colours: {}", state["urls"]));
        }
        key_matches(&state, Theme::Light)?;
        page.screenshot(
            engine,
            &screenshots.join(format!("{}-forced-colours-map.png", engine.name())),
        )
        .await
    }
    .await;
    page.chromium(
        "Emulation.setEmulatedMedia",
        json!({ "features": [{ "name": "forced-colors", "value": "none" }] }),
    )
    .await?;
    result
}
