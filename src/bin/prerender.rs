//! Trunk's post-build hook runs this after each build: it writes the
//! server-rendered explainer into the built pages, so readers see the text at
//! first paint, and writes the HTML fragment a CMS can paste into an article.
//!
//! - `index.html`: the explainer in the page's `<main>`;
//! - `embed/frame.html`: the explainer in the frame's placeholder;
//! - `embed/article.html`: the example article's prerendered placeholder;
//! - `embed/fragment.html`: placeholder, explainer and loader for a CMS,
//!   with URLs under Trunk's public URL (`trunk build --public-url …`).

use nato_ukraine_explainer::embed::Config;
use nato_ukraine_explainer::prerender::{
    cms_fragment, explainer_html, insert_into, shadow_root_html, stylesheet_in,
};
use nato_ukraine_explainer::story::STORY;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let staging = std::env::var("TRUNK_STAGING_DIR").map_err(|_| {
        "TRUNK_STAGING_DIR is not set: run by Trunk as a post_build hook".to_owned()
    })?;
    let staging = Path::new(&staging);
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".to_owned());
    let assets = if public_url.ends_with('/') {
        public_url
    } else {
        format!("{public_url}/")
    };
    let css = stylesheet_in(staging)?;

    // The standalone page: the explainer's title is the page's <h1>.
    let mut page = Config::defaults(&STORY);
    page.heading_level = 1;
    let index = staging.join("index.html");
    rewrite(
        &index,
        "nato-ukraine-explainer-page",
        &explainer_html(&STORY, &page),
    )?;

    let embed = Config::defaults(&STORY);
    let frame = shadow_root_html(&STORY, &embed, &format!("../{css}"));
    rewrite(&staging.join("embed/frame.html"), "explainer", &frame)?;

    // The example article's prerendered placeholder, whose title is an <h3>.
    let mut article = Config::defaults(&STORY);
    article.heading_level = 3;
    let article = shadow_root_html(&STORY, &article, &format!("../{css}"));
    rewrite(
        &staging.join("embed/article.html"),
        "explainer-prerendered",
        &article,
    )?;

    let fragment = staging.join("embed/fragment.html");
    std::fs::write(&fragment, cms_fragment(&STORY, &embed, &assets, &css))
        .map_err(|e| format!("{}: {e}", fragment.display()))
}

/// Writes `html` into the element with this `id` in the page at `path`.
fn rewrite(path: &Path, id: &str, html: &str) -> Result<(), String> {
    let page = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let page = insert_into(&page, id, html).map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::write(path, page).map_err(|e| format!("{}: {e}", path.display()))
}
