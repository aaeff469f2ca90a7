//! The story's fingerprint: FNV-1a over the crate's version and the whole
//! story. The build script computes it once (`STORY_FINGERPRINT`), so the
//! WebAssembly compares prerendered HTML against a number instead of hashing
//! the story on every page.

use super::model::Story;
use std::hash::{Hash, Hasher};

/// The fingerprint of `story` as this version of the crate renders it.
pub fn of(story: &Story) -> u64 {
    let mut hasher = Fnv::default();
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    story.hash(&mut hasher);
    hasher.finish()
}

/// FNV-1a: tiny, and the same on every target, because lengths are hashed
/// as 64-bit numbers on 32-bit WebAssembly and 64-bit servers alike.
pub struct Fnv(u64);

impl Default for Fnv {
    /// FNV-1a's offset basis: the hash of nothing.
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    /// Continues from a finished hash, such as the story's fingerprint.
    pub fn resume(hash: u64) -> Fnv {
        Fnv(hash)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}
