// Inside the iframe: turns the frame's address into the explainer's options,
// starts the explainer, and reports the content height to the parent page
// whenever it changes (ResizeObserver, no polling), in this widget's own
// message format, in AMP's (`<amp-iframe resizable>` grows to it) and, when
// the page was framed by NPR's Pym.js, in Pym's format too. The frame
// listens to no message: it accepts nothing it did not ask for.
//
// A template, like loader.js: scripts/write-loader.sh fills in the hashed
// names of this build's files. The frame starts the explainer itself rather
// than through the loader: one request and 0.3 KB less for its readers.

const params = new URLSearchParams(location.search);

// Each edition has a frame page of its own (frame.uk.html), the English
// one's first: `?lang=uk` on another opens that one, with the same address
// otherwise. The build fills in the editions' languages.
const editions = __EDITIONS__;
const edition = document.documentElement.lang;
const wanted = params.get("lang")?.split("-")[0].toLowerCase();
const leaving = !!wanted && wanted !== edition && editions.includes(wanted);
// Each edition's files have its language before the extension, the first's not.
const infix = (language) => (language === editions[0] ? "" : `.${language}`);
const frameOf = (language, search) => new URL(`frame${infix(language)}.html${search}${location.hash}`, location.href);
if (leaving) location.replace(frameOf(wanted, location.search));

// The links between editions in the explainer's header lead to the
// standalone pages; here they switch the frame's explainer in place, as the
// loader switches one on a host page (embed/element.js, fetched on the
// first switch), with the sections the reader has open and the frame's
// other options. Until the explainer runs, or if that fails, they open the
// other edition's frame page with the same. A click for a new tab or
// window stays the browser's.
addEventListener("click", (event) => {
  const link = event.composedPath().find((node) => node.matches?.(".nue-editions a[hreflang]"));
  if (!link || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const language = link.hreflang;
  // One switch at a time: a click during one is dropped.
  if (language === document.documentElement.lang || switching) return;
  const open = [...placeholder.shadowRoot.querySelectorAll(".nue-section--open")].map((section) => section.id);
  const others = new URLSearchParams(params);
  others.delete("lang");
  others.delete("open");
  if (open.length) others.set("open", open.join(" "));
  const elsewhere = (error) => {
    if (error) console.warn("nato-ukraine-explainer: could not switch the edition in place:", error);
    others.set("switched", "");
    location.assign(frameOf(language, `?${others}`));
  };
  if (!handle) return elsewhere();
  switching = true;
  import(asset("embed/element.js"))
    .then((module) => module.showEdition(placeholder, handle, remount(language), infix(language).slice(1)))
    .then(() => {
      document.documentElement.lang = language;
      // The frame's title, as a screen reader names the frame: the
      // edition's headline, or the title this page came with.
      document.title = titles[language] ??=
        placeholder.shadowRoot.getElementById("nue-title")?.textContent ?? document.title;
      params.set("lang", language);
      params.delete("open");
      if (open.length) params.set("open", open.join(" "));
      try {
        history.replaceState(null, "", `?${params}${location.hash}`);
      } catch {}
      // The host page hears it as from an explainer of its own (frame-host.js).
      window.parent.postMessage({ type: "nato-ukraine-explainer:language", language }, "*");
    }, elsewhere)
    .finally(() => (switching = false));
});
let switching = false;
const titles = { [edition]: document.title };

// Mounts the frame's explainer again in the edition of `language`, with
// the sections `open` open: that edition's texts first, once.
const tables = {};
const remount = (language) => async (open) => {
  tables[language] ??= fetch(asset(`embed/story${infix(language)}.json?v=__STORY__`)).then((response) => response.json());
  bindings.useStory(await tables[language]);
  placeholder.setAttribute("data-lang", language);
  placeholder.setAttribute("data-open", open.join(" "));
  // The map's names in the edition (over the page's own rule for them).
  for (const theme of ["", "-dark"])
    placeholder.style.setProperty(`--nue-map-names${theme}-file`, `url("${asset(`nato-map-names${theme}${infix(language)}.svg`)}")`);
  [handle] = bindings.mountPlaceholders(asset("__CSS__"));
  return handle;
};

const placeholder = document.querySelector("[data-nato-ukraine-explainer]");
// Options from the frame's address become the placeholder's data-* options;
// the edition's own language is what the page holds already.
let options = false;
for (const name of ["open", "theme", "heading-level", "lang", "parts", "link-prefix"]) {
  const value = params.get(name);
  if (value === null || (name === "lang" && value === edition)) continue;
  placeholder.setAttribute(`data-${name}`, value);
  options = true;
}
// The frame's explainer is prerendered with the defaults; other options need
// a fresh render, which the WebAssembly makes where nothing is left to hydrate.
if (options) placeholder.shadowRoot?.querySelector("[data-nue-stamp]")?.remove();

// Come from the other edition's switch: focus goes back to the switch, at
// once where it is prerendered (the takeover keeps it), or once a fresh
// render is ready and shown; the address loses the mark (a sandbox without
// allow-same-origin may refuse to change it).
if (params.has("switched")) {
  const refocus = (frames = 300) => {
    const link = placeholder.shadowRoot?.querySelector(".nue-editions a[aria-current]");
    if (link && !link.closest("[hidden]")) link.focus();
    else if (frames) requestAnimationFrame(() => refocus(frames - 1));
  };
  if (options) placeholder.addEventListener("nato-ukraine-explainer:ready", () => refocus(), { once: true });
  else refocus();
  params.delete("switched");
  const rest = String(params);
  try {
    history.replaceState(null, "", (rest ? `?${rest}` : location.pathname) + location.hash);
  } catch {}
}

// Pym.js adds ?childId=… to the URL of every iframe it creates.
const pymId = params.get("childId");

let last = -1;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  // The height is no secret, and the parent checks who sent it.
  window.parent.postMessage({ type: "nato-ukraine-explainer:height", height }, "*");
  window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
  if (pymId) window.parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, "*");
}

// The explainer's own element changes size when a section opens; the body
// covers anything else on the page.
const observer = new ResizeObserver(report);
observer.observe(placeholder);
observer.observe(document.body);

// As the loader does: the WebAssembly and its glue start at once (the page
// hinted both). The script that opens prerendered sections before the
// WebAssembly runs (embed/enhance.js) is inline, after this one.
const asset = (name) => new URL(`../${name}`, import.meta.url).href;
const wasm = leaving ? null : fetch(asset("__WASM__"));
let bindings, handle;
wasm && import(asset("__GLUE__"))
  .then(async (glue) => {
    await glue.default({ module_or_path: wasm });
    bindings = glue;
    [handle] = glue.mountPlaceholders(asset("__CSS__"));
  })
  .catch((error) => console.warn("nato-ukraine-explainer: could not start:", error));
