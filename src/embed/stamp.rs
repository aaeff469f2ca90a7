//! The stamp that prerendered HTML carries, so the browser can tell whether
//! it may hydrate that HTML. Leptos cannot recover from a hydration mismatch,
//! so the check comes first: hydrate only HTML rendered from this version,
//! this story and these options, with every node still in place (a CMS that
//! strips comments or re-indents markup changes the count).
//!
//! A stamp reads `<fingerprint>-<node count>`, the fingerprint being FNV-1a
//! over the version, the story and every option that changes the markup.

use crate::options::Config;
use crate::story::fingerprint::Fnv;

/// The attribute on the element that holds a prerendered explainer.
pub const ATTRIBUTE: &str = "data-nue-stamp";

/// The stamp for an explainer rendered from the story whose fingerprint is
/// `story` ([`crate::story::fingerprint::of`]) with `config` into `nodes`
/// DOM nodes (elements, text and comments below the stamped element).
pub fn stamp(story: u64, config: &Config, nodes: usize) -> String {
    format!("{:016x}-{nodes}", fingerprint(story, config))
}

/// The node count a stamp was written for, if the fingerprint matches. The
/// stamp is parsed rather than the fingerprint formatted: the WebAssembly
/// then needs no hexadecimal formatting.
pub fn stamped_nodes(stamp: &str, story: u64, config: &Config) -> Option<usize> {
    let (print, nodes) = stamp.split_once('-')?;
    let print = (print.len() == 16)
        .then(|| u64::from_str_radix(print, 16).ok())
        .flatten()?;
    (print == fingerprint(story, config))
        .then(|| nodes.parse().ok())
        .flatten()
}

/// The story's fingerprint continued over every option that changes the
/// markup, each fed as explicit bytes (see `story::fingerprint`).
fn fingerprint(story: u64, config: &Config) -> u64 {
    let mut fnv = Fnv::resume(story);
    // Everything but the stylesheet's URL, which is not part of the markup,
    // and the pages' URL: hydration keeps the links prerendered HTML has.
    let Config {
        open,
        theme,
        heading_level,
        lang,
        ui,
        parts,
        link_prefix,
        stylesheet: _,
        pages: _,
    } = config;
    fnv.number(open.len() as u64);
    open.iter().for_each(|id| fnv.text(id));
    fnv.number(*theme as u64);
    fnv.number(u64::from(*heading_level));
    fnv.text(lang.as_deref().unwrap_or(""));
    ui.texts().for_each(|label| fnv.text(label));
    for part in [
        parts.key_numbers,
        parts.people,
        parts.timeline,
        parts.editions,
    ] {
        fnv.number(u64::from(part));
    }
    fnv.text(link_prefix);
    fnv.finish()
}

/// The stamp of a fixed story fingerprint and fixed options, every label
/// and option set: the native and the browser tests compare it with
/// [`REFERENCE_STAMP`], so no compiler or target can change the format.
#[doc(hidden)]
pub fn reference_stamp() -> String {
    let mut config = Config::defaults(&crate::story::STORY);
    for key in crate::story::UiText::KEYS {
        if let Some(label) = config.ui.by_key_mut(key) {
            *label = format!("label {key}").into();
        }
    }
    config.open = vec!["sanctions".into(), "nato-plan".into()];
    config.theme = crate::options::Theme::Dark;
    config.heading_level = 3;
    config.lang = Some("uk".into());
    config.parts.people = false;
    config.link_prefix = "explainer-".into();
    stamp(0x0123_4567_89ab_cdef, &config, 321)
}

/// What [`reference_stamp`] is, on every compiler and target.
#[doc(hidden)]
pub const REFERENCE_STAMP: &str = "0e7e34928fc746e3-321";

// Native: the story's fingerprint is computed natively only (the browser
// build reads the build script's). tests/web/stamp.rs checks the browser.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::story::{fingerprint, EDITIONS, STORY, STORY_FINGERPRINT};

    #[test]
    fn the_build_time_fingerprint_is_the_story_s() {
        assert_eq!(
            STORY_FINGERPRINT,
            fingerprint::of_editions(&STORY, EDITIONS)
        );
        assert_ne!(
            fingerprint::of(&STORY),
            STORY_FINGERPRINT,
            "with its editions"
        );
        let mut story = STORY.clone();
        story.headline = "Another headline".into();
        assert_ne!(fingerprint::of(&story), STORY_FINGERPRINT);
    }

    #[test]
    fn a_stamp_matches_only_its_own_options() {
        let config = Config::defaults(&STORY);
        let stamp = stamp(STORY_FINGERPRINT, &config, 42);
        assert_eq!(stamped_nodes(&stamp, STORY_FINGERPRINT, &config), Some(42));

        let mut styled = config.clone();
        styled.stylesheet = Some("https://cdn.example/x.css".into());
        assert_eq!(stamped_nodes(&stamp, STORY_FINGERPRINT, &styled), Some(42));

        let mut dark = config.clone();
        dark.theme = crate::options::Theme::Dark;
        assert_eq!(stamped_nodes(&stamp, STORY_FINGERPRINT, &dark), None);
        let mut opened = config.clone();
        opened.open = vec!["sanctions".into()];
        assert_eq!(stamped_nodes(&stamp, STORY_FINGERPRINT, &opened), None);

        let mut story = STORY.clone();
        story.headline = "Another headline".into();
        assert_eq!(
            stamped_nodes(&stamp, fingerprint::of(&story), &config),
            None
        );
    }

    /// The stamp's bytes are fixed by this crate, not by a compiler: the
    /// same literal here (stable, native) as in the browser tests (wasm32).
    /// The release WebAssembly (the nightly) hydrates only where its stamp
    /// and the prerenderer's agree, which the end-to-end suite checks.
    #[test]
    fn a_stamp_is_the_same_on_every_compiler_and_target() {
        assert_eq!(reference_stamp(), REFERENCE_STAMP);
    }

    #[test]
    fn malformed_stamps_match_nothing() {
        let config = Config::defaults(&STORY);
        for bad in ["", "-", "abc", "0-12", "zz-zz", "+00000000000000-1"] {
            assert_eq!(
                stamped_nodes(bad, STORY_FINGERPRINT, &config),
                None,
                "{bad}"
            );
        }
        let print = stamp(STORY_FINGERPRINT, &config, 1);
        let (print, _) = print.split_once('-').unwrap();
        assert_eq!(
            stamped_nodes(&format!("{print}-x"), STORY_FINGERPRINT, &config),
            None
        );
    }
}
