//! The embedding checks: three explainers and two iframes on a host article
//! served from another origin than the explainer's files, under a hostile
//! stylesheet and a strict Content-Security-Policy.

use crate::page::{json_str, Page, Step};
use fantoccini::elements::{Element, ElementRef};
use fantoccini::key::Key;
use serde_json::Value;

/// JS expression for an element inside an explainer's shadow root.
pub fn inside(host: &str, selector: &str) -> String {
    format!(
        "document.getElementById({}).shadowRoot.querySelector({})",
        json_str(host),
        json_str(selector)
    )
}

/// JS expression: the explainers on these hosts are live and shown (a
/// fresh explainer stays hidden until its stylesheet has loaded).
fn live_and_shown(hosts: &[&str]) -> String {
    format!(
        "{}.every(id => {{ const live = document.getElementById(id).shadowRoot?.querySelector('[data-nue-live]'); \
           return live && !live.hidden; }})",
        serde_json::json!(hosts)
    )
}

impl Page<'_> {
    /// Loads a host page and waits for its three explainers.
    pub async fn load_host(&self, url: &str) -> Step {
        self.open(
            url,
            "['plain', 'branded', 'dark'].every(id => { const r = document.getElementById(id).shadowRoot; \
             const c = r && r.querySelector('.nue'); return c && !c.parentElement.hidden; })",
            "three explainers to render, styled",
        )
        .await
    }

    /// A WebDriver element inside a shadow root, for real clicks and keys.
    async fn shadow_element(&self, host: &str, selector: &str) -> Step<Element> {
        let value = self
            .js(&format!("return {};", inside(host, selector)))
            .await?;
        let id = value
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .ok_or_else(|| format!("no `{selector}` in #{host}"))?;
        Ok(Element::from_element_id(
            self.client.clone(),
            ElementRef::from(id.to_owned()),
        ))
    }

    pub async fn shadow_click(&self, host: &str, selector: &str) -> Step {
        let element = self.shadow_element(host, selector).await?;
        element
            .click()
            .await
            .map_err(|e| format!("cannot click `{selector}` in #{host}: {e}"))?;
        self.settle().await
    }

    pub async fn shadow_attr(&self, host: &str, selector: &str, name: &str) -> Step<String> {
        self.js_string(&format!(
            "return {}.getAttribute({});",
            inside(host, selector),
            json_str(name)
        ))
        .await
    }

    async fn host_events(&self) -> Step<Vec<Value>> {
        Ok(self
            .js("return hostEvents;")
            .await?
            .as_array()
            .cloned()
            .unwrap_or_default())
    }
}

/// Computed styles of the explainer's parts that a host stylesheet would try
/// to change, one line per element.
const WIDGET_STYLES: &str = r#"
const root = document.getElementById('plain').shadowRoot;
const props = ['fontFamily', 'fontSize', 'fontWeight', 'color', 'backgroundColor', 'paddingTop',
  'paddingLeft', 'marginTop', 'marginBottom', 'textTransform', 'letterSpacing', 'lineHeight',
  'borderTopWidth', 'borderTopStyle', 'borderRadius', 'boxSizing', 'textAlign', 'listStyleType', 'display'];
return ['.nue', '.nue-kicker', '.nue-title', '.nue-summary', '.nue-part__heading', '.nue-number',
        '.nue-number__value', '.nue-show-all', '.nue-section__toggle', '.nue-section__panel p',
        '.nue-copy__button', '.nue-feedback__answer', '.nue-person__name', '.nue-step__when']
  .map(sel => { const s = getComputedStyle(root.querySelector(sel));
                return sel + ': ' + props.map(p => p + '=' + s[p]).join(' '); });
"#;

pub async fn hostile_css_changes_nothing(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/clean.html")).await?;
    let clean = page.js(WIDGET_STYLES).await?;
    page.load_host(&format!("{host}/hostile.html")).await?;
    let hostile = page.js(WIDGET_STYLES).await?;
    let differences: Vec<String> = clean
        .as_array()
        .into_iter()
        .flatten()
        .zip(hostile.as_array().into_iter().flatten())
        .filter(|(a, b)| a != b)
        .map(|(a, b)| format!("clean:   {a}\nhostile: {b}"))
        .collect();
    if clean.as_array().map_or(0, Vec::len) < 14 {
        return Err(format!("styles not read: {clean}"));
    }
    if !differences.is_empty() {
        return Err(differences.join("\n"));
    }
    Ok(())
}

pub async fn theme_hooks_reach_the_widget(page: &Page<'_>, host: &str) -> Step {
    let accent = format!(
        "return getComputedStyle({}).color;",
        inside("branded", ".nue-number__value")
    );
    page.load_host(&format!("{host}/hostile.html")).await?;
    let branded = page.js_string(&accent).await?;
    page.load_host(&format!("{host}/clean.html")).await?;
    let default = page.js_string(&accent).await?;
    if branded != "rgb(122, 31, 43)" || default == branded {
        return Err(format!(
            "accent with the host's --nue-color-accent: {branded}; without: {default}"
        ));
    }
    Ok(())
}

pub async fn nothing_leaks_into_the_host(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    let before = page.js("return probesBefore;").await?;
    let after = page.js("return probeStyles();").await?;
    if before != after {
        return Err(format!(
            "the host's own elements changed:\nbefore {before}\nafter  {after}"
        ));
    }
    Ok(())
}

pub async fn instances_and_config(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    let ready: Vec<String> = page
        .host_events()
        .await?
        .iter()
        .filter(|e| e["name"] == "ready")
        .map(|e| e["host"].as_str().unwrap_or_default().to_owned())
        .collect();
    if ready != ["plain", "branded", "dark"] {
        return Err(format!("ready events from {ready:?}"));
    }
    let expanded = |host: &'static str, id: &'static str| async move {
        page.shadow_attr(host, &format!("#{id}-button"), "aria-expanded")
            .await
    };
    if expanded("branded", "nato-plan").await? != "true"
        || expanded("plain", "nato-plan").await? != "false"
    {
        return Err("data-open opened a section in the wrong instance".to_owned());
    }
    page.shadow_click("plain", "#sanctions-button").await?;
    if expanded("plain", "sanctions").await? != "true"
        || expanded("branded", "sanctions").await? != "false"
        || expanded("dark", "sanctions").await? != "false"
    {
        return Err("a click in one instance changed another".to_owned());
    }
    let dark = page
        .js_string(&format!(
            "const r = {}; return [r.dataset.theme, !!r.querySelector('.nue-people'), \
             !!r.querySelector('.nue-timeline'), r.querySelector('#nue-title').tagName].join(' ');",
            inside("dark", ".nue")
        ))
        .await?;
    if dark != "dark false true H2" {
        return Err(format!(
            "#dark: theme, people shown, timeline shown, title tag = {dark}"
        ));
    }
    let warnings = page.js("return warnings;").await?;
    let warnings = warnings.as_array().cloned().unwrap_or_default();
    if warnings.len() != 1
        || !warnings[0]
            .as_str()
            .unwrap_or_default()
            .contains("`headingLevel`")
    {
        return Err(format!(
            "expected one warning naming `headingLevel`, got {warnings:?}"
        ));
    }
    Ok(())
}

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

/// Moves the session into the iframe with this id (until `enter_parent_frame`).
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
    enter_frame(page, frame).await?;
    let inner = page
        .js("return document.documentElement.getBoundingClientRect().height;")
        .await;
    page.client
        .enter_parent_frame()
        .await
        .map_err(|e| e.to_string())?;
    Ok((outer, inner?.as_f64().unwrap_or(-2.0)))
}

async fn wait_frame_fits(page: &Page<'_>, frame: &str) -> Step<f64> {
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
    enter_frame(page, "frame").await?;
    page.wait_until(
        "(() => { const h = document.querySelector('[data-nato-ukraine-explainer]'); \
         return h && h.shadowRoot && h.shadowRoot.querySelector('.nue-show-all'); })()",
        "the explainer inside the iframe",
    )
    .await?;
    page.js("document.querySelector('[data-nato-ukraine-explainer]').shadowRoot.querySelector('.nue-show-all').click();")
        .await?;
    page.client
        .enter_parent_frame()
        .await
        .map_err(|e| e.to_string())?;
    let open = wait_frame_fits(page, "frame").await?;
    if open <= closed + 200.0 {
        return Err(format!(
            "opening every section: iframe {closed} px -> {open} px"
        ));
    }
    Ok(())
}

pub async fn messages_are_checked(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    let fitted = wait_frame_fits(page, "frame").await?;
    // The page itself and a same-origin impostor frame claim a tiny height;
    // a message into the explainer's frame asks it to do something.
    page.js(
        "postMessage({ type: 'nato-ukraine-explainer:height', height: 5 }, '*'); \
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

pub async fn no_csp_violation(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    page.shadow_click("plain", ".nue-show-all").await?;
    wait_frame_fits(page, "frame").await?;
    let violations = page.js("return cspViolations;").await?;
    if violations.as_array().is_some_and(|v| !v.is_empty()) {
        return Err(format!("CSP violations: {violations}"));
    }
    // Only its own files, no cookie; storage throws on this page throughout.
    let foreign = page
        .js(&format!(
            "return performance.getEntriesByType('resource').map(r => r.name) \
               .filter(n => !n.startsWith({}) && !n.startsWith(location.origin));",
            json_str(assets_of(page).await?.as_str())
        ))
        .await?;
    if foreign.as_array().is_some_and(|v| !v.is_empty()) {
        return Err(format!(
            "requests beyond the explainer's files and the page's own: {foreign}"
        ));
    }
    let cookie = page.js_string("return document.cookie;").await?;
    if !cookie.is_empty() {
        return Err(format!("a cookie was set: {cookie}"));
    }
    Ok(())
}

/// The origin the page loads the explainer from (its loader's script URL).
pub async fn assets_of(page: &Page<'_>) -> Step<String> {
    page.js_string("return new URL(document.querySelector('script[type=module]').src).origin;")
        .await
}

/// A host page's mistakes never throw: every handle method takes any value,
/// returns false and warns once for a value that is not a section id.
pub async fn handle_methods_never_throw(page: &Page<'_>, host: &str) -> Step {
    page.load_host(&format!("{host}/hostile.html")).await?;
    let seen = page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             const loader = document.querySelector('script[src$=\"/embed/nato-ukraine-explainer.js\"]').src; \
             import(loader).then(async ({ mount }) => { \
               const element = document.createElement('div'); document.querySelector('main').append(element); \
               const handle = await mount(element, {}); \
               const before = warnings.length; const results = []; \
               for (const value of [null, undefined, 42, {}, ['sanctions'], Symbol('sanctions')]) \
                 for (const method of ['open', 'close']) \
                   try { results.push(handle[method](value)); } catch (e) { results.push(`${method} threw ${e}`); } \
               results.push(handle.open('sanctions')); \
               handle.unmount(); element.remove(); \
               done([results, warnings.length - before]); \
             }, (e) => done(String(e)));",
            Vec::new(),
        )
        .await
        .map_err(|e| format!("handle methods: {e}"))?;
    let mut expected = vec![Value::Bool(false); 12];
    expected.push(Value::Bool(true));
    if seen != serde_json::json!([expected, 12]) {
        return Err(format!(
            "[results of open/close with six wrong values then open('sanctions'), warnings] = {seen}"
        ));
    }
    Ok(())
}

/// Whether this engine enforces Trusted Types: under `require-trusted-types-for`
/// a string written to `innerHTML` throws.
pub async fn trusted_types_enforced(page: &Page<'_>, host: &str) -> Step<bool> {
    page.load_host(&format!("{host}/trusted-types.html"))
        .await?;
    page.js_bool(
        "try { document.createElement('div').innerHTML = '<b>x</b>'; return false; } \
         catch (e) { return e instanceof TypeError; }",
    )
    .await
}

/// Under a policy that requires Trusted Types and allows no policy, fresh
/// renders (a placeholder without prerendered HTML, and `mount()`) render
/// and work: no string reaches an HTML sink, so nothing is refused.
pub async fn fresh_renders_under_trusted_types(page: &Page<'_>, host: &str) -> Step {
    page.open(
        &format!("{host}/trusted-types.html"),
        &live_and_shown(&["plain", "branded", "dark", "api"]),
        "four fresh explainers under Trusted Types, styled",
    )
    .await?;
    page.shadow_click("api", "#sanctions-button").await?;
    let seen = page
        .js(&format!(
            "return [{}.getAttribute('aria-expanded'), {}.dataset.theme, cspViolations];",
            inside("api", "#sanctions-button"),
            inside("api", ".nue")
        ))
        .await?;
    if seen != serde_json::json!(["true", "dark", []]) {
        return Err(format!(
            "mount() under Trusted Types: [sanctions open after a click, theme, CSP violations] = {seen}"
        ));
    }
    Ok(())
}

/// Runs `cycles` times on `later.html`: an article holding a placeholder
/// arrives, its explainer mounts by itself, the article leaves, and the
/// explainer is unmounted (its shadow root emptied). Resolves to the
/// WebAssembly's memory in bytes and the JS heap (Chromium) afterwards.
async fn articles_come_and_go(page: &Page<'_>, cycles: usize, measure: bool) -> Step<(f64, f64)> {
    let seen = page
        .client
        .execute_async(
            &format!(
                "const done = arguments[arguments.length - 1]; const cycles = {cycles}; \
                 const main = document.querySelector('main'); \
                 const until = (test, what) => new Promise((resolve, reject) => {{ \
                   const start = performance.now(); \
                   const poll = () => test() ? resolve() : performance.now() - start > 5000 \
                     ? reject(new Error(`timed out waiting for ${{what}}`)) : setTimeout(poll, 2); \
                   poll(); }}); \
                 (async () => {{ \
                   for (let i = 0; i < cycles; i++) {{ \
                     const article = document.createElement('article'); \
                     const placeholder = document.createElement('div'); \
                     placeholder.setAttribute('data-nato-ukraine-explainer', ''); \
                     placeholder.setAttribute('data-open', 'sanctions'); \
                     article.append(placeholder); main.append(article); \
                     await until(() => placeholder.shadowRoot?.querySelector('[data-nue-live] #sanctions-button[aria-expanded=true]'), `explainer ${{i}} to mount`); \
                     article.remove(); \
                     await until(() => placeholder.shadowRoot.childElementCount === 0, `explainer ${{i}} to unmount`); \
                   }} \
                   if (!{measure}) return done([0, 0]); \
                   const glue = window.glueUrl ??= performance.getEntriesByType('resource').map((r) => r.name) \
                     .find((name) => /nato-ukraine-explainer-[0-9a-f]+\\.js$/.test(name)); \
                   const exports = await (await import(glue)).default(); \
                   const memory = Object.values(exports).find((v) => v instanceof WebAssembly.Memory); \
                   done([memory.buffer.byteLength, performance.memory?.usedJSHeapSize ?? 0]); \
                 }})().catch((e) => done(String(e)));"
            ),
            Vec::new(),
        )
        .await
        .map_err(|e| format!("articles coming and going: {e}"))?;
    match (seen[0].as_f64(), seen[1].as_f64()) {
        (Some(wasm), Some(heap)) => Ok((wasm, heap)),
        _ => Err(format!("articles coming and going: {seen}")),
    }
}

/// Placeholders in articles that arrive after load mount by themselves;
/// an explainer whose article leaves the page is unmounted and freed. In
/// Chromium, which can collect garbage on request and report the JS heap,
/// 200 articles later the WebAssembly's memory and the JS heap are where
/// they were after 20.
pub async fn articles_that_arrive_later(page: &Page<'_>, host: &str, chromium: bool) -> Step {
    page.open(
        &format!("{host}/later.html"),
        "document.getElementById('first').shadowRoot?.querySelector('[data-nue-live]')",
        "the article's own explainer",
    )
    .await?;
    let warm = articles_come_and_go(page, 20, chromium).await?;
    if !chromium {
        return Ok(());
    }
    // Twice, with a pause: objects whose finalizers run after the first
    // collection (wasm-bindgen's handles) go in the second. The resource
    // timing buffer, which every stylesheet request adds to, is the page's.
    let collect = || async {
        page.js("performance.clearResourceTimings();").await?;
        for _ in 0..2 {
            page.chromium("HeapProfiler.collectGarbage", serde_json::json!({}))
                .await?;
            page.js("return new Promise((done) => setTimeout(done, 200));")
                .await?;
        }
        Ok::<(), String>(())
    };
    collect().await?;
    let (_, heap_before) = articles_come_and_go(page, 0, true).await?;
    let (wasm_after, _) = articles_come_and_go(page, 180, true).await?;
    collect().await?;
    let (_, heap_after) = articles_come_and_go(page, 0, true).await?;
    let mib = |bytes: f64| bytes / 1_048_576.0;
    println!(
        "      memory after 20 and 200 articles: WebAssembly {:.2} / {:.2} MiB, JS heap {:.2} / {:.2} MiB",
        mib(warm.0),
        mib(wasm_after),
        mib(heap_before),
        mib(heap_after)
    );
    // Flat: not one more page of WebAssembly memory, and the JS heap within
    // a quarter of a MiB (the collector keeps some slack of its own).
    if wasm_after > warm.0 || heap_after > heap_before + 262_144.0 {
        return Err(format!(
            "memory grew: WebAssembly {} -> {} bytes, JS heap {heap_before} -> {heap_after} bytes",
            warm.0, wasm_after
        ));
    }
    Ok(())
}

/// The host article with the explainer's files served by nginx: the three
/// placeholders render, styled, the iframe fits its content, and the strict
/// CSP sees no violation; every file came from nginx, compressed.
pub async fn through_nginx(page: &Page<'_>, host: &str, nginx: &str) -> Step {
    page.load_host(&format!("{host}/nginx.html")).await?;
    wait_frame_fits(page, "frame").await?;
    let seen = page
        .js(&format!(
            "return [cspViolations, performance.getEntriesByType('resource') \
               .filter((r) => /\\.(js|wasm|css)$/.test(r.name) && !r.name.startsWith({})) \
               .filter((r) => !r.name.startsWith(location.origin)).map((r) => r.name)];",
            crate::page::json_str(nginx)
        ))
        .await?;
    if seen != serde_json::json!([[], []]) {
        return Err(format!(
            "[CSP violations, explainer files not from nginx] = {seen}"
        ));
    }
    Ok(())
}

/// Direction: in a right-to-left Arabic host page, the English explainer
/// reads left to right in every element with text, its section icons at the
/// line's end on the right; told as Arabic (`data-lang="ar"`), it turns as a
/// whole: right to left, icons on the left, the timeline's rule and markers
/// on the right. A screenshot of the page goes to `target/screenshots/`.
pub async fn reads_in_its_own_direction(
    page: &Page<'_>,
    host: &str,
    shot: &std::path::Path,
    engine: crate::engines::Engine,
) -> Step {
    page.open(
        &format!("{host}/rtl.html"),
        &live_and_shown(&["english", "arabic"]),
        "both explainers on the right-to-left page, styled",
    )
    .await?;
    let seen = page
        .js(
            "const layout = (id) => { const root = document.getElementById(id).shadowRoot; \
               const nue = root.querySelector('.nue'); \
               const texts = [...nue.querySelectorAll('*')].filter((el) => \
                 [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())); \
               const directions = [...new Set(texts.map((el) => getComputedStyle(el).direction))]; \
               const box = (sel) => root.querySelector(sel).getBoundingClientRect(); \
               const icon = box('#nato-plan-button .nue-section__icon'), title = box('#nato-plan-button .nue-section__title'); \
               const list = getComputedStyle(root.querySelector('.nue-timeline__list')); \
               const marker = getComputedStyle(root.querySelector('.nue-step'), '::before'); \
               return { lang: nue.lang, dir: getComputedStyle(nue).direction, texts: texts.length, directions, \
                        icon: icon.left < title.left ? 'left' : 'right', \
                        rule: parseFloat(list.borderLeftWidth) > 0 ? 'left' : parseFloat(list.borderRightWidth) > 0 ? 'right' : 'none', \
                        marker: parseFloat(marker.left) < 0 ? 'left' : 'right' }; }; \
             return [document.documentElement.dir, layout('english'), layout('arabic')];",
        )
        .await?;
    let expect = |id: &str, lang: &str, dir: &str, start: &str, end: &str| {
        let layout = &seen[if id == "english" { 1 } else { 2 }];
        let ok = layout["lang"] == lang
            && layout["dir"] == dir
            && layout["texts"].as_u64().unwrap_or(0) > 50
            && layout["directions"] == serde_json::json!([dir])
            && layout["icon"] == end
            && layout["rule"] == start
            && layout["marker"] == start;
        match ok {
            true => Ok(()),
            false => Err(format!(
                "#{id} should read {dir} (lang {lang}), icons {end}, timeline {start}: {layout}"
            )),
        }
    };
    if seen[0] != "rtl" {
        return Err(format!("the host page is not right to left: {seen}"));
    }
    expect("english", "en", "ltr", "left", "right")?;
    expect("arabic", "ar", "rtl", "right", "left")?;
    page.screenshot(
        engine,
        &shot.join(format!("{}-rtl-host.png", engine.name())),
    )
    .await
}
