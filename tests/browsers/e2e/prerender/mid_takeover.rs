//! Switching the standalone page's edition while the WebAssembly is still
//! taking it over, one part per task: the section the reader opened before
//! it came (only the page knows it then) stays open in the new edition, and
//! the explainer shown works, alone. Chromium, which can run a script of
//! the check's before the page's own.

use crate::page::warnings::RECORDER;
use crate::page::{Page, Step};
use serde_json::json;

/// Before the page's scripts: fetches the Ukrainian table, and as soon as
/// the WebAssembly's bindings are out (after its first part, the opening,
/// and with the next part's task queued) queues a task that opens
/// "Sanctions" as a reader would, then switches. Tasks of the same delay
/// run in the order they were queued, so the switch comes between the
/// takeover's parts.
const SWITCH_MID_TAKEOVER: &str = r#"
// Fetched at once; a table not there before the WebAssembly is reported.
let table = null;
fetch('/embed/story.uk.json').then((response) => response.json()).then((t) => (table = t));
let bindings;
Object.defineProperty(window, 'wasmBindings', {
  configurable: true,
  get: () => bindings,
  set: (value) => {
    bindings = value;
    setTimeout(() => {
      const live = !!document.querySelector('[data-nue-live]');
      document.querySelector('#sanctions-button').click();
      window.midTakeover = table ? { live, shown: value.showEdition(table) } : 'the table came late';
    }, 0);
  },
});
"#;

/// JS: the page once the switch and the takeover are done.
const STATE: &str = r#"
const main = document.getElementById('nato-ukraine-explainer-page');
const open = [...main.querySelectorAll('.nue-section__toggle[aria-expanded=true]')];
return {
  switched: window.midTakeover,
  explainer: main.querySelector('article.nue')?.lang,
  explainers: main.querySelectorAll('article.nue').length,
  open: open.map((button) => button.getAttribute('aria-controls')),
  shown: open.every((b) => !document.getElementById(b.getAttribute('aria-controls')).hidden),
  text: main.innerText.includes('близько 40 млрд євро на рік'),
  warnings: window.warnings,
};"#;

pub async fn the_switch_mid_takeover_keeps_the_open_section(page: &Page<'_>, base: &str) -> Step {
    // Warnings recorded from the page's start, as the check reads them.
    let script = page
        .script_before_pages(&[RECORDER, SWITCH_MID_TAKEOVER].concat())
        .await?;
    let result = async {
        page.load(&format!("{base}/")).await?;
        page.wait_until(
            "window.midTakeover !== undefined && !!document.querySelector('[data-nue-live] article.nue[lang=uk]')",
            "the switch between the takeover's parts, and the Ukrainian explainer live",
        )
        .await?;
        let state = page.js(STATE).await?;
        let expected = json!({
            "switched": { "live": false, "shown": true },
            "explainer": "uk",
            "explainers": 1,
            "open": ["sanctions-panel"],
            "shown": true,
            "text": true,
            "warnings": [],
        });
        if state != expected {
            return Err(format!("switched mid-takeover: {state}, expected {expected}"));
        }
        // The explainer shown works: its sections open and close.
        page.click("#nato-plan-button").await?;
        if !page.expanded("nato-plan").await? || !page.panel_visible("nato-plan").await? {
            return Err("switched mid-takeover: \"The NATO plan\" does not open".into());
        }
        Ok(())
    }
    .await;
    page.stop_script(script).await?;
    result
}
