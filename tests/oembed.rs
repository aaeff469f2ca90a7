//! The oEmbed description, read as a CMS reads it: oEmbed 1.0's `rich`
//! type, whose `html` is the iframe embed naming the built files in full,
//! discovered from the standalone page's head.
#![cfg(feature = "ssr")]

mod common;
use common::{parse, Query};

use nato_ukraine_explainer::prerender::{head_tags, oembed, Share, FRAME_SIZE, IMAGE_SIZE};
use nato_ukraine_explainer::story::{Story, STORY};
use serde_json::Value;

const ASSETS: &str = "https://assets.example/explainer/";

fn described(story: &Story, assets: &str) -> Option<Value> {
    oembed(
        story,
        &Share::read().expect("content/share.toml reads"),
        assets,
    )
}

#[test]
fn a_cms_reads_a_rich_embed_of_the_iframe() {
    let data = described(&STORY, ASSETS).expect("a description for an absolute URL");
    assert_eq!(data["version"], "1.0");
    assert_eq!(data["type"], "rich");
    assert_eq!(data["title"], STORY.headline.as_ref());
    assert_eq!(data["provider_url"], ASSETS);
    assert!(!data["provider_name"].as_str().unwrap_or("").is_empty());
    // `rich` requires html, width and height, in whole pixels.
    let (width, height) = FRAME_SIZE;
    assert_eq!(data["width"].as_u64(), Some(u64::from(width)));
    assert_eq!(data["height"].as_u64(), Some(u64::from(height)));
    let (thumb_width, thumb_height) = IMAGE_SIZE;
    assert_eq!(data["thumbnail_url"], format!("{ASSETS}share.png"));
    assert_eq!(
        data["thumbnail_width"].as_u64(),
        Some(u64::from(thumb_width))
    );
    assert_eq!(
        data["thumbnail_height"].as_u64(),
        Some(u64::from(thumb_height))
    );

    let html = parse(data["html"].as_str().expect("html is text"));
    let frames = html.all("iframe");
    assert_eq!(frames.len(), 1);
    let frame = frames[0];
    assert_eq!(
        frame.attr("src"),
        Some(format!("{ASSETS}embed/frame.html").as_str())
    );
    assert_eq!(frame.attr("title"), Some(STORY.headline.as_ref()));
    assert!(frame.attr("data-nato-ukraine-explainer-frame").is_some());
    assert_eq!(frame.attr("width"), Some(width.to_string().as_str()));
    // Far down an article, the frame and its WebAssembly wait for the reader.
    assert_eq!(frame.attr("loading"), Some("lazy"));
    let scripts = html.all("script");
    assert_eq!(scripts.len(), 1);
    assert_eq!(
        scripts[0].attr("src"),
        Some(format!("{ASSETS}embed/frame-host.js").as_str())
    );
}

#[test]
fn the_page_links_its_description() {
    let share = Share::read().expect("content/share.toml reads");
    let tags = parse(&head_tags(
        &STORY,
        &share,
        ASSETS,
        "https://assets.example/explainer/share.png",
    ));
    let link = tags.one(r#"link[rel="alternate"][type="application/json+oembed"]"#);
    assert_eq!(
        link.attr("href"),
        Some(format!("{ASSETS}embed/oembed.json").as_str())
    );
    assert_eq!(link.attr("title"), Some(STORY.headline.as_ref()));

    // Without an absolute address there is nothing a CMS could embed.
    assert!(described(&STORY, "/").is_none());
    let relative = parse(&head_tags(&STORY, &share, "/", "/share.png"));
    assert!(!relative.has(r#"link[type="application/json+oembed"]"#));
}

#[test]
fn a_headline_cannot_break_out_of_the_embed_html() {
    let mut story = STORY.clone();
    story.headline = "\"><script>alert(1)</script>".into();
    let data = described(&story, ASSETS).expect("a description");
    let html = parse(data["html"].as_str().expect("html is text"));
    assert_eq!(html.all("script").len(), 1, "{}", data["html"]);
    assert_eq!(
        html.one("iframe").attr("title"),
        Some("\"><script>alert(1)</script>")
    );
}
