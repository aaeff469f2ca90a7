//! A stand-in for the `wasm-streams` crate, patched in by the workspace's
//! `Cargo.toml`.
//!
//! Leptos always enables server_fn's `browser` feature, which depends on
//! wasm-streams for streaming server functions. wasm-streams exports its
//! stream adapters to JavaScript as `#[wasm_bindgen]` classes, and exports
//! are never removed as dead code: every reader of the explainer would
//! download them (docs/performance.md), for server functions it does not
//! have. This crate gives server_fn the two conversions it calls, built on
//! closures that the linker drops when nothing uses them.
//!
//! - [`ReadableStream::from_stream`]: a Rust stream as a JS `ReadableStream`;
//! - [`ReadableStream::into_stream`]: a JS `ReadableStream` as a Rust stream.

use futures_util::stream::{self, Stream, StreamExt};
use js_sys::{Object, Promise, Reflect};
use std::cell::RefCell;
use std::pin::Pin;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

type JsStream = Pin<Box<dyn Stream<Item = Result<JsValue, JsValue>>>>;

/// A JS `ReadableStream`, convertible to and from a Rust [`Stream`].
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

impl ReadableStream {
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// A JS stream that pulls each chunk from `stream`; an `Err` item errors
    /// the JS stream.
    pub fn from_stream<St>(stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        // The JS stream calls `pull` again only once the last promise settled.
        let stream: Rc<RefCell<Option<JsStream>>> = Rc::new(RefCell::new(Some(Box::pin(stream))));
        let pull = Closure::<dyn FnMut(web_sys::ReadableStreamDefaultController) -> Promise>::new(
            move |controller: web_sys::ReadableStreamDefaultController| {
                let stream = stream.clone();
                future_to_promise(async move {
                    let Some(mut inner) = stream.borrow_mut().take() else {
                        return Ok(JsValue::UNDEFINED);
                    };
                    match inner.next().await {
                        Some(Ok(chunk)) => {
                            controller.enqueue_with_chunk(&chunk)?;
                            *stream.borrow_mut() = Some(inner);
                        }
                        Some(Err(error)) => return Err(error),
                        None => controller.close()?,
                    }
                    Ok(JsValue::UNDEFINED)
                })
            },
        );
        let source = Object::new();
        // Setting a property on a fresh object cannot fail.
        _ = Reflect::set(&source, &"pull".into(), &pull.into_js_value());
        let raw = web_sys::ReadableStream::new_with_underlying_source(source.unchecked_ref())
            .expect_throw("a ReadableStream with a pull source");
        Self { raw }
    }

    /// The chunks of the JS stream as a Rust stream, which ends after the
    /// JS stream's end or its first error.
    pub fn into_stream(self) -> impl Stream<Item = Result<JsValue, JsValue>> + Unpin {
        let reader: web_sys::ReadableStreamDefaultReader = self.raw.get_reader().unchecked_into();
        Box::pin(stream::unfold(Some(reader), |reader| async move {
            let reader = reader?;
            match JsFuture::from(reader.read()).await {
                Ok(result) => {
                    let done = Reflect::get(&result, &"done".into()).ok()?.as_bool();
                    if done != Some(false) {
                        return None;
                    }
                    let value = Reflect::get(&result, &"value".into()).unwrap_or_default();
                    Some((Ok(value), Some(reader)))
                }
                Err(error) => Some((Err(error), None)),
            }
        }))
    }
}
