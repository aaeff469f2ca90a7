// Changes to a mounted `<nato-ukraine-explainer>`'s `open`, `theme` and
// `lang`, made in place; the loader fetches this only when a page makes one.
// `theme` and `lang` are checked and warned about as the WebAssembly checks
// them when it mounts an explainer (src/options/read.rs,
// src/story/language.rs), and the end-to-end tests hold the two to the same
// answers. Mostly only attributes of the explainer's root change, so
// JavaScript does it, and no reader downloads WebAssembly for it; a `lang`
// that names another edition is another text, which the loader mounts
// again. The build fills in the story's language.

const THEMES = ["light", "dark", "auto"];

/**
 * Applies one attribute change, as `attributeChangedCallback` reports it;
 * `remount(open)` has the loader mount the explainer again, these sections
 * open, and `edition(lang)` is the loader's: the edition a `lang` names, ""
 * for the story's own.
 */
export function change(host, handle, remount, edition, name, was, now) {
  if (name === "open") {
    const ids = (value) => new Set(value?.split(/\s+/).filter(Boolean));
    const [before, after] = [ids(was), ids(now)];
    before.forEach((id) => after.has(id) || handle.close(id));
    after.forEach((id) => before.has(id) || handle.open(id));
    return;
  }
  const root = host.shadowRoot?.querySelector(".nue");
  if (!root) return;
  if (name === "lang") {
    // The edition the element names now against the one it shows: of `lang`
    // set twice at once, the last counts, and setting it back changes nothing.
    now = host.getAttribute("lang");
    if (edition(root.lang) !== edition(now)) return showEdition(host, handle, remount, edition(now));
  }
  // An attribute removed or left empty means the default, silently.
  const wrong = (expected, fallback) =>
    now && console.warn(`nato-ukraine-explainer: config \`${name}\`: expected ${expected}, got "${now}"; ${fallback}`);
  if (name === "theme") {
    const theme = THEMES.includes(now) ? now : "auto";
    if (theme !== now) wrong('"light", "dark" or "auto"', 'using "auto"');
    root.dataset.theme = theme;
    return;
  }
  let lang = now;
  if (!/^([a-z]{2,3}|x)(-[a-z\d]{1,8})*$/i.test(lang) || lang.length > 35) {
    wrong('a language tag such as "en" or "de-CH"', "using the story's language");
    lang = "__LANGUAGE__";
  }
  // A script subtag decides the direction; otherwise the language does.
  const [language, ...rest] = lang.split("-");
  const script = rest.find((part) => /^[a-z]{4}$/i.test(part));
  const rtl = script
    ? /^(adlm|arab|hebr|nkoo|rohg|syrc|thaa)$/i.test(script)
    : /^(ar|arc|ckb|dv|fa|he|iw|ji|nqo|ps|sd|syr|ug|ur|yi)$/i.test(language);
  root.lang = lang;
  root.dir = rtl ? "rtl" : "ltr";
}

/**
 * Mounts the explainer again in the edition of `language` ("" for the
 * story's own), with the sections the reader opened still open and focus,
 * if it was on a link between editions, on the new edition's; its height
 * is held meanwhile, so the page around it does not move. The host then
 * hears `nato-ukraine-explainer:language`. The loader calls it for those
 * links (embed/loader.js).
 */
export function showEdition(host, handle, remount, language) {
  const shadow = host.shadowRoot;
  const open = [...shadow.querySelectorAll(".nue-section--open")].map((section) => section.id);
  const switching = shadow.activeElement?.closest(".nue-editions");
  const held = host.style.minHeight;
  host.style.minHeight = `${host.getBoundingClientRect().height}px`;
  handle.unmount();
  // Prerendered HTML's table is its first edition's.
  shadow.querySelector("script[data-nue-story]")?.remove();
  return remount(open)
    .then(shown(shadow))
    .then(() => {
      const detail = { language: language || "__LANGUAGE__" };
      if (switching) shadow.querySelector(`.nue-editions a[hreflang="${detail.language}"]`)?.focus();
      host.dispatchEvent(new CustomEvent("nato-ukraine-explainer:language", { bubbles: true, composed: true, detail }));
    })
    .finally(() => (host.style.minHeight = held));
}

// A fresh explainer stays hidden until its stylesheet has loaded (at once
// from the cache, but a task or more later), and a hidden link takes no
// focus: this waits for it, a few seconds at most.
const shown = (shadow) => () =>
  new Promise((resolve) => {
    let frames = 300;
    const look = () => (shadow.querySelector(".nue")?.closest("[hidden]") && frames-- ? requestAnimationFrame(look) : resolve());
    look();
  });
