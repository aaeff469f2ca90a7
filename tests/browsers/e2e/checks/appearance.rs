//! How the widget looks to each reader: its colours follow their colour
//! scheme, its motion their reduced-motion setting, and on paper (Chromium,
//! which can switch a page to print media) every section is open.

use super::expect::expect_eq;
use super::Checks;
use crate::engines::{Engine, Prefs};
use crate::page::{Page, Step};
use nato_ukraine_explainer::story::STORY;
use serde_json::{json, Value};

pub fn add_checks(checks: &mut Checks) {
    checks.add("colours follow the colour scheme", |page, cx| {
        Box::pin(colours(page, cx.prefs))
    });
    if checks.engine == Engine::Chromium {
        // Only Chromium lets a WebDriver client switch the page to print media.
        checks.add(
            "print shows every section open and no controls",
            |page, _| Box::pin(print(page)),
        );
    }
    checks.add("motion follows the reduced-motion setting", |page, cx| {
        Box::pin(motion(page, cx.prefs))
    });
}

/// Relative luminance of the widget's background, 0 (black) to 1 (white);
/// a background that is not opaque (the host showing through) has none.
async fn colours(page: &Page<'_>, prefs: Prefs) -> Step {
    let luminance = page
        .js("const c = getComputedStyle(document.querySelector('.nue')).backgroundColor.match(/[\\d.]+/g).map(Number); \
             if (c.length > 3 && c[3] < 1) return 'not opaque'; \
             const l = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; \
             return 0.2126 * l(c[0]) + 0.7152 * l(c[1]) + 0.0722 * l(c[2]);")
        .await?
        .as_f64()
        .unwrap_or(-1.0);
    match (prefs.dark, luminance) {
        (true, l) if (0.0..0.1).contains(&l) => Ok(()),
        (false, l) if l > 0.8 => Ok(()),
        (dark, l) => Err(format!(
            "background luminance {l:.2} (-1: not an opaque colour) in {} mode",
            if dark { "dark" } else { "light" }
        )),
    }
}

async fn print(page: &Page<'_>) -> Step {
    let media =
        |media: &str| page.chromium("Emulation.setEmulatedMedia", json!({ "media": media }));
    media("print").await?;
    let state = page
        .js_string(
            "const n = document.querySelectorAll('.nue-section__panel p'); \
             const shown = [...n].filter(p => p.checkVisibility() && p.getBoundingClientRect().height > 0).length; \
             const controls = [...document.querySelectorAll('.nue-show-all, .nue-copy, .nue-feedback')] \
               .filter(e => e.checkVisibility()).length; \
             const map = getComputedStyle(document.querySelector('.nue-map__image')).backgroundImage; \
             return shown + '/' + n.length + ' paragraphs, ' + controls + ' controls, ' \
               + (map.includes('/nato-map-names.svg') && map.includes('/nato-map.svg') ? 'the light map' : 'map: ' + map);",
        )
        .await;
    media("").await?;
    let state = state?;
    let total = STORY
        .sections
        .iter()
        .map(|s| s.paragraphs.len())
        .sum::<usize>();
    if state != format!("{total}/{total} paragraphs, 0 controls, the light map") {
        return Err(format!("printed: {state}"));
    }
    Ok(())
}

async fn motion(page: &Page<'_>, prefs: Prefs) -> Step {
    let duration = page
        .js_string("return getComputedStyle(document.querySelector('.nue-section__icon'), '::after').transitionDuration;")
        .await?;
    let expected = if prefs.reduced_motion { "0s" } else { "0.2s" };
    expect_eq(
        Value::from(duration),
        expected.into(),
        "transition of the section icon",
    )
}
