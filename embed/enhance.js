// Section headers that work before the explainer's WebAssembly runs, and if it
// never runs (the .wasm request fails, a CSP blocks WebAssembly, a browser
// without it). The prerendered HTML shows each section closed behind its
// button; this opens and closes it, as the WebAssembly would. Once the
// WebAssembly has taken over an explainer (it marks it data-nue-live), this
// leaves that explainer alone. One listener on the document serves the
// standalone page and every explainer in an open shadow root.
const TOGGLE = ".nue-section__toggle";

document.addEventListener("click", (event) => {
  const button = event.composedPath().find((node) => node instanceof Element && node.matches(TOGGLE));
  if (!button || button.closest("[data-nue-live]")) return;
  const section = button.closest(".nue-section");
  // Find-in-page may have opened the panel already: its state is the truth.
  const panel = section?.querySelector(".nue-section__panel");
  if (panel) setOpen(section, panel.hasAttribute("hidden"));
});

/**
 * Opens or closes a prerendered section as its button would; the loader
 * uses it for remembered sections. The WebAssembly keeps the state it finds.
 */
export function setOpen(section, open) {
  const button = section.querySelector(".nue-section__toggle");
  const panel = section.querySelector(".nue-section__panel");
  if (!button || !panel) return;
  if (open) panel.removeAttribute("hidden");
  else panel.setAttribute("hidden", "until-found");
  button.setAttribute("aria-expanded", String(open));
  section.classList.toggle("nue-section--open", open);
}
