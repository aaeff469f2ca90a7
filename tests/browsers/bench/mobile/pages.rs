//! The pages of the mobile profile: static copies of our own pages (no
//! script, the same inline stylesheet), the host article with and without
//! the explainer, and the peer's page with its whole bundle.

use super::govuk::govuk_page;
use crate::files::{copy_dir, precompress, write};
use crate::page::Step;
use nato_ukraine_explainer::options::Config;
use nato_ukraine_explainer::prerender::{cms_fragment, BuiltFiles};
use nato_ukraine_explainer::story::STORY;
use std::path::Path;

/// Writes the pages of the profile into `dir` (served at `pages`), with the
/// explainer's files served from `assets`.
pub fn write_pages(dir: &Path, repo: &Path, dist: &Path, assets: &str) -> Step {
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let files = BuiltFiles::in_dir(dist)?;
    let write = |name: &str, text: &str| write(dir, name, text);
    // Our own pages as plain static HTML: the same markup and inline
    // stylesheet, without scripts or preload hints.
    write(
        "static-index.html",
        &without_scripts(&read(&dist.join("index.html"))?),
    )?;
    write(
        "static-frame.html",
        &without_scripts(&read(&dist.join("embed/frame.html"))?),
    )?;
    let fragment = cms_fragment(
        &STORY,
        &Config::defaults(&STORY),
        &format!("{assets}/"),
        &files,
    );
    write("host-plain.html", &host_article(""))?;
    write("host-fragment.html", &host_article(&fragment))?;
    write(
        "host-script.html",
        &host_article(&format!(
            "<div data-nato-ukraine-explainer></div>\n\
             <script type=\"module\" src=\"{assets}/embed/nato-ukraine-explainer.js\"></script>\n"
        )),
    )?;
    // The fragment three screens down: started lazily, and eagerly with
    // the preload hints, as every fragment started before the lazy start.
    write("host-far-lazy.html", &host_article_far(&fragment))?;
    let eager = fragment.replacen(
        "<nato-ukraine-explainer>",
        "<nato-ukraine-explainer loading=\"eager\">",
        1,
    );
    write(
        "host-far-eager.html",
        &host_article_far(&format!(
            "{}{eager}",
            files.preload_links(&format!("{assets}/"))
        )),
    )?;
    write("govuk.html", &govuk_page(&STORY))?;
    // The peer's whole bundle: stylesheet, script, fonts and images.
    let govuk = repo.join("node_modules/govuk-frontend/dist/govuk");
    copy_dir(&govuk, &dir.join("govuk"))?;
    copy_dir(&govuk.join("assets"), &dir.join("assets"))?;
    precompress(dir)
}

/// `html` without its scripts and preload hints: the static copy of a page.
fn without_scripts(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let script = rest.find("<script");
        let link = rest.find("<link");
        let Some(at) = script.into_iter().chain(link).min() else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if Some(at) == script {
            let end = rest
                .find("</script>")
                .map_or(rest.len(), |e| e + "</script>".len());
            rest = &rest[end..];
        } else {
            let end = rest.find('>').map_or(rest.len(), |e| e + 1);
            if !rest[..end].contains("preload") {
                out.push_str(&rest[..end]);
            }
            rest = &rest[end..];
        }
    }
}

const PARAGRAPH: &str = "<p>The host's own reporting runs before and after the explainer, \
                         as an article page would have it, with enough text to fill a phone's \
                         first screen.</p>\n";

/// A plain news article from a host with a stylesheet of its own, holding
/// `explainer` between its paragraphs.
fn host_article(explainer: &str) -> String {
    article(&PARAGRAPH.repeat(3), explainer)
}

/// The same article with `explainer` three screens down.
fn host_article_far(explainer: &str) -> String {
    let before = PARAGRAPH.repeat(3) + "<div style=\"height: 300vh\"></div>\n";
    article(&before, explainer)
}

fn article(before: &str, explainer: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Host article</title>\
         <style>body {{ font: 1.05rem/1.5 Georgia, serif; margin: 1rem auto; max-width: 40rem; padding: 0 1rem; }}</style>\
         </head><body><main><h1>The host's headline</h1>\n{before}{explainer}{}</main></body></html>\n",
        PARAGRAPH.repeat(2),
    )
}
