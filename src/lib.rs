//! Regelingencheck: which minimaregelingen of the gemeente Heemskerk a household can apply for.

pub mod i18n;
pub mod rules;
pub mod ui;

/// See Cargo.toml: smaller than the default allocator, and the browser app has one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without the atomics feature runs one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
