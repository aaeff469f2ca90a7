// An app's module, as a front-end team writes it: the explainer comes from
// the npm package (`make package`), and Vite bundles both.
import { mount } from "nato-ukraine-explainer";

const handle = await mount(document.getElementById("mounted"), { open: ["nato-plan"] });
window.mounted = handle;
