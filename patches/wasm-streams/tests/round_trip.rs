//! The two conversions in a browser (`wasm-bindgen-test`): a Rust stream
//! through a JS `ReadableStream` and back keeps its chunks and its error.
#![cfg(target_arch = "wasm32")]

use futures_util::stream::{self, StreamExt};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use wasm_streams::ReadableStream;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn chunks_survive_the_round_trip() {
    let chunks = vec![
        Ok(JsValue::from(1)),
        Ok(JsValue::from("two")),
        Ok(JsValue::from(3)),
    ];
    let raw = ReadableStream::from_stream(stream::iter(chunks)).into_raw();
    let back: Vec<_> = ReadableStream::from_raw(raw).into_stream().collect().await;
    let back: Vec<JsValue> = back.into_iter().map(Result::unwrap).collect();
    assert_eq!(
        back,
        vec![JsValue::from(1), JsValue::from("two"), JsValue::from(3)]
    );
}

#[wasm_bindgen_test]
async fn an_error_ends_the_stream() {
    let chunks = vec![
        Ok(JsValue::from(1)),
        Err(JsValue::from("broken")),
        Ok(JsValue::from(3)),
    ];
    let raw = ReadableStream::from_stream(stream::iter(chunks)).into_raw();
    let back: Vec<_> = ReadableStream::from_raw(raw).into_stream().collect().await;
    assert_eq!(back.len(), 2, "{back:?}");
    assert_eq!(back[0], Ok(JsValue::from(1)));
    assert_eq!(back[1], Err(JsValue::from("broken")));
}
