// Inside the iframe: reports the content height to the parent page whenever
// it changes (ResizeObserver, no polling), in this widget's own message format
// and, when the page was framed by NPR's Pym.js, in Pym's format too.
// The frame listens to no message: it accepts nothing it did not ask for.

const params = new URLSearchParams(location.search);

// Options from the frame's address become the placeholder's data-* options.
const placeholder = document.querySelector("[data-nato-ukraine-explainer]");
let options = false;
for (const name of ["open", "theme", "heading-level", "lang", "parts", "link-prefix"]) {
  const value = params.get(name);
  if (value !== null) placeholder.setAttribute(`data-${name}`, value);
  options ||= value !== null;
}
// The frame's explainer is prerendered with the defaults; other options need
// a fresh render, which the WebAssembly makes where nothing is left to hydrate.
if (options) placeholder.shadowRoot?.querySelector("[data-nue-stamp]")?.remove();

// Pym.js adds ?childId=… to the URL of every iframe it creates.
const pymId = params.get("childId");

let last = -1;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  // The height is no secret, and the parent checks who sent it.
  window.parent.postMessage({ type: "nato-ukraine-explainer:height", height }, "*");
  if (pymId) window.parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, "*");
}

// The explainer's own element changes size when a section opens; the body
// covers anything else on the page.
const observer = new ResizeObserver(report);
observer.observe(placeholder);
observer.observe(document.body);
