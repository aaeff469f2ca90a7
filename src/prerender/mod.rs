//! Prerendering (`ssr` feature): the explainer as HTML, written into the
//! built pages by `src/bin/prerender/main.rs`, so the text is there at first paint,
//! for search engines and for readers without JavaScript. The browser build
//! then hydrates that HTML instead of rendering it again.
//!
//! `page.rs` fits the pages that are ours to one request: stylesheets
//! inlined and allowed by hash, the WebAssembly's request started at once;
//! `built_files.rs` finds the hashed files those pages name; `share.rs`,
//! `share_image.rs` and `oembed.rs` say what search engines, social
//! networks and CMSs see;
//! `types.rs` writes the loader's TypeScript declarations; `texts.rs` the
//! table of the story's texts that prerendered HTML carries.

mod built_files;
mod editions;
pub mod map;
mod oembed;
mod page;
mod plain;
mod rewrite;
mod share;
mod share_image;
mod texts;
mod types;

pub use built_files::BuiltFiles;
pub use editions::{
    edition_file, edition_page, edition_switch, edition_tags, edition_url, maps_rule, maps_sheet,
    maps_sheet_of, translated_page,
};
pub use oembed::{oembed, oembed_link, FRAME_SIZE, OEMBED_FILE};
pub use page::{
    canonical_link, csp_hash, escape_attribute, is_absolute, origin_of, rebase_urls, style_element,
};
pub use plain::plain_html;
pub use rewrite::{
    allow, inline_module, inline_stylesheets, insert_before_scripts, insert_into, without_comments,
    without_snippets_of_controls,
};
pub use share::{head_tags, json_ld, Names, Share};
pub use share_image::{share_image, IMAGE_SIZE, SHARE_IMAGE};
pub use texts::story_texts;
pub use types::{loader_types, TYPES_FILE};

use crate::embed::stamp;
use crate::options::Config;
use crate::story::{fingerprint, Story, EDITIONS, STORY, STORY_FINGERPRINT};
use crate::Explainer;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use std::path::Path;
use std::sync::Arc;

/// The explainer rendered with `config`, inside the stamped element that the
/// browser build hydrates (see `embed::stamp`).
pub fn explainer_html(story: &'static Story, config: &Config) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let view_config = config.clone();
    let html = owner.with(|| view! { <Explainer story config=view_config/> }.to_html());
    let print = fingerprint_of(story);
    let stamp = stamp::stamp(print, config, count_nodes(&html));
    // Only a broken rewriter could fail on HTML that Leptos wrote.
    let html = without_snippets_of_controls(&html).unwrap_or(html);
    // Beside it, the story's texts, which the WebAssembly renders from.
    format!(
        r#"<div {}="{stamp}">{html}</div><script type="application/json" data-nue-story>{}</script>"#,
        stamp::ATTRIBUTE,
        story_texts(story, print)
    )
}

/// The fingerprint the browser build knows `story` by: the build's, for the
/// story and its editions; its own for any other (such as a test's).
fn fingerprint_of(story: &Story) -> u64 {
    if *story == STORY || EDITIONS.contains(story) {
        STORY_FINGERPRINT
    } else {
        fingerprint::of(story)
    }
}

/// The inside of a placeholder: a declarative shadow root holding the
/// stylesheet and the prerendered explainer, isolated from the host page's
/// CSS before any script runs.
pub fn shadow_root_html(story: &'static Story, config: &Config, stylesheet: &str) -> String {
    let link = format!(
        r#"<link rel="stylesheet" href="{}">"#,
        escape_attribute(stylesheet)
    );
    shadow_root_with(&link, story, config)
}

/// A declarative shadow root as [`shadow_root_html`], with the stylesheet
/// inline (`style`, from [`style_element`]): for pages that are ours, whose
/// policy allows it by hash, so the explainer paints without a request.
pub fn shadow_root_with(style: &str, story: &'static Story, config: &Config) -> String {
    format!(
        r#"<template shadowrootmode="open">{style}{}</template>"#,
        explainer_html(story, config)
    )
}

/// What a CMS pastes into an article: the custom element
/// `<nato-ukraine-explainer>` with the prerendered explainer, and the loader
/// that defines the element and hydrates it. No hints fetch the
/// WebAssembly ahead: the loader starts it once the explainer is near the
/// screen, and runs as soon as it arrives (`async`), not after the rest of
/// the article is parsed. `assets` is the URL the built files are served
/// from, ending in `/`.
pub fn cms_fragment(
    story: &'static Story,
    config: &Config,
    assets: &str,
    files: &BuiltFiles,
) -> String {
    let link = |href: String| {
        let href = escape_attribute(&[assets, &href].concat());
        format!(r#"<link rel="stylesheet" href="{href}">"#)
    };
    // Another edition's maps are named by a sheet of its own, after the
    // widget's (the loader names the English ones on the element).
    let maps = editions::maps_sheet_of(&story.language)
        .map(link)
        .unwrap_or_default();
    let styles = [link(files.css.clone()), maps].concat();
    format!(
        "<nato-ukraine-explainer>{}</nato-ukraine-explainer>\n<script type=\"module\" async src=\"{}\"></script>\n",
        shadow_root_with(&styles, story, config),
        escape_attribute(&format!("{assets}{}", BuiltFiles::paths().loader)),
    )
}

/// Reads a TOML file of the build's own (`content/share.toml`,
/// `content/map.toml`); an error names the file, the line where known and
/// the problem.
pub(crate) fn read_toml<T: serde::de::DeserializeOwned>(file: &str) -> Result<T, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    toml::from_str(&text).map_err(|e| {
        let line = e
            .span()
            .map(|span| format!(":{}", crate::story::line_at(&text, span.start)))
            .unwrap_or_default();
        format!("{file}{line}: {}", e.message())
    })
}

/// Where the parts of the widget's stylesheet live, relative to the crate root.
pub const STYLE_PARTS: &str = "style/explainer";

/// The widget's stylesheet as the build joins it (scripts/join-styles.sh):
/// the `.css` parts in [`STYLE_PARTS`], in the order of their names.
pub fn stylesheet_source() -> Result<String, String> {
    let entries = std::fs::read_dir(STYLE_PARTS).map_err(|e| format!("{STYLE_PARTS}: {e}"))?;
    let mut parts: Vec<std::path::PathBuf> = entries
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "css"))
        .collect();
    parts.sort();
    if parts.is_empty() {
        return Err(format!("{STYLE_PARTS}: no .css parts"));
    }
    parts
        .iter()
        .map(|path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display())))
        .collect()
}

/// The hashed name Trunk gave the widget's stylesheet in a built folder.
pub fn stylesheet_in(dir: &Path) -> Result<String, String> {
    BuiltFiles::in_dir(dir).map(|files| files.css)
}

/// How many DOM nodes a browser makes of this server-rendered HTML: one per
/// element, comment and run of text. Leptos writes no doctype, CDATA or
/// raw-text elements, and escapes `<` in text and `"` in attributes, so a
/// scan of tags is exact for its output.
pub fn count_nodes(html: &str) -> usize {
    let mut nodes = 0;
    let mut rest = html;
    while !rest.is_empty() {
        let Some(tag) = rest.find('<') else {
            return nodes + 1;
        };
        if tag > 0 {
            nodes += 1;
        }
        rest = &rest[tag..];
        let end = if rest.starts_with("<!--") {
            nodes += 1;
            rest.find("-->").map_or(rest.len(), |end| end + 3)
        } else {
            if !rest.starts_with("</") {
                nodes += 1;
            }
            tag_end(rest)
        };
        rest = &rest[end..];
    }
    nodes
}

/// Byte just past the `>` that closes the tag at the start of `html`,
/// skipping quoted attribute values.
fn tag_end(html: &str) -> usize {
    let mut quote = None;
    for (i, c) in html.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_elements_text_and_comments() {
        assert_eq!(count_nodes(""), 0);
        assert_eq!(count_nodes("text"), 1);
        assert_eq!(count_nodes("<p>a</p>"), 2);
        assert_eq!(count_nodes("<p>a<!>b</p><br>"), 5);
        assert_eq!(count_nodes("<p>a<!-- c --></p> "), 4);
        assert_eq!(
            count_nodes(r#"<a title="x > y" href='q>'>link</a>"#),
            2,
            "a > inside a quoted attribute does not end the tag"
        );
    }

    #[test]
    fn urls_are_escaped_into_attributes() {
        let story = &crate::story::STORY;
        let files = BuiltFiles {
            css: "explainer-1.css".into(),
            glue: "nato-ukraine-explainer-2.js".into(),
            wasm: "nato-ukraine-explainer-2_bg.wasm".into(),
        };
        let fragment = cms_fragment(
            story,
            &Config::defaults(story),
            "https://cdn.example/a\"b&c/",
            &files,
        );
        assert!(fragment.contains(r#"href="https://cdn.example/a&quot;b&amp;c/explainer-1.css""#));
        assert!(fragment.contains(
            r#"src="https://cdn.example/a&quot;b&amp;c/embed/nato-ukraine-explainer.js""#
        ));
        // Nothing fetches the WebAssembly before the loader decides to.
        assert!(fragment.starts_with("<nato-ukraine-explainer><template shadowrootmode=\"open\">"));
        assert!(!fragment.contains(&files.wasm));
    }

    #[test]
    fn a_build_file_error_names_the_line_it_starts_on() {
        let dir = std::env::temp_dir().join(format!("nue-read-toml-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("bad.toml");
        // The third line starts with the error: an unknown key.
        std::fs::write(&file, "[a]\nx = 1\ny = 2\n").unwrap();
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct A {
            x: u8,
        }
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct File {
            a: A,
        }
        let name = file.to_str().unwrap();
        let err = read_toml::<File>(name).unwrap_err();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(err.starts_with(&format!("{name}:3: ")), "{err}");
    }
}
