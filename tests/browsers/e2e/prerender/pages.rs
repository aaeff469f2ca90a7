//! The host articles the prerendering checks open, on the second origin,
//! holding prerendered placeholders (the built site's own pages are checked
//! in `built.rs`).

use nato_ukraine_explainer::options::{from_attributes, read, Config, Raw};
use nato_ukraine_explainer::prerender::{cms_fragment, shadow_root_html, BuiltFiles};
use nato_ukraine_explainer::story::{EDITIONS, STORY};
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

/// Writes the prerendering host pages into `dir`, loading the explainer's
/// files from `assets` (whose stylesheet is `css`).
pub fn write(dir: &Path, assets: &str, files: &BuiltFiles) -> std::io::Result<()> {
    let css = &files.css;
    let stylesheet = format!("{assets}/{css}");
    let defaults = Config::defaults(&STORY);
    // The links between editions lead where the loader says the pages are,
    // beside its files, as in the CMS fragment.
    let prerendered = |config: &Config| {
        let config = Config {
            pages: Some(format!("{assets}/")),
            ..config.clone()
        };
        shadow_root_html(&STORY, &config, &stylesheet)
    };

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
    // Pasted from another build: its stamp and its table of texts lead with
    // another fingerprint.
    let print = nato_ukraine_explainer::story::STORY_FINGERPRINT_HEX;
    let stamp = "data-nue-stamp=\"";
    let at = fresh.find(stamp).unwrap_or_default() + stamp.len();
    let older = format!("{}0123456789abcdef{}", &fresh[..at], &fresh[at + 16..])
        .replace(print, "fedcba9876543210");
    std::fs::write(
        dir.join("mismatch.html"),
        host_page(
            assets,
            true,
            "",
            &format!(
                "<div id=\"stale\" data-nato-ukraine-explainer data-theme=\"dark\">{fresh}</div>\n\
                 <div id=\"reindented\" data-nato-ukraine-explainer>{reindented}</div>\n\
                 <div id=\"stripped\" data-nato-ukraine-explainer>{stripped}</div>\n\
                 <div id=\"older\" data-nato-ukraine-explainer>{older}</div>\n"
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

    // A host script that changes the prerendered HTML once the explainer
    // is mounted, before the takeover's later tasks run.
    std::fs::write(dir.join("changed.js"), CHANGED_JS)?;
    std::fs::write(
        dir.join("changed.html"),
        host_page(
            assets,
            true,
            &format!(
                "<script src=\"/changed.js\"></script>\n\
                 <script type=\"module\" src=\"{assets}/embed/nato-ukraine-explainer.js\"></script>"
            ),
            &format!("<div id=\"changed\" data-nato-ukraine-explainer>{fresh}</div>\n"),
        ),
    )?;

    // The CMS fragment pasted into an article, with and without a CSP that
    // lets WebAssembly run.
    let fragment = cms_fragment(&STORY, &defaults, &format!("{assets}/"), files).replacen(
        "<nato-ukraine-explainer>",
        "<nato-ukraine-explainer id=\"cms-explainer\">",
        1,
    );
    let article = format!("<div id=\"cms\">\n{fragment}</div>\n");
    for (name, wasm) in [("cms.html", true), ("cms-no-wasm.html", false)] {
        std::fs::write(dir.join(name), host_page(assets, wasm, "", &article))?;
    }
    // The Ukrainian edition's fragment, alone in its article.
    for story in EDITIONS {
        let config = Config::defaults(story);
        let fragment = cms_fragment(story, &config, &format!("{assets}/"), files).replacen(
            "<nato-ukraine-explainer>",
            "<nato-ukraine-explainer id=\"cms-explainer\">",
            1,
        );
        let article = format!("<div id=\"cms\">\n{fragment}</div>\n");
        let name = format!("cms-{}.html", story.language);
        std::fs::write(dir.join(name), host_page(assets, true, "", &article))?;
    }
    Ok(())
}

/// Records uncaught errors, and removes the timeline from `#changed` as soon
/// as the explainer is mounted on it: a mutation observer's callback runs
/// before the takeover's next task.
const CHANGED_JS: &str = r#"
window.errors = [];
addEventListener("error", (e) => errors.push(String(e.message)));
new MutationObserver((records, observer) => {
  const host = document.getElementById("changed");
  if (!host?.hasAttribute("data-nato-ukraine-explainer-mounted")) return;
  observer.disconnect();
  host.shadowRoot.querySelector(".nue-timeline").remove();
}).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-nato-ukraine-explainer-mounted"] });
"#;

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
