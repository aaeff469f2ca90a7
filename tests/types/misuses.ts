// Mistakes the loader's types must refuse, one per line marked `error`:
// scripts/check-types.mjs fails unless tsc reports exactly those lines.
import { mount } from "../../dist/embed/nato-ukraine-explainer.js";

const element = document.createElement("div");
await mount(element, { open: ["no-such-section"] }); // error
await mount(element, { theme: "blue" }); // error
await mount(element, { headingLevel: 7 }); // error
await mount(element, { strings: { showEverything: "Open" } }); // error
await mount(element, { parts: ["gallery"] }); // error
await mount(element, { remember: "yes" }); // error
await mount(element, { colour: "red" }); // error
await mount("#explainer"); // error
(await mount(element)).open("nato"); // error
element.addEventListener("nato-ukraine-explainer:toggle", (e) => e.detail.helpful); // error
element.addEventListener("nato-ukraine-explainer:language", (e) => e.detail.language === "de"); // error
const attributes: JSX.IntrinsicElements["nato-ukraine-explainer"] = { theme: "blue" }; // error
