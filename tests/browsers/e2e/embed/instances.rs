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
