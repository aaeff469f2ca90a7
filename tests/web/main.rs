//! Behaviour in a real browser (headless Chromium, `wasm-bindgen-test`): the
//! widget is mounted into the test page and driven as a reader would.
#![cfg(target_arch = "wasm32")]

mod accordion;
mod address;
mod copy_link;
mod embed;
mod events;
mod stamp;
mod support;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
