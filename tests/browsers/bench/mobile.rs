//! The mobile profile of `make bench`: each way of reading loaded in
//! headless Chromium under Lighthouse's mobile conditions, set over the
//! DevTools protocol (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, the CPU
//! four times slower), with compressed responses and a cold cache every
//! time; the pages are loaded in turn within one run and the medians
//! reported. Beside them: static copies of our own pages (no script, the
//! same inline stylesheet), the host article without the explainer, and a
//! peer page with the same story in GOV.UK Frontend's accordion.
//! Reported, never asserted.

use crate::page::{Page, Step};
use crate::{median, precompress};
use nato_ukraine_explainer::options::Config;
use nato_ukraine_explainer::prerender::{cms_fragment, BuiltFiles};
use nato_ukraine_explainer::story::{Story, STORY};
use serde_json::{json, Value};
use std::path::Path;

/// Runs before each page's own scripts: when section headers first work
/// (the script that opens prerendered sections has registered its click
/// listener, or the WebAssembly or the peer's script took over), when the
/// WebAssembly is live, and the layout shift.
const PROBE: &str = r#"
window.bench = { headers: null, live: null, shift: 0 };
const mark = (what) => { window.bench[what] ??= performance.now(); };
const add = EventTarget.prototype.addEventListener;
EventTarget.prototype.addEventListener = function (type, ...rest) {
  // embed/enhance.js: headers work from here on if there are prerendered ones.
  const prerendered = () => document.querySelector('.nue-section__toggle') ||
    [...document.querySelectorAll('[data-nato-ukraine-explainer]')]
      .some((host) => host.shadowRoot?.querySelector('.nue-section__toggle'));
  if (this === document && type === 'click' && prerendered()) mark('headers');
  return add.call(this, type, ...rest);
};
add.call(document, 'nato-ukraine-explainer:ready', () => { mark('live'); mark('headers'); });
new MutationObserver(() => {
  if (document.querySelector('[data-nue-live]')) { mark('live'); mark('headers'); }
  if (document.querySelector('.govuk-accordion__section-button')) mark('headers');
}).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-nue-live'] });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.bench.shift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });
"#;

/// One page of the profile and the page it is compared with.
struct Subject {
    name: &'static str,
    url: String,
    /// Waits for the WebAssembly (our pages) or for section headers (the peer).
    live: bool,
    /// The static copy or the host without the explainer, by its index.
    against: Option<(usize, &'static str)>,
}

#[derive(Default)]
struct Samples {
    paint: Vec<f64>,
    dom_ready: Vec<f64>,
    load: Vec<f64>,
    headers: Vec<f64>,
    wasm_arrived: Vec<f64>,
    live: Vec<f64>,
    shift: Vec<f64>,
    bytes: Vec<f64>,
}

/// Writes the pages of the profile into `dir` (served at `pages`), with the
/// explainer's files served from `assets`.
pub fn write_pages(dir: &Path, repo: &Path, dist: &Path, assets: &str) -> Step {
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let files = BuiltFiles::in_dir(dist)?;
    let write = |name: &str, text: &str| {
        std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"))
    };
    // Our own pages as plain static HTML: the same markup and inline
    // stylesheet, without scripts or preload hints.
    write(
        "static-index.html",
        &without_scripts(&read(&dist.join("index.html"))?),
    )?;
    write(
        "static-frame.html",
        &without_scripts(&read(&dist.join("embed/frame.html"))?),
    )?;
    let fragment = cms_fragment(
        &STORY,
        &Config::defaults(&STORY),
        &format!("{assets}/"),
        &files,
    );
    write("host-plain.html", &host_article(""))?;
    write("host-fragment.html", &host_article(&fragment))?;
    write(
        "host-script.html",
        &host_article(&format!(
            "<div data-nato-ukraine-explainer></div>\n\
             <script type=\"module\" src=\"{assets}/embed/nato-ukraine-explainer.js\"></script>\n"
        )),
    )?;
    write("govuk.html", &govuk_page(&STORY))?;
    // The peer's whole bundle: stylesheet, script, fonts and images.
    let govuk = repo.join("node_modules/govuk-frontend/dist/govuk");
    copy_dir(&govuk, &dir.join("govuk"))?;
    copy_dir(&govuk.join("assets"), &dir.join("assets"))?;
    precompress(dir)
}

/// Runs the profile `runs` times; the table for the README.
pub async fn measure(page: &Page<'_>, assets: &str, pages: &str, runs: usize) -> Step<String> {
    // (name, address, waits for the WebAssembly, compared with row n)
    let subjects = [
        (
            "standalone page, static copy",
            format!("{pages}/static-index.html"),
            false,
            None,
        ),
        (
            "standalone page",
            format!("{assets}/"),
            true,
            Some((0, "static copy")),
        ),
        (
            "iframe page, static copy",
            format!("{pages}/static-frame.html"),
            false,
            None,
        ),
        (
            "iframe page",
            format!("{assets}/embed/frame.html"),
            true,
            Some((2, "static copy")),
        ),
        (
            "host article without the explainer",
            format!("{pages}/host-plain.html"),
            false,
            None,
        ),
        (
            "host article, CMS fragment",
            format!("{pages}/host-fragment.html"),
            true,
            Some((4, "host without")),
        ),
        (
            "host article, script embed",
            format!("{pages}/host-script.html"),
            true,
            Some((4, "host without")),
        ),
        (
            "peer: GOV.UK Frontend accordion",
            format!("{pages}/govuk.html"),
            false,
            None,
        ),
    ]
    .map(|(name, url, live, against)| Subject {
        name,
        url,
        live,
        against,
    });
    page.chromium("Page.enable", json!({})).await?;
    page.chromium("Network.enable", json!({})).await?;
    page.chromium(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": PROBE }),
    )
    .await?;
    throttle(page, true).await?;
    let mut samples: Vec<Samples> = subjects.iter().map(|_| Samples::default()).collect();
    let mut clicks = Vec::new();
    let mut maps = Vec::new();
    let result = async {
        for _ in 0..runs {
            for (subject, samples) in subjects.iter().zip(&mut samples) {
                load_once(page, subject, samples).await?;
                if subject.name == "standalone page" {
                    maps.push(map_arrival(page).await?);
                    clicks.extend(crate::click_times(page).await?);
                }
            }
        }
        Ok::<(), String>(())
    }
    .await;
    throttle(page, false).await?;
    result?;

    let mut table = String::from(
        "| page | first paint | against | DOMContentLoaded | load | headers work | WebAssembly downloaded | WebAssembly live | live / load | layout shift | bytes on the wire |\n\
         | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    let ms = |values: &[f64]| {
        let m = median(values);
        if m.is_finite() {
            format!("{m:.0} ms")
        } else {
            "—".to_owned()
        }
    };
    for (subject, s) in subjects.iter().zip(&samples) {
        let against = subject.against.map_or(String::new(), |(i, what)| {
            format!(
                "{:.2} x {what}",
                median(&s.paint) / median(&samples[i].paint)
            )
        });
        let ratio = median(&s.live) / median(&s.load);
        let ratio = if ratio.is_finite() {
            format!("{ratio:.2} x")
        } else {
            "—".to_owned()
        };
        table.push_str(&format!(
            "| {} | {} | {against} | {} | {} | {} | {} | {} | {ratio} | {:.4} | {:.1} KB |\n",
            subject.name,
            ms(&s.paint),
            ms(&s.dom_ready),
            ms(&s.load),
            ms(&s.headers),
            ms(&s.wasm_arrived),
            ms(&s.live),
            median(&s.shift),
            median(&s.bytes) / 1000.0,
        ));
    }
    table.push_str(&format!(
        "\nClick to updated DOM on the standalone page, CPU four times slower: median {:.1} ms over {} clicks.\n",
        median(&clicks),
        clicks.len()
    ));
    table.push_str(&format!(
        "\nOpening \"The NATO plan\" on the standalone page: its map has arrived a median {:.0} ms after the click ({} runs); its box is there from the start, so nothing moves.\n",
        median(&maps),
        maps.len()
    ));
    Ok(table)
}

/// Opens "The NATO plan" and times its map, which nothing fetched before:
/// from the click to the picture's last byte, under the mobile conditions.
async fn map_arrival(page: &Page<'_>) -> Step<f64> {
    let took = page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; const start = performance.now(); \
             document.querySelector('#nato-plan-button').click(); \
             const poll = () => { \
               const map = performance.getEntriesByType('resource').find(r => r.name.includes('/nato-map')); \
               if (map && map.responseEnd > 0) done(map.responseEnd - start); \
               else if (performance.now() - start > 20000) done(null); else setTimeout(poll, 20); }; \
             poll();",
            Vec::new(),
        )
        .await
        .map_err(|e| format!("map: {e}"))?;
    took.as_f64()
        .ok_or_else(|| "the map did not arrive within 20 s of opening its section".to_owned())
}

/// Turns the mobile conditions on or off for the session's tab.
async fn throttle(page: &Page<'_>, on: bool) -> Step {
    let (latency, down, up, cpu) = match on {
        true => (150.0, 1_600_000.0 / 8.0, 750_000.0 / 8.0, 4.0),
        false => (0.0, -1.0, -1.0, 1.0),
    };
    page.chromium(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": latency,
                "downloadThroughput": down, "uploadThroughput": up }),
    )
    .await?;
    page.chromium("Network.setCacheDisabled", json!({ "cacheDisabled": on }))
        .await?;
    page.chromium("Emulation.setCPUThrottlingRate", json!({ "rate": cpu }))
        .await?;
    Ok(())
}

/// Loads `subject` once with a cold cache and records its timings.
async fn load_once(page: &Page<'_>, subject: &Subject, samples: &mut Samples) -> Step {
    page.chromium("Network.clearBrowserCache", json!({}))
        .await?;
    page.client
        .goto(&subject.url)
        .await
        .map_err(|e| format!("cannot open {}: {e}", subject.url))?;
    let done = if subject.live {
        "window.bench.live !== null"
    } else {
        "true"
    };
    page.wait_until(
        &format!(
            "performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0 \
             && performance.getEntriesByName('first-contentful-paint').length && {done}"
        ),
        &format!("{} to load", subject.name),
    )
    .await?;
    // Late layout shifts and requests (the peer's fonts) count too.
    page.js("return new Promise((done) => setTimeout(done, 500));")
        .await?;
    let seen: Value = page
        .js(
            "const nav = performance.getEntriesByType('navigation')[0]; \
             const resources = performance.getEntriesByType('resource'); \
             const bytes = [nav, ...resources].reduce((sum, r) => sum + r.transferSize, 0); \
             const wasm = resources.find((r) => r.name.endsWith('_bg.wasm')); \
             return [performance.getEntriesByName('first-contentful-paint')[0].startTime, \
                     nav.domContentLoadedEventEnd, nav.loadEventEnd, window.bench.headers, \
                     window.bench.live, window.bench.shift, bytes, wasm ? wasm.responseEnd : null];",
        )
        .await?;
    let at = |i: usize| seen[i].as_f64().unwrap_or(f64::NAN);
    samples.paint.push(at(0));
    samples.dom_ready.push(at(1));
    samples.load.push(at(2));
    samples.headers.push(at(3));
    samples.live.push(at(4));
    samples.shift.push(at(5));
    samples.bytes.push(at(6));
    samples.wasm_arrived.push(at(7));
    Ok(())
}

/// `html` without its scripts and preload hints: the static copy of a page.
fn without_scripts(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let script = rest.find("<script");
        let link = rest.find("<link");
        let Some(at) = script.into_iter().chain(link).min() else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if Some(at) == script {
            let end = rest
                .find("</script>")
                .map_or(rest.len(), |e| e + "</script>".len());
            rest = &rest[end..];
        } else {
            let end = rest.find('>').map_or(rest.len(), |e| e + 1);
            if !rest[..end].contains("preload") {
                out.push_str(&rest[..end]);
            }
            rest = &rest[end..];
        }
    }
}

/// A plain news article from a host with a stylesheet of its own, holding
/// `explainer` between its paragraphs.
fn host_article(explainer: &str) -> String {
    let paragraph = "<p>The host's own reporting runs before and after the explainer, \
                     as an article page would have it, with enough text to fill a phone's \
                     first screen.</p>\n";
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Host article</title>\
         <style>body {{ font: 1.05rem/1.5 Georgia, serif; margin: 1rem auto; max-width: 40rem; padding: 0 1rem; }}</style>\
         </head><body><main><h1>The host's headline</h1>\n{}{explainer}{}</main></body></html>\n",
        paragraph.repeat(3),
        paragraph.repeat(2),
    )
}

/// The story in GOV.UK Frontend's accordion, with its whole bundle, as a
/// newsroom would build the same explainer from that design system.
fn govuk_page(story: &Story) -> String {
    let text = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut body = format!(
        "<span class=\"govuk-caption-l\">{}</span><h1 class=\"govuk-heading-l\">{}</h1>\
         <p class=\"govuk-body-l\">{}</p><p class=\"govuk-body\">{}</p>\
         <h2 class=\"govuk-heading-m\">{}</h2><dl class=\"govuk-summary-list\">",
        text(&story.ui.kicker),
        text(&story.headline),
        text(&story.summary),
        text(&story.dateline),
        text(&story.ui.key_numbers_heading),
    );
    for number in story.key_numbers.iter() {
        body += &format!(
            "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">{}</dt>\
             <dd class=\"govuk-summary-list__value\">{}</dd></div>",
            text(&number.value),
            text(&number.label)
        );
    }
    body += "</dl><div class=\"govuk-accordion\" data-module=\"govuk-accordion\" id=\"story\">";
    for (i, section) in story.sections.iter().enumerate() {
        let paragraphs: String = section
            .paragraphs
            .iter()
            .map(|p| format!("<p class=\"govuk-body\">{}</p>", text(p)))
            .collect();
        body += &format!(
            "<div class=\"govuk-accordion__section\"><div class=\"govuk-accordion__section-header\">\
             <h2 class=\"govuk-accordion__section-heading\"><span class=\"govuk-accordion__section-button\" \
             id=\"story-heading-{i}\">{}</span></h2></div><div id=\"story-content-{i}\" \
             class=\"govuk-accordion__section-content\">{paragraphs}</div></div>",
            text(&section.title)
        );
    }
    body += &format!(
        "</div><h2 class=\"govuk-heading-m\">{}</h2><ul class=\"govuk-list\">",
        text(&story.ui.people_heading)
    );
    for person in story.people.iter() {
        body += &format!(
            "<li><strong>{}</strong>, {}: {}</li>",
            text(&person.name),
            text(&person.role),
            text(&person.part)
        );
    }
    body += &format!(
        "</ul><h2 class=\"govuk-heading-m\">{}</h2><ol class=\"govuk-list govuk-list--number\">",
        text(&story.ui.timeline_heading)
    );
    for step in story.timeline.iter() {
        body += &format!(
            "<li><strong>{}</strong>: {}</li>",
            text(&step.when),
            text(&step.what)
        );
    }
    body += &format!(
        "</ol><p class=\"govuk-body-s\">{} {}</p>",
        text(&story.source.credit),
        text(&story.source.updated_label)
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\" class=\"govuk-template\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><link rel=\"stylesheet\" href=\"/govuk/govuk-frontend.min.css\"></head>\
         <body class=\"govuk-template__body\"><script>document.body.className += ' js-enabled' + \
         ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>\
         <div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\">{body}</main></div>\
         <script type=\"module\">import {{ initAll }} from '/govuk/govuk-frontend.min.js'; initAll();</script>\
         </body></html>\n",
        text(&story.headline)
    )
}

fn copy_dir(from: &Path, to: &Path) -> Step {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let entries = std::fs::read_dir(from).map_err(|e| {
        format!(
            "{}: {e}; run `make bench`, which installs govuk-frontend",
            from.display()
        )
    })?;
    for entry in entries.flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .map_err(|e| format!("{}: {e}", target.display()))?;
        }
    }
    Ok(())
}
