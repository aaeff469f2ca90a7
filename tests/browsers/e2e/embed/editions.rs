//! Embeds in another edition: a placeholder's `data-lang="uk"` and a custom
//! element's `lang="uk"` show the Ukrainian edition, rendered afresh from
//! its own table, beside English explainers on the same page; a custom
//! element's `lang` changed to another edition's shows that one, its open
//! sections still open.

use super::host::live_and_shown;
use crate::page::{Page, Step};
use serde_json::{json, Value};

/// JS: each explainer's language, facts and map, and the page's warnings.
const STATE: &str = r#"
const of = (id) => {
  const host = document.getElementById(id);
  const nue = host.shadowRoot.querySelector('article.nue');
  return { lang: nue.lang, text: nue.textContent.replace(/\s+/g, ' '),
           map: host.style.getPropertyValue('--nue-map-names-file') };
};
return { ukrainian: of('ukrainian'), element: of('ukrainian-element'), english: of('plain'),
         open: document.getElementById('ukrainian').shadowRoot
           .querySelector('#sanctions-button').getAttribute('aria-expanded'),
         // The page's own mistake (`data-heading-level="seven"`) aside.
         warnings: window.warnings.filter((w) => !w.includes('headingLevel')),
         csp: window.cspViolations };"#;

/// Whether `explainer` is in `lang` and shows `fact` and maps ending in
/// `map`; `what` names it.
fn reads(what: &str, explainer: &Value, lang: &str, fact: &str, map: &str) -> Step {
    let text = explainer["text"].as_str().unwrap_or_default();
    let maps = explainer["map"].as_str().unwrap_or_default();
    if explainer["lang"] != lang || !text.contains(fact) || !maps.ends_with(&format!("{map}\")")) {
        return Err(format!(
            "{what}: expected {lang}, `{fact}` and {map}, got lang {}, map {maps}, text {}",
            explainer["lang"],
            text.chars().take(120).collect::<String>()
        ));
    }
    Ok(())
}

pub async fn lang_uk_shows_the_ukrainian_edition(page: &Page<'_>, host: &str) -> Step {
    page.open(
        &format!("{host}/editions.html"),
        &live_and_shown(&["plain", "ukrainian", "ukrainian-element"]),
        "the Ukrainian and the English explainers on one page",
    )
    .await?;
    let state = page.js(STATE).await?;
    let (uk, en) = ("близько 40 млрд євро на рік", "about 40 billion euros");
    reads(
        "data-lang=uk",
        &state["ukrainian"],
        "uk",
        uk,
        "/nato-map-names.uk.svg",
    )?;
    reads(
        "lang=uk",
        &state["element"],
        "uk",
        uk,
        "/nato-map-names.uk.svg",
    )?;
    reads(
        "the English placeholder",
        &state["english"],
        "en",
        en,
        "/nato-map-names.svg",
    )?;
    for (key, expected) in [
        ("open", json!("true")),
        ("warnings", json!([])),
        ("csp", json!([])),
    ] {
        if state[key] != expected {
            return Err(format!(
                "editions.html: {key} is {}, not {expected}",
                state[key]
            ));
        }
    }
    // The host's own switch: `lang` set on the mounted element.
    let element = "document.getElementById('ukrainian-element')";
    page.js(&format!(
        "window.languagesHeard = []; document.addEventListener('nato-ukraine-explainer:language', \
           (e) => languagesHeard.push([e.target.id, e.detail.language])); \
         {element}.shadowRoot.querySelector('#sanctions-button').click(); \
         {element}.setAttribute('lang', 'en');"
    ))
    .await?;
    let shown = |lang: &str| {
        format!("{element}.shadowRoot.querySelector('[data-nue-live] > article.nue[lang={lang}]')")
    };
    page.wait_until(&shown("en"), "lang=\"en\" to show the English edition")
        .await?;
    let state = page.js(STATE).await?;
    reads(
        "lang changed to en",
        &state["element"],
        "en",
        en,
        "/nato-map-names.svg",
    )?;
    let open = page
        .js(&format!(
            "return [...{element}.shadowRoot.querySelectorAll('.nue-section--open')].map((s) => s.id);"
        ))
        .await?;
    if open != json!(["sanctions"]) || state["warnings"] != json!([]) {
        return Err(format!(
            "lang changed to en: open {open}, warnings {}",
            state["warnings"]
        ));
    }
    page.js(&format!("{element}.setAttribute('lang', 'uk');"))
        .await?;
    page.wait_until(
        &shown("uk"),
        "lang=\"uk\" to show the Ukrainian edition again",
    )
    .await?;
    let state = page.js(STATE).await?;
    reads(
        "lang changed to uk",
        &state["element"],
        "uk",
        uk,
        "/nato-map-names.uk.svg",
    )?;
    // Heard once the new edition is on screen, its stylesheet loaded.
    page.wait_until(
        "window.languagesHeard.length === 2",
        "the host to hear the second switch",
    )
    .await?;
    let heard = page.js("return window.languagesHeard;").await?;
    let expected = json!([["ukrainian-element", "en"], ["ukrainian-element", "uk"]]);
    match heard == expected {
        true => Ok(()),
        false => Err(format!("the host heard {heard}, not {expected}")),
    }
}
