//! Copying a link. The Clipboard API is missing on insecure origins and can be
//! refused by permissions or an embedding iframe; every path here reports
//! failure as `false` so the caller can offer the text to copy by hand.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Copies `text` to the clipboard; `true` once the browser confirms it.
pub async fn copy_text(text: &str) -> bool {
    let Some(promise) = write_text(text) else {
        return false;
    };
    JsFuture::from(promise).await.is_ok()
}

/// `navigator.clipboard.writeText(text)`, reached by reflection so that a
/// missing API or a synchronous throw becomes `None` instead of an exception.
fn write_text(text: &str) -> Option<js_sys::Promise> {
    let navigator = web_sys::window()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")).ok()?;
    let write: js_sys::Function = write.dyn_into().ok()?;
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into()
        .ok()
}
