//! The widget by keyboard: Enter and Space toggle a section, Tab goes
//! through open panels and skips closed ones, arrow keys are left to the
//! page, and every control shows where the focus is.

use super::expect::expect_state;
use super::Checks;
use crate::page::{Page, Step};
use fantoccini::key::Key;
use nato_ukraine_explainer::story::STORY;

pub fn add_checks(checks: &mut Checks) {
    if !checks.prefs.dark {
        checks.add("Enter and Space open and close a section", |page, _| {
            Box::pin(keys_toggle(page))
        });
        checks.add(
            "Tab goes from a header into its open panel, then to the next header",
            |page, _| Box::pin(tab_order(page)),
        );
        checks.add("arrow keys are left to the page", |page, _| {
            Box::pin(arrows_not_trapped(page))
        });
    }
    checks.add("keyboard focus is visible on every control", |page, _| {
        Box::pin(focus_visible(page))
    });
}

async fn keys_toggle(page: &Page<'_>) -> Step {
    let id = "security-agreement";
    page.focus(&format!("#{id}-button")).await?;
    for (key, open, after) in [
        (Key::Enter.into(), true, "after Enter"),
        (' ', false, "after Space"),
        (' ', true, "after Space again"),
        (Key::Enter.into(), false, "after Enter again"),
    ] {
        page.press(key).await?;
        expect_state(page, id, open)
            .await
            .map_err(|e| format!("{after}: {e}"))?;
    }
    Ok(())
}

async fn tab_order(page: &Page<'_>) -> Step {
    page.click("#nato-plan-button").await?;
    page.focus("#nato-plan-button").await?;
    // Into the open panel: the map's list of members, its link and its two
    // feedback answers, then on.
    let expected = [
        "summary in #nato-plan-panel",
        "button.nue-copy__button in #nato-plan-panel",
        "button.nue-feedback__answer in #nato-plan-panel",
        "button.nue-feedback__answer in #nato-plan-panel",
        "#security-agreement-button",
        // A closed panel is skipped: from its header, Tab goes to the next one.
        "#sanctions-button",
    ];
    for (step, want) in expected.iter().enumerate() {
        page.press(Key::Tab.into()).await?;
        let got = page.active().await?;
        if got != *want {
            return Err(format!("Tab {} went to {got}, expected {want}", step + 1));
        }
    }
    Ok(())
}

async fn arrows_not_trapped(page: &Page<'_>) -> Step {
    page.js(
        "window.arrowPrevented = []; \
         addEventListener('keydown', e => window.arrowPrevented.push(e.key + ':' + e.defaultPrevented));",
    )
    .await?;
    page.focus("#security-agreement-button").await?;
    for key in [Key::Down, Key::Up, Key::Home, Key::End] {
        page.press(key.into()).await?;
        page.focus("#security-agreement-button").await?;
    }
    let seen = page
        .js_string("return window.arrowPrevented.join(' ');")
        .await?;
    if seen.contains(":true") || seen.split(' ').count() != 4 {
        return Err(format!("keydown seen by the page: {seen}"));
    }
    let active = page.active().await?;
    if active != "#security-agreement-button" {
        return Err(format!("focus moved to {active}"));
    }
    Ok(())
}

/// Tabs through the page; every control that gets focus shows a ring of at
/// least 2 px in a colour that differs from the background.
async fn focus_visible(page: &Page<'_>) -> Step {
    page.click(".nue-show-all").await?;
    // Start from a control placed just before the widget.
    page.js(
        "const start = document.createElement('button'); start.textContent = 'start'; \
         document.querySelector('.nue').before(start); start.focus();",
    )
    .await?;
    let mut seen = 0;
    for _ in 0..40 {
        page.press(Key::Tab.into()).await?;
        let ring = page
            .js_string(
                "const e = document.activeElement; if (!e || !e.closest('.nue')) return 'outside'; \
                 const s = getComputedStyle(e); \
                 const ok = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 \
                   && s.outlineColor !== getComputedStyle(e.closest('.nue')).backgroundColor; \
                 return ok ? 'ok' : (e.className || e.tagName) + ': outline ' + s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor;",
            )
            .await?;
        match ring.as_str() {
            "ok" => seen += 1,
            "outside" if seen > 0 => break,
            "outside" => {}
            problem => return Err(format!("no visible focus on {problem}")),
        }
    }
    // Show all, then per section: header, copy link, two answers.
    let expected = 1 + 4 * STORY.sections.len();
    if seen < expected {
        return Err(format!("Tab reached {seen} controls, expected {expected}"));
    }
    Ok(())
}
