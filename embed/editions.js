// Switching a standalone page to another edition in place, brought by the
// first click on a link between editions (embed/switch.js). The other
// edition's texts come once from story.<language>.json (the English one's
// from story.json) and stay cached; the WebAssembly shows the explainer
// again in them, its open sections still open, in the same task, so the
// page neither flickers nor moves. The page around it follows: its
// language, title, description and canonical address, the map's names,
// which link is current, and the address, which the browser's back button
// returns from. The build fills in the English edition's language, the
// story's fingerprint, and each edition's title, description and name of
// the switch.

const FIRST = "__LANGUAGE__";
/** Each edition's `[title, description, name of the switch]`, by language. */
const PAGES = __PAGES__;

const root = document.getElementById("nato-ukraine-explainer-page");
const nav = document.querySelector("[data-nue-editions]");
const description = document.querySelector("meta[name=description]");
// The shown edition's as its page has them (the English page's title is
// its own, not the headline).
PAGES[document.documentElement.lang] = [document.title, description?.content, nav.getAttribute("aria-label")];
const links = [...nav.querySelectorAll("a[hreflang]")];
// Each edition's address, whole, before the page's own changes.
const addresses = new Map(links.map((link) => [link.hreflang, link.href]));
links.forEach((link) => (link.href = addresses.get(link.hreflang)));

// Each edition's files have its language before the extension, the first's not.
const infix = (language) => (language === FIRST ? "" : `.${language}`);

const tables = new Map();
const tableOf = (language) => {
  if (!tables.has(language)) {
    const file = `story${infix(language)}.json`;
    const table = fetch(new URL(`./${file}?v=__STORY__`, import.meta.url)).then((response) => {
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return response.json();
    });
    // A failed fetch is tried again on the next click.
    table.catch(() => tables.delete(language));
    tables.set(language, table);
  }
  return tables.get(language);
};

// The map's names in the edition; the drawing under them is every edition's.
const maps = (language) => {
  const map = (name) => `url("${new URL(`../${name}${infix(language)}.svg`, import.meta.url)}")`;
  root.style.setProperty("--nue-map-names-file", map("nato-map-names"));
  root.style.setProperty("--nue-map-names-dark-file", map("nato-map-names-dark"));
};

/**
 * Shows the edition `link` leads to, in place, and goes to its address
 * (`push`) unless the browser went there itself (back or forward). If the
 * texts cannot come or the WebAssembly refuses them, the link's page opens.
 */
export async function show(link, push = true) {
  const language = link.hreflang;
  if (document.documentElement.lang === language) return;
  let shown = false;
  try {
    shown = window.wasmBindings.showEdition(await tableOf(language));
  } catch (error) {
    console.warn("nato-ukraine-explainer: could not switch the edition in place:", error);
  }
  if (!shown) return location.assign(link.href);
  const [title, summary, label] = PAGES[language];
  document.documentElement.lang = language;
  document.title = title;
  description?.setAttribute("content", summary);
  nav.setAttribute("aria-label", label);
  for (const other of links) {
    if (other === link) other.setAttribute("aria-current", "true");
    else other.removeAttribute("aria-current");
  }
  maps(language);
  // The page's own address, as the edition's page names it: the hreflang
  // alternate of its language, when the build had a public URL to write
  // one. Browsers share the canonical address (Chrome on Android).
  const address = document.querySelector(`link[rel=alternate][hreflang="${language}"]`)?.href;
  if (address) {
    document.querySelector("link[rel=canonical]")?.setAttribute("href", address);
    document.querySelector("meta[property='og:url']")?.setAttribute("content", address);
  }
  if (push) history.pushState(null, "", link.href);
  root.dispatchEvent(new CustomEvent("nato-ukraine-explainer:language", { bubbles: true, detail: { language } }));
}

// Back and forward between the editions' addresses: the edition of the
// address the browser returned to. An address within the page (a section's
// link) has the same path and changes nothing here.
addEventListener("popstate", () => {
  const here = location.pathname;
  const link = links.find((link) => new URL(link.href).pathname === here);
  if (link) show(link, false);
});
