//! The hydration stamp, computed in the browser build: the same literal as
//! the native unit test of `embed::stamp`, so prerendered HTML (stamped by
//! the native prerenderer) and the WebAssembly agree on every compiler.

use nato_ukraine_explainer::embed::stamp::{reference_stamp, REFERENCE_STAMP};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn the_browser_build_stamps_as_the_prerenderer_does() {
    assert_eq!(reference_stamp(), REFERENCE_STAMP);
}
