//! The explainer's oEmbed description (oEmbed 1.0, type `rich`): CMSs that
//! discover embeds by oEmbed read it from the standalone page's
//! `<link rel="alternate" type="application/json+oembed">` and paste its
//! `html`, the iframe embed with its host script, into an article.

use super::page::{escape_attribute as attr, is_absolute};
use super::share::Share;
use super::share_image::{IMAGE_SIZE, SHARE_IMAGE};
use super::BuiltFiles;
use crate::story::Story;
use serde_json::json;

/// Where the description is written, in the built folder.
pub const OEMBED_FILE: &str = "embed/oembed.json";

/// The iframe's size until its host script fits it to its content: an
/// article column, and about the explainer's height there with every
/// section closed.
pub const FRAME_SIZE: (u32, u32) = (640, 1500);

/// The oEmbed response for the files served from `assets` (ending in `/`),
/// or `None` when `assets` is not absolute: the HTML a consumer pastes
/// into its own pages must name the files in full.
pub fn oembed(story: &Story, share: &Share, assets: &str) -> Option<serde_json::Value> {
    if !is_absolute(assets) {
        return None;
    }
    let paths = BuiltFiles::paths();
    let (width, height) = FRAME_SIZE;
    let (thumbnail_width, thumbnail_height) = IMAGE_SIZE;
    let html = format!(
        "<iframe data-nato-ukraine-explainer-frame title=\"{}\" src=\"{}\" width=\"{width}\" \
         height=\"{height}\" loading=\"lazy\"></iframe><script src=\"{}\" defer></script>",
        attr(&story.headline),
        attr(&format!("{assets}{}", paths.frame)),
        attr(&format!("{assets}{}", paths.frame_host)),
    );
    Some(json!({
        "version": "1.0",
        "type": "rich",
        "title": story.headline,
        "provider_name": share.provider,
        "provider_url": assets,
        "html": html,
        "width": width,
        "height": height,
        "thumbnail_url": format!("{assets}{SHARE_IMAGE}"),
        "thumbnail_width": thumbnail_width,
        "thumbnail_height": thumbnail_height,
    }))
}

/// The discovery link for the page's `<head>`, beside the description.
pub fn oembed_link(story: &Story, assets: &str) -> Option<String> {
    is_absolute(assets).then(|| {
        format!(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
            attr(&format!("{assets}{OEMBED_FILE}")),
            attr(&story.headline)
        )
    })
}
