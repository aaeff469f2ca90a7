//! The explainer reads in its own language's direction, whatever the host
//! page's: left to right in an Arabic page, right to left when told as Arabic.

use super::host::live_and_shown;
use crate::engines::Engine;
use crate::page::{Page, Step};
use std::path::Path;

/// Direction: in a right-to-left Arabic host page, the English explainer
/// reads left to right in every element with text, its section icons at the
/// line's end on the right; told as Arabic (`data-lang="ar"`), it turns as a
/// whole: right to left, icons on the left, the timeline's rule and markers
/// on the right. A screenshot of the page goes to `target/screenshots/`.
pub async fn reads_in_its_own_direction(
    page: &Page<'_>,
    host: &str,
    shot: &Path,
    engine: Engine,
) -> Step {
    page.open(
        &format!("{host}/rtl.html"),
        &live_and_shown(&["english", "arabic"]),
        "both explainers on the right-to-left page, styled",
    )
    .await?;
    let seen = page
        .js(
            "const layout = (id) => { const root = document.getElementById(id).shadowRoot; \
               const nue = root.querySelector('.nue'); \
               const texts = [...nue.querySelectorAll('*')].filter((el) => \
                 [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())); \
               const directions = [...new Set(texts.map((el) => getComputedStyle(el).direction))]; \
               const box = (sel) => root.querySelector(sel).getBoundingClientRect(); \
               const icon = box('#nato-plan-button .nue-section__icon'), title = box('#nato-plan-button .nue-section__title'); \
               const list = getComputedStyle(root.querySelector('.nue-timeline__list')); \
               const marker = getComputedStyle(root.querySelector('.nue-step'), '::before'); \
               return { lang: nue.lang, dir: getComputedStyle(nue).direction, texts: texts.length, directions, \
                        icon: icon.left < title.left ? 'left' : 'right', \
                        rule: parseFloat(list.borderLeftWidth) > 0 ? 'left' : parseFloat(list.borderRightWidth) > 0 ? 'right' : 'none', \
                        marker: parseFloat(marker.left) < 0 ? 'left' : 'right' }; }; \
             return [document.documentElement.dir, layout('english'), layout('arabic')];",
        )
        .await?;
    let expect = |id: &str, lang: &str, dir: &str, start: &str, end: &str| {
        let layout = &seen[if id == "english" { 1 } else { 2 }];
        let ok = layout["lang"] == lang
            && layout["dir"] == dir
            && layout["texts"].as_u64().unwrap_or(0) > 50
            && layout["directions"] == serde_json::json!([dir])
            && layout["icon"] == end
            && layout["rule"] == start
            && layout["marker"] == start;
        match ok {
            true => Ok(()),
            false => Err(format!(
                "#{id} should read {dir} (lang {lang}), icons {end}, timeline {start}: {layout}"
            )),
        }
    };
    if seen[0] != "rtl" {
        return Err(format!("the host page is not right to left: {seen}"));
    }
    expect("english", "en", "ltr", "left", "right")?;
    expect("arabic", "ar", "rtl", "right", "left")?;
    page.screenshot(
        engine,
        &shot.join(format!("{}-rtl-host.png", engine.name())),
    )
    .await
}
