// The links between editions on each standalone page, made to switch in
// place once the WebAssembly runs: the first click brings editions.js,
// which does the switching. A click for a new tab or window stays the
// browser's, and without the WebAssembly, or if editions.js cannot come,
// the link goes to the other edition's page as it says. The prerenderer
// puts this into each standalone page's <head>.
const nav = document.querySelector("[data-nue-editions]");
// Read now: the page's address, which relative URLs follow, changes with
// each switch.
const editions = nav && new URL(nav.dataset.nueEditions, document.baseURI);
nav?.addEventListener("click", (event) => {
  const link = event.target.closest("a[hreflang]");
  if (!link || !window.wasmBindings || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  import(editions).then(
    (module) => module.show(link),
    () => location.assign(link.href),
  );
});
