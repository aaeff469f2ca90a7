//! The npm package in an app that Vite bundled (scripts/bundle-app.mjs,
//! which `make test` runs before this suite): both of its explainers run
//! and are styled, with the WebAssembly, the stylesheet and the maps from
//! the app's own bundle.

use super::host::{inside, live_and_shown};
use crate::page::{Page, Step};
use serde_json::json;
use std::path::Path;

/// Where scripts/bundle-app.mjs writes the bundled app, under the repository.
const BUNDLED: &str = "target/bundle-app/dist";

/// Copies the bundled app into `dir/bundled/`, when there is one: without
/// it, the check says how to make it.
pub fn copy_app(repo: &Path, dir: &Path) -> std::io::Result<()> {
    let from = repo.join(BUNDLED);
    if from.is_dir() {
        copy(&from, &dir.join("bundled"))?;
    }
    Ok(())
}

fn copy(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

pub async fn the_bundled_app_works(page: &Page<'_>, host: &str) -> Step {
    let index = format!("{host}/bundled/index.html");
    page.goto(&index).await?;
    if page.js_bool("return document.title === '';").await? {
        return Err(format!(
            "no bundled app at {BUNDLED}: run `node scripts/bundle-app.mjs` (make test does)"
        ));
    }
    page.wait_until(
        &live_and_shown(&["mounted", "element"]),
        "the bundled app's two explainers, styled",
    )
    .await?;
    let bundle = format!("{host}/bundled/assets/");
    let dark = page
        .js_bool("return matchMedia('(prefers-color-scheme: dark)').matches;")
        .await?;
    // "The NATO plan" is open in both; the element asks for the dark theme.
    for (id, map) in [
        ("mounted", if dark { "nato-map-dark-" } else { "nato-map-" }),
        ("element", "nato-map-dark-"),
    ] {
        let seen = page
            .client
            .execute_async(
                &format!(
                    "const done = arguments[arguments.length - 1]; const root = {}; \
                     const image = root.querySelector('#nato-plan-panel .nue-map__image'); \
                     const url = getComputedStyle(image).backgroundImage.slice(5, -2); \
                     const picture = new Image(); picture.src = url; \
                     picture.decode().then(() => done([url, picture.naturalWidth > 0]), (e) => done([url, String(e)]));",
                    inside(id, ".nue")
                ),
                Vec::new(),
            )
            .await
            .map_err(|e| format!("#{id}'s map: {e}"))?;
        let url = seen[0].as_str().unwrap_or_default();
        if !url.starts_with(&format!("{bundle}{map}")) || seen[1] != json!(true) {
            return Err(format!(
                "#{id}'s map: {seen}, expected {bundle}{map}… that decodes"
            ));
        }
    }
    let fetched = page
        .js(&format!(
            "return [performance.getEntriesByType('resource').some((e) => e.name.startsWith('{bundle}') && e.name.endsWith('.wasm')), \
             {}.href.startsWith('{bundle}explainer-')];",
            inside("element", "link[rel=stylesheet]")
        ))
        .await?;
    if fetched != json!([true, true]) {
        return Err(format!(
            "the WebAssembly and the stylesheet from the bundle: {fetched}"
        ));
    }
    Ok(())
}
