//! The standalone page of each edition in another language,
//! `<language>/index.html`, made from the built page as the English one is.

use nato_ukraine_explainer::options::Config;
use nato_ukraine_explainer::prerender::{
    edition_file, edition_page, edition_switch, explainer_html, head_tags, inline_stylesheets,
    insert_before_scripts, insert_into, maps_rule, rebase_urls, share_image, story_texts,
    BuiltFiles, Share, SHARE_IMAGE,
};
use nato_ukraine_explainer::story::{Story, EDITION_NAMES, STORY_FINGERPRINT};
use std::path::Path;

/// Writes the page of `story`'s edition into its folder of `staging`, from
/// `template`, the built page before the English explainer went in; `read`
/// reads a built file by name, `assets` is Trunk's public URL, `switch`
/// the script of the links between editions.
pub fn write_page(
    staging: &Path,
    template: &str,
    story: &'static Story,
    share: &Share,
    assets: &str,
    switch: &str,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<(), String> {
    let config = Config::page(story);
    let html = edition_page(template, story)?;
    // The switch links the English page one folder up.
    let explainer = [
        edition_switch(story, "../"),
        // The edition's maps, in its own words, from one folder down.
        format!(
            "<style>{}</style>",
            maps_rule("#nato-ukraine-explainer-page", &story.language)
        ),
        explainer_html(story, &config),
    ]
    .concat();
    let html = insert_into(&html, "nato-ukraine-explainer-page", &explainer)?;
    // One folder down, the stylesheets find the map files one folder up.
    let (html, _) = inline_stylesheets(&html, |href| {
        read(super::file_name(href)).map(|css| rebase_urls(&css, "../"))
    })?;
    let image = edition_file(SHARE_IMAGE, &story.language);
    let path = staging.join(&image);
    std::fs::write(&path, share_image(story)?).map_err(|e| format!("{}: {e}", path.display()))?;
    let html = insert_before_scripts(
        &html,
        &(head_tags(story, share, assets, &format!("{assets}{image}")) + switch),
    )?;
    let dir = staging.join(&*story.language);
    let path = dir.join("index.html");
    std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(&path, html))
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// The script that makes the links between editions switch in place
/// (embed/switch.js, minified), for the head of each standalone page; none
/// when there is only one edition, and so no links.
pub fn switch_script(staging: &Path) -> Result<String, String> {
    if EDITION_NAMES.len() < 2 {
        return Ok(String::new());
    }
    let path = staging.join(&BuiltFiles::paths().switch);
    let js = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(format!(r#"<script type="module">{}</script>"#, js.trim()))
}

/// What switching in place fetches beside the English table: each other
/// edition's (`embed/story.uk.json`).
pub fn write_tables(staging: &Path, editions: &[Story]) -> Result<(), String> {
    let paths = BuiltFiles::paths();
    for story in editions {
        let path = staging.join(edition_file(&paths.story, &story.language));
        std::fs::write(&path, story_texts(story, STORY_FINGERPRINT) + "\n")
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// Each edition's title, description and name of the switch, by language,
/// as JSON: what embed/editions.js shows around the explainer it switches.
pub fn page_texts(editions: &[&Story]) -> String {
    let pages: serde_json::Map<String, serde_json::Value> = editions
        .iter()
        .map(|story| {
            let page = [&story.headline, &story.summary, &story.ui.language_switch];
            (
                story.language.to_string(),
                page.map(|text| text.to_string()).into(),
            )
        })
        .collect();
    serde_json::Value::from(pages).to_string()
}

/// Where embed/editions.js wants each edition's page texts.
pub const PAGES_MARK: &str = "__PAGES__";

/// Where embed/frame.js and the loader want the
/// editions' languages.
pub const EDITIONS_MARK: &str = "__EDITIONS__";

/// The editions' languages as a JavaScript array, the English first.
pub fn languages() -> String {
    let languages: Vec<String> = EDITION_NAMES
        .iter()
        .map(|(l, _)| format!("{l:?}"))
        .collect();
    format!("[{}]", languages.join(","))
}
