//! Every element of ours inherits what the widget gives it, never what the
//! host page sets: for each element in an explainer's shadow root, the
//! container the explainer is rendered into included, the computed value of
//! every inherited property is the same on the hostile host page as on the
//! plain one.

use crate::page::{Page, Step};
use serde_json::{json, Value};

/// The properties an element takes from its parent unless told otherwise.
/// One an engine does not know reads empty on both pages.
const INHERITED: &[&str] = &[
    "color",
    "font-family",
    "font-size",
    "font-style",
    "font-weight",
    "font-stretch",
    "font-variant-caps",
    "font-variant-ligatures",
    "font-variant-numeric",
    "font-variant-east-asian",
    "font-kerning",
    "font-feature-settings",
    "font-variation-settings",
    "font-optical-sizing",
    "font-size-adjust",
    "font-synthesis-weight",
    "font-synthesis-style",
    "line-height",
    "letter-spacing",
    "word-spacing",
    "text-align",
    "text-align-last",
    "text-indent",
    "text-transform",
    "text-shadow",
    "text-rendering",
    "text-underline-offset",
    "text-underline-position",
    "text-decoration-skip-ink",
    "text-emphasis-style",
    "text-emphasis-color",
    "text-emphasis-position",
    "white-space",
    "white-space-collapse",
    "text-wrap-mode",
    "word-break",
    "overflow-wrap",
    "line-break",
    "hyphens",
    "-webkit-hyphens",
    "tab-size",
    "direction",
    "writing-mode",
    "text-orientation",
    "visibility",
    "cursor",
    "pointer-events",
    "list-style-type",
    "list-style-position",
    "list-style-image",
    "quotes",
    "border-collapse",
    "border-spacing",
    "caption-side",
    "empty-cells",
    "caret-color",
    "accent-color",
    "color-scheme",
    "image-rendering",
    "paint-order",
    "print-color-adjust",
    "forced-color-adjust",
    "hanging-punctuation",
    "orphans",
    "widows",
    "-webkit-text-fill-color",
    "-webkit-text-stroke-width",
    "-webkit-text-stroke-color",
];

/// Properties every engine computes: a read that leaves one empty read nothing.
const ALWAYS_READ: &[&str] = &[
    "color",
    "font-family",
    "font-size",
    "line-height",
    "letter-spacing",
    "word-spacing",
    "text-transform",
    "text-align",
    "visibility",
    "cursor",
    "direction",
];

/// The explainers compared. `#branded` is not: the hostile page gives it the
/// theme properties of `.brand-embed` on purpose.
const HOSTS: [&str; 2] = ["plain", "dark"];

/// JS: for each host, its shadow root's elements in document order, each
/// described and with its values of `arguments[0]`, and which of them is
/// the container around `.nue`.
const READ: &str = r#"
const [props, hosts] = arguments;
const describe = (e) => e.localName + (e.id ? `#${e.id}` : '') +
  [...e.classList].map((c) => `.${c}`).join('') +
  ['data-nue-stamp', 'data-nue-live'].filter((a) => e.hasAttribute(a)).map((a) => `[${a}]`).join('');
return hosts.map((id) => {
  const root = document.getElementById(id).shadowRoot;
  const elements = [...root.querySelectorAll('*')];
  return { container: elements.indexOf(root.querySelector('.nue').parentElement),
           elements: elements.map((e) => {
             const s = getComputedStyle(e);
             return [describe(e), props.map((p) => s.getPropertyValue(p))];
           }) };
});
"#;

/// The inherited properties of every element of the compared explainers.
pub async fn read(page: &Page<'_>) -> Step<Value> {
    page.js_with(READ, vec![json!(INHERITED), json!(HOSTS)])
        .await
}

/// What differs between the two pages' reads, element by element.
pub fn compare(clean: &Value, hostile: &Value) -> Step {
    let mut differences = Vec::new();
    for (i, id) in HOSTS.iter().enumerate() {
        let elements = |read: &Value| read[i]["elements"].as_array().cloned().unwrap_or_default();
        let (plain, hostile) = (elements(clean), elements(hostile));
        let container = clean[i]["container"].as_i64().unwrap_or(-1);
        if plain.len() < 50 || plain.len() != hostile.len() || container < 0 {
            return Err(format!(
                "#{id}: {} elements read on the plain page, {} on the hostile one, container at {container}",
                plain.len(),
                hostile.len()
            ));
        }
        let values = |element: &Value, p: usize| element[1][p].as_str().unwrap_or("").to_owned();
        let unread: Vec<&str> = ALWAYS_READ
            .iter()
            .filter(|name| {
                let p = INHERITED
                    .iter()
                    .position(|n| n == *name)
                    .unwrap_or(usize::MAX);
                values(&plain[container as usize], p).is_empty()
            })
            .copied()
            .collect();
        if !unread.is_empty() {
            return Err(format!("#{id}: the container's {unread:?} read empty"));
        }
        for (a, b) in plain.iter().zip(&hostile) {
            for (p, name) in INHERITED.iter().enumerate() {
                if values(a, p) != values(b, p) {
                    differences.push(format!(
                        "#{id} {}: {name} is {:?} on the hostile page, {:?} on the plain one",
                        a[0].as_str().unwrap_or("?"),
                        values(b, p),
                        values(a, p)
                    ));
                }
            }
        }
    }
    match differences.len() {
        0 => Ok(()),
        n if n > 20 => Err(format!(
            "{}\n… and {} more inherited values that differ",
            differences[..20].join("\n"),
            n - 20
        )),
        _ => Err(differences.join("\n")),
    }
}
