//! Reading a host page's JavaScript config object into loose [`Raw`] values,
//! which `crate::options` then reads like `data-*` attributes.

use crate::options::{Raw, Warning};
use wasm_bindgen::JsValue;

/// Reads a JS config object key by key, so one unreadable value costs only
/// that key. Property access goes through `Reflect`, which cannot throw
/// into Rust even for getters that throw.
///
/// Values are converted with js-sys rather than serde-wasm-bindgen: its
/// deserializer brings serde's error messages, and with them float
/// formatting, into the WebAssembly (docs/performance.md has the figure).
pub(super) fn entries_from_js(config: &JsValue) -> (Vec<(String, Raw)>, Vec<Warning>) {
    let mut entries = Vec::new();
    let mut warnings = Vec::new();
    if config.is_undefined() || config.is_null() {
        return (entries, warnings);
    }
    if !config.is_object() {
        warnings.push(Warning {
            key: "(config)".to_owned(),
            message: "expected an object; using the defaults".to_owned(),
        });
        return (entries, warnings);
    }
    let keys = js_sys::Reflect::own_keys(config).unwrap_or_default();
    for key in keys.iter() {
        let Some(name) = key.as_string() else {
            continue;
        };
        match js_sys::Reflect::get(config, &key) {
            Ok(value) => entries.push((name, raw(&value, 0))),
            Err(_) => warnings.push(Warning {
                message: "could not be read; using the default".to_owned(),
                key: name,
            }),
        }
    }
    (entries, warnings)
}

/// A JS value as loose config data; nesting stops at a few levels, since no
/// option is deeper than an object of labels.
fn raw(value: &JsValue, depth: u8) -> Raw {
    if let Some(text) = value.as_string() {
        Raw::Text(text)
    } else if let Some(flag) = value.as_bool() {
        Raw::Bool(flag)
    } else if let Some(number) = value.as_f64() {
        Raw::Number(number)
    } else if depth > 3 || value.is_null() || value.is_undefined() || value.is_function() {
        Raw::Null
    } else if js_sys::Array::is_array(value) {
        let items = js_sys::Array::from(value);
        Raw::List(items.iter().map(|item| raw(&item, depth + 1)).collect())
    } else if value.is_object() {
        let keys = js_sys::Reflect::own_keys(value).unwrap_or_default();
        Raw::Map(
            keys.iter()
                .filter_map(|key| {
                    let item = js_sys::Reflect::get(value, &key).ok()?;
                    Some((key.as_string()?, raw(&item, depth + 1)))
                })
                .collect(),
        )
    } else {
        Raw::Null
    }
}
