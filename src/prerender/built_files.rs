//! The files of one build, found by name in the built folder, and the hints
//! that start their requests early. Their names are those of
//! scripts/built-files.json, which the post-build steps and scripts/size.sh
//! read too.

use super::page::escape_attribute;
use serde::Deserialize;
use std::path::Path;
use std::sync::OnceLock;

/// The hashed files of one build, by their names in the built folder.
#[derive(Clone, Debug)]
pub struct BuiltFiles {
    /// The widget's stylesheet, `explainer-<hash>.css`.
    pub css: String,
    /// The JS glue, `nato-ukraine-explainer-<hash>.js`.
    pub glue: String,
    /// The WebAssembly, `nato-ukraine-explainer-<hash>_bg.wasm`.
    pub wasm: String,
}

/// The built files whose paths, relative to the built folder, stay the same
/// from build to build.
#[derive(Debug, Deserialize)]
pub struct Paths {
    /// The standalone page.
    pub page: String,
    /// The pages' icon (copied from style/ by Trunk).
    pub icon: String,
    /// The embed loader's template, which the loader replaces.
    pub loader_template: String,
    /// The embed loader, the stable entry point for host pages.
    pub loader: String,
    /// The script that opens sections before the WebAssembly runs.
    pub enhance: String,
    /// The loader's code for remembered sections, fetched only when asked.
    pub remember: String,
    /// The custom element's changes in place, fetched only when a page makes one.
    pub element: String,
    /// The standalone pages' script for their links between editions,
    /// which the prerenderer inlines into each.
    pub switch: String,
    /// The standalone page's switch to another edition in place, fetched
    /// on the first click of one of those links.
    pub editions: String,
    /// The story's texts, which the loader fetches for fresh renders.
    pub story: String,
    /// The HTML a CMS pastes into an article.
    pub fragment: String,
    /// The example article, with a prerendered placeholder.
    pub article: String,
    /// Every fact as plain HTML, for feeds and newsletters.
    pub plain: String,
    /// The iframe's page.
    pub frame: String,
    /// The iframe's script, which the prerenderer inlines into its page.
    pub frame_script: String,
    /// The host page's script for the iframe.
    pub frame_host: String,
    /// The drawing of the map in "The NATO plan", light, which every
    /// edition shares.
    pub map: String,
    /// The drawing, dark.
    pub map_dark: String,
    /// The English edition's names over the drawing, light.
    pub map_names: String,
    /// The English edition's names, dark.
    pub map_names_dark: String,
    /// The whole map, light, for the plain rendition.
    pub plain_map: String,
}

/// scripts/built-files.json: what this file reads of it.
#[derive(Deserialize)]
struct Names {
    hashed: Hashed,
    paths: Paths,
}

#[derive(Deserialize)]
struct Hashed {
    css: Pattern,
    glue: Pattern,
    wasm: Pattern,
}

/// A hashed file's name: `<prefix><hash><suffix>`, the hash in lowercase hex.
#[derive(Deserialize)]
struct Pattern {
    prefix: String,
    suffix: String,
}

impl Pattern {
    fn matches(&self, name: &str) -> bool {
        let hash = name
            .strip_prefix(&self.prefix)
            .and_then(|rest| rest.strip_suffix(&self.suffix));
        hash.is_some_and(|hash| {
            !hash.is_empty() && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        })
    }

    /// The one file in `dir` with a name of this pattern.
    fn one_in(&self, dir: &Path) -> Result<String, String> {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let mut names: Vec<String> = entries
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .filter(|name| self.matches(name))
            .collect();
        names.sort();
        match names.as_slice() {
            [one] => Ok(one.clone()),
            _ => Err(format!(
                "expected one {}*{} (the hash in hex) in {}, found {names:?}",
                self.prefix,
                self.suffix,
                dir.display()
            )),
        }
    }
}

fn names() -> &'static Names {
    static NAMES: OnceLock<Names> = OnceLock::new();
    NAMES.get_or_init(|| {
        serde_json::from_str(include_str!("../../scripts/built-files.json"))
            .unwrap_or_else(|e| panic!("scripts/built-files.json: {e}"))
    })
}

impl BuiltFiles {
    /// Finds each file in `dir`; an error names the one missing or doubled.
    pub fn in_dir(dir: &Path) -> Result<Self, String> {
        let hashed = &names().hashed;
        Ok(BuiltFiles {
            css: hashed.css.one_in(dir)?,
            glue: hashed.glue.one_in(dir)?,
            wasm: hashed.wasm.one_in(dir)?,
        })
    }

    /// The paths of the files named the same in every build.
    pub fn paths() -> &'static Paths {
        &names().paths
    }

    /// Hints that start the glue's and the WebAssembly's requests as soon as
    /// the HTML is read, before the loader asks for them; `base` is the URL
    /// of the built folder, ending in `/`. Their modes match the requests
    /// that follow (a module script; wasm-bindgen's `fetch`, CORS), so the
    /// browser uses them instead of fetching twice.
    pub fn preload_links(&self, base: &str) -> String {
        format!(
            r#"<link rel="modulepreload" href="{}"><link rel="preload" href="{}" as="fetch" type="application/wasm" crossorigin>"#,
            escape_attribute(&format!("{base}{}", self.glue)),
            escape_attribute(&format!("{base}{}", self.wasm)),
        )
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preloads_name_the_glue_and_the_webassembly() {
        let files = BuiltFiles {
            css: "explainer-1.css".into(),
            glue: "nato-ukraine-explainer-2.js".into(),
            wasm: "nato-ukraine-explainer-2_bg.wasm".into(),
        };
        let links = files.preload_links("../");
        assert!(
            links.contains(r#"<link rel="modulepreload" href="../nato-ukraine-explainer-2.js">"#)
        );
        assert!(links.contains(
            r#"href="../nato-ukraine-explainer-2_bg.wasm" as="fetch" type="application/wasm" crossorigin>"#
        ));
        let page = super::super::insert_before_scripts(
            "<title>t</title><script src=a.js></script>",
            &links,
        );
        assert_eq!(
            page.unwrap(),
            format!("<title>t</title>{links}<script src=a.js></script>")
        );
        assert!(super::super::insert_before_scripts("<p>no script</p>", &links).is_err());
    }

    /// A fresh folder holding an empty file of each name.
    fn folder(test: &str, files: &[&str]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("built-files-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for file in files {
            std::fs::write(dir.join(file), "").unwrap();
        }
        dir
    }

    #[test]
    fn finds_each_hashed_file_by_its_name_in_built_files_json() {
        let dir = folder(
            "found",
            &[
                "explainer-0a1b.css",
                "explainer-page.css",
                "page-0a1b.css",
                "nato-ukraine-explainer-2c3d.js",
                "nato-ukraine-explainer-2c3d_bg.wasm",
                "index.html",
            ],
        );
        let files = BuiltFiles::in_dir(&dir).unwrap();
        assert_eq!(files.css, "explainer-0a1b.css");
        assert_eq!(files.glue, "nato-ukraine-explainer-2c3d.js");
        assert_eq!(files.wasm, "nato-ukraine-explainer-2c3d_bg.wasm");
    }

    #[test]
    fn a_hashed_file_missing_or_doubled_is_an_error_naming_it() {
        let wasm = "nato-ukraine-explainer-3_bg.wasm";
        let doubled = folder("doubled", &["explainer-1.css", "explainer-2.css", wasm]);
        let error = BuiltFiles::in_dir(&doubled).unwrap_err();
        assert!(
            error.starts_with("expected one explainer-*.css (the hash in hex)")
                && error.ends_with(r#"found ["explainer-1.css", "explainer-2.css"]"#),
            "{error}"
        );
        let missing = folder("missing", &["explainer-1.css", wasm]);
        let error = BuiltFiles::in_dir(&missing).unwrap_err();
        assert!(
            error.starts_with("expected one nato-ukraine-explainer-*.js")
                && error.ends_with("found []"),
            "{error}"
        );
    }

    #[test]
    fn the_paths_trunk_copies_are_in_the_sources() {
        let paths = BuiltFiles::paths();
        let copied = [
            &paths.page,
            &paths.loader_template,
            &paths.enhance,
            &paths.switch,
            &paths.editions,
            &paths.frame,
            &paths.frame_script,
            &paths.frame_host,
        ];
        for path in copied {
            let source = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
            assert!(source.is_file(), "{} is not a file", source.display());
        }
    }
}
