//! The stamp that prerendered HTML carries, so the browser can tell whether
//! it may hydrate that HTML. Leptos cannot recover from a hydration mismatch,
//! so the check comes first: hydrate only HTML rendered from this version,
//! this story and these options, with every node still in place (a CMS that
//! strips comments or re-indents markup changes the count).
//!
//! A stamp reads `<fingerprint>-<node count>`, the fingerprint being FNV-1a
//! over the version, the story and every option that changes the markup.

use crate::options::Config;
use crate::story::Story;
use std::hash::{Hash, Hasher};

/// The attribute on the element that holds a prerendered explainer.
pub const ATTRIBUTE: &str = "data-nue-stamp";

/// The stamp for an explainer of `story` rendered with `config` into
/// `nodes` DOM nodes (elements, text and comments below the stamped element).
pub fn stamp(story: &Story, config: &Config, nodes: usize) -> String {
    format!("{:016x}-{nodes}", fingerprint(story, config))
}

/// The node count a stamp was written for, if the fingerprint matches.
pub fn stamped_nodes(stamp: &str, story: &Story, config: &Config) -> Option<usize> {
    let (print, nodes) = stamp.split_once('-')?;
    (print == format!("{:016x}", fingerprint(story, config)))
        .then(|| nodes.parse().ok())
        .flatten()
}

fn fingerprint(story: &Story, config: &Config) -> u64 {
    let mut hasher = Fnv(0xcbf2_9ce4_8422_2325);
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    story.hash(&mut hasher);
    // Everything but the stylesheet URL, which is not part of the markup.
    let Config {
        open,
        theme,
        heading_level,
        lang,
        ui,
        parts,
        link_prefix,
        stylesheet: _,
    } = config;
    (open, theme, heading_level, lang, ui, parts, link_prefix).hash(&mut hasher);
    hasher.finish()
}

/// FNV-1a: tiny, and the same on every target, because lengths are hashed
/// as 64-bit numbers on 32-bit WebAssembly and 64-bit servers alike.
struct Fnv(u64);

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::STORY;

    #[test]
    fn a_stamp_matches_only_its_own_options() {
        let config = Config::defaults(&STORY);
        let stamp = stamp(&STORY, &config, 42);
        assert_eq!(stamped_nodes(&stamp, &STORY, &config), Some(42));

        let mut styled = config.clone();
        styled.stylesheet = Some("https://cdn.example/x.css".into());
        assert_eq!(stamped_nodes(&stamp, &STORY, &styled), Some(42));

        let mut dark = config.clone();
        dark.theme = crate::options::Theme::Dark;
        assert_eq!(stamped_nodes(&stamp, &STORY, &dark), None);
        let mut opened = config.clone();
        opened.open = vec!["sanctions".into()];
        assert_eq!(stamped_nodes(&stamp, &STORY, &opened), None);

        let mut story = STORY.clone();
        story.headline = "Another headline".into();
        assert_eq!(stamped_nodes(&stamp, &story, &config), None);
    }

    #[test]
    fn malformed_stamps_match_nothing() {
        let config = Config::defaults(&STORY);
        for bad in ["", "-", "abc", "0-12", "zz-zz"] {
            assert_eq!(stamped_nodes(bad, &STORY, &config), None, "{bad}");
        }
        let print = stamp(&STORY, &config, 1);
        let (print, _) = print.split_once('-').unwrap();
        assert_eq!(stamped_nodes(&format!("{print}-x"), &STORY, &config), None);
    }
}
