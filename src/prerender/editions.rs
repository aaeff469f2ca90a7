//! A standalone page for each edition: the English one at the top of the
//! built folder, each other in a folder named by its language (`uk/`),
//! every one naming the others for search engines (`hreflang`).

use super::page::{escape_attribute as attr, is_absolute, is_relative};
use super::rewrite::{edit, edit_one};
use crate::components::LanguageSwitch;
use crate::story::{edition_folder, Story, EDITION_NAMES};
use leptos::prelude::*;

/// The address of the standalone page of the edition in `language`, when
/// the English one's is `site`.
pub fn edition_url(site: &str, language: &str) -> String {
    [site, &edition_folder(language)].concat()
}

/// The switch between the editions at the top of the standalone page of
/// `story`'s edition, whose English page is at `home` from it; nothing when
/// there is only one edition.
pub fn edition_switch(story: &Story, home: &str) -> String {
    if EDITION_NAMES.len() < 2 {
        return String::new();
    }
    let current = leak(&story.language);
    let (home, label) = (leak(home), leak(&story.ui.language_switch));
    let script = leak(&[home, &super::BuiltFiles::paths().editions].concat());
    Owner::new().with(|| view! { <LanguageSwitch current home label script/> }.to_html())
}

/// Text kept for good: the prerenderer runs once, and the component's
/// props are `'static` as the browser build's are.
fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

/// The tags that name every edition's page: `hreflang` alternates (the
/// English page the default), when `site` is absolute as crawlers need.
/// (Each page's `og:locale` is in `share.rs`, from `content/share.toml`.)
pub fn edition_tags(site: &str) -> String {
    let mut tags = String::new();
    if !is_absolute(site) || EDITION_NAMES.len() < 2 {
        return tags;
    }
    let default = EDITION_NAMES.first().map(|(l, _)| *l).unwrap_or("en");
    let pages = EDITION_NAMES.iter().map(|(l, _)| (*l, *l));
    for (hreflang, language) in pages.chain([("x-default", default)]) {
        tags += &format!(
            r#"<link rel="alternate" hreflang="{hreflang}" href="{}">"#,
            attr(&edition_url(site, language))
        );
    }
    tags
}

/// The built standalone page `page` made the page of `story`'s edition, one
/// folder down: [`translated_page`], and the relative addresses of its own
/// files one folder up.
pub fn edition_page(page: &str, story: &Story) -> Result<String, String> {
    let page = translated_page(page, story)?;
    edit(&page, "link[href], script[src]", |el| {
        let name = if el.has_attribute("src") {
            "src"
        } else {
            "href"
        };
        let url = el.get_attribute(name).unwrap_or_default();
        if is_relative(&url) {
            el.set_attribute(name, &["../", &url].concat())?;
        }
        Ok(())
    })
}

/// A built page of ours made a page of `story`'s edition: its language,
/// title and description (where it has one) the edition's.
pub fn translated_page(page: &str, story: &Story) -> Result<String, String> {
    let page = edit_one(page, "html", "<html>", |el| {
        el.set_attribute("lang", &story.language)?;
        Ok(())
    })?;
    let page = edit_one(&page, "title", "<title>", |el| {
        el.set_inner_content(&story.headline, lol_html::html_content::ContentType::Text);
        Ok(())
    })?;
    edit(&page, "meta[name=description]", |el| {
        el.set_attribute("content", &story.summary)?;
        Ok(())
    })
}

/// The built file `file` (`embed/frame.html`) of the edition in
/// `language`: the English edition's is `file` itself, each other's has
/// the language before the extension (`embed/frame.uk.html`).
pub fn edition_file(file: &str, language: &str) -> String {
    match (edition_folder(language).is_empty(), file.rsplit_once('.')) {
        (false, Some((stem, extension))) => [stem, ".", language, ".", extension].concat(),
        _ => file.to_owned(),
    }
}

/// The rule that names the map's names in the edition in `language` on
/// the elements `selector` matches, for a page or sheet one folder below
/// the maps (the widget's stylesheet reads `--nue-map-names-file` before
/// its own); the drawing under them is every edition's.
pub fn maps_rule(selector: &str, language: &str) -> String {
    let [light, dark] = super::map::Theme::ALL.map(|theme| theme.names_file_in(language));
    format!(
        "{selector}{{--nue-map-names-file:url(../{light});--nue-map-names-dark-file:url(../{dark})}}"
    )
}

/// The sheet that names the map's names in the edition in `language` for
/// a CMS fragment (`embed/maps.uk.css`), none for the English edition,
/// whose names the widget's own sheet names.
pub fn maps_sheet_of(language: &str) -> Option<String> {
    let english = edition_folder(language).is_empty();
    (!english).then(|| edition_file("embed/maps.css", language))
}

/// The text of [`maps_sheet_of`]: its URLs relative to itself, as the
/// widget's sheet has them.
pub fn maps_sheet(language: &str) -> String {
    maps_rule(".nue", language) + "\n"
}
