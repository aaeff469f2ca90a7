//! The standalone page of each edition in another language,
//! `<language>/index.html`, made from the built page as the English one is.

use nato_ukraine_explainer::options::Config;
use nato_ukraine_explainer::prerender::{
    edition_file, edition_page, edition_switch, explainer_html, head_tags, inline_stylesheets,
    insert_before_scripts, insert_into, maps_rule, rebase_urls, share_image, Share, SHARE_IMAGE,
};
use nato_ukraine_explainer::story::Story;
use std::path::Path;

/// Writes the page of `story`'s edition into its folder of `staging`, from
/// `template`, the built page before the English explainer went in; `read`
/// reads a built file by name, `assets` is Trunk's public URL.
pub fn write_page(
    staging: &Path,
    template: &str,
    story: &'static Story,
    share: &Share,
    assets: &str,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<(), String> {
    let mut config = Config::defaults(story);
    config.heading_level = 1;
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
        &head_tags(story, share, assets, &format!("{assets}{image}")),
    )?;
    let dir = staging.join(&*story.language);
    let path = dir.join("index.html");
    std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(&path, html))
        .map_err(|e| format!("{}: {e}", path.display()))
}
