//! A CMS that embeds by oEmbed: it reads the description as JSON, pastes
//! its `html` into an article of its own, and the explainer's iframe works
//! and fits its content there.

use super::iframe::wait_frame_fits;
use crate::page::{Page, Step};
use nato_ukraine_explainer::prerender::{oembed, Share};
use nato_ukraine_explainer::story::STORY;
use std::path::Path;

/// Writes `oembed.html` into `dir`: an article holding the `html` of the
/// description of the files at `assets`, read back as a consumer reads it.
pub fn write_consumer_page(dir: &Path, assets: &str) -> std::io::Result<()> {
    // Only the provider's name comes from content/share.toml.
    let share = Share {
        organizations: Vec::new(),
        places: Vec::new(),
        provider: "A newsroom".into(),
        locale: "en_US".into(),
        editions: Default::default(),
    };
    let description = oembed(&STORY, &share, &format!("{assets}/"))
        .ok_or_else(|| std::io::Error::other("no oEmbed description for an absolute URL"))?;
    let read: serde_json::Value = serde_json::from_str(&description.to_string())?;
    let html = match (&read["version"], &read["type"], &read["html"]) {
        (v, t, serde_json::Value::String(html)) if v == "1.0" && t == "rich" => html.clone(),
        _ => {
            return Err(std::io::Error::other(format!(
                "not a rich oEmbed 1.0 response: {read}"
            )))
        }
    };
    std::fs::write(
        dir.join("oembed.html"),
        format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <title>An article embedding by oEmbed</title></head>\n<body><main>\
             <h1>An article</h1><p>The article's own text.</p>\n{html}\n</main></body></html>\n"
        ),
    )
}

pub async fn a_cms_embeds_it_by_oembed(page: &Page<'_>, host: &str) -> Step {
    page.open(
        &format!("{host}/oembed.html"),
        "document.querySelector('iframe[data-nato-ukraine-explainer-frame]')",
        "the embedded iframe",
    )
    .await?;
    page.js(
        "document.querySelector('iframe[data-nato-ukraine-explainer-frame]').id = 'oembedded';",
    )
    .await?;
    let height = wait_frame_fits(page, "oembedded").await?;
    // Fitted to its content, not left at the description's height.
    let described = f64::from(nato_ukraine_explainer::prerender::FRAME_SIZE.1);
    if (height - described).abs() < 1.0 {
        return Err(format!("the iframe kept the description's {described} px"));
    }
    Ok(())
}
