//! A stand-in for the `send_wrapper` crate, patched in by the workspace's
//! `Cargo.toml`.
//!
//! Leptos wraps browser values (elements, closures) in `SendWrapper` so that
//! they can sit in its `Send` types, and the wrapper checks on each use that
//! it is still on the thread that made it. Asking for the thread's id makes
//! the standard library create its thread handle with its own allocator
//! (dlmalloc), beside the explainer's: bytes every reader downloads for a
//! check that can never fail in a WebAssembly build without threads. There
//! the check is left out; everywhere else (server rendering, tests) it stays,
//! and a wrong-thread use panics as with the original crate.

use std::fmt;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

/// One thread only: WebAssembly without the `atomics` feature.
const ONE_THREAD: bool = cfg!(all(target_arch = "wasm32", not(target_feature = "atomics")));

/// The thread a value was wrapped on.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Origin(
    #[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))] std::thread::ThreadId,
);

impl Origin {
    fn here() -> Origin {
        Origin(
            #[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
            std::thread::current().id(),
        )
    }
}

/// A value that may be moved between threads but used only on the thread
/// that wrapped it: [`Send`] and [`Sync`] whatever `T` is.
pub struct SendWrapper<T> {
    value: ManuallyDrop<T>,
    origin: Origin,
}

// SAFETY: the value is only reached through `deref`, `deref_mut`, `take`,
// `poll` and `drop`, each of which first checks that it runs on the thread
// that wrapped it (trivially true where there is one thread).
unsafe impl<T> Send for SendWrapper<T> {}
unsafe impl<T> Sync for SendWrapper<T> {}

impl<T> SendWrapper<T> {
    /// Wraps `value`, to be used on this thread only.
    pub fn new(value: T) -> SendWrapper<T> {
        SendWrapper {
            value: ManuallyDrop::new(value),
            origin: Origin::here(),
        }
    }

    /// Whether this is the thread that wrapped the value.
    pub fn valid(&self) -> bool {
        ONE_THREAD || self.origin == Origin::here()
    }

    /// The value, unwrapped. Panics on another thread.
    pub fn take(self) -> T {
        self.check("take");
        let mut this = ManuallyDrop::new(self);
        // SAFETY: `this` is never used or dropped again.
        unsafe { ManuallyDrop::take(&mut this.value) }
    }

    fn check(&self, what: &str) {
        if !self.valid() {
            panic!("SendWrapper: {what} on a thread other than the one that wrapped the value");
        }
    }
}

impl<T> Deref for SendWrapper<T> {
    type Target = T;

    /// Panics on another thread.
    fn deref(&self) -> &T {
        self.check("deref");
        &self.value
    }
}

impl<T> DerefMut for SendWrapper<T> {
    /// Panics on another thread.
    fn deref_mut(&mut self) -> &mut T {
        self.check("deref_mut");
        &mut self.value
    }
}

impl<T> Drop for SendWrapper<T> {
    /// Drops the value; on another thread that panics, unless it needs no
    /// drop or the thread is panicking already (the value then leaks).
    fn drop(&mut self) {
        if !std::mem::needs_drop::<T>() || self.valid() {
            // SAFETY: dropped once, here, and never used again.
            unsafe { ManuallyDrop::drop(&mut self.value) };
        } else if !std::thread::panicking() {
            panic!("SendWrapper: dropped on a thread other than the one that wrapped the value");
        }
    }
}

impl<T: Clone> Clone for SendWrapper<T> {
    /// A new wrapper, on this thread, around a clone. Panics on another thread.
    fn clone(&self) -> Self {
        SendWrapper::new(T::clone(self))
    }
}

impl<T: fmt::Debug> fmt::Debug for SendWrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SendWrapper")
            .field("value", &**self)
            .finish()
    }
}

#[cfg(feature = "futures")]
mod futures {
    use super::SendWrapper;
    use futures_core::Stream;
    use std::future::Future;
    use std::pin::Pin;
    use std::task::{Context, Poll};

    impl<F: Future> Future for SendWrapper<F> {
        type Output = F::Output;

        /// Polls the future. Panics on another thread.
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
            self.check("poll");
            // SAFETY: the value is pinned with its wrapper and never moved
            // out of it while pinned (`take` consumes an unpinned wrapper).
            unsafe { self.map_unchecked_mut(|this| &mut *this.value) }.poll(cx)
        }
    }

    impl<S: Stream> Stream for SendWrapper<S> {
        type Item = S::Item;

        /// Polls the stream. Panics on another thread.
        fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
            self.check("poll_next");
            // SAFETY: as for `poll`.
            unsafe { self.map_unchecked_mut(|this| &mut *this.value) }.poll_next(cx)
        }

        fn size_hint(&self) -> (usize, Option<usize>) {
            (**self).size_hint()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SendWrapper;
    use std::rc::Rc;
    use std::thread;

    #[test]
    fn works_on_its_own_thread() {
        let wrapped = SendWrapper::new(Rc::new(5));
        assert!(wrapped.valid());
        assert_eq!(**wrapped, 5);
        assert_eq!(*wrapped.clone().take(), 5);
    }

    #[test]
    fn another_thread_may_move_it_but_not_use_it() {
        let wrapped = SendWrapper::new(Rc::new(5));
        let (valid, used, wrapped) = thread::spawn(move || {
            let valid = wrapped.valid();
            let used = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| **wrapped));
            // Dropping it here would panic too: it goes back instead.
            (valid, used.is_ok(), wrapped)
        })
        .join()
        .unwrap();
        assert!(!valid);
        assert!(!used, "a deref on another thread panics");
        assert_eq!(*wrapped.take(), 5, "back on its thread, it works");
    }
}
