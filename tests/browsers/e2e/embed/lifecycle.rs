//! Explainers that come and go with their articles, as on a site that
//! loads articles while the reader scrolls: they mount by themselves, and
//! leave (their memory freed) with their article.

use crate::page::{Page, Step};

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
/// they were after 20, give or take the page the allocator may add as it
/// settles.
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
    // Flat: at most one more page of WebAssembly memory (64 KiB), and the JS
    // heap within a quarter of a MiB (the collector keeps some slack of its
    // own). The allocator's free list may take that one page as it settles,
    // then no more (measured flat from 200 to 1,400 articles, 2026-12-02); a
    // leaked explainer would cost 180 articles many pages.
    if wasm_after > warm.0 + 65_536.0 || heap_after > heap_before + 262_144.0 {
        return Err(format!(
            "memory grew: WebAssembly {} -> {} bytes, JS heap {heap_before} -> {heap_after} bytes",
            warm.0, wasm_after
        ));
    }
    Ok(())
}
