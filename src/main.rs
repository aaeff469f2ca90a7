//! The standalone page: mounts the explainer into `index.html`. The same
//! WebAssembly serves embeds, where the loader mounts placeholders instead.

/// A free-list allocator (freed blocks are reused and merged) in place of
/// the standard library's dlmalloc, which is larger (docs/performance.md).
/// The WebAssembly runs on one thread, which is what makes it sound.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without the atomics feature has one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    nato_ukraine_explainer::embed::mount_standalone_page();
}
