// A host page's module using every declaration of the loader; `make test`
// type-checks it with `tsc --strict` (scripts/check-types.mjs).
import {
  mount,
  mountNewPlaceholders,
  ready,
  type ExplainerAttributes,
  type ExplainerConfig,
  type Edition,
  type ExplainerHandle,
  type FeedbackDetail,
  type LanguageDetail,
  type LabelKey,
  type NatoUkraineExplainerElement,
  type Part,
  type SectionId,
  type Theme,
  type ToggleDetail,
  type Trigger,
} from "../../dist/embed/nato-ukraine-explainer.js";

const sections: SectionId[] = ["nato-plan", "security-agreement", "sanctions"];
const parts: Part[] = ["keyNumbers", "people", "timeline", "editions"];
const theme: Theme = "dark";
const label: LabelKey = "showAll";
const config: ExplainerConfig = {
  open: ["sanctions", "all"],
  theme,
  headingLevel: 3,
  lang: "en-GB",
  strings: { [label]: "Open every section", feedbackQuestion: "Did this help?" },
  parts,
  linkPrefix: "explainer-",
  stylesheet: "https://assets.example/explainer.css",
  remember: true,
};

const element = document.createElement("div");
await ready;
const handle: ExplainerHandle = await mount(element, config);
const opened: boolean = handle.open(sections[0]) && handle.close("sanctions");
handle.unmount();
await mount(element, { open: "all" });
const more: ExplainerHandle[] = await mountNewPlaceholders();

element.addEventListener("nato-ukraine-explainer:toggle", (event) => {
  const detail: ToggleDetail = event.detail;
  const trigger: Trigger = detail.trigger;
  const section: SectionId = detail.section;
  console.log(section, detail.open, trigger, opened, more.length);
});
element.addEventListener("nato-ukraine-explainer:feedback", (event) => {
  const detail: FeedbackDetail = event.detail;
  console.log(detail.section, detail.helpful);
});
element.addEventListener("nato-ukraine-explainer:ready", (event) => console.log(event.detail));
element.addEventListener("nato-ukraine-explainer:language", (event) => {
  const detail: LanguageDetail = event.detail;
  const shown: Edition = detail.language;
  console.log(shown);
});

// The custom element: created by name, typed by the tag map; its
// attributes, as JSX writes them.
const custom: NatoUkraineExplainerElement = document.createElement("nato-ukraine-explainer");
custom.setAttribute("open", "sanctions");
custom.addEventListener("nato-ukraine-explainer:toggle", (event) => console.log(event.detail.section));
const found: NatoUkraineExplainerElement | null = document.querySelector("nato-ukraine-explainer");
const attributes: ExplainerAttributes = { open: "sanctions nato-plan", theme: "dark", "heading-level": "3", remember: true, loading: "eager" };
const tag: JSX.IntrinsicElements["nato-ukraine-explainer"] = attributes;
console.log(found, tag);
