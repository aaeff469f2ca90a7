//! The npm package in an app that Vite bundled (scripts/bundle-app.mjs,
//! which `make test` runs before this suite): both of its explainers run
//! and are styled, with the WebAssembly, the stylesheet and the maps from
//! the app's own bundle.

use super::host::{inside, live_and_shown};
use crate::page::{Page, Step};
use serde_json::{json, Value};
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
    // Its picture is two layers, the names over the drawing, each a file
    // the bundler carried along (`<name>-<hash>.svg`).
    for (id, dark) in [("mounted", dark), ("element", true)] {
        let theme = if dark { "-dark" } else { "" };
        let layers = [
            format!("nato-map-names{theme}-"),
            format!("nato-map{theme}-"),
        ];
        let seen = page
            .client
            .execute_async(
                &format!(
                    "const done = arguments[arguments.length - 1]; const root = {}; \
                     const image = root.querySelector('#nato-plan-panel .nue-map__image'); \
                     const urls = [...getComputedStyle(image).backgroundImage.matchAll(/url\\(\"([^\"]+)\"\\)/g)].map((m) => m[1]); \
                     Promise.all(urls.map((url) => {{ const picture = new Image(); picture.src = url; \
                       return picture.decode().then(() => [url, picture.naturalWidth > 0], (e) => [url, String(e)]); }})).then(done);",
                    inside(id, ".nue")
                ),
                Vec::new(),
            )
            .await
            .map_err(|e| format!("#{id}'s map: {e}"))?;
        let layer_is = |seen: &Value, file: &str| {
            let url = seen[0].as_str().unwrap_or_default();
            let rest = url.strip_prefix(&format!("{bundle}{file}"));
            // `nato-map-` alone would also match the names and the dark drawing.
            let other = rest.is_some_and(|r| r.starts_with("names-") || r.starts_with("dark-"));
            rest.is_some() && !other && seen[1] == json!(true)
        };
        let layered = seen.as_array().is_some_and(|seen| {
            seen.len() == 2 && seen.iter().zip(&layers).all(|(s, f)| layer_is(s, f))
        });
        if !layered {
            return Err(format!(
                "#{id}'s map: {seen}, expected {bundle}{}… over {bundle}{}…, both decoding",
                layers[0], layers[1]
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
