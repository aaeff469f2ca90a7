//! The pages the prerendering checks open: the built site's own, and host
//! articles on the second origin holding prerendered placeholders.

use crate::page::Step;
use nato_ukraine_explainer::options::{from_attributes, read, Config, Raw};
use nato_ukraine_explainer::prerender::{
    cms_fragment, csp_hash, explainer_html, rebase_urls, shadow_root_html, shadow_root_with,
    style_element, BuiltFiles,
};
use nato_ukraine_explainer::story::STORY;
use std::path::Path;

/// Config variants, each as a placeholder's `data-*` attributes.
pub const VARIANTS: &[(&str, &[(&str, &str)])] = &[
    ("defaults", &[]),
    ("dark", &[("data-theme", "dark")]),
    (
        "light-h4",
        &[("data-theme", "light"), ("data-heading-level", "4")],
    ),
    ("open", &[("data-open", "sanctions nato-plan")]),
    (
        "all-open",
        &[("data-open", "nato-plan security-agreement sanctions")],
    ),
    ("timeline-only", &[("data-parts", "timeline")]),
    (
        "lang-prefix",
        &[("data-lang", "en-GB"), ("data-link-prefix", "explainer-")],
    ),
    // Not part of the markup: the prerendered stylesheet link follows it.
    ("stylesheet", &[("data-stylesheet", "/brand.css")]),
];

/// One more variant with replaced labels, which only a script can pass.
const STRINGS_JS: &str =
    r#"{ theme: "light", strings: { showAll: "Open every section", kicker: "Analysis" } }"#;

fn strings_config() -> Vec<(String, Raw)> {
    vec![
        ("theme".into(), Raw::Text("light".into())),
        (
            "strings".into(),
            Raw::Map(vec![
                ("showAll".into(), Raw::Text("Open every section".into())),
                ("kicker".into(), Raw::Text("Analysis".into())),
            ]),
        ),
    ]
}

fn config(entries: &[(String, Raw)]) -> std::io::Result<Config> {
    let (config, warnings) = read(&STORY, entries);
    match warnings.is_empty() {
        true => Ok(config),
        false => Err(std::io::Error::other(format!(
            "variant {entries:?}: {warnings:?}"
        ))),
    }
}

/// The page config of `index.html`: the explainer's title is its `<h1>`.
fn page_config() -> Config {
    let mut config = Config::defaults(&STORY);
    config.heading_level = 1;
    config
}

/// The example article's prerendered placeholder: `data-heading-level="3"`.
fn article_config() -> Config {
    let entries = from_attributes([("data-heading-level", "3")]);
    read(&STORY, &entries).0
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
    let defaults = Config::defaults(&STORY);
    // In embed/, the frame's copy finds the map files one folder up.
    let frame_css = rebase_urls(&widget_css, "../");
    let inline = style_element(&frame_css, &format!("../{css}"))?;
    let expected = [
        ("index.html", explainer_html(&STORY, &page_config())),
        ("index.html", format!("{widget_css}</style>")),
        // Trunk's hint, minified: the WebAssembly's request starts with the page.
        ("index.html", format!("href=/{} rel=preload", files.wasm)),
        (
            "embed/frame.html",
            shadow_root_with(&inline, &STORY, &defaults),
        ),
        ("embed/frame.html", csp_hash(&frame_css)),
        ("embed/frame.html", files.preload_links("../")),
        (
            "embed/article.html",
            shadow_root_html(&STORY, &article_config(), &format!("../{css}")),
        ),
        (
            "embed/fragment.html",
            cms_fragment(&STORY, &defaults, "/", &files),
        ),
    ];
    for (name, html) in expected {
        if !read(name)?.contains(&html) {
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
    // Our own pages paint from their HTML alone: no stylesheet to fetch.
    // They describe themselves, name an icon that is there (so browsers
    // ask for no missing /favicon.ico), and, built without an absolute
    // public URL, name no canonical address a crawler would reject.
    for (name, icon) in [
        ("index.html", "favicon.svg"),
        ("embed/frame.html", "../favicon.svg"),
    ] {
        let page = read(name)?;
        let has = |attribute: &str, value: &str| {
            page.contains(&format!("{attribute}={value}"))
                || page.contains(&format!("{attribute}=\"{value}\""))
        };
        if has("rel", "stylesheet") {
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

/// Writes the prerendering host pages into `dir`, loading the explainer's
/// files from `assets` (whose stylesheet is `css`).
pub fn write(dir: &Path, assets: &str, files: &BuiltFiles) -> std::io::Result<()> {
    let css = &files.css;
    let stylesheet = format!("{assets}/{css}");
    let defaults = Config::defaults(&STORY);
    let prerendered = |config: &Config| shadow_root_html(&STORY, config, &stylesheet);

    let mut body = String::new();
    for (name, attributes) in VARIANTS {
        let config = config(&from_attributes(attributes.iter().copied()))?;
        let attributes: String = attributes
            .iter()
            .map(|(name, value)| format!(r#" {name}="{value}""#))
            .collect();
        body += &format!(
            "<div id=\"v-{name}\" data-nato-ukraine-explainer{attributes}>{}</div>\n\
             <div id=\"f-{name}\" data-nato-ukraine-explainer{attributes}></div>\n",
            prerendered(&config)
        );
    }
    body += &format!(
        "<div id=\"v-strings\">{}</div>\n<div id=\"f-strings\"></div>\n",
        prerendered(&config(&strings_config())?)
    );
    std::fs::write(
        dir.join("variants.js"),
        format!(
            "import {{ mount }} from \"{assets}/embed/nato-ukraine-explainer.js\";\n\
             for (const id of [\"v-strings\", \"f-strings\"]) mount(document.getElementById(id), {STRINGS_JS});\n"
        ),
    )?;
    std::fs::write(
        dir.join("brand.css"),
        ".nue { --nue-color-accent: #8a1538; }\n",
    )?;
    std::fs::write(
        dir.join("variants.html"),
        host_page(
            assets,
            true,
            r#"<script type="module" src="/variants.js"></script>"#,
            &body,
        ),
    )?;

    // Prerendered HTML that does not fit: other options, re-indented by a
    // CMS, or with its comments stripped.
    let fresh = prerendered(&defaults);
    let stamp_at = fresh.find("data-nue-stamp").unwrap_or_default();
    let reindented = format!(
        "{}{}",
        &fresh[..stamp_at],
        fresh[stamp_at..].replacen("><", ">\n  <", 3)
    );
    let stripped = fresh.replace("<!>", "");
    std::fs::write(
        dir.join("mismatch.html"),
        host_page(
            assets,
            true,
            "",
            &format!(
                "<div id=\"stale\" data-nato-ukraine-explainer data-theme=\"dark\">{fresh}</div>\n\
                 <div id=\"reindented\" data-nato-ukraine-explainer>{reindented}</div>\n\
                 <div id=\"stripped\" data-nato-ukraine-explainer>{stripped}</div>\n"
            ),
        ),
    )?;

    // The loader arrives only when the check calls startExplainer().
    std::fs::write(
        dir.join("late.js"),
        format!(
            "window.startExplainer = () => import(\"{assets}/embed/nato-ukraine-explainer.js\");\n"
        ),
    )?;
    std::fs::write(
        dir.join("late.html"),
        host_page(
            assets,
            true,
            &format!(
                "<script src=\"/late.js\"></script>\n\
                 <script type=\"module\" src=\"{assets}/embed/enhance.js\"></script>"
            ),
            &format!("<div id=\"late\" data-nato-ukraine-explainer>{fresh}</div>\n"),
        ),
    )?;

    // The CMS fragment pasted into an article, with and without a CSP that
    // lets WebAssembly run.
    let fragment = cms_fragment(&STORY, &defaults, &format!("{assets}/"), files).replacen(
        "<div data-nato-ukraine-explainer>",
        "<div id=\"cms-explainer\" data-nato-ukraine-explainer>",
        1,
    );
    let article = format!("<div id=\"cms\">\n{fragment}</div>\n");
    for (name, wasm) in [("cms.html", true), ("cms-no-wasm.html", false)] {
        std::fs::write(dir.join(name), host_page(assets, wasm, "", &article))?;
    }
    Ok(())
}

/// A host article on the second origin under a strict CSP, with the host's
/// instrumentation (`host-test.js`) and the explainer's loader.
fn host_page(assets: &str, wasm: bool, scripts: &str, body: &str) -> String {
    let wasm = if wasm { " 'wasm-unsafe-eval'" } else { "" };
    // Pages that bring the loader themselves pass it in `scripts` or `body`.
    let loader = if scripts.is_empty() && !body.contains("nato-ukraine-explainer.js") {
        format!(
            "<script type=\"module\" src=\"{assets}/embed/nato-ukraine-explainer.js\"></script>"
        )
    } else {
        String::new()
    };
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' {assets}{wasm}; style-src 'self' {assets}; connect-src {assets}; img-src 'self' {assets}">
<title>Host article</title>
<script src="/host-test.js"></script>
{loader}
{scripts}
</head>
<body>
<main class="article">
<h2>The host's own heading</h2>
{body}</main>
</body>
</html>
"#
    )
}
