//! Each edition a page of its own: the English one at the top, the
//! Ukrainian one in `uk/`, each naming the other for search engines
//! (`hreflang`, both ways, the English the default) and social networks
//! (`og:locale`), with its own canonical address, language and share image,
//! and a switch between them that works as plain links.
#![cfg(feature = "ssr")]

mod common;
use common::{parse, ukrainian, Query};

use nato_ukraine_explainer::options::Config;
use nato_ukraine_explainer::prerender::{
    edition_page, edition_switch, edition_url, explainer_html, head_tags, share_image, Share,
};
use nato_ukraine_explainer::story::{Story, EDITIONS, EDITION_NAMES, STORY};

const SITE: &str = "https://assets.example/explainer/";

fn every_edition() -> impl Iterator<Item = &'static Story> {
    std::iter::once(&STORY).chain(EDITIONS)
}

fn tags_of(story: &Story) -> scraper::Html {
    let share = Share::read().expect("content/share.toml reads");
    parse(&head_tags(story, &share, SITE, &format!("{SITE}share.png")))
}

#[test]
fn the_editions_are_english_then_ukrainian_each_named_in_itself() {
    assert_eq!(EDITION_NAMES, &[("en", "English"), ("uk", "Українська")]);
    assert_eq!(edition_url(SITE, "en"), SITE);
    assert_eq!(edition_url(SITE, "uk"), format!("{SITE}uk/"));
}

#[test]
fn hreflang_pairs_point_at_each_other() {
    for story in every_edition() {
        let tags = tags_of(story);
        let own = edition_url(SITE, &story.language);
        let canonical = tags.one(r#"link[rel="canonical"]"#);
        assert_eq!(
            canonical.attr("href"),
            Some(own.as_str()),
            "{}",
            story.language
        );
        for (language, _) in EDITION_NAMES {
            let found = tags.all(&format!(r#"link[rel="alternate"][hreflang="{language}"]"#));
            assert_eq!(found.len(), 1, "{} names {language} once", story.language);
            assert_eq!(
                found[0].attr("href"),
                Some(edition_url(SITE, language).as_str())
            );
        }
        let default = tags.one(r#"link[rel="alternate"][hreflang="x-default"]"#);
        assert_eq!(default.attr("href"), Some(SITE));
    }
}

#[test]
fn each_page_states_its_locale_language_and_address() {
    let tags = tags_of(ukrainian());
    assert!(tags.has(r#"meta[property="og:locale"][content="uk_UA"]"#));
    assert!(tags.has(r#"meta[property="og:locale:alternate"][content="en_US"]"#));
    assert!(tags.has(r#"meta[property="og:url"][content="https://assets.example/explainer/uk/"]"#));
    let json = tags
        .one(r#"script[type="application/ld+json"]"#)
        .visible_text();
    let data: serde_json::Value = serde_json::from_str(&json).expect("JSON-LD parses");
    assert_eq!(data["inLanguage"], "uk");
    assert_eq!(data["url"], format!("{SITE}uk/"));
    assert_eq!(data["headline"], ukrainian().headline.as_ref());
    let english = tags_of(&STORY);
    assert!(english.has(r#"meta[property="og:locale"][content="en_US"]"#));
    assert!(english.has(r#"meta[property="og:locale:alternate"][content="uk_UA"]"#));
}

#[test]
fn without_an_absolute_address_no_page_names_a_relative_alternate() {
    let share = Share::read().expect("content/share.toml reads");
    let tags = parse(&head_tags(ukrainian(), &share, "/", "/share.uk.png"));
    assert!(!tags.has(r#"link[rel="alternate"][hreflang]"#));
    assert!(tags.has(r#"meta[property="og:locale"][content="uk_UA"]"#));
}

#[test]
fn the_switch_links_every_edition_in_its_own_language() {
    for (story, home) in [(&STORY, "./"), (ukrainian(), "../")] {
        let html = parse(&edition_switch(story, home));
        let switch = html.one("nav.page-editions");
        assert_eq!(switch.attr("aria-label"), Some(&*story.ui.language_switch));
        // The script that switches in place, from this page's folder.
        let script = [home, "embed/editions.js"].concat();
        assert_eq!(switch.attr("data-nue-editions"), Some(script.as_str()));
        let links = switch.all("a");
        assert_eq!(links.len(), 2);
        for (link, (language, name)) in links.iter().zip(EDITION_NAMES) {
            assert_eq!(link.visible_text(), *name);
            assert_eq!(link.attr("lang"), Some(*language));
            assert_eq!(link.attr("hreflang"), Some(*language));
            let href = edition_url(home, language);
            assert_eq!(link.attr("href"), Some(href.as_str()));
            let current = *language == &*story.language;
            assert_eq!(
                link.attr("aria-current"),
                current.then_some("true"),
                "{language}"
            );
        }
    }
    assert_eq!(edition_url("../", "en"), "../");
    assert_eq!(edition_url("./", "uk"), "./uk/");
    // Embeds show one edition, with no switch.
    let html = parse(&explainer_html(&STORY, &Config::defaults(&STORY)));
    assert!(!html.has("nav"));
}

#[test]
fn the_ukrainian_page_is_ukrainian_and_finds_its_files_one_folder_up() {
    let built = r#"<!DOCTYPE html><html lang="en"><head><title>NATO's plan</title>
        <meta name="description" content="English"><link rel="icon" href="favicon.svg">
        <link rel="modulepreload" href="/glue.js"><script type="module" src="embed/enhance.js"></script>
        </head><body><main id="nato-ukraine-explainer-page"></main></body></html>"#;
    let page = parse(&edition_page(built, ukrainian()).expect("the page is as built"));
    assert_eq!(page.root_element().attr("lang"), Some("uk"));
    assert_eq!(
        page.one("title").visible_text(),
        ukrainian().headline.as_ref()
    );
    let description = page.one(r#"meta[name="description"]"#);
    assert_eq!(
        description.attr("content"),
        Some(ukrainian().summary.as_ref())
    );
    assert_eq!(
        page.one(r#"link[rel="icon"]"#).attr("href"),
        Some("../favicon.svg")
    );
    assert_eq!(page.one("script").attr("src"), Some("../embed/enhance.js"));
    assert_eq!(
        page.one(r#"link[rel="modulepreload"]"#).attr("href"),
        Some("/glue.js")
    );
    let error = edition_page("<html><body></body></html>", ukrainian()).unwrap_err();
    assert!(error.contains("<title>"), "{error}");
}

#[test]
fn the_ukrainian_share_image_draws_its_letters_not_boxes() {
    let png = share_image(ukrainian()).expect("DejaVu draws every Cyrillic letter");
    assert_eq!(&png[1..4], b"PNG");
    assert_ne!(png, share_image(&STORY).expect("the English one draws"));
    // A letter the fonts lack would be a box: the build refuses it instead.
    let mut story = ukrainian().clone();
    story.headline = "Пояснюємо 北约".into();
    let error = share_image(&story).unwrap_err();
    assert!(
        error.contains("`北`") && error.contains("DejaVu Serif"),
        "{error}"
    );
}
