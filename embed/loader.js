// The explainer's embed loader, an ES module. scripts/write-loader.sh turns
// this template into dist/embed/nato-ukraine-explainer.js at build time,
// filling in the hashed names of the files Trunk built.
//
//   <div data-nato-ukraine-explainer data-open="sanctions"></div>
//   <script type="module" src="https://assets.example/embed/nato-ukraine-explainer.js"></script>
//
// or, from a host module: `const handle = await mount(element, { theme: "dark" })`.

// Assets are found next to this file, wherever it is served from.
const asset = (name) => new URL(`../${name}`, import.meta.url).href;
const stylesheet = asset("__CSS__");

// Everything starts at once, not one request after another: the WebAssembly
// (the largest file), its JS glue, and the script that opens prerendered
// sections before the WebAssembly runs. A page may have hinted the first
// two already (<link rel="preload">, <link rel="modulepreload">).
const wasm = fetch(asset("__WASM__"));
wasm.catch(() => {}); // reported below, once
const glue = import(asset("__GLUE__"));
import(asset("embed/enhance.js")).catch(() => {});

const started = glue
  .then(async (bindings) => {
    await bindings.default({ module_or_path: wasm });
    bindings.mountPlaceholders(stylesheet);
    follow(bindings);
    return bindings;
  })
  .catch((error) => {
    // The placeholders keep whatever the page put in them.
    console.warn("nato-ukraine-explainer: could not start:", error);
    throw error;
  });

/** Resolves once the explainer's WebAssembly runs and placeholders are mounted. */
export const ready = started.then(() => {});
// A host that never awaits `ready` should not see an unhandled rejection.
ready.catch(() => {});

/**
 * Mounts one explainer on `element` with `config` (see the README); resolves
 * to a handle with `open(id)`, `close(id)` and `unmount()`.
 */
export async function mount(element, config) {
  return (await started).mount(element, config, stylesheet);
}

/**
 * Mounts placeholders added to the page after it loaded. Not needed any more
 * (placeholders mount by themselves, see `follow`); kept for pages that call it.
 */
export async function mountNewPlaceholders() {
  return (await started).mountPlaceholders(stylesheet);
}

// Articles that arrive later: news sites load the next article as the reader
// scrolls, single-page apps swap articles in and out. After each batch of
// changes to the page, new placeholders get an explainer and explainers
// whose element has left the page are unmounted and freed. One check per
// batch, however many nodes changed; an element moved within the page is
// back in place by then and keeps its explainer.
function follow(bindings) {
  let pending = false;
  const check = () => {
    pending = false;
    bindings.unmountDetached();
    bindings.mountPlaceholders(stylesheet);
  };
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    queueMicrotask(check);
  }).observe(document, { childList: true, subtree: true });
}
