//! What the reader gets before touching anything: the browser passes their
//! settings to the page, and the whole story is there to read.

use super::expect::expect_eq;
use super::Checks;
use crate::engines::Prefs;
use crate::page::{Page, Step};
use nato_ukraine_explainer::story::STORY;
use serde_json::Value;

pub fn add_checks(checks: &mut Checks) {
    checks.add("the reader's settings reach the page", |page, cx| {
        Box::pin(settings(page, cx.prefs))
    });
    if !checks.prefs.dark {
        checks.add(
            "every section, key number, person and step is shown",
            |page, _| Box::pin(renders(page)),
        );
    }
}

async fn settings(page: &Page<'_>, prefs: Prefs) -> Step {
    let dark = page
        .js_bool("return matchMedia('(prefers-color-scheme: dark)').matches;")
        .await?;
    let reduce = page
        .js_bool("return matchMedia('(prefers-reduced-motion: reduce)').matches;")
        .await?;
    if dark != prefs.dark || reduce != prefs.reduced_motion {
        return Err(format!(
            "asked for dark={} reduced-motion={}, the page sees dark={dark} reduced-motion={reduce}",
            prefs.dark, prefs.reduced_motion
        ));
    }
    Ok(())
}

async fn renders(page: &Page<'_>) -> Step {
    let text = page
        .js_string("return document.querySelector('.nue').textContent;")
        .await?;
    let mut expected: Vec<&str> = vec![&STORY.headline, &STORY.summary];
    expected.extend(STORY.sections.iter().map(|s| s.title.as_ref()));
    expected.extend(
        STORY
            .key_numbers
            .iter()
            .flat_map(|n| [n.value.as_ref(), n.label.as_ref()]),
    );
    expected.extend(
        STORY
            .people
            .iter()
            .flat_map(|p| [p.name.as_ref(), p.role.as_ref()]),
    );
    expected.extend(
        STORY
            .timeline
            .iter()
            .flat_map(|s| [s.when.as_ref(), s.what.as_ref()]),
    );
    let missing: Vec<&str> = expected.into_iter().filter(|t| !text.contains(t)).collect();
    if !missing.is_empty() {
        return Err(format!("not on the page: {missing:?}"));
    }
    let count = page
        .js("return document.querySelectorAll('.nue-section').length;")
        .await?;
    expect_eq(
        count,
        Value::from(STORY.sections.len()),
        "number of sections",
    )
}
