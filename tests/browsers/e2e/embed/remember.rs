//! Remembered sections (`data-remember`, `remember: true`): what a reader
//! opened or closed comes back on the next visit in the same browser
//! session, in an explainer rendered afresh and in a prerendered one, under
//! this story's key only; storage that throws changes nothing.

use super::host::{inside, live_and_shown};
use super::loading::{open_before_the_start, scroll_to_start};
use crate::page::{Page, Step};
use nato_ukraine_explainer::options::Config;
use nato_ukraine_explainer::prerender::{shadow_root_html, BuiltFiles};
use nato_ukraine_explainer::story::STORY;
use std::path::Path;

/// Records warnings and errors; leaves another story's memory under the
/// same element id, which must not be reused.
/// Beside host-test.js (which records warnings already), or alone.
const RECORD_JS: &str = r#"{
if (!window.warnings) {
  window.warnings = [];
  const warn = console.warn.bind(console);
  console.warn = (...args) => { warnings.push(args.map(String).join(" ")); warn(...args); };
}
window.errors = [];
addEventListener("error", (e) => errors.push(String(e.message)));
addEventListener("unhandledrejection", (e) => errors.push(String(e.reason)));
try {
  sessionStorage.setItem("nato-ukraine-explainer:0000000000000000:kept", '{"security-agreement":true}');
} catch {}
}"#;

const HOSTS: [&str; 4] = ["kept", "kept-fragment", "kept-element", "forgotten"];

/// Writes `remember.html` and `remember-denied.html` (storage that throws,
/// and `mount()` with `remember`) into `dir`.
pub fn write_pages(dir: &Path, assets: &str, files: &BuiltFiles) -> std::io::Result<()> {
    let prerendered = shadow_root_html(
        &STORY,
        &Config::defaults(&STORY),
        &format!("{assets}/{}", files.css),
    );
    let loader = format!("{assets}/embed/nato-ukraine-explainer.js");
    std::fs::write(dir.join("remember.js"), RECORD_JS)?;
    std::fs::write(
        dir.join("remember.html"),
        format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Remembered</title>\
             <script src=\"/remember.js\"></script><script type=\"module\" src=\"{loader}\"></script></head>\n\
             <body><main><div id=\"kept\" data-nato-ukraine-explainer data-remember></div>\n\
             <div id=\"kept-fragment\" data-nato-ukraine-explainer data-remember>{prerendered}</div>\n\
             <nato-ukraine-explainer id=\"kept-element\" remember>{prerendered}</nato-ukraine-explainer>\n\
             <div id=\"forgotten\" data-nato-ukraine-explainer></div></main></body></html>\n"
        ),
    )?;
    std::fs::write(
        dir.join("remember-denied.js"),
        format!(
            "import {{ mount }} from \"{loader}\";\n\
             mount(document.getElementById(\"api\"), {{ remember: \"yes\" }});\n\
             mount(document.getElementById(\"api-kept\"), {{ remember: true, theme: \"dark\" }});\n"
        ),
    )?;
    std::fs::write(
        dir.join("remember-denied.html"),
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>No storage</title>\
         <script src=\"/host-test.js\"></script><script src=\"/remember.js\"></script>\
         <script type=\"module\" src=\"/remember-denied.js\"></script></head>\n\
         <body><main><div id=\"kept\" data-nato-ukraine-explainer data-remember></div>\n\
         <div id=\"api\"></div><div id=\"api-kept\"></div></main></body></html>\n",
    )
}

async fn expanded(page: &Page<'_>, host: &str, section: &str) -> Step<String> {
    page.js_string(&format!(
        "return {}.getAttribute('aria-expanded');",
        inside(host, &format!("#{section}-button"))
    ))
    .await
}

async fn expect_open(page: &Page<'_>, expected: &[(&str, &str, &str)]) -> Step {
    for (host, section, state) in expected {
        let found = expanded(page, host, section).await?;
        if found != *state {
            return Err(format!(
                "#{host} {section}: aria-expanded={found}, expected {state}"
            ));
        }
    }
    Ok(())
}

pub async fn sections_come_back_in_the_session(page: &Page<'_>, host: &str) -> Step {
    let url = format!("{host}/remember.html");
    page.open(&url, &live_and_shown(&HOSTS), "the explainers")
        .await?;
    // Another story's memory under the same id is not reused.
    expect_open(page, &[("kept", "security-agreement", "false")]).await?;
    page.shadow_click("kept", "#sanctions-button").await?;
    page.shadow_click("kept-fragment", "#nato-plan-button")
        .await?;
    page.shadow_click("kept-element", "#security-agreement-button")
        .await?;
    page.shadow_click("forgotten", "#sanctions-button").await?;

    page.open(&url, &live_and_shown(&HOSTS), "the explainers, again")
        .await?;
    expect_open(
        page,
        &[
            ("kept", "sanctions", "true"),
            ("kept-fragment", "nato-plan", "true"),
            ("kept-element", "security-agreement", "true"),
            ("forgotten", "sanctions", "false"),
        ],
    )
    .await?;
    let visible = page
        .js_bool(&format!(
            "return !{}.hidden;",
            inside("kept", "#sanctions-panel")
        ))
        .await?;
    if !visible {
        return Err("the remembered section is aria-expanded but its panel is hidden".into());
    }
    // Closing is remembered too; the prerendered one still hydrated.
    page.shadow_click("kept", "#sanctions-button").await?;
    page.open(
        &url,
        &live_and_shown(&HOSTS),
        "the explainers, a third time",
    )
    .await?;
    expect_open(
        page,
        &[
            ("kept", "sanctions", "false"),
            ("kept-fragment", "nato-plan", "true"),
        ],
    )
    .await?;
    let keys = page
        .js("return Object.keys(sessionStorage).sort();")
        .await?;
    let ours: Vec<&str> = keys
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|k| k.as_str())
        .filter(|k| !k.starts_with("nato-ukraine-explainer:0000000000000000:"))
        .collect();
    let fingerprinted = |k: &&str, id: &str| {
        k.strip_prefix("nato-ukraine-explainer:")
            .and_then(|rest| rest.strip_suffix(&format!(":{id}")))
            .is_some_and(|print| print.len() == 16 && print.chars().all(|c| c.is_ascii_hexdigit()))
    };
    if ours.len() != 3
        || !["kept", "kept-fragment", "kept-element"]
            .iter()
            .all(|id| ours.iter().any(|k| fingerprinted(k, id)))
    {
        return Err(format!("stored keys: {keys}"));
    }
    no_warnings_or_errors(page).await
}

pub async fn storage_that_throws_changes_nothing(page: &Page<'_>, host: &str) -> Step {
    let hosts = ["kept", "api", "api-kept"];
    page.open(
        &format!("{host}/remember-denied.html"),
        &live_and_shown(&hosts),
        "three explainers",
    )
    .await?;
    for id in ["kept", "api-kept"] {
        page.shadow_click(id, "#sanctions-button").await?;
        expect_open(page, &[(id, "sanctions", "true")]).await?;
    }
    let warnings = page.js("return warnings;").await?;
    let expected = "nato-ukraine-explainer: config `remember`: expected true or false, got \"yes\"; using false";
    if warnings.as_array().map(Vec::len) != Some(1) || warnings[0] != expected {
        return Err(format!("warnings: {warnings}"));
    }
    let errors = page.js("return errors;").await?;
    if errors.as_array().is_some_and(|e| !e.is_empty()) {
        return Err(format!("errors: {errors}"));
    }
    Ok(())
}

async fn no_warnings_or_errors(page: &Page<'_>) -> Step {
    let found = page.js("return [warnings, errors];").await?;
    if found != serde_json::json!([[], []]) {
        return Err(format!("warnings and errors: {found}"));
    }
    Ok(())
}

pub async fn what_was_opened_before_the_start_is_remembered(page: &Page<'_>, host: &str) -> Step {
    let url = format!("{host}/far-remember.html");
    page.open(
        &url,
        "document.readyState === 'complete'",
        "the long article",
    )
    .await?;
    // Opened by its prerendered header while no WebAssembly has come.
    open_before_the_start(page).await?;
    scroll_to_start(page, "the explainer to start once near").await?;
    // Told apart from a second page that does not read it back.
    page.wait_until(
        &format!("{FAR_MEMORY}.includes('\"sanctions\":true')"),
        "the opened section to be stored for the session",
    )
    .await?;
    page.open(
        &url,
        "document.readyState === 'complete'",
        "the long article, again",
    )
    .await?;
    scroll_to_start(page, "the explainer to start again").await?;
    if let Err(problem) = expect_open(page, &[("far", "sanctions", "true")]).await {
        let stored = page.js(&format!("return {FAR_MEMORY};")).await?;
        return Err(format!("{problem}; the session holds {stored}"));
    }
    Ok(())
}

/// What the session holds for `#far`, as one string.
const FAR_MEMORY: &str = "Object.keys(sessionStorage).filter((k) => k.endsWith(':far'))\
    .map((k) => k + '=' + sessionStorage.getItem(k)).join(' ')";
