//! The built site holds what the prerenderer gives for it, and what search
//! engines and browsers ask of its own pages.

use crate::page::Step;
use nato_ukraine_explainer::options::{from_attributes, read, Config};
use nato_ukraine_explainer::prerender::{
    cms_fragment, csp_hash, explainer_html, rebase_urls, shadow_root_html, shadow_root_with,
    style_element, BuiltFiles,
};
use nato_ukraine_explainer::story::{EDITIONS, STORY};
use std::path::Path;

/// The example article's prerendered placeholder: `data-heading-level="3"`.
fn article_config() -> Config {
    let entries = from_attributes([("data-heading-level", "3")]);
    embedded(read(&STORY, &entries).0, "../")
}

/// `config` with its links between editions leading to the pages at `pages`.
fn embedded(mut config: Config, pages: &str) -> Config {
    config.pages = Some(pages.into());
    config
}

/// The built site holds what the prerenderer gives for it: the standalone
/// page and the frame their explainer with the stylesheet inline (allowed by
/// hash in the frame's policy) and the WebAssembly hinted, the CMS fragment
/// its placeholder.
pub fn built_pages(dist: &Path) -> Step {
    let files = BuiltFiles::in_dir(dist)?;
    let css = &files.css;
    let read =
        |name: &str| std::fs::read_to_string(dist.join(name)).map_err(|e| format!("{name}: {e}"));
    let widget_css = read(css)?;
    let defaults = || Config::defaults(&STORY);
    // In embed/, the frame's copy finds the map files one folder up.
    let frame_css = rebase_urls(&widget_css, "../");
    let inline = style_element(&frame_css, &format!("../{css}"))?;
    let mut expected = vec![
        (
            "index.html".to_owned(),
            explainer_html(&STORY, &Config::page(&STORY)),
        ),
        ("index.html".to_owned(), format!("{widget_css}</style>")),
        // Trunk's hint, minified: the WebAssembly's request starts with the page.
        (
            "index.html".to_owned(),
            format!("href=/{} rel=preload", files.wasm),
        ),
        (
            "embed/frame.html".to_owned(),
            shadow_root_with(&inline, &STORY, &embedded(defaults(), "../")),
        ),
        ("embed/frame.html".to_owned(), csp_hash(&frame_css)),
        ("embed/frame.html".to_owned(), files.preload_links("../")),
        (
            "embed/article.html".to_owned(),
            shadow_root_html(&STORY, &article_config(), &format!("../{css}")),
        ),
        (
            "embed/fragment.html".to_owned(),
            cms_fragment(&STORY, &embedded(defaults(), "/"), "/", &files),
        ),
    ];
    // Each other edition's fragment, in its own words and labels.
    for story in EDITIONS {
        let config = embedded(Config::defaults(story), "/");
        expected.push((
            format!("embed/fragment.{}.html", story.language),
            cms_fragment(story, &config, "/", &files),
        ));
    }
    for (name, html) in expected {
        if !read(&name)?.contains(&html) {
            return Err(format!(
                "{name} does not hold what the prerenderer gives: {}…",
                html.chars().take(80).collect::<String>()
            ));
        }
    }
    // Search and social: the standalone page's structured data parses as a
    // NewsArticle with the story's headline, and its share image is there.
    let index = read("index.html")?;
    let data = index
        .split_once(r#"<script type="application/ld+json">"#)
        .and_then(|(_, rest)| rest.split_once("</script>"))
        .map(|(json, _)| json)
        .ok_or("index.html has no JSON-LD")?;
    let data: serde_json::Value =
        serde_json::from_str(data).map_err(|e| format!("index.html: JSON-LD: {e}"))?;
    if data["@type"] != "NewsArticle" || data["headline"] != STORY.headline.as_ref() {
        return Err(format!("index.html: JSON-LD {data}"));
    }
    let png = std::fs::read(dist.join("share.png")).map_err(|e| format!("share.png: {e}"))?;
    let size = png.get(16..24).map(|b| {
        (
            u32::from_be_bytes([b[0], b[1], b[2], b[3]]),
            u32::from_be_bytes([b[4], b[5], b[6], b[7]]),
        )
    });
    if size != Some((1200, 630)) {
        return Err(format!("share.png is {size:?}, not 1200x630"));
    }
    // Our own pages paint from their HTML alone: no stylesheet to fetch
    // (the example article brings the hostile one it is there to try).
    // They describe themselves, name an icon that is there (so browsers
    // ask for no missing /favicon.ico), and, built without an absolute
    // public URL, name no canonical address a crawler would reject.
    for (name, icon, inline_styles) in [
        ("index.html", "favicon.svg", true),
        ("embed/frame.html", "../favicon.svg", true),
        ("embed/article.html", "../favicon.svg", false),
    ] {
        let page = read(name)?;
        let has = |attribute: &str, value: &str| {
            page.contains(&format!("{attribute}={value}"))
                || page.contains(&format!("{attribute}=\"{value}\""))
        };
        if inline_styles && has("rel", "stylesheet") {
            return Err(format!("{name} still links a stylesheet"));
        }
        if !has("name", "description") {
            return Err(format!("{name} has no meta description"));
        }
        if !has("rel", "icon") || !has("href", icon) || !dist.join("favicon.svg").is_file() {
            return Err(format!(
                "{name} names no icon at {icon} that the build holds"
            ));
        }
        if has("rel", "canonical") {
            return Err(format!(
                "{name} names a canonical address without a public URL"
            ));
        }
    }
    Ok(())
}
