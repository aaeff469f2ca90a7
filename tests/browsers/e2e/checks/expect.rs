//! The comparisons the checks share, each failing with what it saw.

use crate::page::{Page, Step};
use serde_json::Value;

/// Section `section` is open (or closed): its button says so, and its
/// panel's text is shown (or not).
pub async fn expect_state(page: &Page<'_>, section: &str, open: bool) -> Step {
    let expanded = page.expanded(section).await?;
    let visible = page.panel_visible(section).await?;
    if expanded != open || visible != open {
        return Err(format!(
            "#{section}: aria-expanded={expanded}, panel shown={visible}; expected {}",
            if open { "open" } else { "closed" }
        ));
    }
    Ok(())
}

pub fn expect_eq(actual: Value, expected: Value, what: &str) -> Step {
    if actual == expected {
        Ok(())
    } else {
        Err(format!("{what}: got {actual}, expected {expected}"))
    }
}
