//! What the host hears and does: toggle and feedback events (focus kept,
//! thanks announced), and the host page's own links to sections, which open
//! them and copy.

use super::host::inside;
use crate::page::{Page, Step};
use fantoccini::key::Key;

pub async fn events_and_feedback(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    page.shadow_click("plain", "#nato-plan-button").await?;
    page.js(&format!(
        "{}.focus();",
        inside("plain", "#security-agreement-button")
    ))
    .await?;
    page.press(Key::Enter.into()).await?;
    // Answer by keyboard, so focus is known before and after.
    let yes = inside("plain", "#nato-plan-panel .nue-feedback__answer");
    page.js(&format!("{yes}.focus();")).await?;
    page.press(Key::Enter.into()).await?;
    let events: Vec<String> = page
        .host_events()
        .await?
        .iter()
        .filter(|e| e["name"] != "ready")
        .map(|e| {
            format!(
                "{} #{} {} bubbles={} composed={}",
                e["name"].as_str().unwrap_or_default(),
                e["host"].as_str().unwrap_or_default(),
                e["detail"],
                e["bubbles"],
                e["composed"]
            )
        })
        .collect();
    let expected = [
        r#"toggle #plain {"open":true,"section":"nato-plan","trigger":"click"} bubbles=true composed=true"#,
        r#"toggle #plain {"open":true,"section":"security-agreement","trigger":"keyboard"} bubbles=true composed=true"#,
        r#"feedback #plain {"helpful":true,"section":"nato-plan"} bubbles=true composed=true"#,
    ];
    if events != expected {
        return Err(format!("events:\n{}", events.join("\n")));
    }
    let focus = page
        .js_bool(&format!(
            "return document.activeElement.id === 'plain' && \
             document.getElementById('plain').shadowRoot.activeElement === {yes};"
        ))
        .await?;
    let thanks = page
        .js_string(&format!(
            "return {}.textContent;",
            inside(
                "plain",
                "#nato-plan-panel [role=status].nue-feedback__thanks"
            )
        ))
        .await?;
    if !focus || thanks != "Thank you for your answer." {
        return Err(format!(
            "focus kept on the answer: {focus}; live region says {thanks:?}"
        ));
    }
    Ok(())
}

pub async fn section_links_from_the_host(page: &Page<'_>, host: &str) -> Step {
    let url = format!("{host}/hostile.html#second-sanctions");
    page.load_host(&url).await?;
    page.wait_until(
        &format!(
            "{}.getAttribute('aria-expanded') === 'true'",
            inside("dark", "#sanctions-button")
        ),
        "#second-sanctions to open the dark instance's sanctions",
    )
    .await?;
    if page
        .shadow_attr("plain", "#sanctions-button", "aria-expanded")
        .await?
        != "false"
    {
        return Err("the link opened a section in an instance without that link prefix".to_owned());
    }
    page.shadow_click("dark", "#sanctions-panel .nue-copy__button")
        .await?;
    page.wait_until("copied.length === 1", "the link to be copied")
        .await?;
    let copied = page.js_string("return copied[0];").await?;
    if copied != url {
        return Err(format!("copied {copied}, expected {url}"));
    }
    page.js("location.hash = 'second-security-agreement';")
        .await?;
    page.wait_until(
        &format!(
            "{}.getAttribute('aria-expanded') === 'true'",
            inside("dark", "#security-agreement-button")
        ),
        "a later hash change to open the section",
    )
    .await
}
