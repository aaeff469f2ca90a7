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
    if heard != expected {
        return Err(format!("the host heard {heard}, not {expected}"));
    }
    two_changes_of_lang(page, element).await
}

/// `lang` set to English and back at once changes nothing; set back while
/// the English edition is on its way, it comes, then the Ukrainian again,
/// and an article that arrives meanwhile gets its own explainer.
async fn two_changes_of_lang(page: &Page<'_>, element: &str) -> Step {
    page.js(&format!(
        "languagesHeard.length = 0; \
         {element}.setAttribute('lang', 'en'); {element}.setAttribute('lang', 'uk');"
    ))
    .await?;
    // Back again as soon as the switch holds the element's height, well
    // before the English edition is shown and heard. (An observer of the
    // shadow root heard none of the switch's changes in WebKitGTK.)
    page.js(&format!(
        "const e = {element}; \
         const arrives = Object.assign(document.createElement('div'), {{ id: 'during' }}); \
         arrives.setAttribute('data-nato-ukraine-explainer', ''); warnings.length = 0; \
         const away = new MutationObserver(() => (away.disconnect(), e.setAttribute('lang', 'uk'), e.after(arrives))); \
         away.observe(e, {{ attributeFilter: ['style'] }}); \
         e.setAttribute('lang', 'en');"
    ))
    .await?;
    let state = format!(
        "return {{ heard: languagesHeard.map(([, l]) => l), lang: {element}.lang, warnings, \
           during: !!document.getElementById('during').shadowRoot?.querySelector('[data-nue-live]'), \
           shown: [...{element}.shadowRoot.querySelectorAll('article.nue')].map((a) => a.lang) }};"
    );
    let back = page
        .wait_until(
            &format!(
                "languagesHeard.length >= 2 && {element}.shadowRoot.querySelector('[data-nue-live] > article.nue[lang=uk]') \
                 && document.getElementById('during').shadowRoot?.querySelector('[data-nue-live]')"
            ),
            "lang set back to uk while the English edition came, to show the Ukrainian one",
        )
        .await;
    if let Err(problem) = back {
        return Err(format!("{problem}: {}", page.js(&state).await?));
    }
    // Anything more would come within a few frames.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let last = page.js(&state).await?;
    let expected = json!({
        "heard": ["en", "uk"], "lang": "uk", "shown": ["uk"], "during": true, "warnings": [],
    });
    match last == expected {
        true => Ok(()),
        false => Err(format!(
            "lang set to en and back to uk: {last}, not {expected}"
        )),
    }
}
