//! The WebAssembly takes over prerendered explainers rather than render them
//! again: the standalone page's, and every config variant's on a host page,
//! which come out as a fresh render of the same options would.

use super::pages::VARIANTS;
use crate::embed::inside;
use crate::page::{Page, Step};

/// JS: whether the WebAssembly runs the explainer in each of `hosts`.
pub(super) fn all_running(hosts: &[impl AsRef<str>]) -> String {
    hosts
        .iter()
        .map(|host| format!("!!{}", inside(host.as_ref(), "[data-nue-live]")))
        .collect::<Vec<_>>()
        .join(" && ")
}

/// JS: whether the explainer in `host` was hydrated, not rendered again.
pub(super) fn hydrated(host: &str) -> String {
    format!(
        "!!{}",
        inside(host, "[data-nue-stamp][data-nue-live] > .nue")
    )
}

/// JS: a canonical form of a subtree (tags, sorted attributes, text), so
/// that two renders compare equal whatever order attributes were set in and
/// wherever Leptos put its comment markers. `data-nosnippet` is left out:
/// only prerendered HTML carries it, for search engines.
const CANON: &str = r#"
const canon = (node) => {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const attributes = [...node.attributes].filter(a => a.name !== 'data-nosnippet')
    .map(a => `${a.name}="${a.value}"`).sort().join(' ');
  return `<${node.localName} ${attributes}>${[...node.childNodes].map(canon).join('')}</${node.localName}>`;
};
"#;

pub async fn the_page_is_hydrated(page: &Page<'_>, base: &str) -> Step {
    page.load(&format!("{base}/")).await?;
    let ok = page
        .js_bool(
            "const main = document.getElementById('nato-ukraine-explainer-page'); \
             return main.children.length === 3 \
                 && main.firstElementChild.matches('nav.page-editions') \
                 && !!main.querySelector(':scope > [data-nue-stamp][data-nue-live] > article.nue') \
                 && main.lastElementChild.matches('script[type=\"application/json\"][data-nue-story]');",
        )
        .await?;
    if !ok {
        return Err("the prerendered explainer was replaced, not taken over".into());
    }
    page.click("#sanctions-button").await?;
    if !page.expanded("sanctions").await? || !page.panel_visible("sanctions").await? {
        return Err("the hydrated section does not open on a click".into());
    }
    Ok(())
}

pub async fn every_variant_hydrates_as_it_renders(page: &Page<'_>, host: &str) -> Step {
    let names: Vec<&str> = VARIANTS
        .iter()
        .map(|(name, _)| *name)
        .chain(["strings"])
        .collect();
    let hosts: Vec<String> = names
        .iter()
        .flat_map(|name| [format!("v-{name}"), format!("f-{name}")])
        .collect();
    page.open(
        &format!("{host}/variants.html"),
        &all_running(&hosts),
        "every variant to run",
    )
    .await?;
    let warnings = page.js("return warnings;").await?;
    if warnings.as_array().is_some_and(|w| !w.is_empty()) {
        return Err(format!("console warnings: {warnings}"));
    }
    for name in names {
        let (prerendered, fresh) = (format!("v-{name}"), format!("f-{name}"));
        if !page
            .js_bool(&format!("return {};", hydrated(&prerendered)))
            .await?
        {
            return Err(format!(
                "variant {name}: rendered again instead of hydrated"
            ));
        }
        let same = page
            .js(&format!(
                "{CANON} return [{}, {}].map(canon);",
                inside(&prerendered, ".nue"),
                inside(&fresh, ".nue")
            ))
            .await?;
        if same[0] != same[1] {
            return Err(format!(
                "variant {name}: hydrated and fresh renders differ\nhydrated: {}\nfresh:    {}",
                same[0], same[1]
            ));
        }
        // Hydrated means working: a click reaches the WebAssembly.
        let before = page
            .shadow_attr(&prerendered, ".nue-section__toggle", "aria-expanded")
            .await?;
        page.shadow_click(&prerendered, ".nue-section__toggle")
            .await?;
        let after = page
            .shadow_attr(&prerendered, ".nue-section__toggle", "aria-expanded")
            .await?;
        if before == after {
            return Err(format!(
                "variant {name}: a click left aria-expanded={after}"
            ));
        }
    }
    let brand = page
        .js_string(&format!(
            "return getComputedStyle({}).getPropertyValue('--nue-color-accent').trim();",
            inside("v-stylesheet", ".nue")
        ))
        .await?;
    if brand != "#8a1538" {
        return Err(format!(
            "data-stylesheet did not replace the prerendered stylesheet: accent `{brand}`"
        ));
    }
    Ok(())
}
