//! The map in "The NATO plan": nothing is fetched for it until the section
//! opens; then the picture in the explainer's theme arrives and decodes,
//! in a box of its own proportions, its names big enough to read on a
//! phone, with a key in the map's colours and every member as text. The
//! same from the script embed, the CMS fragment and the iframe page on
//! another origin, and in forced colours. Screenshots go to
//! `target/screenshots/`.

use crate::embed::{assets_of, inside};
use crate::engines::{Engine, Prefs};
use crate::page::{Page, Step};
use nato_ukraine_explainer::prerender::map::Theme;
use serde_json::{json, Value};
use std::path::Path;

/// The map file as served: its width and height, and the size of the names
/// on it, in its own units.
struct Drawing {
    width: f64,
    height: f64,
    label: f64,
}

async fn served(page: &Page<'_>, url: &str) -> Step<Drawing> {
    let found = page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             fetch(arguments[0]).then(r => r.text()).then(t => { \
               const box = /viewBox=\"0 0 ([\\d.]+) ([\\d.]+)\"/.exec(t), font = /font:\\d+ ([\\d.]+)px/.exec(t); \
               done(box && font ? [+box[1], +box[2], +font[1]] : t.slice(0, 200)); }, (e) => done(String(e)));",
            vec![json!(url)],
        )
        .await
        .map_err(|e| format!("reading {url}: {e}"))?;
    match found
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_f64).collect::<Vec<_>>())
    {
        Some(numbers) if numbers.len() == 3 => Ok(Drawing {
            width: numbers[0],
            height: numbers[1],
            label: numbers[2],
        }),
        _ => Err(format!("{url} has no viewBox and name size: {found}")),
    }
}

/// `#rrggbb` as the `rgb(r, g, b)` a browser computes.
fn rgb(hex: &str) -> String {
    let channel = |i: usize| u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap_or(0);
    format!("rgb({}, {}, {})", channel(0), channel(1), channel(2))
}

/// JS: what the reader gets of the map in `root` (a document or a shadow
/// root): its picture's URL, whether that URL was fetched, the box, the
/// key's marks and the member list.
const MAP_STATE: &str = r#"
const image = root.querySelector('.nue-map__image');
const url = (getComputedStyle(image).backgroundImage.match(/url\("?([^")]+)"?\)/) || [])[1] || null;
const fetched = performance.getEntriesByType('resource').map(r => r.name).filter(n => n.includes('nato-map'));
const box = image.getBoundingClientRect();
const marks = [...root.querySelectorAll('.nue-map__key li')].map(li => {
  const s = getComputedStyle(li, '::before');
  return { mark: li.dataset.mark, colour: s.backgroundColor, image: s.backgroundImage, round: s.borderRadius };
});
const details = root.querySelector('.nue-map__members');
return { url, fetched, width: box.width, height: box.height, marks,
         open: details.open, listed: [...details.querySelectorAll('li')].filter(li => li.checkVisibility()).length };
"#;

async fn map_state(page: &Page<'_>, root: &str) -> Step<Value> {
    page.js(&format!("const root = {root};\n{MAP_STATE}")).await
}

/// Whether the picture at `url` decodes as an image in this engine.
async fn decodes(page: &Page<'_>, url: &str) -> Step {
    let result = page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; const img = new Image(); \
             img.src = arguments[0]; img.decode().then(() => done(img.naturalWidth), (e) => done(String(e)));",
            vec![json!(url)],
        )
        .await
        .map_err(|e| format!("decoding {url}: {e}"))?;
    match result.as_f64() {
        Some(width) if width > 0.0 => Ok(()),
        _ => Err(format!("{url} does not decode as an image: {result}")),
    }
}

/// The key's marks are the map's colours, in the theme shown.
fn key_matches(state: &Value, theme: Theme) -> Step {
    let colours = theme.palette();
    let marks = state["marks"].as_array().cloned().unwrap_or_default();
    let mut problems = Vec::new();
    for mark in &marks {
        let (name, colour) = (mark["mark"].as_str().unwrap_or(""), &mark["colour"]);
        let expected = match name {
            "member" => Some(colours.member),
            "other" => Some(colours.other),
            "highlight" => Some(colours.highlight),
            _ => None,
        };
        if let Some(hex) = expected {
            if colour != &json!(rgb(hex)) {
                problems.push(format!("{name}: {colour}, not {hex}"));
            }
        }
        if name == "apart"
            && !mark["image"]
                .as_str()
                .unwrap_or("")
                .contains("repeating-linear-gradient")
        {
            problems.push(format!("apart is not striped: {}", mark["image"]));
        }
        if name == "city" && mark["round"] != json!("50%") {
            problems.push(format!("city is not a dot: {}", mark["round"]));
        }
    }
    if marks.len() != 5 {
        problems.push(format!("{} marks in the key, not 5", marks.len()));
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(format!("the key: {}", problems.join("; "))),
    }
}

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
    let file = theme.file();
    page.settle().await?;
    let closed = map_state(page, "document").await?;
    if closed["url"] != Value::Null || closed["fetched"] != json!([]) {
        return Err(format!(
            "the map was asked for before its section opened: {closed}"
        ));
    }
    page.click("#nato-plan-button").await?;
    page.wait_until(
        "performance.getEntriesByType('resource').some(r => r.name.includes('nato-map'))",
        "the map to be fetched once its section opened",
    )
    .await?;
    let open = map_state(page, "document").await?;
    let url = open["url"].as_str().unwrap_or_default().to_owned();
    if !url.ends_with(&format!("/{file}")) || open["fetched"] != json!([url]) {
        return Err(format!("expected only {file}, once: {open}"));
    }
    decodes(page, &url).await?;
    let map = served(page, &url).await?;
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
        if !state["url"]
            .as_str()
            .unwrap_or("")
            .ends_with(&format!("/{}", Theme::Light.file()))
        {
            return Err(format!("no picture in forced colours: {}", state["url"]));
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

/// On a host article on another origin, under a strict CSP and a hostile
/// stylesheet: the script embed shows the map from the explainer's own
/// origin once its section opens (already open in `#branded`), and it
/// decodes under the host's policy; the CMS fragment too; the iframe page
/// finds it one folder up.
pub async fn works_in_every_embed(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    let assets = assets_of(page).await?;
    // The host leaves the theme to the reader's system.
    let dark = page
        .js_bool("return matchMedia('(prefers-color-scheme: dark)').matches;")
        .await?;
    let theme = if dark { Theme::Dark } else { Theme::Light };
    let expected = format!("{assets}/{}", theme.file());
    let branded = map_state(page, &inside("branded", ".nue")).await?;
    if branded["url"] != json!(expected) {
        return Err(format!(
            "script embed, opened by data-open: {} (expected {expected})",
            branded["url"]
        ));
    }
    let plain = map_state(page, &inside("plain", ".nue")).await?;
    if plain["url"] != Value::Null {
        return Err(format!("script embed, closed: asked for {}", plain["url"]));
    }
    page.shadow_click("plain", "#nato-plan-button").await?;
    let plain = map_state(page, &inside("plain", ".nue")).await?;
    if plain["url"] != json!(expected) {
        return Err(format!("script embed, opened: {}", plain["url"]));
    }
    // A picture the engine already holds may not show in Resource Timing
    // again: that it decodes under this page's policy is what counts here.
    decodes(page, &expected).await?;

    page.open(
        &format!("{host}/cms.html"),
        "document.getElementById('cms-explainer').shadowRoot?.querySelector('[data-nue-live]')",
        "the CMS fragment to be live",
    )
    .await?;
    page.shadow_click("cms-explainer", "#nato-plan-button")
        .await?;
    let cms = map_state(page, &inside("cms-explainer", ".nue")).await?;
    if cms["url"] != json!(expected) {
        return Err(format!("CMS fragment: {}", cms["url"]));
    }

    page.open(
        &format!("{assets}/embed/frame.html?open=nato-plan"),
        "document.querySelector('[data-nato-ukraine-explainer]').shadowRoot?.querySelector('[data-nue-live]')",
        "the frame page to be live",
    )
    .await?;
    let frame = map_state(
        page,
        "document.querySelector('[data-nato-ukraine-explainer]').shadowRoot",
    )
    .await?;
    if frame["url"] != json!(expected) {
        return Err(format!("iframe page: {}", frame["url"]));
    }
    decodes(page, &expected).await
}
