//! TypeScript declarations of the embed loader, written beside it as
//! `embed/nato-ukraine-explainer.d.ts`: from the names the widget reads
//! (the story's section ids, the labels, parts, themes and triggers), so
//! that a host's editor and `tsc` know them and no list is kept twice.

use crate::options::{Parts, Theme, Trigger};
use crate::story::{Story, UiText, EDITION_NAMES};

/// Where the declarations are written, in the built folder.
pub const TYPES_FILE: &str = "embed/nato-ukraine-explainer.d.ts";

/// `"a" | "b"`: a union of string literal types.
fn union<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    let literals: Vec<String> = names
        .into_iter()
        .map(|name| serde_json::Value::from(name).to_string())
        .collect();
    literals.join(" | ")
}

/// The declarations of the loader for `story`.
pub fn loader_types(story: &Story) -> String {
    let sections = union(story.sections.iter().map(|s| s.id.as_ref()));
    let parts = union(Parts::KEYS);
    let themes = union(Theme::ALL.map(Theme::as_str));
    let labels = union(UiText::KEYS.iter().copied());
    let triggers = union(Trigger::ALL.map(Trigger::as_str));
    let editions = union(EDITION_NAMES.iter().map(|(language, _)| *language));
    format!(
        r#"// Types of the explainer's embed loader (embed/nato-ukraine-explainer.js),
// written by the build from the names the widget reads.

/** The story's sections. */
export type SectionId = {sections};
/** The parts around the sections. */
export type Part = {parts};
export type Theme = {themes};
/** The widget's own labels, each of which a host may replace. */
export type LabelKey = {labels};
/** The languages of the story's editions. */
export type Edition = {editions};
/** What opened or closed a section. */
export type Trigger = {triggers};

/** The options of `mount()`; a placeholder's `data-*` attributes carry the same. */
export interface ExplainerConfig {{
  /** Sections open at first: section ids, or "all". */
  open?: SectionId | "all" | readonly (SectionId | "all")[];
  theme?: Theme;
  /** Level of the explainer's title, 1 to 6; 2 by default. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** A language tag such as "en" or "de-CH"; sets the direction too. An edition's shows it. */
  lang?: Edition | (string & {{}});
  /** Replacements for the widget's labels. */
  strings?: Partial<Record<LabelKey, string>>;
  /** The parts to show around the sections; all by default. */
  parts?: readonly Part[];
  /** Section links become `#<prefix><id>`: letters, digits, - or _. */
  linkPrefix?: string;
  /** The URL of the widget's stylesheet. */
  stylesheet?: string;
  /** Keep the sections a reader opened for the browser session; off by default. */
  remember?: boolean;
}}

/** A mounted explainer. */
export interface ExplainerHandle {{
  /** Opens a section; false if there is none, or the explainer is gone. */
  open(id: SectionId): boolean;
  /** Closes a section; false as for `open`. */
  close(id: SectionId): boolean;
  /** Removes the explainer and everything it added to its element. */
  unmount(): void;
}}

/** `<nato-ukraine-explainer>`'s attributes: the options, as HTML spells them. */
export interface ExplainerAttributes {{
  /** Space-separated section ids, or "all"; changing it opens and closes them. */
  open?: string;
  theme?: Theme;
  "heading-level"?: "1" | "2" | "3" | "4" | "5" | "6" | 1 | 2 | 3 | 4 | 5 | 6;
  lang?: string;
  /** Space-separated parts. */
  parts?: string;
  "link-prefix"?: string;
  stylesheet?: string;
  /** Present: keep the sections a reader opened for the browser session. */
  remember?: boolean | "";
  /** "eager": fetch the WebAssembly at once, not when the reader comes near. */
  loading?: "eager" | "lazy";
  id?: string;
  class?: string;
  className?: string;
  children?: unknown;
}}

/** The custom element; `open`, `theme` and `lang` take effect when changed. */
export interface NatoUkraineExplainerElement extends HTMLElement {{}}

/** Mounts one explainer on `element`. Nothing throws: a wrong option warns. */
export function mount(element: Element, config?: ExplainerConfig): Promise<ExplainerHandle>;
/** Mounts the placeholders not mounted yet; they also mount by themselves. */
export function mountNewPlaceholders(): Promise<ExplainerHandle[]>;
/** Resolves once the WebAssembly runs: with a lazy start, once the first explainer comes near. */
export const ready: Promise<void>;

export interface ToggleDetail {{
  section: SectionId;
  open: boolean;
  trigger: Trigger;
}}

export interface LanguageDetail {{
  /** The edition now shown. */
  language: Edition;
}}

export interface FeedbackDetail {{
  section: SectionId;
  /** The reader's answer to "Was this helpful?". */
  helpful: boolean;
}}

/** The events an explainer's element dispatches; they bubble and cross shadow roots. */
declare global {{
  interface HTMLElementTagNameMap {{
    "nato-ukraine-explainer": NatoUkraineExplainerElement;
  }}
  /** For JSX (React up to 18, Preact, Solid); React 19 reads `React.JSX` (see docs/embedding.md). */
  namespace JSX {{
    interface IntrinsicElements {{
      "nato-ukraine-explainer": ExplainerAttributes;
    }}
  }}
  interface HTMLElementEventMap {{
    "nato-ukraine-explainer:ready": CustomEvent<Record<string, never>>;
    "nato-ukraine-explainer:toggle": CustomEvent<ToggleDetail>;
    "nato-ukraine-explainer:feedback": CustomEvent<FeedbackDetail>;
    "nato-ukraine-explainer:language": CustomEvent<LanguageDetail>;
  }}
}}
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_string_literal_unions() {
        assert_eq!(union(["a", "b-c"]), r#""a" | "b-c""#);
        // A quote in a name stays inside its literal.
        assert_eq!(union(["x\"y"]), r#""x\"y""#);
    }
}
