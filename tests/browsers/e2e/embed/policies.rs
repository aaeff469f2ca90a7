//! The explainer under a host's security policies: a strict CSP with no
//! violation and no request beyond its own files, Trusted Types required,
//! and its files served by nginx from another origin.

use super::host::{assets_of, inside, live_and_shown};
use super::iframe::wait_frame_fits;
use crate::page::{json_str, Page, Step};

pub async fn no_csp_violation(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    page.shadow_click("plain", ".nue-show-all").await?;
    wait_frame_fits(page, "frame").await?;
    let violations = page.js("return cspViolations;").await?;
    if violations.as_array().is_some_and(|v| !v.is_empty()) {
        return Err(format!("CSP violations: {violations}"));
    }
    // Only its own files, no cookie; storage throws on this page throughout.
    let foreign = page
        .js(&format!(
            "return performance.getEntriesByType('resource').map(r => r.name) \
               .filter(n => !n.startsWith({}) && !n.startsWith(location.origin));",
            json_str(assets_of(page).await?.as_str())
        ))
        .await?;
    if foreign.as_array().is_some_and(|v| !v.is_empty()) {
        return Err(format!(
            "requests beyond the explainer's files and the page's own: {foreign}"
        ));
    }
    let cookie = page.js_string("return document.cookie;").await?;
    if !cookie.is_empty() {
        return Err(format!("a cookie was set: {cookie}"));
    }
    Ok(())
}

/// Whether this engine enforces Trusted Types: under `require-trusted-types-for`
/// a string written to `innerHTML` throws.
pub async fn trusted_types_enforced(page: &Page<'_>, host: &str) -> Step<bool> {
    page.load_host(&format!("{host}/trusted-types.html"))
        .await?;
    page.js_bool(
        "try { document.createElement('div').innerHTML = '<b>x</b>'; return false; } \
         catch (e) { return e instanceof TypeError; }",
    )
    .await
}

/// Under a policy that requires Trusted Types and allows no policy, fresh
/// renders (a placeholder without prerendered HTML, and `mount()`) render
/// and work: no string reaches an HTML sink, so nothing is refused.
pub async fn fresh_renders_under_trusted_types(page: &Page<'_>, host: &str) -> Step {
    page.open(
        &format!("{host}/trusted-types.html"),
        &live_and_shown(&["plain", "branded", "dark", "api"]),
        "four fresh explainers under Trusted Types, styled",
    )
    .await?;
    page.shadow_click("api", "#sanctions-button").await?;
    let seen = page
        .js(&format!(
            "return [{}.getAttribute('aria-expanded'), {}.dataset.theme, cspViolations];",
            inside("api", "#sanctions-button"),
            inside("api", ".nue")
        ))
        .await?;
    if seen != serde_json::json!(["true", "dark", []]) {
        return Err(format!(
            "mount() under Trusted Types: [sanctions open after a click, theme, CSP violations] = {seen}"
        ));
    }
    Ok(())
}

/// The host article with the explainer's files served by nginx: the three
/// placeholders render, styled, the iframe fits its content, and the strict
/// CSP sees no violation; every file came from nginx, compressed.
pub async fn through_nginx(page: &Page<'_>, host: &str, nginx: &str) -> Step {
    page.load_host(&format!("{host}/nginx.html")).await?;
    wait_frame_fits(page, "frame").await?;
    let seen = page
        .js(&format!(
            "return [cspViolations, performance.getEntriesByType('resource') \
               .filter((r) => /\\.(js|wasm|css)$/.test(r.name) && !r.name.startsWith({})) \
               .filter((r) => !r.name.startsWith(location.origin)).map((r) => r.name)];",
            json_str(nginx)
        ))
        .await?;
    if seen != serde_json::json!([[], []]) {
        return Err(format!(
            "[CSP violations, explainer files not from nginx] = {seen}"
        ));
    }
    Ok(())
}
