//! What search engines and social networks get: the structured data parses
//! as schema.org `NewsArticle` with the story's facts and dates, the tags
//! name the page and its image, and the share image is a 1200x630 PNG with
//! the headline drawn on it.
#![cfg(feature = "ssr")]

mod common;
use common::{parse, Query};

use nato_ukraine_explainer::prerender::{head_tags, share_image, Share, IMAGE_SIZE};
use nato_ukraine_explainer::story::{EDITIONS, STORY};
use serde_json::Value;

/// The structured data in `tags`, parsed as JSON.
fn json_ld_of(tags: &str) -> Value {
    let script = parse(tags)
        .one(r#"script[type="application/ld+json"]"#)
        .visible_text();
    serde_json::from_str(&script).expect("JSON-LD that parses")
}

#[test]
fn structured_data_is_a_news_article_with_the_story_facts() {
    let share = Share::read().expect("content/share.toml reads");
    let url = "https://assets.example/explainer/";
    let tags = head_tags(&STORY, &share, url, &format!("{url}share.png"));
    let data = json_ld_of(&tags);
    assert_eq!(data["@context"], "https://schema.org");
    assert_eq!(data["@type"], "NewsArticle");
    assert_eq!(data["headline"], STORY.headline.as_ref());
    assert_eq!(data["description"], STORY.summary.as_ref());
    assert_eq!(data["datePublished"], "2024-06-13");
    assert_eq!(data["dateModified"], STORY.source.updated.as_ref());
    assert_eq!(data["url"], url);
    assert_eq!(data["image"], "https://assets.example/explainer/share.png");
    assert_eq!(data["isBasedOn"]["name"], STORY.source.title.as_ref());
    assert_eq!(data["isBasedOn"]["inLanguage"], "en");
    let about = data["about"].as_array().expect("about is a list");
    for person in STORY.people.iter() {
        assert!(
            about
                .iter()
                .any(|a| a["@type"] == "Person" && a["name"] == person.name.as_ref()),
            "{} is not in `about`",
            person.name
        );
    }
    assert!(about
        .iter()
        .any(|a| a["@type"] == "Organization" && a["name"] == "NATO"));
    let page = parse(&tags);
    for tag in [
        r#"link[rel="canonical"][href="https://assets.example/explainer/"]"#,
        r#"meta[property="og:type"][content="article"]"#,
        r#"meta[property="og:image"][content="https://assets.example/explainer/share.png"]"#,
        r#"meta[property="og:image:width"][content="1200"]"#,
        r#"meta[name="twitter:card"][content="summary_large_image"]"#,
        r#"meta[property="article:published_time"][content="2024-06-13"]"#,
    ] {
        assert!(page.has(tag), "no {tag}");
    }
}

#[test]
fn without_an_absolute_address_the_page_names_no_canonical() {
    let share = Share::read().expect("content/share.toml reads");
    let tags = head_tags(&STORY, &share, "/", "/share.png");
    let page = parse(&tags);
    assert!(!page.has(r#"link[rel="canonical"]"#), "{tags}");
    assert!(!page.has(r#"meta[property="og:url"]"#), "{tags}");
    assert!(json_ld_of(&tags).get("url").is_none(), "{tags}");
    assert!(page.has(r#"meta[property="og:title"]"#), "{tags}");
}

#[test]
fn text_cannot_break_out_of_the_structured_data() {
    let mut story = STORY.clone();
    story.headline = "</script><script>alert(1)</script>".into();
    let story: &'static _ = Box::leak(Box::new(story));
    let share = Share::read().expect("content/share.toml reads");
    let tags = head_tags(story, &share, "/", "/share.png");
    // On the tags as sent, on purpose: what closes a script is how the
    // text is spelled there, which parsing would hide.
    assert_eq!(tags.matches("</script>").count(), 1, "{tags}");
    assert_eq!(parse(&tags).all("script").len(), 1, "{tags}");
    assert_eq!(
        json_ld_of(&tags)["headline"],
        "</script><script>alert(1)</script>"
    );
}

#[test]
fn the_share_image_is_1200_by_630_with_the_headline_drawn() {
    let png = share_image(&STORY).expect("the image draws");
    assert_eq!(&png[1..4], b"PNG");
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).expect("it decodes");
    assert_eq!((pixmap.width(), pixmap.height()), IMAGE_SIZE);
    // The headline's lines are dark text on white: many dark pixels where
    // it stands, none in the empty band to its right.
    let dark = |x0: u32, x1: u32, y0: u32, y1: u32| {
        (y0..y1)
            .flat_map(|y| (x0..x1).map(move |x| (x, y)))
            .filter(|&(x, y)| {
                let p = pixmap.pixel(x, y).expect("inside");
                p.red() < 90 && p.green() < 90 && p.blue() < 90
            })
            .count()
    };
    assert!(dark(64, 1000, 110, 170) > 2000, "no headline text drawn");
    assert_eq!(dark(1150, 1200, 110, 400), 0);
}

/// Every edition's share image: each key number drawn inside its tile, none
/// running into the gaps between tiles or off the image's edge.
#[test]
fn every_editions_key_numbers_stay_inside_their_tiles() {
    assert!(!EDITIONS.is_empty(), "the editions are drawn too");
    let (width, _) = IMAGE_SIZE;
    let column = (width - 128) / 4;
    for story in std::iter::once(&STORY).chain(EDITIONS) {
        let png = share_image(story).expect("the image draws");
        let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).expect("it decodes");
        // The numbers' blue (#0b4d8c), in the tiles' rows from x0 to x1.
        let blue = |x0: u32, x1: u32| {
            (500..596)
                .flat_map(|y| (x0..x1).map(move |x| (x, y)))
                .filter(|&(x, y)| {
                    let p = pixmap.pixel(x, y).expect("inside");
                    p.red() < 70 && p.blue() > 100 && p.green() < 120
                })
                .count()
        };
        for i in 0..4 {
            let left = 64 + column * i;
            let right = left + column - 16;
            let next = if i == 3 { width } else { left + column };
            assert!(
                blue(left, right) > 200,
                "{}: tile {i} has no number drawn",
                story.language
            );
            assert_eq!(
                blue(right, next),
                0,
                "{}: the number in tile {i} runs out of it",
                story.language
            );
        }
    }
}

/// The Ukrainian page's structured data names the story's organisations and
/// places in Ukrainian, as the page's `inLanguage` says; every edition has
/// its names, and names that do not match the English ones are refused.
#[test]
fn each_editions_structured_data_is_in_its_language() {
    let share = Share::read().expect("content/share.toml reads");
    for language in EDITIONS.iter().map(|story| &*story.language) {
        assert!(
            share.editions.contains_key(language),
            "content/share.toml: no [editions.{language}] for content/story.{language}.toml"
        );
    }
    let story = EDITIONS
        .iter()
        .find(|story| story.language == "uk")
        .expect("a Ukrainian edition");
    let data = json_ld_of(&head_tags(story, &share, "/", "/share.uk.png"));
    assert_eq!(data["inLanguage"], "uk");
    let names: Vec<&str> = data["about"]
        .as_array()
        .expect("about is a list")
        .iter()
        .filter_map(|a| a["name"].as_str())
        .collect();
    for name in ["НАТО", "Україна", "Брюссель", "Рустем Умєров"] {
        assert!(names.contains(&name), "{name} is not in {names:?}");
    }
    assert!(!names.contains(&"Ukraine"), "{names:?}");

    let short: Share = toml::from_str(
        "organizations = [\"NATO\"]\nplaces = [\"Ukraine\", \"Russia\"]\nprovider = \"P\"\n\
         locale = \"en_US\"\n\
         [editions.uk]\norganizations = [\"НАТО\"]\nplaces = [\"Україна\"]\nlocale = \"uk_UA\"\n",
    )
    .expect("it parses");
    assert_eq!(
        short.checked().unwrap_err(),
        "content/share.toml: editions.uk.places: names 1 where the English edition names 2"
    );
    let mut regionless = Share::read().expect("content/share.toml reads");
    regionless.editions.get_mut("uk").expect("uk").locale = "uk".into();
    assert_eq!(
        regionless.checked().unwrap_err(),
        "content/share.toml: editions.uk.locale: `uk` is not the language `uk` with a \
         territory, as Open Graph writes it (`uk_XX`)"
    );
}
