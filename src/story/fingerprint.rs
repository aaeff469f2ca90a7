//! The story's fingerprint: FNV-1a over the crate's version and the whole
//! story. The build script computes it once (`STORY_FINGERPRINT`), so the
//! WebAssembly compares prerendered HTML against a number instead of hashing
//! the story on every page.
//!
//! Everything is fed as explicit bytes (lengths as 64-bit little-endian
//! numbers, then UTF-8), never through the standard library's `Hash`
//! impls: their bytes are not promised across compiler versions, and the
//! prerenderer (stable) and the WebAssembly (the release nightly) are built
//! by different compilers.

#[cfg(not(target_arch = "wasm32"))]
use super::model::Story;

/// The fingerprint of `story` as this version of the crate renders it: its
/// JSON, whose bytes depend on the story's fields alone.
#[cfg(not(target_arch = "wasm32"))]
pub fn of(story: &Story) -> u64 {
    of_editions(story, &[])
}

/// The fingerprint of the story told in `english` and in `editions`: it
/// changes with any of them, so no cache keeps an edition's old texts.
#[cfg(not(target_arch = "wasm32"))]
pub fn of_editions(english: &Story, editions: &[Story]) -> u64 {
    let mut fnv = Fnv::default();
    fnv.text(env!("CARGO_PKG_VERSION"));
    for story in std::iter::once(english).chain(editions) {
        let json = serde_json::to_vec(story).expect("the story's types serialize to JSON");
        fnv.bytes(&json);
    }
    fnv.finish()
}

/// FNV-1a: tiny, and the same on every target and compiler.
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

    pub fn finish(&self) -> u64 {
        self.0
    }

    pub fn bytes(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// A number, as eight little-endian bytes on every target.
    pub fn number(&mut self, n: u64) {
        self.bytes(&n.to_le_bytes());
    }

    /// Text, after its length, so that "ab" + "c" and "a" + "bc" differ.
    pub fn text(&mut self, text: &str) {
        self.number(text.len() as u64);
        self.bytes(text.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::Fnv;

    /// FNV-1a's published test vectors: these bytes are the format.
    #[test]
    fn fnv_1a_is_the_published_one() {
        let of = |bytes: &[u8]| {
            let mut fnv = Fnv::default();
            fnv.bytes(bytes);
            fnv.finish()
        };
        assert_eq!(of(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(of(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(of(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn texts_are_fed_with_their_lengths() {
        let feed = |parts: &[&str]| {
            let mut fnv = Fnv::default();
            parts.iter().for_each(|part| fnv.text(part));
            fnv.finish()
        };
        assert_ne!(feed(&["ab", "c"]), feed(&["a", "bc"]));
        let mut by_hand = Fnv::default();
        by_hand.bytes(&[2, 0, 0, 0, 0, 0, 0, 0, b'a', b'b']);
        assert_eq!(feed(&["ab"]), by_hand.finish());
    }
}
