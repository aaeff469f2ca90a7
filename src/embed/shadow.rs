//! The shadow root each embedded explainer lives in, and the stylesheet
//! inside it: host CSS stays out, widget CSS stays in.

use super::dom::{element_children, warn};
use leptos::prelude::document;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A host's shadow root, made ready for an explainer.
pub(super) struct Root {
    pub node: web_sys::Node,
    /// The stylesheet elements in it that the explainer brought or reused;
    /// `unmount()` removes them with the explainer.
    pub styles: Vec<web_sys::Element>,
    /// A `<link>` added now, whose load the explainer waits for.
    pub new_link: Option<web_sys::HtmlLinkElement>,
}

/// The shadow root of `host` with the explainer's stylesheet in it. A root
/// that is already there (declarative, with a prerendered explainer) is
/// reused, and so is its stylesheet; a host that cannot have a shadow root
/// holds the explainer directly.
pub(super) fn prepare(host: &web_sys::Element, stylesheet: Option<&str>) -> Root {
    let node: web_sys::Node = match host.shadow_root() {
        Some(root) => root.into(),
        None => {
            match host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)) {
                Ok(root) => root.into(),
                Err(_) => {
                    warn("nato-ukraine-explainer: this element cannot hold a shadow root; the host page's CSS may restyle the explainer");
                    host.clone().into()
                }
            }
        }
    };
    // A prerendered shadow root brings its own stylesheet.
    let prerendered_link = element_children(&node).find(|child| {
        child.tag_name().eq_ignore_ascii_case("link")
            && child.get_attribute("rel").as_deref() == Some("stylesheet")
    });
    // It follows the `stylesheet` option where that names another file
    // (both URLs as the browser resolves them).
    if let (Some(link), Some(wanted)) = (&prerendered_link, stylesheet) {
        let link: &web_sys::HtmlLinkElement = link.unchecked_ref();
        if stylesheet_link(wanted).is_some_and(|probe| probe.href() != link.href()) {
            link.set_href(wanted);
        }
    }
    // The iframe's page carries the stylesheet inline instead (its own
    // policy allows that style by hash): the explainer then needs no link.
    let inline_style =
        element_children(&node).find(|child| child.tag_name().eq_ignore_ascii_case("style"));
    let mut styles: Vec<web_sys::Element> =
        prerendered_link.into_iter().chain(inline_style).collect();
    let new_link = match styles.is_empty() {
        true => stylesheet.and_then(stylesheet_link),
        false => None,
    };
    if let Some(link) = &new_link {
        _ = node.append_child(link);
        styles.push(link.clone().into());
    }
    Root {
        node,
        styles,
        new_link,
    }
}

/// `<link rel="stylesheet">` for the shadow root.
fn stylesheet_link(href: &str) -> Option<web_sys::HtmlLinkElement> {
    let link: web_sys::HtmlLinkElement = document().create_element("link").ok()?.unchecked_into();
    link.set_rel("stylesheet");
    link.set_href(href);
    Some(link)
}

/// Keeps the container hidden until the stylesheet has loaded (or failed),
/// so the reader never sees the explainer unstyled.
pub(super) fn hide_until_loaded(container: &web_sys::Element, link: &web_sys::HtmlLinkElement) {
    _ = container.set_attribute("hidden", "");
    let container = container.clone();
    let reveal = Closure::once_into_js(move || container.remove_attribute("hidden"));
    link.set_onload(Some(reveal.unchecked_ref()));
    link.set_onerror(Some(reveal.unchecked_ref()));
}
