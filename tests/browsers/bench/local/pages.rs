//! The pages of twenty placeholders the measures on 127.0.0.1 open,
//! rendered afresh or hydrated. (The static copy of the widget page, the
//! baseline, comes from `mobile/pages.rs`.)

use crate::files::write;
use crate::page::Step;
use nato_ukraine_explainer::options::Config;
use nato_ukraine_explainer::prerender::shadow_root_html;
use nato_ukraine_explainer::story::STORY;
use std::path::Path;

/// Writes the pages into `dir`, loading the explainer from `assets`, whose
/// stylesheet is `css`.
pub fn write_pages(dir: &Path, assets: &str, css: &str) -> Step {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let twenty_page = |placeholder: &str| {
        format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Twenty</title>\
             <script src=\"/twenty.js\"></script>\
             <script type=\"module\" src=\"{assets}/embed/nato-ukraine-explainer.js\"></script></head>\
             <body>{}</body></html>",
            placeholder.repeat(20)
        )
    };
    let twenty = twenty_page("<div data-nato-ukraine-explainer></div>\n");
    let defaults = Config::defaults(&STORY);
    let twenty_prerendered = twenty_page(&format!(
        "<div data-nato-ukraine-explainer>{}</div>\n",
        shadow_root_html(&STORY, &defaults, &format!("{assets}/{css}"))
    ));
    let twenty_js =
        "window.readyAt = []; document.addEventListener('nato-ukraine-explainer:ready', \
                     () => window.readyAt.push(performance.now()));";
    write(dir, "twenty.html", &twenty)?;
    write(dir, "twenty-prerendered.html", &twenty_prerendered)?;
    write(dir, "twenty.js", twenty_js)
}
