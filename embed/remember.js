// Remembered sections (opt-in: `data-remember`, `remember: true`), loaded
// by the loader only for pages that ask: which sections the reader opened
// or closed, kept for the browser session under the story's fingerprint
// (the build fills it in) and the element's id, so another story or build
// never reuses them. Storage that throws or is full changes nothing.
import { setOpen } from "./enhance.js";

const memory = (host) => `nato-ukraine-explainer:__STORY__:${host.id}`;
const listening = new WeakSet();

/**
 * The sections remembered for `host`, `{ id: open }`, set already in its
 * prerendered HTML (the WebAssembly keeps what it finds); from now on its
 * toggles are remembered. `asked` is its `open` option as written, if any.
 */
export function recall(host, asked) {
  let sections = {};
  try {
    const saved = JSON.parse(sessionStorage.getItem(memory(host)));
    if (saved && typeof saved === "object") sections = saved;
  } catch {}
  // What the reader opened or closed in prerendered HTML before the
  // WebAssembly came (embed/enhance.js) differs from what the page asked
  // for at first, and is newer than what was remembered.
  const first = (asked ?? "").split(/\s+/);
  let changed = false;
  for (const section of host.shadowRoot?.querySelectorAll(".nue-section") ?? []) {
    const open = section.classList.contains("nue-section--open");
    if (open === (first.includes("all") || first.includes(section.id))) continue;
    sections[section.id] = open;
    changed = true;
  }
  if (changed) save(host, sections);
  for (const [id, open] of Object.entries(sections)) {
    const section = host.shadowRoot?.getElementById(id);
    if (section && typeof open === "boolean") setOpen(section, open);
  }
  if (!listening.has(host)) {
    listening.add(host);
    host.addEventListener("nato-ukraine-explainer:toggle", ({ detail }) => {
      sections[detail.section] = detail.open;
      save(host, sections);
    });
  }
  return sections;
}

function save(host, sections) {
  try {
    sessionStorage.setItem(memory(host), JSON.stringify(sections));
  } catch {}
}

/** Sets remembered sections in an explainer rendered afresh. */
export function reopen(handle, sections) {
  for (const [id, open] of Object.entries(sections)) {
    if (open === true) handle?.open(id);
    if (open === false) handle?.close(id);
  }
}
