//! Reading without the WebAssembly (Chromium, whose DevTools can take it
//! away): JavaScript off, the `.wasm` request failing, a CSP that blocks
//! WebAssembly, a browser without it.

use crate::embed::inside;
use crate::page::{json_str, Page, Step};
use nato_ukraine_explainer::story::STORY;
use serde_json::json;

/// The section `id` in `host` reads as open: its button says so and its
/// text is on screen.
pub async fn reads_open(page: &Page<'_>, host: &str, id: &str, when: &str) -> Step {
    let state = page
        .js(&format!(
            "const b = {}; const p = {}; \
             return [b.getAttribute('aria-expanded'), p.checkVisibility() && p.getBoundingClientRect().height > 0];",
            inside(host, &format!("#{id}-button")),
            inside(host, &format!("#{id}-panel p"))
        ))
        .await?;
    if state != json!(["true", true]) {
        return Err(format!(
            "{when}: section {id} is not open and readable: [aria-expanded, text shown] = {state}"
        ));
    }
    Ok(())
}

/// No control that cannot work without the WebAssembly is visible.
pub async fn hides_what_cannot_work(page: &Page<'_>, host: &str) -> Step {
    let visible = page
        .js(&format!(
            "const root = document.getElementById({}).shadowRoot; \
             return ['.nue-show-all', '.nue-copy__button', '.nue-feedback__answer'] \
               .filter(s => [...root.querySelectorAll(s)].some(e => e.checkVisibility({{ visibilityProperty: true }})));",
            json_str(host)
        ))
        .await?;
    if visible != json!([]) {
        return Err(format!("controls shown that cannot work yet: {visible}"));
    }
    Ok(())
}

/// Every section of the explainer in `host` opens by a real click and shows
/// its text, with no WebAssembly running.
async fn every_section_opens_without_webassembly(page: &Page<'_>, host: &str) -> Step {
    if page
        .js_bool(&format!("return !!{};", inside(host, "[data-nue-live]")))
        .await?
    {
        return Err("the WebAssembly runs after all".into());
    }
    hides_what_cannot_work(page, host).await?;
    for section in STORY.sections.iter() {
        page.shadow_click(host, &format!("#{}-button", section.id))
            .await?;
        reads_open(page, host, &section.id, "without WebAssembly").await?;
    }
    Ok(())
}

/// Opens the CMS page and waits for the loader to report that it could not
/// start the WebAssembly.
async fn open_failing(page: &Page<'_>, url: &str) -> Step {
    page.open(
        url,
        "warnings.some(w => w.includes('could not start'))",
        "the loader to report that the WebAssembly could not start",
    )
    .await
}

pub async fn wasm_request_fails(page: &Page<'_>, host: &str) -> Step {
    page.chromium("Network.enable", json!({})).await?;
    page.chromium("Network.setBlockedURLs", json!({ "urls": ["*.wasm"] }))
        .await?;
    let result = async {
        open_failing(page, &format!("{host}/cms.html")).await?;
        every_section_opens_without_webassembly(page, "cms-explainer").await
    }
    .await;
    page.chromium("Network.setBlockedURLs", json!({ "urls": [] }))
        .await?;
    result
}

pub async fn csp_blocks_webassembly(page: &Page<'_>, host: &str) -> Step {
    open_failing(page, &format!("{host}/cms-no-wasm.html")).await?;
    every_section_opens_without_webassembly(page, "cms-explainer").await
}

pub async fn browser_without_webassembly(page: &Page<'_>, host: &str) -> Step {
    let script = page
        .script_before_pages("delete window.WebAssembly;")
        .await?;
    let result = async {
        open_failing(page, &format!("{host}/cms.html")).await?;
        if page.js_bool("return 'WebAssembly' in window;").await? {
            return Err("the page still has WebAssembly".into());
        }
        every_section_opens_without_webassembly(page, "cms-explainer").await
    }
    .await;
    page.stop_script(script).await?;
    result
}

/// Chromium with its page scripts switched off through DevTools.
pub async fn without_javascript(page: &Page<'_>, base: &str, host: &str) -> Step {
    page.chromium(
        "Emulation.setScriptExecutionDisabled",
        json!({ "value": true }),
    )
    .await?;
    let result = reads_without_javascript(page, base, host).await;
    page.chromium(
        "Emulation.setScriptExecutionDisabled",
        json!({ "value": false }),
    )
    .await?;
    result
}

/// The standalone pages of both editions and the CMS fragment, in a browser whose page
/// scripts do not run: every section shown, no control that cannot work; a
/// script embed shows the link its host put in it.
pub async fn reads_without_javascript(page: &Page<'_>, base: &str, host: &str) -> Step {
    let mut problems = Vec::new();
    for url in [
        format!("{base}/"),
        format!("{base}/uk/"),
        format!("{host}/cms.html"),
    ] {
        page.goto(&url).await?;
        let seen = page.js(NO_SCRIPT_VIEW).await?;
        if seen["scripting"] != json!(false) || seen["live"] != json!(false) {
            return Err(format!("{url}: scripts still run: {seen}"));
        }
        if seen["problems"] != json!([]) {
            problems.push(format!("{url}: {}", seen["problems"]));
        }
    }
    if let Err(problem) = crate::embed::the_fallback_shows_without_javascript(page, host).await {
        problems.push(problem);
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(problems.join("\n")),
    }
}

/// Runs in the checker's context while the page's own scripts are off: what
/// the reader sees of every explainer on the page.
const NO_SCRIPT_VIEW: &str = r#"
const roots = [document, ...[...document.querySelectorAll('[data-nato-ukraine-explainer], nato-ukraine-explainer')].map(h => h.shadowRoot)];
const shown = (e) => e.checkVisibility({ visibilityProperty: true }) && e.getBoundingClientRect().height > 0;
const problems = [];
let explainers = 0;
for (const root of roots) {
  if (!root) { problems.push('a placeholder without its shadow root'); continue; }
  if (!root.querySelector('.nue')) continue;
  explainers += 1;
  for (const p of root.querySelectorAll('.nue-section__panel p')) if (!shown(p)) problems.push('hidden text: ' + p.textContent.slice(0, 40));
  for (const t of root.querySelectorAll('.nue-section__plain-title')) if (!shown(t)) problems.push('hidden heading: ' + t.textContent);
  for (const m of root.querySelectorAll('.nue-map__image'))
    if (!shown(m) || !getComputedStyle(m).backgroundImage.includes('nato-map')) problems.push('no map: ' + getComputedStyle(m).backgroundImage);
  for (const s of ['.nue-section__toggle', '.nue-show-all', '.nue-copy__button', '.nue-feedback__answer'])
    if ([...root.querySelectorAll(s)].some(shown)) problems.push('a control that cannot work: ' + s);
}
if (explainers === 0) problems.push('no explainer on the page');
return { scripting: matchMedia('(scripting: enabled)').matches, problems, live: !!document.querySelector('[data-nue-live]') };
"#;

/// The plain rendition for feeds and newsletters (`embed/plain.html`): no
/// script on it at all, the three sections as native `<details>`, closed,
/// each opened by a click on its summary with no script running, and
/// every part of the story there to read.
pub async fn plain_rendition_reads_and_opens(page: &Page<'_>, base: &str) -> Step {
    let url = format!("{base}/embed/plain.html");
    page.goto(&url).await?;
    let structure = "return [document.scripts.length, document.styleSheets.length, \
         [...document.querySelectorAll('details')].map((d) => d.open), \
         document.querySelectorAll('h1, h2').length, document.querySelectorAll('li').length, \
         !!document.querySelector('a[href]')];";
    let before = page.js(structure).await?;
    let members: usize = STORY
        .sections
        .iter()
        .filter_map(|s| s.map.as_ref())
        .map(|map| map.members.len())
        .sum();
    let items = STORY.key_numbers.len() + STORY.people.len() + STORY.timeline.len() + members;
    if before != json!([0, 0, [false, false, false], 4, items, true]) {
        return Err(format!(
            "{url}: [scripts, stylesheets, sections open, headings, list items, link] = {before}"
        ));
    }
    page.client
        .find(fantoccini::Locator::Css("details summary"))
        .await
        .map_err(|e| format!("{url}: no summary: {e}"))?
        .click()
        .await
        .map_err(|e| format!("{url}: cannot click the first summary: {e}"))?;
    let opened = page
        .js("const d = document.querySelector('details'); \
             return [d.open, [...d.querySelectorAll('p')].every((p) => p.getBoundingClientRect().height > 0)];")
        .await?;
    if opened != json!([true, true]) {
        return Err(format!(
            "{url}: after a click on the first summary, [open, text shown] = {opened}"
        ));
    }
    Ok(())
}
