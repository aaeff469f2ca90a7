//! Each edition a page of its own: the Ukrainian page (`/uk/`) is taken over
//! by the WebAssembly in Ukrainian, and the switch between editions is a
//! line of links, each in its own language, that the keyboard reaches and
//! that goes to the other edition's page.

use crate::checks::layout::LAYOUT_PROBLEMS;
use crate::checks::Context;
use crate::embed::inside;
use crate::page::{Page, Step};
use serde_json::{json, Value};

/// What a reader of the Ukrainian edition finds: facts, dates with their
/// year, the widget's own words.
const UKRAINIAN: &[&str] = &[
    "близько 40 млрд євро на рік",
    "13 червня 2024 року",
    "Показати всі розділи",
    "Ллойд Остін",
];

/// Whether `state`, read by a page's script, holds each of `expected`;
/// `what` names the page.
pub(super) fn holds(what: &str, state: &Value, expected: &[(&str, Value)]) -> Step {
    match expected.iter().find(|(key, value)| state[*key] != *value) {
        Some((key, value)) => Err(format!("{what}: {key} is {}, not {value}", state[*key])),
        None => Ok(()),
    }
}

/// Whether `state` [`holds`] each of `expected` and a `text` with every
/// fact of [`UKRAINIAN`].
pub(super) fn reads_in_ukrainian(what: &str, state: &Value, expected: &[(&str, Value)]) -> Step {
    holds(what, state, expected)?;
    let text = state["text"].as_str().unwrap_or_default();
    match UKRAINIAN.iter().find(|fact| !text.contains(*fact)) {
        Some(missing) => Err(format!("{what} does not show `{missing}`")),
        None => Ok(()),
    }
}

/// JS: the page's language, the explainer's, whether it was taken over
/// (not rendered again), its warnings, and the switch's links as
/// `[text, lang, hreflang, aria-current]`.
const STATE: &str = r#"
const main = document.getElementById('nato-ukraine-explainer-page');
const links = [...main.querySelectorAll(':scope > nav.page-editions a')];
return {
  page: document.documentElement.lang,
  explainer: main.querySelector('article.nue')?.lang,
  hydrated: !!main.querySelector(':scope > [data-nue-stamp][data-nue-live] > article.nue'),
  warnings: window.warnings ?? null,
  links: links.map((a) => [a.textContent, a.lang, a.hreflang, a.getAttribute('aria-current')]),
  text: main.innerText.replace(/\s+/g, ' '),
};"#;

pub async fn the_ukrainian_page_is_taken_over_in_ukrainian(
    page: &Page<'_>,
    cx: &Context<'_>,
) -> Step {
    page.with_warnings_recorded(cx.engine, |none| {
        ukrainian_page_taken_over(page, cx.base, none)
    })
    .await
}

async fn ukrainian_page_taken_over(page: &Page<'_>, base: &str, warnings: Value) -> Step {
    page.load(&format!("{base}/uk/")).await?;
    let state = page.js(STATE).await?;
    let links = json!([
        ["English", "en", "en", null],
        ["Українська", "uk", "uk", "true"]
    ]);
    reads_in_ukrainian(
        "/uk/",
        &state,
        &[
            ("page", json!("uk")),
            ("explainer", json!("uk")),
            ("hydrated", json!(true)),
            ("warnings", warnings),
            ("links", links),
        ],
    )?;
    page.click("#sanctions-button").await?;
    if !page.expanded("sanctions").await? || !page.panel_visible("sanctions").await? {
        return Err("/uk/: the section does not open on a click".into());
    }
    // The map, once its section opens, is the one in Ukrainian, and loads.
    page.click("#nato-plan-button").await?;
    let url = shown_map(page, "/uk/", ".uk").await?;
    let status = page
        .js(&format!(
            "return fetch({url:?}).then((r) => [r.status, r.headers.get('content-type')]);"
        ))
        .await?;
    if status[0] != 200 {
        return Err(format!("/uk/: {url}: {status}"));
    }
    Ok(())
}

/// The URL of the standalone page's map's names, open, if they are the
/// edition's (`suffix`: `.uk`, or empty for the English edition) in the
/// theme shown, over the drawing every edition shares.
pub(super) async fn shown_map(page: &Page<'_>, what: &str, suffix: &str) -> Step<String> {
    let layers = page
        .js("const image = document.querySelector('.nue-map__image'); \
             return [...getComputedStyle(image).backgroundImage.matchAll(/url\\(\"([^\"]+)\"\\)/g)].map((m) => m[1]);")
        .await?;
    let dark = page
        .js_bool("return matchMedia('(prefers-color-scheme: dark)').matches;")
        .await?;
    let theme = if dark { "-dark" } else { "" };
    let files = [
        format!("nato-map-names{theme}{suffix}.svg"),
        format!("nato-map{theme}.svg"),
    ];
    let urls: Vec<&str> = layers
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let layered = urls.len() == 2
        && urls
            .iter()
            .zip(&files)
            .all(|(u, f)| u.ends_with(&format!("/{f}")));
    match layered {
        true => Ok(urls[0].to_owned()),
        false => Err(format!(
            "{what}: the map is {layers}, not {} over {}",
            files[0], files[1]
        )),
    }
}

pub async fn the_switch_goes_to_the_other_edition_by_keyboard(page: &Page<'_>, base: &str) -> Step {
    page.load(&format!("{base}/")).await?;
    // Tab from the top of the page: the switch is the first thing reached.
    page.js("document.activeElement?.blur(); window.getSelection().removeAllRanges();")
        .await?;
    page.press('\u{E004}').await?;
    let focused = page
        .js("const a = document.activeElement; return [a.textContent, a.getAttribute('aria-current')];")
        .await?;
    if focused != json!(["English", "true"]) {
        return Err(format!(
            "Tab first reaches {focused}, not the current edition's link"
        ));
    }
    page.press('\u{E004}').await?;
    page.press('\u{E007}').await?;
    page.wait_until(
        "location.pathname.endsWith('/uk/') && document.documentElement.lang === 'uk' \
         && !!document.querySelector('[data-nue-live] .nue-section__toggle')",
        "Enter on Українська to open the Ukrainian page",
    )
    .await?;
    page.click(".page-editions a[hreflang=en]").await?;
    page.wait_until(
        "!location.pathname.endsWith('/uk/') && document.documentElement.lang === 'en'",
        "a click on English to open the English page",
    )
    .await
}

pub async fn axe_finds_nothing_on_the_ukrainian_page(
    page: &Page<'_>,
    base: &str,
    axe: &str,
) -> Step {
    page.load(&format!("{base}/uk/")).await?;
    crate::checks::axe::axe(page, axe).await
}

/// The Ukrainian page at a phone's width and a desktop's, every section
/// open: laid out as the English one must be (longer words included), and
/// a screenshot of each into `target/screenshots/`.
pub async fn the_ukrainian_page_at_a_phone_and_a_desktop(
    page: &Page<'_>,
    cx: &Context<'_>,
) -> Step {
    for width in [375, 1280] {
        page.set_width(width).await?;
        page.load(&format!("{}/uk/", cx.base)).await?;
        page.click(".nue-show-all").await?;
        let problems = page.js_string(LAYOUT_PROBLEMS).await?;
        if !problems.is_empty() {
            return Err(format!("/uk/ at {width} px: {problems}"));
        }
        let name = format!(
            "{}-{}-uk-{width}-open.png",
            cx.engine.name(),
            cx.prefs.label()
        );
        page.screenshot(cx.engine, &cx.screenshots.join(name))
            .await?;
    }
    Ok(())
}

/// The iframe's page takes `?lang=uk`: it opens the Ukrainian frame page,
/// which the WebAssembly takes over, in Ukrainian, as prerendered.
pub async fn the_frame_opens_the_ukrainian_edition_for_lang_uk(
    page: &Page<'_>,
    cx: &Context<'_>,
) -> Step {
    page.with_warnings_recorded(cx.engine, |none| frame_opens_ukrainian(page, cx.base, none))
        .await
}

async fn frame_opens_ukrainian(page: &Page<'_>, base: &str, warnings: Value) -> Step {
    page.open(
        &format!("{base}/embed/frame.html?lang=uk#sanctions"),
        &format!(
            "location.pathname.endsWith('/embed/frame.uk.html') && !!{}",
            inside("explainer", "[data-nue-live]")
        ),
        "frame.html?lang=uk to open frame.uk.html and run",
    )
    .await?;
    let state = page
        .js(&format!(
            "const root = document.getElementById('explainer').shadowRoot; \
             return {{ page: document.documentElement.lang, hash: location.hash, \
               hydrated: !!{}, explainer: root.querySelector('article.nue')?.lang, \
               text: root.querySelector('article.nue')?.textContent.replace(/\\s+/g, ' '), \
               warnings: window.warnings ?? null }};",
            inside("explainer", "[data-nue-stamp][data-nue-live] > .nue")
        ))
        .await?;
    reads_in_ukrainian(
        "frame.uk.html",
        &state,
        &[
            ("page", json!("uk")),
            ("hash", json!("#sanctions")),
            ("hydrated", json!(true)),
            ("explainer", json!("uk")),
            ("warnings", warnings),
        ],
    )
}

/// The Ukrainian edition's CMS fragment in a host article under a strict
/// CSP: taken over in Ukrainian, its map the Ukrainian one.
pub async fn the_ukrainian_fragment_is_taken_over_in_ukrainian(
    page: &Page<'_>,
    cx: &Context<'_>,
) -> Step {
    let (host, base, host_id) = (cx.host, cx.base, "cms-explainer");
    page.open(
        &format!("{host}/cms-uk.html"),
        &format!(
            "!!{}",
            inside(host_id, "[data-nue-stamp][data-nue-live] > .nue")
        ),
        "the Ukrainian fragment to be taken over",
    )
    .await?;
    let state = page
        .js(&format!(
            "const root = document.getElementById('{host_id}').shadowRoot; \
             return {{ explainer: root.querySelector('article.nue')?.lang, \
               text: root.querySelector('article.nue')?.textContent.replace(/\\s+/g, ' '), \
               warnings: window.warnings ?? null, csp: window.cspViolations || [] }};"
        ))
        .await?;
    reads_in_ukrainian(
        "cms-uk.html",
        &state,
        &[
            ("explainer", json!("uk")),
            ("warnings", json!([])),
            ("csp", json!([])),
        ],
    )?;
    page.shadow_click(host_id, "#nato-plan-button").await?;
    let map = page
        .js_string(&format!(
            "return getComputedStyle({}).backgroundImage;",
            inside(host_id, ".nue-map__image")
        ))
        .await?;
    // Named by embed/maps.uk.css, relative to it: on the explainer's origin,
    // over the drawing the widget's sheet names.
    let light = format!("url(\"{base}/nato-map-names.uk.svg\"), url(\"{base}/nato-map.svg\")");
    let dark =
        format!("url(\"{base}/nato-map-names-dark.uk.svg\"), url(\"{base}/nato-map-dark.svg\")");
    if map != light && map != dark {
        return Err(format!("cms-uk.html: the map is {map}, not {light}"));
    }
    Ok(())
}
