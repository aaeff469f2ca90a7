//! Several explainers on one page: independent instances, configured by
//! their `data-*` attributes with one warning per bad value; and a handle
//! (`mount()`) whose methods take any value and never throw.

use super::host::{inside, with_mount};
use crate::page::{Page, Step};
use serde_json::Value;

pub async fn instances_and_config(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    let ready: Vec<String> = page
        .host_events()
        .await?
        .iter()
        .filter(|e| e["name"] == "ready")
        .map(|e| e["host"].as_str().unwrap_or_default().to_owned())
        .collect();
    if ready != ["plain", "branded", "dark"] {
        return Err(format!("ready events from {ready:?}"));
    }
    let expanded = |host: &'static str, id: &'static str| async move {
        page.shadow_attr(host, &format!("#{id}-button"), "aria-expanded")
            .await
    };
    if expanded("branded", "nato-plan").await? != "true"
        || expanded("plain", "nato-plan").await? != "false"
    {
        return Err("data-open opened a section in the wrong instance".to_owned());
    }
    page.shadow_click("plain", "#sanctions-button").await?;
    if expanded("plain", "sanctions").await? != "true"
        || expanded("branded", "sanctions").await? != "false"
        || expanded("dark", "sanctions").await? != "false"
    {
        return Err("a click in one instance changed another".to_owned());
    }
    let dark = page
        .js_string(&format!(
            "const r = {}; return [r.dataset.theme, !!r.querySelector('.nue-people'), \
             !!r.querySelector('.nue-timeline'), r.querySelector('#nue-title').tagName].join(' ');",
            inside("dark", ".nue")
        ))
        .await?;
    if dark != "dark false true H2" {
        return Err(format!(
            "#dark: theme, people shown, timeline shown, title tag = {dark}"
        ));
    }
    let warnings = page.js("return warnings;").await?;
    let warnings = warnings.as_array().cloned().unwrap_or_default();
    if warnings.len() != 1
        || !warnings[0]
            .as_str()
            .unwrap_or_default()
            .contains("`headingLevel`")
    {
        return Err(format!(
            "expected one warning naming `headingLevel`, got {warnings:?}"
        ));
    }
    Ok(())
}

/// A host page's mistakes never throw: every handle method takes any value,
/// returns false and warns once for a value that is not a section id.
pub async fn handle_methods_never_throw(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    let seen = with_mount(
        page,
        "const handle = await mount(element, {}); \
         const before = warnings.length; const results = []; \
         for (const value of [null, undefined, 42, {}, ['sanctions'], Symbol('sanctions')]) \
           for (const method of ['open', 'close']) \
             try { results.push(handle[method](value)); } catch (e) { results.push(`${method} threw ${e}`); } \
         results.push(handle.open('sanctions')); \
         handle.unmount(); element.remove(); \
         done([results, warnings.length - before]); ",
        "handle methods",
    )
    .await?;
    let mut expected = vec![Value::Bool(false); 12];
    expected.push(Value::Bool(true));
    if seen != serde_json::json!([expected, 12]) {
        return Err(format!(
            "[results of open/close with six wrong values then open('sanctions'), warnings] = {seen}"
        ));
    }
    Ok(())
}

/// `mount()` of something that is not an element warns and resolves to a
/// handle that does nothing; an edition's texts that did not come (the
/// server answered 503) are asked for again by the next explainer, which
/// shows them.
pub async fn mount_survives_no_element_and_a_failed_fetch(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    let seen = with_mount(
        page,
        "const results = []; \
         for (const value of [null, '#explainer', 42]) { \
           const before = warnings.length; \
           try { const handle = await mount(value, {}); \
             results.push([typeof handle.open, warnings.length > before]); } \
           catch (e) { results.push(`mount(${String(value)}) threw ${e}`); } \
         } \
         const realFetch = window.fetch; \
         window.fetch = (url, ...rest) => String(url).includes('story.uk.json') \
           ? Promise.resolve(new Response('gone', { status: 503 })) : realFetch(url, ...rest); \
         const first = await mount(element, { lang: 'uk' }); \
         const ukrainian = (host) => !!host.shadowRoot?.textContent.includes('Санкції проти Росії'); \
         results.push(ukrainian(element)); \
         first.unmount(); window.fetch = realFetch; \
         const again = document.createElement('div'); document.querySelector('main').append(again); \
         const second = await mount(again, { lang: 'uk' }); \
         results.push(ukrainian(again)); \
         second.unmount(); again.remove(); element.remove(); done(results); ",
        "mount() of no element, then after a failed fetch",
    )
    .await?;
    let expected = serde_json::json!([
        ["function", true],
        ["function", true],
        ["function", true],
        false,
        true
    ]);
    if seen != expected {
        return Err(format!(
            "[three mounts of no element, the mount whose texts failed, the next] = {seen}, not {expected}"
        ));
    }
    Ok(())
}
