//! The map as the checks read it: the file as served (its proportions and
//! the size of its names), whether it decodes, what the reader gets of it in
//! a document or a shadow root, and whether its key wears its colours.

use crate::page::{Page, Step};
use nato_ukraine_explainer::prerender::map::Theme;
use serde_json::{json, Value};

/// The map file as served: its width and height, and the size of the names
/// on it, in its own units.
pub(super) struct Drawing {
    pub width: f64,
    pub height: f64,
    pub label: f64,
}

pub(super) async fn served(page: &Page<'_>, url: &str) -> Step<Drawing> {
    let found = page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             fetch(arguments[0]).then(r => r.text()).then(t => { \
               const box = /viewBox=\"0 0 ([\\d.]+) ([\\d.]+)\"/.exec(t), font = /font:\\d+ ([\\d.]+)px/.exec(t); \
               done(box && font ? [+box[1], +box[2], +font[1]] : t.slice(0, 200)); }, (e) => done(String(e)));",
            vec![json!(url)],
        )
        .await
        .map_err(|e| format!("reading {url}: {e}"))?;
    match found
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_f64).collect::<Vec<_>>())
    {
        Some(numbers) if numbers.len() == 3 => Ok(Drawing {
            width: numbers[0],
            height: numbers[1],
            label: numbers[2],
        }),
        _ => Err(format!("{url} has no viewBox and name size: {found}")),
    }
}

/// `#rrggbb` as the `rgb(r, g, b)` a browser computes.
pub(super) fn rgb(hex: &str) -> String {
    let channel = |i: usize| u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap_or(0);
    format!("rgb({}, {}, {})", channel(0), channel(1), channel(2))
}

/// JS: what the reader gets of the map in `root` (a document or a shadow
/// root): its picture's layers' URLs, top first, which map files were
/// fetched, the box, the key's marks and the member list.
const MAP_STATE: &str = r#"
const image = root.querySelector('.nue-map__image');
const urls = [...getComputedStyle(image).backgroundImage.matchAll(/url\("?([^")]+)"?\)/g)].map((m) => m[1]);
const fetched = performance.getEntriesByType('resource').map(r => r.name).filter(n => n.includes('nato-map'));
const box = image.getBoundingClientRect();
const marks = [...root.querySelectorAll('.nue-map__key li')].map(li => {
  const s = getComputedStyle(li, '::before');
  return { mark: li.dataset.mark, colour: s.backgroundColor, image: s.backgroundImage, round: s.borderRadius };
});
const details = root.querySelector('.nue-map__members');
return { urls, fetched, width: box.width, height: box.height, marks,
         open: details.open, listed: [...details.querySelectorAll('li')].filter(li => li.checkVisibility()).length };
"#;

pub(super) async fn map_state(page: &Page<'_>, root: &str) -> Step<Value> {
    page.js(&format!("const root = {root};\n{MAP_STATE}")).await
}

/// The English edition's map in `theme` from the folder `base`, as
/// [`map_state`]'s `urls` has it: the names over the drawing.
pub(super) fn layers(base: &str, theme: Theme) -> Value {
    json!([
        format!("{base}/{}", theme.names_file_in("en")),
        format!("{base}/{}", theme.file())
    ])
}

/// Whether the picture at `url` decodes as an image in this engine.
pub(super) async fn decodes(page: &Page<'_>, url: &str) -> Step {
    let result = page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; const img = new Image(); \
             img.src = arguments[0]; img.decode().then(() => done(img.naturalWidth), (e) => done(String(e)));",
            vec![json!(url)],
        )
        .await
        .map_err(|e| format!("decoding {url}: {e}"))?;
    match result.as_f64() {
        Some(width) if width > 0.0 => Ok(()),
        _ => Err(format!("{url} does not decode as an image: {result}")),
    }
}

/// The key's marks are the map's colours, in the theme shown.
pub(super) fn key_matches(state: &Value, theme: Theme) -> Step {
    let colours = theme.palette();
    let marks = state["marks"].as_array().cloned().unwrap_or_default();
    let mut problems = Vec::new();
    for mark in &marks {
        let (name, colour) = (mark["mark"].as_str().unwrap_or(""), &mark["colour"]);
        let expected = match name {
            "member" => Some(colours.member),
            "other" => Some(colours.other),
            "highlight" => Some(colours.highlight),
            _ => None,
        };
        if let Some(hex) = expected {
            if colour != &json!(rgb(hex)) {
                problems.push(format!("{name}: {colour}, not {hex}"));
            }
        }
        if name == "apart"
            && !mark["image"]
                .as_str()
                .unwrap_or("")
                .contains("repeating-linear-gradient")
        {
            problems.push(format!("apart is not striped: {}", mark["image"]));
        }
        if name == "city" && mark["round"] != json!("50%") {
            problems.push(format!("city is not a dot: {}", mark["round"]));
        }
    }
    if marks.len() != 5 {
        problems.push(format!("{} marks in the key, not 5", marks.len()));
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(format!("the key: {}", problems.join("; "))),
    }
}
