// The explainer's embed loader, an ES module. scripts/write-loader.sh turns
// this template into dist/embed/nato-ukraine-explainer.js at build time,
// filling in the hashed names of the files Trunk built.
//
//   <div data-nato-ukraine-explainer data-open="sanctions"></div>
//   <script type="module" src="https://assets.example/embed/nato-ukraine-explainer.js"></script>
//
// or, from a host module: `const handle = await mount(element, { theme: "dark" })`.
import init, { mount as mountOne, mountPlaceholders } from "../__GLUE__";
// Prerendered sections open and close before the WebAssembly runs.
import "./enhance.js";

// Assets are found next to this file, wherever it is served from.
const asset = (name) => new URL(`../${name}`, import.meta.url).href;
const stylesheet = asset("__CSS__");

/** Resolves once the explainer's WebAssembly runs and placeholders are mounted. */
export const ready = init({ module_or_path: asset("__WASM__") }).then(
  () => {
    mountPlaceholders(stylesheet);
  },
  (error) => {
    // The placeholders keep whatever the page put in them.
    console.warn("nato-ukraine-explainer: could not start:", error);
    throw error;
  },
);
// A host that never awaits `ready` should not see an unhandled rejection.
ready.catch(() => {});

/**
 * Mounts one explainer on `element` with `config` (see the README); resolves
 * to a handle with `open(id)`, `close(id)` and `unmount()`.
 */
export async function mount(element, config) {
  await ready;
  return mountOne(element, config, stylesheet);
}

/** Mounts placeholders added to the page after it loaded. */
export async function mountNewPlaceholders() {
  await ready;
  return mountPlaceholders(stylesheet);
}
