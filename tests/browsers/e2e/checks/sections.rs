//! The accordion by pointer and by address: each section is a button in a
//! heading that controls a labelled region; a click opens and closes it;
//! "show all" follows the real state; a link to `#section` opens it.

use super::expect::{expect_eq, expect_state};
use super::Checks;
use crate::page::{Page, Step};
use nato_ukraine_explainer::story::STORY;
use serde_json::Value;

pub fn add_checks(checks: &mut Checks) {
    if checks.prefs.dark {
        return;
    }
    checks.add(
        "sections are buttons in headings that control labelled regions",
        |page, _| Box::pin(wiring(page)),
    );
    checks.add("a click opens and closes a section", |page, _| {
        Box::pin(click_toggles(page))
    });
    checks.add(
        "show all / hide all and its label follow the real state",
        |page, _| Box::pin(show_all(page)),
    );
    checks.add(
        "a link to #section opens it and brings it into view",
        |page, cx| Box::pin(deep_link(page, cx.base)),
    );
}

async fn wiring(page: &Page<'_>) -> Step {
    for section in STORY.sections.iter() {
        let id = &section.id;
        let problems = page
            .js_string(&format!(
                "const b = document.getElementById('{id}-button'); const out = []; \
                 if (!b || b.tagName !== 'BUTTON') out.push('no button'); \
                 if (!/^H[1-6]$/.test(b.parentElement.tagName)) out.push('button not in a heading'); \
                 const p = document.getElementById(b.getAttribute('aria-controls')); \
                 if (!p) out.push('aria-controls names no element'); \
                 else {{ \
                   if (p.getAttribute('role') !== 'region') out.push('panel is not a region'); \
                   if (p.getAttribute('aria-labelledby') !== b.id) out.push('region not labelled by its button'); \
                 }} \
                 if (b.getAttribute('aria-expanded') !== 'false') out.push('not closed at start'); \
                 return out.join(', ');"
            ))
            .await?;
        if !problems.is_empty() {
            return Err(format!("{id}: {problems}"));
        }
    }
    Ok(())
}

async fn click_toggles(page: &Page<'_>) -> Step {
    let id = "nato-plan";
    expect_state(page, id, false).await?;
    page.click(&format!("#{id}-button")).await?;
    expect_state(page, id, true).await?;
    expect_state(page, "sanctions", false).await?;
    page.click(&format!("#{id}-button")).await?;
    expect_state(page, id, false).await
}

async fn show_all(page: &Page<'_>) -> Step {
    let button = ".nue-show-all";
    let label = || async {
        page.js_string("return document.querySelector('.nue-show-all').textContent.trim();")
            .await
            .map(Value::from)
    };
    let aria_expanded = || async { page.attr(button, "aria-expanded").await.map(Value::from) };
    expect_eq(label().await?, "Show all sections".into(), "label at start")?;
    page.click(button).await?;
    for section in STORY.sections.iter() {
        expect_state(page, &section.id, true).await?;
    }
    expect_eq(
        label().await?,
        "Hide all sections".into(),
        "label with all open",
    )?;
    expect_eq(
        aria_expanded().await?,
        "true".into(),
        "aria-expanded with all open",
    )?;
    page.click("#sanctions-button").await?;
    expect_eq(
        label().await?,
        "Show all sections".into(),
        "label after closing one",
    )?;
    expect_eq(
        aria_expanded().await?,
        "false".into(),
        "aria-expanded after closing one",
    )?;
    page.click("#sanctions-button").await?;
    expect_eq(
        label().await?,
        "Hide all sections".into(),
        "label after reopening it",
    )?;
    page.click(button).await?;
    for section in STORY.sections.iter() {
        expect_state(page, &section.id, false).await?;
    }
    expect_eq(
        label().await?,
        "Show all sections".into(),
        "label with all closed",
    )
}

async fn deep_link(page: &Page<'_>, base: &str) -> Step {
    page.set_width(375).await?;
    page.load(&format!("{base}/#sanctions")).await?;
    page.wait_until(
        "document.getElementById('sanctions-button').getAttribute('aria-expanded') === 'true'",
        "#sanctions to open",
    )
    .await?;
    expect_state(page, "sanctions", true).await?;
    expect_state(page, "nato-plan", false).await?;
    page.wait_until(
        "Math.abs(document.getElementById('sanctions').getBoundingClientRect().top) < 2",
        "#sanctions to scroll to the top of the window",
    )
    .await?;
    page.js("location.hash = 'security-agreement';").await?;
    page.wait_until(
        "document.getElementById('security-agreement-button').getAttribute('aria-expanded') === 'true'",
        "a later hash change to open #security-agreement",
    )
    .await?;
    expect_state(page, "security-agreement", true).await
}
