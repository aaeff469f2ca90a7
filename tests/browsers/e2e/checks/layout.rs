//! The widget at the widths readers use, from a small phone to a desktop,
//! closed and open: no sideways scroll, nothing overlapping, no text under
//! 12 px (the map's names included). Screenshots at a phone's width and a
//! desktop's go to `target/screenshots/`.

use super::{Checks, Context};
use crate::map;
use crate::page::{Page, Step};

const WIDTHS: [u32; 4] = [320, 375, 640, 1280];

pub fn add_checks(checks: &mut Checks) {
    for width in WIDTHS {
        checks.add(
            format!("at {width} px: no horizontal scroll, no overlap, readable text"),
            move |page, cx| Box::pin(layout(page, cx, width)),
        );
    }
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
pub(crate) const LAYOUT_PROBLEMS: &str = r#"
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
