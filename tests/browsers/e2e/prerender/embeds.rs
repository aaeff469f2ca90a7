//! Prerendered embeds beyond the standalone page: the CMS fragment under a
//! strict CSP, the example article's placeholder, and the iframe page, which
//! paints from its HTML alone and renders afresh when its address asks for
//! other options.

use super::hydration::hydrated;
use crate::embed::inside;
use crate::page::{json_str, Page, Step};
use serde_json::json;

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
