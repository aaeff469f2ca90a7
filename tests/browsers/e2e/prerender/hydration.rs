//! The WebAssembly takes over prerendered explainers: on the standalone
//! page, in the frame, in the example article and the CMS fragment, for every
//! config variant, with no layout shift; HTML that does not fit is rendered
//! afresh; and what the reader toggled before it ran stays so.

use super::pages::VARIANTS;
use super::without_wasm::{hides_what_cannot_work, reads_open};
use crate::embed::inside;
use crate::page::{json_str, Page, Step};
use serde_json::json;

/// JS: whether the WebAssembly runs the explainer in each of `hosts`.
fn all_running(hosts: &[impl AsRef<str>]) -> String {
    hosts
        .iter()
        .map(|host| format!("!!{}", inside(host.as_ref(), "[data-nue-live]")))
        .collect::<Vec<_>>()
        .join(" && ")
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
    let hosts: Vec<String> = names
        .iter()
        .flat_map(|name| [format!("v-{name}"), format!("f-{name}")])
        .collect();
    page.open(
        &format!("{host}/variants.html"),
        &all_running(&hosts),
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
    page.open(
        &format!("{host}/mismatch.html"),
        &all_running(&hosts),
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
    frame_is_styled_inline(page, "frame.html").await?;
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
    frame_is_styled_inline(page, "frame.html?theme=dark&open=sanctions").await
}

/// The frame page paints from its HTML alone: the widget's stylesheet is an
/// inline `<style>` that the frame's CSP allows by hash (so it applies), no
/// stylesheet is linked or fetched, and a fresh render adds no link either.
async fn frame_is_styled_inline(page: &Page<'_>, name: &str) -> Step {
    let seen = page
        .js(
            "const root = document.querySelector('[data-nato-ukraine-explainer]').shadowRoot; \
             return [root.querySelectorAll('style').length, \
                     root.querySelectorAll('link[rel=stylesheet]').length + document.querySelectorAll('link[rel=stylesheet]').length, \
                     performance.getEntriesByType('resource').filter((r) => /\\.css$/.test(r.name)).length, \
                     getComputedStyle(root.querySelector('.nue')).getPropertyValue('--_accent').trim() !== '', \
                     getComputedStyle(document.body).marginTop];",
        )
        .await?;
    if seen != json!([1, 0, 0, true, "0px"]) {
        return Err(format!(
            "{name}: [inline styles in the shadow root, stylesheet links, stylesheets fetched, widget styled, frame.css applied (body margin)] = {seen}"
        ));
    }
    Ok(())
}
