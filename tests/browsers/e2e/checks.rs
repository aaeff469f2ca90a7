//! What the suite checks in each engine, written once for all three.

use crate::embed;
use crate::engines::{Engine, Prefs};
use crate::map;
use crate::page::{Page, Step};
use crate::prerender;
use fantoccini::key::Key;
use fantoccini::Client;
use nato_ukraine_explainer::story::STORY;
use serde_json::Value;
use std::path::Path;

pub struct Context<'a> {
    pub engine: Engine,
    pub prefs: Prefs,
    pub base: &'a str,
    /// Origin of the host article pages, another port than `base`.
    pub host: &'a str,
    /// The built site served by nginx with `deploy/nginx.conf`, if it started.
    pub nginx: Option<&'a str>,
    pub axe: &'a str,
    pub screenshots: &'a Path,
}

#[derive(Default)]
pub struct Report {
    pub passed: usize,
    pub failed: usize,
}

impl Report {
    pub fn record(&mut self, label: &str, check: &str, result: Step) {
        match result {
            Ok(()) => {
                self.passed += 1;
                println!("ok    {label}: {check}");
            }
            Err(reason) => {
                self.failed += 1;
                println!(
                    "FAIL  {label}: {check}\n      {}",
                    reason.replace('\n', "\n      ")
                );
            }
        }
    }
}

const WIDTHS: [u32; 4] = [320, 375, 640, 1280];

/// Runs every check in one session; each starts from a freshly loaded page.
pub async fn run_all(cx: &Context<'_>, client: &Client, report: &mut Report) {
    let page = Page { client };
    let label = format!("{} {}", cx.engine.name(), cx.prefs.label());
    if !cx.prefs.javascript {
        // Nothing runs the widget: only what a reader reads is checked.
        report.record(
            &label,
            "every section open, no controls",
            prerender::reads_without_javascript(&page, cx.base, cx.host).await,
        );
        report.record(
            &label,
            "the plain rendition reads, and its sections open, with no script",
            prerender::plain_rendition_reads_and_opens(&page, cx.base).await,
        );
        return;
    }
    // A check that takes long says so: a slow engine shows before it fails.
    macro_rules! check {
        ($name:expr, $body:expr) => {{
            let started = std::time::Instant::now();
            let result = async {
                page.set_width(1280).await?;
                page.load(&format!("{}/", cx.base)).await?;
                $body.await
            }
            .await;
            let took = started.elapsed().as_secs_f64();
            let name = match took >= 5.0 {
                true => format!("{} ({took:.1} s)", $name),
                false => $name.to_string(),
            };
            report.record(&label, &name, result);
        }};
    }
    check!(
        "the reader's settings reach the page",
        settings(&page, cx.prefs)
    );
    if !cx.prefs.dark {
        check!(
            "every section, key number, person and step is shown",
            renders(&page)
        );
        check!(
            "sections are buttons in headings that control labelled regions",
            wiring(&page)
        );
        check!("a click opens and closes a section", click_toggles(&page));
        check!(
            "Enter and Space open and close a section",
            keys_toggle(&page)
        );
        check!(
            "Tab goes from a header into its open panel, then to the next header",
            tab_order(&page)
        );
        check!("arrow keys are left to the page", arrows_not_trapped(&page));
        check!(
            "show all / hide all and its label follow the real state",
            show_all(&page)
        );
        check!(
            "a link to #section opens it and brings it into view",
            deep_link(&page, cx.base)
        );
    }
    if !cx.prefs.dark {
        let (base, host) = (cx.base, cx.host);
        check!(
            "prerendered: the WebAssembly takes over the page's explainer",
            prerender::the_page_is_hydrated(&page, base)
        );
        check!(
            "prerendered: every config variant hydrates to what a fresh render makes",
            prerender::every_variant_hydrates_as_it_renders(&page, host)
        );
        check!(
            "prerendered: HTML that does not fit is rendered afresh, with a warning",
            prerender::html_that_does_not_fit_is_rendered_afresh(&page, host)
        );
        check!(
            "prerendered: sections toggled before the WebAssembly stay as the reader left them",
            prerender::toggles_before_the_webassembly_carry_over(&page, host)
        );
        check!(
            "prerendered: the frame page hydrates, or renders afresh with options in its address",
            prerender::the_frame_page_hydrates_or_takes_its_options(&page, base)
        );
        check!(
            "prerendered: the example article's prerendered embed hydrates",
            prerender::the_example_article_hydrates(&page, base)
        );
        check!(
            "prerendered: the CMS fragment hydrates under a strict CSP",
            prerender::cms_fragment_hydrates(&page, host)
        );
    }
    if cx.engine == Engine::Chromium && !cx.prefs.dark {
        // Layout shift entries and DevTools commands are Chromium's.
        let (base, host) = (cx.base, cx.host);
        check!(
            "prerendered: no layout shift when the WebAssembly takes over",
            prerender::no_layout_shift(&page, base, host)
        );
        check!(
            "without JavaScript: every section open, no controls",
            prerender::without_javascript(&page, base, host)
        );
        check!(
            "the .wasm request fails: every section opens, no control that cannot work",
            prerender::wasm_request_fails(&page, host)
        );
        check!(
            "a CSP blocks WebAssembly: every section opens, no control that cannot work",
            prerender::csp_blocks_webassembly(&page, host)
        );
        check!(
            "a browser without WebAssembly: every section opens, no control that cannot work",
            prerender::browser_without_webassembly(&page, host)
        );
    }
    check!(
        "the map: fetched only once its section opens, in the theme, keyed, members as text",
        map::fetched_when_its_section_opens(&page, cx.prefs, cx.engine, cx.screenshots)
    );
    if cx.engine == Engine::Chromium && !cx.prefs.dark {
        // Only Chromium lets a WebDriver client switch on forced colours.
        check!(
            "the map keeps its colours in forced colours",
            map::keeps_its_colours_when_forced(&page, cx.engine, cx.screenshots)
        );
    }
    check!("colours follow the colour scheme", colours(&page, cx.prefs));
    check!(
        "keyboard focus is visible on every control",
        focus_visible(&page)
    );
    if cx.engine == Engine::Chromium {
        // Only Chromium lets a WebDriver client switch the page to print media.
        check!(
            "print shows every section open and no controls",
            print(&page)
        );
    }
    check!(
        "motion follows the reduced-motion setting",
        motion(&page, cx.prefs)
    );
    for width in WIDTHS {
        check!(
            &format!("at {width} px: no horizontal scroll, no overlap, readable text"),
            layout(&page, cx, width)
        );
    }
    check!(
        "axe-core: no WCAG 2.2 A/AA violation, closed and open",
        axe(&page, cx.axe)
    );
    check!(
        "the plain rendition for feeds reads, and its sections open by a click",
        prerender::plain_rendition_reads_and_opens(&page, cx.base)
    );
    if !cx.prefs.dark {
        let host = cx.host;
        check!(
            "embed: a hostile host stylesheet changes nothing in the widget",
            embed::hostile_css_changes_nothing(&page, host)
        );
        check!(
            "embed: the host's theme properties reach the widget",
            embed::theme_hooks_reach_the_widget(&page, host)
        );
        check!(
            "embed: the widget's styles do not leak into the host",
            embed::nothing_leaks_into_the_host(&page, host)
        );
        check!(
            "embed: independent instances, data-* config, one warning per bad value",
            embed::instances_and_config(&page, host)
        );
        check!(
            "embed: handle methods take any value and never throw",
            embed::handle_methods_never_throw(&page, host)
        );
        check!(
            "embed: toggle and feedback events, focus kept, thanks announced",
            embed::events_and_feedback(&page, host)
        );
        check!(
            "embed: section links on the host page open and copy",
            embed::section_links_from_the_host(&page, host)
        );
        check!(
            "embed: the iframe's height follows its content",
            embed::iframe_follows_its_content(&page, host)
        );
        check!(
            "embed: messages from other windows and into the frame are ignored",
            embed::messages_are_checked(&page, host)
        );
        check!(
            "embed: the frame speaks Pym.js",
            embed::speaks_pym(&page, host)
        );
        check!(
            "embed: cross-origin under a strict CSP, no violation",
            embed::no_csp_violation(&page, host)
        );
        check!(
            "embed: the map comes from the explainer's origin in the script embed, the CMS fragment and the iframe page",
            map::works_in_every_embed(&page, host)
        );
        check!(
            "embed: read from nginx with deploy/nginx.conf, from another origin",
            async {
                let nginx = cx
                    .nginx
                    .ok_or("nginx did not start (see the build check)")?;
                embed::through_nginx(&page, host, nginx).await
            }
        );
        check!(
            "embed: its own direction in a right-to-left page, right to left when told as Arabic",
            embed::reads_in_its_own_direction(&page, host, cx.screenshots, cx.engine)
        );
        check!(
            "embed: articles that arrive later get explainers, which leave with them",
            embed::articles_that_arrive_later(&page, host, cx.engine == Engine::Chromium)
        );
        // Say which engines cannot enforce Trusted Types, rather than skip.
        let enforced = embed::trusted_types_enforced(&page, host).await;
        let name = match enforced {
            Ok(true) => "embed: fresh renders work where Trusted Types are required",
            _ => "embed: fresh renders work under a Trusted Types policy (not enforced by this engine)",
        };
        check!(name, async {
            enforced?;
            embed::fresh_renders_under_trusted_types(&page, host).await
        });
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

async fn keys_toggle(page: &Page<'_>) -> Step {
    let id = "security-agreement";
    page.focus(&format!("#{id}-button")).await?;
    page.press(Key::Enter.into()).await?;
    expect_state(page, id, true)
        .await
        .map_err(|e| format!("after Enter: {e}"))?;
    page.press(' ').await?;
    expect_state(page, id, false)
        .await
        .map_err(|e| format!("after Space: {e}"))?;
    page.press(' ').await?;
    expect_state(page, id, true)
        .await
        .map_err(|e| format!("after Space again: {e}"))?;
    page.press(Key::Enter.into()).await?;
    expect_state(page, id, false)
        .await
        .map_err(|e| format!("after Enter again: {e}"))
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

async fn show_all(page: &Page<'_>) -> Step {
    let button = ".nue-show-all";
    let label =
        || page.js_string("return document.querySelector('.nue-show-all').textContent.trim();");
    expect_eq(
        Value::from(label().await?),
        "Show all sections".into(),
        "label at start",
    )?;
    page.click(button).await?;
    for section in STORY.sections.iter() {
        expect_state(page, &section.id, true).await?;
    }
    expect_eq(
        Value::from(label().await?),
        "Hide all sections".into(),
        "label with all open",
    )?;
    expect_eq(
        page.attr(button, "aria-expanded").await?.into(),
        "true".into(),
        "aria-expanded with all open",
    )?;
    page.click("#sanctions-button").await?;
    expect_eq(
        Value::from(label().await?),
        "Show all sections".into(),
        "label after closing one",
    )?;
    expect_eq(
        page.attr(button, "aria-expanded").await?.into(),
        "false".into(),
        "aria-expanded after closing one",
    )?;
    page.click("#sanctions-button").await?;
    expect_eq(
        Value::from(label().await?),
        "Hide all sections".into(),
        "label after reopening it",
    )?;
    page.click(button).await?;
    for section in STORY.sections.iter() {
        expect_state(page, &section.id, false).await?;
    }
    expect_eq(
        Value::from(label().await?),
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

/// Relative luminance of the widget's background, 0 (black) to 1 (white).
async fn colours(page: &Page<'_>, prefs: Prefs) -> Step {
    let luminance = page
        .js("const c = getComputedStyle(document.querySelector('.nue')).backgroundColor.match(/[\\d.]+/g).map(Number); \
             const l = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; \
             return 0.2126 * l(c[0]) + 0.7152 * l(c[1]) + 0.0722 * l(c[2]);")
        .await?
        .as_f64()
        .unwrap_or(-1.0);
    match (prefs.dark, luminance) {
        (true, l) if (0.0..0.1).contains(&l) => Ok(()),
        (false, l) if l > 0.8 => Ok(()),
        (dark, l) => Err(format!(
            "background luminance {l:.2} in {} mode",
            if dark { "dark" } else { "light" }
        )),
    }
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

async fn print(page: &Page<'_>) -> Step {
    page.chromium(
        "Emulation.setEmulatedMedia",
        serde_json::json!({ "media": "print" }),
    )
    .await?;
    let state = page
        .js_string(
            "const n = document.querySelectorAll('.nue-section__panel p'); \
             const shown = [...n].filter(p => p.checkVisibility() && p.getBoundingClientRect().height > 0).length; \
             const controls = [...document.querySelectorAll('.nue-show-all, .nue-copy, .nue-feedback')] \
               .filter(e => e.checkVisibility()).length; \
             const map = getComputedStyle(document.querySelector('.nue-map__image')).backgroundImage; \
             return shown + '/' + n.length + ' paragraphs, ' + controls + ' controls, ' \
               + (map.includes('/nato-map.svg') ? 'the light map' : 'map: ' + map);",
        )
        .await;
    page.chromium(
        "Emulation.setEmulatedMedia",
        serde_json::json!({ "media": "" }),
    )
    .await?;
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

async fn layout(page: &Page<'_>, cx: &Context<'_>, width: u32) -> Step {
    page.set_width(width).await?;
    let name = |state: &str| {
        cx.screenshots.join(format!(
            "{}-{}-{width}-{state}.png",
            cx.engine.name(),
            cx.prefs.label()
        ))
    };
    for (state, open) in [("closed", false), ("open", true)] {
        if open {
            page.click(".nue-show-all").await?;
        }
        let problems = page.js_string(LAYOUT_PROBLEMS).await?;
        if !problems.is_empty() {
            return Err(format!("{state}: {problems}"));
        }
        if open {
            if let Some(problem) = map::labels_readable(page).await? {
                return Err(format!("{state}: {problem}"));
            }
        }
        // Screenshots at a phone width and a desktop width.
        if width == 375 || width == 1280 {
            page.screenshot(cx.engine, &name(state)).await?;
        }
    }
    Ok(())
}

/// Returns a description of every layout problem, or an empty string.
const LAYOUT_PROBLEMS: &str = r#"
const out = [];
const root = document.documentElement;
if (root.scrollWidth > innerWidth) out.push(`page scrolls sideways: ${root.scrollWidth} > ${innerWidth}`);
const widget = document.querySelector('.nue').getBoundingClientRect();
if (widget.left < -0.5 || widget.right > innerWidth + 0.5) out.push(`widget outside the window: ${widget.left}..${widget.right}`);
const blocks = [...document.querySelectorAll(
  '.nue-kicker, .nue-title, .nue-summary, .nue-dateline, .nue-part__heading, .nue-number, .nue-show-all, ' +
  '.nue-section__toggle, .nue-section__panel:not([hidden]) p, .nue-copy__button, .nue-person, .nue-step, .nue-source p, ' +
  '.nue-section__panel:not([hidden]) :is(.nue-map__image, figcaption, .nue-map__key li, .nue-map__members summary)')]
  .filter(e => e.checkVisibility());
const rects = blocks.map(e => e.getBoundingClientRect());
for (let i = 0; i < rects.length; i++) {
  const a = rects[i];
  if (a.right > innerWidth + 0.5) out.push(`${blocks[i].className || blocks[i].tagName} ends at ${a.right}`);
  for (let j = i + 1; j < rects.length; j++) {
    const b = rects[j];
    const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (x > 1 && y > 1 && !blocks[i].contains(blocks[j]) && !blocks[j].contains(blocks[i]))
      out.push(`${blocks[i].className || blocks[i].tagName} overlaps ${blocks[j].className || blocks[j].tagName}`);
  }
}
const walker = document.createTreeWalker(document.querySelector('.nue'), NodeFilter.SHOW_TEXT);
let small = 0, example = '';
while (walker.nextNode()) {
  const node = walker.currentNode;
  if (!node.textContent.trim() || !node.parentElement.checkVisibility()) continue;
  const size = parseFloat(getComputedStyle(node.parentElement).fontSize);
  if (size < 12) { small++; example = `${node.textContent.trim().slice(0, 30)} at ${size}px`; }
}
if (small) out.push(`${small} text runs under 12px, e.g. ${example}`);
return out.join('; ');
"#;

async fn axe(page: &Page<'_>, axe_source: &str) -> Step {
    page.js(&format!("{axe_source}\nreturn typeof axe;"))
        .await?;
    let mut problems = Vec::new();
    for state in ["closed", "open"] {
        if state == "open" {
            page.click(".nue-show-all").await?;
        }
        let result = page
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 axe.run(document, { runOnly: { type: 'tag', values: \
                   ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }) \
                 .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + \
                      v.nodes.map(n => n.target.join(' ')).join(', ')))) \
                 .catch(e => done(['axe failed: ' + e]));",
                Vec::new(),
            )
            .await
            .map_err(|e| format!("axe did not run: {e}"))?;
        if let Value::Array(violations) = result {
            problems.extend(
                violations
                    .iter()
                    .map(|v| format!("{state}: {}", v.as_str().unwrap_or("?"))),
            );
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

async fn expect_state(page: &Page<'_>, section: &str, open: bool) -> Step {
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

fn expect_eq(actual: Value, expected: Value, what: &str) -> Step {
    if actual == expected {
        Ok(())
    } else {
        Err(format!("{what}: got {actual}, expected {expected}"))
    }
}
