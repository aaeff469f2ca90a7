//! When prerendered HTML and the WebAssembly do not meet as planned: HTML
//! that does not fit its options (or was re-indented, or stripped of its
//! comments) is rendered afresh with a warning; sections the reader toggled
//! before the WebAssembly arrived stay as they left them; HTML a host script
//! changes during the takeover stops it with a warning, never a panic.

use super::hydration::{all_running, hydrated};
use super::without_wasm::{hides_what_cannot_work, reads_open};
use crate::embed::{fetches, inside};
use crate::page::{json_str, Page, Step};

pub async fn html_that_does_not_fit_is_rendered_afresh(page: &Page<'_>, host: &str) -> Step {
    let hosts = ["stale", "reindented", "stripped", "older"];
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
    // The one from another build brought another story's texts: the
    // loader fetched this build's, once.
    let fetched = page
        .js(&format!("return {};", fetches("/embed/story.json")))
        .await?;
    if fetched != serde_json::json!(1) {
        return Err(format!("fetches of the story's texts: {fetched}"));
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

pub async fn html_changed_during_the_takeover_stops_it(page: &Page<'_>, host: &str) -> Step {
    page.open(
        &format!("{host}/changed.html"),
        "warnings.some((w) => w.includes('was changed while the WebAssembly took it over'))",
        "the takeover to notice the changed HTML",
    )
    .await?;
    // A task later, so that a panic in a later part would have been thrown.
    page.js("return new Promise((done) => setTimeout(done, 100));")
        .await?;
    let errors = page.js("return errors;").await?;
    if errors.as_array().is_none_or(|e| !e.is_empty()) {
        return Err(format!("the takeover threw: {errors}"));
    }
    page.shadow_click("changed", "#sanctions-button").await?;
    reads_open(page, "changed", "sanctions", "after the takeover stopped").await
}
