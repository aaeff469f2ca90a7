//! The links between editions in the explainer's header: each edition
//! named in its own language, the shown one current, each leading to its
//! edition's page; left out by a host's `parts` and on the standalone
//! pages, which link the editions above the explainer.

use crate::common::{read_options, ukrainian, Query};
use crate::render_with;
use nato_ukraine_explainer::options::{Config, Raw};
use nato_ukraine_explainer::story::{Story, STORY};
use scraper::Html;

const PAGES: &str = "https://assets.example/explainer/";

fn embedded(story: &'static Story) -> Html {
    let mut config = Config::defaults(story);
    config.pages = Some(PAGES.into());
    render_with(story, config)
}

/// Each link's (hreflang, lang, href, current, name), in order.
fn links(html: &Html) -> Vec<(String, String, String, bool, String)> {
    html.all(".nue-header .nue-editions a")
        .into_iter()
        .map(|a| {
            let attr = |name| a.attr(name).unwrap_or_default().to_owned();
            let current = a.attr("aria-current") == Some("true");
            (
                attr("hreflang"),
                attr("lang"),
                attr("href"),
                current,
                a.text().collect(),
            )
        })
        .collect()
}

#[test]
fn the_header_links_each_edition_named_in_its_own_language() {
    let html = embedded(&STORY);
    let list = html.one(".nue-header > ul.nue-editions");
    assert_eq!(list.attr("aria-label"), Some("Language"));
    let uk = [PAGES, "uk/"].concat();
    assert_eq!(
        links(&html),
        [
            (
                "en".into(),
                "en".into(),
                PAGES.into(),
                true,
                "English".into()
            ),
            (
                "uk".into(),
                "uk".into(),
                uk.clone(),
                false,
                "Українська".into()
            ),
        ]
    );
    // Above the headline, so a reader finds it before the text.
    let header = html.one(".nue-header");
    let first = header
        .children()
        .find_map(scraper::ElementRef::wrap)
        .unwrap();
    assert_eq!(first.value().attr("class"), Some("nue-editions"));

    let html = embedded(ukrainian());
    assert_eq!(html.one(".nue-editions").attr("aria-label"), Some("Мова"));
    let shown: Vec<_> = links(&html).into_iter().map(|l| (l.0, l.3)).collect();
    assert_eq!(shown, [("en".into(), false), ("uk".into(), true)]);
}

#[test]
fn a_host_leaves_the_links_out_with_parts_and_pages_link_them_outside() {
    let (config, warnings) =
        read_options(&[("parts", Raw::List(vec![Raw::Text("timeline".into())]))]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(!render_with(&STORY, config).has(".nue-editions"));
    let (config, _) = read_options(&[("parts", Raw::Text("timeline editions".into()))]);
    assert_eq!(links(&render_with(&STORY, config)).len(), 2);
    assert!(!render_with(&STORY, Config::page(&STORY)).has(".nue-editions"));
}

#[test]
fn without_the_pages_address_the_links_are_relative_to_the_page() {
    let hrefs: Vec<_> = links(&render_with(&STORY, Config::defaults(&STORY)))
        .into_iter()
        .map(|l| l.2)
        .collect();
    assert_eq!(hrefs, ["", "uk/"]);
}
