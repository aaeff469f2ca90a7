//! Prerendered HTML: the built pages and the CMS fragment carry the
//! explainer; the WebAssembly takes it over for every config variant with no
//! second render and no layout shift; HTML that does not fit is rendered
//! afresh; and every section can be read when the WebAssembly never runs.

use crate::embed::inside;
use crate::page::{json_str, Page, Step};
use nato_ukraine_explainer::embed::{from_attributes, read, Config, Raw};
use nato_ukraine_explainer::prerender::{cms_fragment, explainer_html, shadow_root_html};
use nato_ukraine_explainer::story::STORY;
use serde_json::{json, Value};
use std::path::Path;

/// Config variants, each as a placeholder's `data-*` attributes.
const VARIANTS: &[(&str, &[(&str, &str)])] = &[
    ("defaults", &[]),
    ("dark", &[("data-theme", "dark")]),
    (
        "light-h4",
        &[("data-theme", "light"), ("data-heading-level", "4")],
    ),
    ("open", &[("data-open", "sanctions nato-plan")]),
    (
        "all-open",
        &[("data-open", "nato-plan security-agreement sanctions")],
    ),
    ("timeline-only", &[("data-parts", "timeline")]),
    (
        "lang-prefix",
        &[("data-lang", "en-GB"), ("data-link-prefix", "explainer-")],
    ),
    // Not part of the markup: the prerendered stylesheet link follows it.
    ("stylesheet", &[("data-stylesheet", "/brand.css")]),
];

/// One more variant with replaced labels, which only a script can pass.
const STRINGS_JS: &str =
    r#"{ theme: "light", strings: { showAll: "Open every section", kicker: "Analysis" } }"#;

fn strings_config() -> Vec<(String, Raw)> {
    vec![
        ("theme".into(), Raw::Text("light".into())),
        (
            "strings".into(),
            Raw::Map(vec![
                ("showAll".into(), Raw::Text("Open every section".into())),
                ("kicker".into(), Raw::Text("Analysis".into())),
            ]),
        ),
    ]
}

fn config(entries: &[(String, Raw)]) -> std::io::Result<Config> {
    let (config, warnings) = read(&STORY, entries);
    match warnings.is_empty() {
        true => Ok(config),
        false => Err(std::io::Error::other(format!(
            "variant {entries:?}: {warnings:?}"
        ))),
    }
}

/// The page config of `index.html`: the explainer's title is its `<h1>`.
fn page_config() -> Config {
    let mut config = Config::defaults(&STORY);
    config.heading_level = 1;
    config
}

/// The example article's prerendered placeholder: `data-heading-level="3"`.
fn article_config() -> Config {
    let entries = from_attributes([("data-heading-level", "3")]);
    read(&STORY, &entries).0
}

/// The built site holds what the prerenderer gives for it: the standalone
/// page and the frame their explainer, the CMS fragment its placeholder.
pub fn built_pages(dist: &Path) -> Step {
    let css = stylesheet_name(dist)?;
    let read =
        |name: &str| std::fs::read_to_string(dist.join(name)).map_err(|e| format!("{name}: {e}"));
    let defaults = Config::defaults(&STORY);
    let expected = [
        ("index.html", explainer_html(&STORY, &page_config())),
        (
            "embed/frame.html",
            shadow_root_html(&STORY, &defaults, &format!("../{css}")),
        ),
        (
            "embed/article.html",
            shadow_root_html(&STORY, &article_config(), &format!("../{css}")),
        ),
        (
            "embed/fragment.html",
            cms_fragment(&STORY, &defaults, "/", &css),
        ),
    ];
    for (name, html) in expected {
        if !read(name)?.contains(&html) {
            return Err(format!("{name} does not hold the prerendered explainer"));
        }
    }
    Ok(())
}

pub fn stylesheet_name(dist: &Path) -> Step<String> {
    std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .find(|name| name.starts_with("explainer-") && name.ends_with(".css"))
        .ok_or_else(|| format!("no explainer-*.css in {}", dist.display()))
}

/// Writes the prerendering host pages into `dir`, loading the explainer's
/// files from `assets` (whose stylesheet is `css`).
pub fn write(dir: &Path, assets: &str, css: &str) -> std::io::Result<()> {
    let stylesheet = format!("{assets}/{css}");
    let defaults = Config::defaults(&STORY);
    let prerendered = |config: &Config| shadow_root_html(&STORY, config, &stylesheet);

    let mut body = String::new();
    for (name, attributes) in VARIANTS {
        let config = config(&from_attributes(attributes.iter().copied()))?;
        let attributes: String = attributes
            .iter()
            .map(|(name, value)| format!(r#" {name}="{value}""#))
            .collect();
        body += &format!(
            "<div id=\"v-{name}\" data-nato-ukraine-explainer{attributes}>{}</div>\n\
             <div id=\"f-{name}\" data-nato-ukraine-explainer{attributes}></div>\n",
            prerendered(&config)
        );
    }
    body += &format!(
        "<div id=\"v-strings\">{}</div>\n<div id=\"f-strings\"></div>\n",
        prerendered(&config(&strings_config())?)
    );
    std::fs::write(
        dir.join("variants.js"),
        format!(
            "import {{ mount }} from \"{assets}/embed/nato-ukraine-explainer.js\";\n\
             for (const id of [\"v-strings\", \"f-strings\"]) mount(document.getElementById(id), {STRINGS_JS});\n"
        ),
    )?;
    std::fs::write(
        dir.join("brand.css"),
        ".nue { --nue-color-accent: #8a1538; }\n",
    )?;
    std::fs::write(
        dir.join("variants.html"),
        host_page(
            assets,
            true,
            r#"<script type="module" src="/variants.js"></script>"#,
            &body,
        ),
    )?;

    // Prerendered HTML that does not fit: other options, re-indented by a
    // CMS, or with its comments stripped.
    let fresh = prerendered(&defaults);
    let stamp_at = fresh.find("data-nue-stamp").unwrap_or_default();
    let reindented = format!(
        "{}{}",
        &fresh[..stamp_at],
        fresh[stamp_at..].replacen("><", ">\n  <", 3)
    );
    let stripped = fresh.replace("<!>", "");
    std::fs::write(
        dir.join("mismatch.html"),
        host_page(
            assets,
            true,
            "",
            &format!(
                "<div id=\"stale\" data-nato-ukraine-explainer data-theme=\"dark\">{fresh}</div>\n\
                 <div id=\"reindented\" data-nato-ukraine-explainer>{reindented}</div>\n\
                 <div id=\"stripped\" data-nato-ukraine-explainer>{stripped}</div>\n"
            ),
        ),
    )?;

    // The loader arrives only when the check calls startExplainer().
    std::fs::write(
        dir.join("late.js"),
        format!(
            "window.startExplainer = () => import(\"{assets}/embed/nato-ukraine-explainer.js\");\n"
        ),
    )?;
    std::fs::write(
        dir.join("late.html"),
        host_page(
            assets,
            true,
            &format!(
                "<script src=\"/late.js\"></script>\n\
                 <script type=\"module\" src=\"{assets}/embed/enhance.js\"></script>"
            ),
            &format!("<div id=\"late\" data-nato-ukraine-explainer>{fresh}</div>\n"),
        ),
    )?;

    // The CMS fragment pasted into an article, with and without a CSP that
    // lets WebAssembly run.
    let fragment = cms_fragment(&STORY, &defaults, &format!("{assets}/"), css).replacen(
        "<div data-nato-ukraine-explainer>",
        "<div id=\"cms-explainer\" data-nato-ukraine-explainer>",
        1,
    );
    let article = format!("<div id=\"cms\">\n{fragment}</div>\n");
    for (name, wasm) in [("cms.html", true), ("cms-no-wasm.html", false)] {
        std::fs::write(dir.join(name), host_page(assets, wasm, "", &article))?;
    }
    Ok(())
}

/// A host article on the second origin under a strict CSP, with the host's
/// instrumentation (`host-test.js`) and the explainer's loader.
fn host_page(assets: &str, wasm: bool, scripts: &str, body: &str) -> String {
    let wasm = if wasm { " 'wasm-unsafe-eval'" } else { "" };
    // Pages that bring the loader themselves pass it in `scripts` or `body`.
    let loader = if scripts.is_empty() && !body.contains("nato-ukraine-explainer.js") {
        format!(
            "<script type=\"module\" src=\"{assets}/embed/nato-ukraine-explainer.js\"></script>"
        )
    } else {
        String::new()
    };
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' {assets}{wasm}; style-src 'self' {assets}; connect-src {assets}; img-src 'self'">
<title>Host article</title>
<script src="/host-test.js"></script>
{loader}
{scripts}
</head>
<body>
<main class="article">
<h2>The host's own heading</h2>
{body}</main>
</body>
</html>
"#
    )
}

/// JS: whether the explainer in `host` was hydrated, not rendered again.
fn hydrated(host: &str) -> String {
    format!(
        "!!{}",
        inside(host, "[data-nue-stamp][data-nue-live] > .nue")
    )
}

/// JS: a canonical form of a subtree (tags, sorted attributes, text), so
/// that two renders compare equal whatever order attributes were set in and
/// wherever Leptos put its comment markers.
const CANON: &str = r#"
const canon = (node) => {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const attributes = [...node.attributes].map(a => `${a.name}="${a.value}"`).sort().join(' ');
  return `<${node.localName} ${attributes}>${[...node.childNodes].map(canon).join('')}</${node.localName}>`;
};
"#;

pub async fn the_page_is_hydrated(page: &Page<'_>, base: &str) -> Step {
    page.load(&format!("{base}/")).await?;
    let ok = page
        .js_bool(
            "const main = document.getElementById('nato-ukraine-explainer-page'); \
             return main.children.length === 1 \
                 && !!main.querySelector(':scope > [data-nue-stamp][data-nue-live] > article.nue');",
        )
        .await?;
    if !ok {
        return Err("the prerendered explainer was replaced, not taken over".into());
    }
    page.click("#sanctions-button").await?;
    if !page.expanded("sanctions").await? || !page.panel_visible("sanctions").await? {
        return Err("the hydrated section does not open on a click".into());
    }
    Ok(())
}

/// Cumulative layout shift from the start of the page, Chromium's measure.
async fn layout_shift(page: &Page<'_>) -> Step<f64> {
    page.settle().await?;
    let value = page
        .js(
            "return await new Promise((done) => { let sum = 0; \
               new PerformanceObserver((list) => { for (const e of list.getEntries()) \
                 if (!e.hadRecentInput) sum += e.value; }).observe({ type: 'layout-shift', buffered: true }); \
               setTimeout(() => done(sum), 300); });",
        )
        .await?;
    value
        .as_f64()
        .ok_or_else(|| format!("no layout shift figure: {value}"))
}

/// Layout shift with a cold cache on a slow connection, where a stylesheet
/// or the WebAssembly arriving late would move the page if anything could.
pub async fn no_layout_shift(page: &Page<'_>, base: &str, host: &str) -> Step {
    page.chromium("Network.enable", json!({})).await?;
    page.chromium(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": 150, "downloadThroughput": 200_000, "uploadThroughput": 200_000 }),
    )
    .await?;
    let result = async {
        page.chromium("Network.clearBrowserCache", json!({}))
            .await?;
        page.load(&format!("{base}/")).await?;
        let standalone = layout_shift(page).await?;
        page.chromium("Network.clearBrowserCache", json!({}))
            .await?;
        page.open(
            &format!("{host}/cms.html"),
            &hydrated("cms-explainer"),
            "the CMS fragment to be hydrated",
        )
        .await?;
        let cms = layout_shift(page).await?;
        if standalone != 0.0 || cms != 0.0 {
            return Err(format!(
                "cumulative layout shift: standalone page {standalone}, CMS fragment {cms}"
            ));
        }
        Ok(())
    }
    .await;
    page.chromium(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await?;
    result
}

pub async fn every_variant_hydrates_as_it_renders(page: &Page<'_>, host: &str) -> Step {
    let names: Vec<&str> = VARIANTS
        .iter()
        .map(|(name, _)| *name)
        .chain(["strings"])
        .collect();
    let all_live = names
        .iter()
        .flat_map(|name| [format!("v-{name}"), format!("f-{name}")])
        .map(|host| format!("!!{}", inside(&host, "[data-nue-live]")))
        .collect::<Vec<_>>()
        .join(" && ");
    page.open(
        &format!("{host}/variants.html"),
        &all_live,
        "every variant to run",
    )
    .await?;
    let warnings = page.js("return warnings;").await?;
    if warnings.as_array().is_some_and(|w| !w.is_empty()) {
        return Err(format!("console warnings: {warnings}"));
    }
    for name in names {
        let (prerendered, fresh) = (format!("v-{name}"), format!("f-{name}"));
        if !page
            .js_bool(&format!("return {};", hydrated(&prerendered)))
            .await?
        {
            return Err(format!(
                "variant {name}: rendered again instead of hydrated"
            ));
        }
        let same = page
            .js(&format!(
                "{CANON} return [{}, {}].map(canon);",
                inside(&prerendered, ".nue"),
                inside(&fresh, ".nue")
            ))
            .await?;
        if same[0] != same[1] {
            return Err(format!(
                "variant {name}: hydrated and fresh renders differ\nhydrated: {}\nfresh:    {}",
                same[0], same[1]
            ));
        }
        // Hydrated means working: a click reaches the WebAssembly.
        let before = page
            .shadow_attr(&prerendered, ".nue-section__toggle", "aria-expanded")
            .await?;
        page.shadow_click(&prerendered, ".nue-section__toggle")
            .await?;
        let after = page
            .shadow_attr(&prerendered, ".nue-section__toggle", "aria-expanded")
            .await?;
        if before == after {
            return Err(format!(
                "variant {name}: a click left aria-expanded={after}"
            ));
        }
    }
    let brand = page
        .js_string(&format!(
            "return getComputedStyle({}).getPropertyValue('--nue-color-accent').trim();",
            inside("v-stylesheet", ".nue")
        ))
        .await?;
    if brand != "#8a1538" {
        return Err(format!(
            "data-stylesheet did not replace the prerendered stylesheet: accent `{brand}`"
        ));
    }
    Ok(())
}

pub async fn html_that_does_not_fit_is_rendered_afresh(page: &Page<'_>, host: &str) -> Step {
    let hosts = ["stale", "reindented", "stripped"];
    let all_live = hosts
        .iter()
        .map(|host| format!("!!{}", inside(host, "[data-nue-live]")))
        .collect::<Vec<_>>()
        .join(" && ");
    page.open(
        &format!("{host}/mismatch.html"),
        &all_live,
        "every explainer to run",
    )
    .await?;
    let warnings = page.js("return warnings;").await?;
    let afresh = warnings
        .as_array()
        .map(|w| {
            w.iter()
                .filter(|w| w.as_str().is_some_and(|w| w.contains("rendering afresh")))
                .count()
        })
        .unwrap_or(0);
    if afresh != hosts.len() {
        return Err(format!(
            "expected one \"rendering afresh\" warning per explainer: {warnings}"
        ));
    }
    for host in hosts {
        let fresh = page
            .js_bool(&format!(
                "const root = document.getElementById({}).shadowRoot; \
                 return !root.querySelector('[data-nue-stamp]') \
                     && root.querySelectorAll('.nue').length === 1 \
                     && root.querySelectorAll('link[rel=stylesheet]').length === 1;",
                json_str(host)
            ))
            .await?;
        if !fresh {
            return Err(format!(
                "#{host}: not one fresh explainer with one stylesheet"
            ));
        }
        page.shadow_click(host, "#security-agreement-button")
            .await?;
        if page
            .shadow_attr(host, "#security-agreement-button", "aria-expanded")
            .await?
            != "true"
        {
            return Err(format!("#{host}: the fresh render does not open a section"));
        }
    }
    let theme = page.shadow_attr("stale", ".nue", "data-theme").await?;
    if theme != "dark" {
        return Err(format!(
            "#stale: its own option was lost: data-theme={theme}"
        ));
    }
    Ok(())
}

pub async fn toggles_before_the_webassembly_carry_over(page: &Page<'_>, host: &str) -> Step {
    page.open(
        &format!("{host}/late.html"),
        &format!("!!{}", inside("late", ".nue-section__toggle")),
        "the prerendered explainer",
    )
    .await?;
    // enhance.js, a module, has run by the load event that `open` awaits.
    page.shadow_click("late", "#sanctions-button").await?;
    reads_open(page, "late", "sanctions", "before the WebAssembly").await?;
    hides_what_cannot_work(page, "late").await?;

    page.js("startExplainer();").await?;
    page.wait_until(&hydrated("late"), "the WebAssembly to take over")
        .await?;
    reads_open(page, "late", "sanctions", "after the WebAssembly took over").await?;
    page.shadow_click("late", "#sanctions-button").await?;
    if page
        .shadow_attr("late", "#sanctions-button", "aria-expanded")
        .await?
        != "false"
    {
        return Err(
            "one click after the takeover does not close the section the reader opened".into(),
        );
    }
    let show_all = page
        .js_bool(&format!(
            "return {}.checkVisibility({{ visibilityProperty: true }});",
            inside("late", ".nue-show-all")
        ))
        .await?;
    if !show_all {
        return Err("\"Show all sections\" is still hidden once it works".into());
    }
    Ok(())
}

pub async fn cms_fragment_hydrates(page: &Page<'_>, host: &str) -> Step {
    page.open(
        &format!("{host}/cms.html"),
        &hydrated("cms-explainer"),
        "the CMS fragment to be hydrated",
    )
    .await?;
    for (name, script) in [
        ("console warnings", "return warnings;"),
        ("CSP violations", "return cspViolations;"),
    ] {
        let found = page.js(script).await?;
        if found.as_array().is_some_and(|v| !v.is_empty()) {
            return Err(format!("{name}: {found}"));
        }
    }
    page.shadow_click("cms-explainer", ".nue-show-all").await?;
    let open = page
        .js(&format!(
            "return [...{}.shadowRoot.querySelectorAll('.nue-section__toggle')].map(b => b.getAttribute('aria-expanded'));",
            "document.getElementById('cms-explainer')"
        ))
        .await?;
    if open != json!(["true", "true", "true"]) {
        return Err(format!("show all left the sections at {open}"));
    }
    Ok(())
}

pub async fn the_example_article_hydrates(page: &Page<'_>, base: &str) -> Step {
    page.open(
        &format!("{base}/embed/article.html"),
        &format!("!!{}", inside("explainer-prerendered", "[data-nue-live]")),
        "the article's prerendered explainer to run",
    )
    .await?;
    if !page
        .js_bool(&format!("return {};", hydrated("explainer-prerendered")))
        .await?
    {
        return Err("the article's prerendered explainer was rendered again".into());
    }
    Ok(())
}

pub async fn the_frame_page_hydrates_or_takes_its_options(page: &Page<'_>, base: &str) -> Step {
    // The frame page's placeholder, addressed by its attribute (it has no id).
    let frame_inside = |selector: &str| {
        format!(
            "document.querySelector('[data-nato-ukraine-explainer]').shadowRoot.querySelector({})",
            json_str(selector)
        )
    };
    page.open(
        &format!("{base}/embed/frame.html"),
        &format!("!!{}", frame_inside("[data-nue-live]")),
        "the frame's explainer to run",
    )
    .await?;
    if !page
        .js_bool(&format!(
            "return !!{};",
            frame_inside("[data-nue-stamp][data-nue-live] > .nue")
        ))
        .await?
    {
        return Err("frame.html: the prerendered explainer was not hydrated".into());
    }
    page.open(
        &format!("{base}/embed/frame.html?theme=dark&open=sanctions"),
        &format!("!!{}", frame_inside("[data-nue-live]")),
        "the frame's explainer to run",
    )
    .await?;
    let seen = page
        .js(&format!(
            "return [!!{}, {}.dataset.theme, {}.getAttribute('aria-expanded')];",
            frame_inside("[data-nue-stamp]"),
            frame_inside(".nue"),
            frame_inside("#sanctions-button")
        ))
        .await?;
    if seen != json!([false, "dark", "true"]) {
        return Err(format!(
            "frame.html?theme=dark&open=sanctions: [prerendered HTML left, theme, sanctions open] = {seen}"
        ));
    }
    Ok(())
}

/// The section `id` in `host` reads as open: its button says so and its
/// text is on screen.
async fn reads_open(page: &Page<'_>, host: &str, id: &str, when: &str) -> Step {
    let state = page
        .js(&format!(
            "const b = {}; const p = {}; \
             return [b.getAttribute('aria-expanded'), p.checkVisibility() && p.getBoundingClientRect().height > 0];",
            inside(host, &format!("#{id}-button")),
            inside(host, &format!("#{id}-panel p"))
        ))
        .await?;
    if state != json!(["true", true]) {
        return Err(format!(
            "{when}: section {id} is not open and readable: [aria-expanded, text shown] = {state}"
        ));
    }
    Ok(())
}

/// No control that cannot work without the WebAssembly is visible.
async fn hides_what_cannot_work(page: &Page<'_>, host: &str) -> Step {
    let visible = page
        .js(&format!(
            "const root = document.getElementById({}).shadowRoot; \
             return ['.nue-show-all', '.nue-copy__button', '.nue-feedback__answer'] \
               .filter(s => [...root.querySelectorAll(s)].some(e => e.checkVisibility({{ visibilityProperty: true }})));",
            json_str(host)
        ))
        .await?;
    if visible != json!([]) {
        return Err(format!("controls shown that cannot work yet: {visible}"));
    }
    Ok(())
}

/// Every section of the explainer in `host` opens by a real click and shows
/// its text, with no WebAssembly running.
async fn every_section_opens_without_webassembly(page: &Page<'_>, host: &str) -> Step {
    if page
        .js_bool(&format!("return !!{};", inside(host, "[data-nue-live]")))
        .await?
    {
        return Err("the WebAssembly runs after all".into());
    }
    hides_what_cannot_work(page, host).await?;
    for section in STORY.sections.iter() {
        page.shadow_click(host, &format!("#{}-button", section.id))
            .await?;
        reads_open(page, host, &section.id, "without WebAssembly").await?;
    }
    Ok(())
}

/// Opens the CMS page and waits for the loader to report that it could not
/// start the WebAssembly.
async fn open_failing(page: &Page<'_>, url: &str) -> Step {
    page.open(
        url,
        "warnings.some(w => w.includes('could not start'))",
        "the loader to report that the WebAssembly could not start",
    )
    .await
}

pub async fn wasm_request_fails(page: &Page<'_>, host: &str) -> Step {
    page.chromium("Network.enable", json!({})).await?;
    page.chromium("Network.setBlockedURLs", json!({ "urls": ["*.wasm"] }))
        .await?;
    let result = async {
        open_failing(page, &format!("{host}/cms.html")).await?;
        every_section_opens_without_webassembly(page, "cms-explainer").await
    }
    .await;
    page.chromium("Network.setBlockedURLs", json!({ "urls": [] }))
        .await?;
    result
}

pub async fn csp_blocks_webassembly(page: &Page<'_>, host: &str) -> Step {
    open_failing(page, &format!("{host}/cms-no-wasm.html")).await?;
    every_section_opens_without_webassembly(page, "cms-explainer").await
}

pub async fn browser_without_webassembly(page: &Page<'_>, host: &str) -> Step {
    let added = page
        .chromium(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": "delete window.WebAssembly;" }),
        )
        .await?;
    let result = async {
        open_failing(page, &format!("{host}/cms.html")).await?;
        if page.js_bool("return 'WebAssembly' in window;").await? {
            return Err("the page still has WebAssembly".into());
        }
        every_section_opens_without_webassembly(page, "cms-explainer").await
    }
    .await;
    let identifier = added.get("identifier").cloned().unwrap_or(Value::Null);
    page.chromium(
        "Page.removeScriptToEvaluateOnNewDocument",
        json!({ "identifier": identifier }),
    )
    .await?;
    result
}

pub async fn without_javascript(page: &Page<'_>, base: &str, host: &str) -> Step {
    page.chromium(
        "Emulation.setScriptExecutionDisabled",
        json!({ "value": true }),
    )
    .await?;
    let result = async {
        let mut problems = Vec::new();
        for url in [format!("{base}/"), format!("{host}/cms.html")] {
            page.client
                .goto(&url)
                .await
                .map_err(|e| format!("cannot open {url}: {e}"))?;
            let seen = page.js(NO_SCRIPT_VIEW).await?;
            if seen["scripting"] != json!(false) {
                return Err(format!("{url}: scripts still run: {seen}"));
            }
            if seen["problems"] != json!([]) {
                problems.push(format!("{url}: {}", seen["problems"]));
            }
        }
        match problems.is_empty() {
            true => Ok(()),
            false => Err(problems.join("\n")),
        }
    }
    .await;
    page.chromium(
        "Emulation.setScriptExecutionDisabled",
        json!({ "value": false }),
    )
    .await?;
    result
}

/// Runs in the checker's context while the page's own scripts are off: what
/// the reader sees of every explainer on the page.
const NO_SCRIPT_VIEW: &str = r#"
const roots = [document, ...[...document.querySelectorAll('[data-nato-ukraine-explainer]')].map(h => h.shadowRoot)];
const shown = (e) => e.checkVisibility({ visibilityProperty: true }) && e.getBoundingClientRect().height > 0;
const problems = [];
let explainers = 0;
for (const root of roots) {
  if (!root) { problems.push('a placeholder without its shadow root'); continue; }
  if (!root.querySelector('.nue')) continue;
  explainers += 1;
  for (const p of root.querySelectorAll('.nue-section__panel p')) if (!shown(p)) problems.push('hidden text: ' + p.textContent.slice(0, 40));
  for (const t of root.querySelectorAll('.nue-section__plain-title')) if (!shown(t)) problems.push('hidden heading: ' + t.textContent);
  for (const s of ['.nue-section__toggle', '.nue-show-all', '.nue-copy__button', '.nue-feedback__answer'])
    if ([...root.querySelectorAll(s)].some(shown)) problems.push('a control that cannot work: ' + s);
}
if (explainers === 0) problems.push('no explainer on the page');
return { scripting: matchMedia('(scripting: enabled)').matches, problems, live: !!document.querySelector('[data-nue-live]') };
"#;
