// The explainer's embed loader, an ES module. scripts/write-loader.sh turns
// this template into dist/embed/nato-ukraine-explainer.js at build time,
// filling in the hashed names of the files Trunk built.
//
//   <div data-nato-ukraine-explainer data-open="sanctions"></div>
//   <script type="module" src="https://assets.example/embed/nato-ukraine-explainer.js"></script>
//
// or, from a host module: `const handle = await mount(element, { theme: "dark" })`.

// Assets are found next to this file, wherever it is served from. Each
// address is written out whole (`new URL("…", import.meta.url)`, relative
// imports), so that a bundler that takes in this module (Vite, webpack)
// sees every file and carries it along.
const stylesheet = new URL("../__CSS__", import.meta.url).href;
// The editions' languages, the story's own first (the build fills them
// in): a placeholder's `data-lang`, an element's `lang` or a config's `lang`
// naming another shows that edition.
const EDITIONS = __EDITIONS__;
// The map's files, for the npm package's stylesheet, which a bundler moves
// away from them (scripts/package.mjs); as built, the stylesheet finds them
// beside itself. One drawing for every edition, under each edition's names.
const showMaps = (host, language) =>
  host?.style &&
  [
    ["--nue-map-file", new URL("../nato-map.svg", import.meta.url)],
    ["--nue-map-dark-file", new URL("../nato-map-dark.svg", import.meta.url)],
    ["--nue-map-names-file", language ? new URL(`../nato-map-names.${language}.svg`, import.meta.url) : new URL("../nato-map-names.svg", import.meta.url)],
    ["--nue-map-names-dark-file", language ? new URL(`../nato-map-names-dark.${language}.svg`, import.meta.url) : new URL("../nato-map-names-dark.svg", import.meta.url)],
  ].forEach(([name, url]) => host.style.setProperty(name, `url("${url}")`));
const ELEMENT = "nato-ukraine-explainer";
// Placeholders and custom elements without an explainer yet.
const PLACEHOLDERS = `[data-${ELEMENT}]:not([data-${ELEMENT}-mounted]),${ELEMENT}:not([data-${ELEMENT}-mounted])`;
// The custom element's options, the placeholder's attributes without `data-`.
const OPTIONS = ["open", "theme", "heading-level", "lang", "parts", "link-prefix", "stylesheet"];
// The loader's own options, spelled as the element or the placeholder has them.
const option = (host, name) => host.getAttribute(host.localName === ELEMENT ? name : `data-${name}`);
// The edition a `lang` names, or "" for the story's own.
const edition = (lang) => (EDITIONS.indexOf(lang) > 0 ? lang : "");

// The story's texts, which prerendered HTML carries beside itself; fetched
// once, with the WebAssembly, for explainers rendered afresh and for HTML of
// another build, whose table leads with another fingerprint. The build
// fills in the story's (src/bin/prerender/main.rs), so no cache answers with
// another story's either.
const carries = (host) =>
  host?.shadowRoot?.querySelector("script[data-nue-story]")?.textContent.startsWith('["__STORY__"');
const tables = {};
const handed = {};
// A table that did not come is asked for again by the next explainer.
const storyData = (language) =>
  (tables[language] ??= fetch(new URL(`./story${language && "."}${language}.json?v=__STORY__`, import.meta.url))
    .then((response) => {
      if (!response.ok) throw Error(`HTTP ${response.status}`);
      return response.json();
    })
    .catch((error) => {
      delete tables[language];
      throw error;
    }));
// Each edition's handed to the WebAssembly once; without it, it warns and
// mounts only what carries its own.
const handOver = (bindings, language) =>
  (handed[language] ??= storyData(language).then(bindings.useStory, () => delete handed[language]));
// The editions of the hosts that carry no table, for fresh renders.
const needed = (hosts) => [...new Set(hosts.filter((host) => !carries(host)).map((host) => edition(option(host, "lang"))))];

// The script that opens prerendered sections before the WebAssembly runs
// comes at once: the headers of a fragment work while the rest waits.
import("./enhance.js").catch(() => {});

// The WebAssembly (the largest file) and its JS glue, fetched together once
// `start` is called: at once for a placeholder near the screen or one that
// asks for it (`data-loading="eager"`) and for `mount()`, otherwise when the
// reader scrolls within about a screen of one (see `startWhenNear`). A page
// may have hinted both files already (<link rel="preload">, "modulepreload").
let start;
const started = new Promise((resolve) => (start = resolve))
  .then(async () => {
    const wasm = fetch(new URL("../__WASM__", import.meta.url));
    wasm.catch(() => {}); // reported below, once
    needed([...document.querySelectorAll(PLACEHOLDERS)]).forEach((language) => storyData(language).catch(() => {}));
    const bindings = await import("../__GLUE__");
    await bindings.default({ module_or_path: wasm });
    await mountPlaceholders(bindings);
    follow(bindings);
    return bindings;
  })
  .catch((error) => {
    // The placeholders keep whatever the page put in them.
    console.warn("nato-ukraine-explainer: could not start:", error);
    throw error;
  });

/**
 * Resolves once the explainer's WebAssembly runs and placeholders are
 * mounted: with a lazy start, once the first comes near or `mount()` is called.
 */
export const ready = started.then(() => {});
// A host that never awaits `ready` should not see an unhandled rejection.
ready.catch(() => {});

// Each mounted host's handle, as the host page has it. Switching editions
// mounts the explainer anew; the handle follows it there (`current`).
const handles = new WeakMap();
const current = new WeakMap();
const configs = new WeakMap();
function following(host, handle) {
  const call = (method) => (id) => current.get(followed)[method](id);
  const followed = { open: call("open"), close: call("close"), unmount: call("unmount") };
  current.set(followed, handle);
  handles.set(host, followed);
  return followed;
}

// `<nato-ukraine-explainer open="sanctions" theme="dark">`: a placeholder
// as a custom element. It mounts as placeholders do (lazily, when it comes
// later; moved, it keeps its explainer; removed, it frees it), and `open`,
// `theme` and `lang` changed later take effect in place.
// The code for changes comes only when a page makes one (embed/element.js),
// and applies them in order, each once the one before (a new edition) shows.
let changing;
const changes = () => (changing ??= import("./element.js").catch(() => null));
customElements.get(ELEMENT) ??
  customElements.define(
    ELEMENT,
    class extends HTMLElement {
      static observedAttributes = ["open", "theme", "lang"];
      attributeChangedCallback(...change) {
        const handle = handles.get(this);
        const remount = async (open) => current.set(handle, await mountOne(this, { ...optionsOf(this), open }));
        if (!handle) return; // read when it mounts
        changes().then((module) => alone(() => module?.change(this, handle, remount, edition, ...change)));
      }
    },
  );

// The links between editions in an explainer's header lead to the editions'
// pages; with the loader they switch that explainer in place, as a changed
// `lang` does. A click for a new tab or window stays the browser's.
document.addEventListener("click", (event) => {
  const link = event.composedPath().find((node) => node.matches?.(".nue-editions a[hreflang]"));
  const host = link?.getRootNode().host;
  const handle = handles.get(host);
  if (!handle || event.defaultPrevented || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const lang = link.hreflang;
  if (link.hasAttribute("aria-current")) return;
  if (host.localName === ELEMENT) return host.setAttribute("lang", lang);
  if (!configs.has(host)) host.setAttribute("data-lang", lang);
  const remount = async (open) => current.set(handle, await mountOne(host, { ...(configs.get(host) ?? optionsOf(host)), lang, open }));
  changes().then((module) => (module ? alone(() => module.showEdition(host, handle, remount, edition(lang))) : location.assign(link.href)));
});

startWhenNear(document.querySelectorAll(PLACEHOLDERS));

/**
 * Mounts one explainer on `element` with `config` (see the README); resolves
 * to a handle with `open(id)`, `close(id)` and `unmount()`.
 */
export async function mount(element, config) {
  const handle = await mountOne(element, config);
  // Not an element: the WebAssembly said so, and there is nothing to follow.
  if (Object(element) !== element) return handle;
  configs.set(element, config);
  return following(element, handle);
}

async function mountOne(element, config) {
  start();
  const language = edition(config?.lang);
  if (!carries(element)) storyData(language).catch(() => {});
  // `remember` is the loader's own option; the WebAssembly reads the rest.
  let options = config;
  let remember = false;
  if (config && typeof config === "object" && "remember" in config) {
    ({ remember, ...options } = config);
    if (typeof remember !== "boolean") {
      console.warn(`nato-ukraine-explainer: config \`remember\`: expected true or false, got ${JSON.stringify(remember)}; using false`);
      remember = false;
    }
  }
  const bindings = await started;
  const memory = remember && element instanceof Element ? await remembering() : null;
  const sections = memory?.recall(element, option(element, "open"));
  showMaps(element, language);
  if (!carries(element)) await handOver(bindings, language);
  const handle = bindings.mount(element, options, stylesheet);
  if (sections) memory.reopen(handle, sections);
  return handle;
}

/**
 * Mounts placeholders added to the page after it loaded. Not needed any more
 * (placeholders mount by themselves, see `follow`); kept for pages that call it.
 */
export async function mountNewPlaceholders() {
  start();
  return mountPlaceholders(await started);
}

// The code that remembers sections comes only for pages that ask for it.
let memoryModule;
const remembering = () => (memoryModule ??= import("./remember.js").catch(() => null));

let batches = Promise.resolve();
// Batches of placeholders and changes to explainers, one after another: each
// batch finds the page as the WebAssembly will, and a switch of edition,
// which leaves its element without an explainer for a while, is neither
// taken for a new placeholder nor overtaken by the next change.
const alone = (work) => { const done = batches.then(work); batches = done.catch(() => {}); return done; };
/**
 * Mounts every placeholder not mounted yet, each with its remembered
 * sections, as a batch of its own.
 */
function mountPlaceholders(bindings) {
  return alone(async () => {
    const remembers = (host) => option(host, "remember") !== null;
    const waiting = [...document.querySelectorAll(PLACEHOLDERS)];
    const [memory] = await Promise.all([
      waiting.some(remembers) && remembering(),
      ...needed(waiting).map((language) => handOver(bindings, language)),
    ]);
    // From here on nothing awaits: the page stays as the WebAssembly finds it.
    const hosts = [...document.querySelectorAll(PLACEHOLDERS)];
    const sections = hosts.map((host) => memory && remembers(host) && memory.recall(host, option(host, "open")));
    // Placeholders in document order, as the WebAssembly finds them; custom
    // elements with their attributes as a config.
    hosts.forEach((host) => showMaps(host, edition(option(host, "lang"))));
    const placed = bindings.mountPlaceholders(stylesheet);
    let next = 0;
    const mounted = hosts.map((host) => {
      const custom = host.localName === ELEMENT && !host.hasAttribute(`data-${ELEMENT}`);
      return following(host, custom ? bindings.mount(host, optionsOf(host), stylesheet) : placed[next++]);
    });
    sections.forEach((open, i) => open && memory.reopen(mounted[i], open));
    return mounted;
  });
}

// A lazy start: the WebAssembly waits until a placeholder is within about a
// screen of the viewport, so a reader who never scrolls that far never
// downloads it. Placeholders added before the start are watched too.
function startWhenNear(placeholders) {
  if (!("IntersectionObserver" in window)) return start();
  const near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
    rootMargin: "100% 0px",
  });
  const watched = new WeakSet();
  const watch = (host) => {
    if (watched.has(host)) return;
    watched.add(host);
    if (option(host, "loading") === "eager") return start();
    // Measured now, not at the observer's first report: an explainer in
    // view starts as early as it did before lazy starts.
    const { top, bottom } = host.getBoundingClientRect();
    if (top < 2 * innerHeight && bottom > -innerHeight) return start();
    near.observe(host);
  };
  placeholders.forEach(watch);
  // One look per batch of changes to the page, as in `follow`.
  let pending = false;
  const added = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      document.querySelectorAll(PLACEHOLDERS).forEach(watch);
    });
  });
  added.observe(document, { childList: true, subtree: true });
  const stop = () => {
    near.disconnect();
    added.disconnect();
  };
  started.then(stop, stop);
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
    mountPlaceholders(bindings);
  };
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    queueMicrotask(check);
  }).observe(document, { childList: true, subtree: true });
}

/** A host's options, from its attributes (`heading-level` is `headingLevel`). */
function optionsOf(host) {
  const options = {};
  for (const name of OPTIONS) {
    const value = option(host, name);
    if (value !== null) options[name.replace(/-(.)/g, (_, c) => c.toUpperCase())] = value;
  }
  return options;
}
