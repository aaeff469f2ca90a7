//! The iframe embed: its height follows its content, in a sandbox too,
//! messages from other windows (or into the frame) change nothing and tell
//! the host nothing, and it speaks Pym.js and AMP.

use crate::page::{Page, Step};
use serde_json::Value;

/// Runs `work` inside the iframe with this id, then returns to the page
/// around it, whatever `work` found. (`work` is an `async` block: it does
/// nothing until it runs in the frame.)
pub(super) async fn in_frame<T>(
    page: &Page<'_>,
    frame: &str,
    work: impl std::future::Future<Output = Step<T>>,
) -> Step<T> {
    enter_frame(page, frame).await?;
    let result = work.await;
    page.client
        .enter_parent_frame()
        .await
        .map_err(|e| e.to_string())?;
    result
}

async fn enter_frame(page: &Page<'_>, frame: &str) -> Step {
    let element = page
        .client
        .find(fantoccini::Locator::Id(frame))
        .await
        .map_err(|e| format!("no #{frame}: {e}"))?;
    element
        .enter_frame()
        .await
        .map_err(|e| format!("cannot enter #{frame}: {e}"))
}

/// Height of an iframe on the page and of the document inside it.
async fn frame_heights(page: &Page<'_>, frame: &str) -> Step<(f64, f64)> {
    let outer = page
        .js(&format!(
            "return document.getElementById('{frame}').getBoundingClientRect().height;"
        ))
        .await?
        .as_f64()
        .unwrap_or(-1.0);
    let inner = in_frame(
        page,
        frame,
        page.js("return document.documentElement.getBoundingClientRect().height;"),
    )
    .await?;
    Ok((outer, inner.as_f64().unwrap_or(-2.0)))
}

pub(super) async fn wait_frame_fits(page: &Page<'_>, frame: &str) -> Step<f64> {
    // Browsers pause rendering, and so ResizeObserver, in cross-origin frames
    // out of view, as a reader's scrolling would bring them in.
    page.js(&format!(
        "document.getElementById('{frame}').scrollIntoView();"
    ))
    .await?;
    for _ in 0..100 {
        let (outer, inner) = frame_heights(page, frame).await?;
        if inner > 100.0 && (outer - inner.ceil()).abs() <= 1.0 {
            return Ok(outer);
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let (outer, inner) = frame_heights(page, frame).await?;
    Err(format!(
        "#{frame} is {outer} px tall, its content {inner} px"
    ))
}

pub async fn iframe_follows_its_content(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    let closed = wait_frame_fits(page, "frame").await?;
    let title = page
        .js_string("return document.getElementById('frame').title;")
        .await?;
    if title.is_empty() {
        return Err("the iframe has no title".to_owned());
    }
    in_frame(page, "frame", async {
        page.wait_until(
            "(() => { const h = document.querySelector('[data-nato-ukraine-explainer]'); \
             return h && h.shadowRoot && h.shadowRoot.querySelector('.nue-show-all'); })()",
            "the explainer inside the iframe",
        )
        .await?;
        page.js("document.querySelector('[data-nato-ukraine-explainer]').shadowRoot.querySelector('.nue-show-all').click();")
            .await
    })
    .await?;
    let open = wait_frame_fits(page, "frame").await?;
    if open <= closed + 200.0 {
        return Err(format!(
            "opening every section: iframe {closed} px -> {open} px"
        ));
    }
    // A frame the page adds later (an article scrolled in) is fitted too.
    page.js(
        "const f = document.createElement('iframe'); f.id = 'later-frame'; f.title = 'later'; \
         f.setAttribute('data-nato-ukraine-explainer-frame', ''); \
         f.src = document.getElementById('frame').src; document.getElementById('frame').after(f);",
    )
    .await?;
    wait_frame_fits(page, "later-frame").await?;
    let fitted = page
        .js_string(
            "const f = document.getElementById('later-frame'), s = getComputedStyle(f); \
             const same = f.getBoundingClientRect().width === document.getElementById('frame').getBoundingClientRect().width; \
             const seen = [s.display, s.borderTopWidth, same].join(' '); f.remove(); return seen;",
        )
        .await?;
    if fitted != "block 0px true" {
        return Err(format!(
            "a frame added later: [display, border, as wide] = {fitted}"
        ));
    }
    Ok(())
}

pub async fn messages_are_checked(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    let fitted = wait_frame_fits(page, "frame").await?;
    // The page itself and a same-origin impostor frame claim a tiny height,
    // and the page a switch of edition in the frame; a message into the
    // explainer's frame asks it to do something.
    page.js(
        "window.framesHeard = []; document.addEventListener('nato-ukraine-explainer:language', \
           (e) => framesHeard.push(e.detail.language)); \
         postMessage({ type: 'nato-ukraine-explainer:height', height: 5 }, '*'); \
         postMessage({ type: 'nato-ukraine-explainer:language', language: 'uk' }, '*'); \
         const f = document.getElementById('frame').contentWindow; \
         f.postMessage({ type: 'nato-ukraine-explainer:height', height: 9 }, '*'); \
         f.postMessage('pymxPYMxexamplexPYMxwidthxPYMx120', '*'); \
         document.getElementById('impostor').src = '/impostor.html?again';",
    )
    .await?;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let (outer, inner) = frame_heights(page, "frame").await?;
    if (outer - fitted).abs() > 1.0 || (outer - inner.ceil()).abs() > 1.0 {
        return Err(format!(
            "after foreign messages the iframe is {outer} px (was {fitted}), content {inner} px"
        ));
    }
    let impostor = page
        .js("return document.getElementById('impostor').getBoundingClientRect().height;")
        .await?;
    if impostor.as_f64().unwrap_or(0.0) < 10.0 {
        return Err(format!("the impostor frame was resized to {impostor}"));
    }
    let heard = page.js("return window.framesHeard;").await?;
    if heard != serde_json::json!([]) {
        return Err(format!(
            "a switch of edition the page claimed was heard: {heard}"
        ));
    }
    Ok(())
}

pub async fn speaks_pym(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    page.js("document.getElementById('pym-frame').scrollIntoView();")
        .await?;
    let mut last = Value::Null;
    for _ in 0..100 {
        let (_, inner) = frame_heights(page, "pym-frame").await?;
        last = page
            .js("return pymHeights[pymHeights.length - 1] || null;")
            .await?;
        let height = last["height"].as_f64().unwrap_or(-1.0);
        if last["id"] == "example" && inner > 100.0 && (height - inner.ceil()).abs() <= 1.0 {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err(format!(
        "no Pym.js message with the frame's height; last: {last}"
    ))
}

async fn load_sandboxed(page: &Page<'_>, host: &str) -> Step {
    page.open(
        &format!("{host}/sandboxed.html"),
        "document.readyState === 'complete'",
        "the sandboxed embed block",
    )
    .await
}

pub async fn sandboxed_frame_fits_and_works(page: &Page<'_>, host: &str, starts: bool) -> Step {
    load_sandboxed(page, host).await?;
    let fitted = wait_frame_fits(page, "sandboxed").await?;
    // The page and another opaque-origin frame claim tiny heights.
    page.js(
        "postMessage({ type: 'nato-ukraine-explainer:height', height: 5 }, '*'); \
         document.getElementById('impostor').src = '/impostor.html?again';",
    )
    .await?;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let (outer, _) = frame_heights(page, "sandboxed").await?;
    if (outer - fitted).abs() > 1.0 {
        return Err(format!(
            "after foreign messages the sandboxed iframe is {outer} px (was {fitted})"
        ));
    }
    in_frame(page, "sandboxed", inside_the_sandbox(page, starts)).await
}

/// In the sandboxed frame: a header opens its section, then, where the
/// WebAssembly starts, copy link copies or offers the link by hand.
async fn inside_the_sandbox(page: &Page<'_>, starts: bool) -> Step {
    let root = "document.querySelector('[data-nato-ukraine-explainer]').shadowRoot";
    if starts {
        page.wait_until(
            &format!("{root}?.querySelector('[data-nue-live] .nue-section__toggle')"),
            "the explainer inside the sandboxed iframe",
        )
        .await?;
    }
    page.js(&format!(
        "{root}.querySelector('#sanctions-button').click();"
    ))
    .await?;
    page.wait_until(
        &format!(
            "{root}.querySelector('#sanctions-button').getAttribute('aria-expanded') === 'true' \
             && !{root}.querySelector('#sanctions-panel').hidden"
        ),
        "a header in the sandboxed iframe to open its section",
    )
    .await?;
    if !starts {
        // As the check's name says: its headers work, with no WebAssembly.
        let live = page
            .js(&format!(
                "return !!{root}.querySelector('[data-nue-live]');"
            ))
            .await?;
        return match live.as_bool() {
            Some(false) => Ok(()),
            _ => Err(format!(
                "the WebAssembly started in the sandboxed iframe ({live}), which this engine \
                 refused before: the check's name and its copy-link steps need updating"
            )),
        };
    }
    page.js(&format!(
        "{root}.querySelector('#sanctions-panel .nue-copy__button').click();"
    ))
    .await?;
    page.wait_until(
        &format!(
            "(() => {{ const r = {root}; const field = r.querySelector('.nue-copy__manual input'); \
             return r.querySelector('#sanctions-panel .nue-copy__status').textContent.trim() !== '' || \
             (field && /^http.*#sanctions$/.test(field.value)); }})()"
        ),
        "copy link's confirmation or its field to copy by hand",
    )
    .await
}

pub async fn tells_amp_its_height(page: &Page<'_>, host: &str) -> Step {
    load_sandboxed(page, host).await?;
    page.js("document.getElementById('sandboxed').scrollIntoView();")
        .await?;
    let mut last = Value::Null;
    for _ in 0..100 {
        let (_, inner) = frame_heights(page, "sandboxed").await?;
        last = page
            .js("return ampHeights[ampHeights.length - 1] ?? null;")
            .await?;
        let height = last.as_f64().unwrap_or(-1.0);
        if inner > 100.0 && (height - inner.ceil()).abs() <= 1.0 {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err(format!(
        "no AMP embed-size message with the frame's height; last: {last}"
    ))
}
