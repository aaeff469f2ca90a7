//! The map in the embeds on another origin: the script embed, the CMS
//! fragment and the iframe page all show it from the explainer's origin.

use super::drawing::{decodes, layers, map_state};
use crate::embed::{assets_of, inside};
use crate::page::{Page, Step};
use nato_ukraine_explainer::prerender::map::Theme;
use serde_json::json;

/// On a host article on another origin, under a strict CSP and a hostile
/// stylesheet: the script embed shows the map from the explainer's own
/// origin once its section opens (already open in `#branded`), and it
/// decodes under the host's policy; the CMS fragment too; the iframe page
/// finds it one folder up.
pub async fn works_in_every_embed(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    let assets = assets_of(page).await?;
    // The host leaves the theme to the reader's system.
    let dark = page
        .js_bool("return matchMedia('(prefers-color-scheme: dark)').matches;")
        .await?;
    let theme = if dark { Theme::Dark } else { Theme::Light };
    let expected = layers(&assets, theme);
    let branded = map_state(page, &inside("branded", ".nue")).await?;
    if branded["urls"] != expected {
        return Err(format!(
            "script embed, opened by data-open: {} (expected {expected})",
            branded["urls"]
        ));
    }
    let plain = map_state(page, &inside("plain", ".nue")).await?;
    if plain["urls"] != json!([]) {
        return Err(format!("script embed, closed: asked for {}", plain["urls"]));
    }
    page.shadow_click("plain", "#nato-plan-button").await?;
    let plain = map_state(page, &inside("plain", ".nue")).await?;
    if plain["urls"] != expected {
        return Err(format!("script embed, opened: {}", plain["urls"]));
    }
    // A picture the engine already holds may not show in Resource Timing
    // again: that it decodes under this page's policy is what counts here.
    for url in expected.as_array().into_iter().flatten() {
        decodes(page, url.as_str().unwrap_or_default()).await?;
    }

    page.open(
        &format!("{host}/cms.html"),
        "document.getElementById('cms-explainer').shadowRoot?.querySelector('[data-nue-live]')",
        "the CMS fragment to be live",
    )
    .await?;
    page.shadow_click("cms-explainer", "#nato-plan-button")
        .await?;
    let cms = map_state(page, &inside("cms-explainer", ".nue")).await?;
    if cms["urls"] != expected {
        return Err(format!("CMS fragment: {}", cms["urls"]));
    }

    page.open(
        &format!("{assets}/embed/frame.html?open=nato-plan"),
        "document.querySelector('[data-nato-ukraine-explainer]').shadowRoot?.querySelector('[data-nue-live]')",
        "the frame page to be live",
    )
    .await?;
    let frame = map_state(
        page,
        "document.querySelector('[data-nato-ukraine-explainer]').shadowRoot",
    )
    .await?;
    if frame["urls"] != expected {
        return Err(format!("iframe page: {}", frame["urls"]));
    }
    for url in expected.as_array().into_iter().flatten() {
        decodes(page, url.as_str().unwrap_or_default()).await?;
    }
    Ok(())
}
