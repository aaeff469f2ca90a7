//! Edits to the built pages that are ours (the standalone page and the
//! iframe's page), so that they paint from one request and start the
//! WebAssembly request at once: stylesheets inlined, the inline styles
//! allowed by hash in the page's own Content-Security-Policy, and preload
//! hints for the JS glue and the WebAssembly.

use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::path::Path;

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

impl BuiltFiles {
    /// Finds each file in `dir`; an error names the one missing or doubled.
    pub fn in_dir(dir: &Path) -> Result<Self, String> {
        Ok(BuiltFiles {
            css: one_file(dir, "explainer-", ".css")?,
            glue: one_file(dir, "nato-ukraine-explainer-", ".js")?,
            wasm: one_file(dir, "nato-ukraine-explainer-", "_bg.wasm")?,
        })
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

/// The one file in `dir` whose name starts with `prefix` and ends with `suffix`.
fn one_file(dir: &Path, prefix: &str, suffix: &str) -> Result<String, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let names: Vec<String> = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with(prefix) && name.ends_with(suffix))
        .collect();
    match names.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(format!(
            "expected one {prefix}*{suffix} in {}, found {names:?}",
            dir.display()
        )),
    }
}

/// A `<style>` element holding `css`, read from `href` (named in errors).
pub fn style_element(css: &str, href: &str) -> Result<String, String> {
    if css.to_ascii_lowercase().contains("</style") {
        return Err(format!("{href}: the stylesheet contains `</style`"));
    }
    Ok(format!("<style>{css}</style>"))
}

/// `css` with each relative `url(…)` prefixed by `base`: a stylesheet moved
/// inline into a page in another folder still finds the files it names.
pub fn rebase_urls(css: &str, base: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("url(") {
        let (before, after) = rest.split_at(at + 4);
        out.push_str(before);
        let quote = after.strip_prefix(['"', '\'']).map_or("", |_| &after[..1]);
        let target = &after[quote.len()..];
        let absolute = target.starts_with('/')
            || target.starts_with('#')
            || target
                .split(['/', ')'])
                .next()
                .is_some_and(|s| s.contains(':'));
        out.push_str(quote);
        if !absolute {
            out.push_str(base);
        }
        rest = target;
    }
    out.push_str(rest);
    out
}

/// The CSP source that allows an inline `<style>` with exactly this text.
pub fn csp_hash(css: &str) -> String {
    let digest = Sha256::digest(css.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Replaces each `<link rel="stylesheet">` of `page` by a `<style>` with the
/// file's text, read by `read(href)`; returns the page and the texts
/// inlined, in order.
pub fn inline_stylesheets(
    page: &str,
    mut read: impl FnMut(&str) -> Result<String, String>,
) -> Result<(String, Vec<String>), String> {
    let mut out = String::with_capacity(page.len());
    let mut inlined = Vec::new();
    let mut rest = page;
    while let Some(at) = find_tag(rest, "link") {
        let end = at + super::tag_end(&rest[at..]);
        let tag = &rest[at..end];
        out.push_str(&rest[..at]);
        let is_stylesheet = attribute(tag, "rel")
            .is_some_and(|rel| rel.split_whitespace().any(|r| r == "stylesheet"));
        match (is_stylesheet, attribute(tag, "href")) {
            (true, Some(href)) => {
                let css = read(&href)?;
                out.push_str(&style_element(&css, &href)?);
                inlined.push(css);
            }
            _ => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    Ok((out, inlined))
}

/// Adds `sources` to the `directive` (`style-src`, `script-src`) of the
/// page's Content-Security-Policy `<meta>`, which must allow `'self'`.
pub fn allow(page: &str, directive: &str, sources: &[String]) -> Result<String, String> {
    let directive = format!("{directive} 'self'");
    match page.matches(&directive).count() {
        1 => Ok(page.replacen(&directive, &format!("{directive} {}", sources.join(" ")), 1)),
        n => Err(format!("expected one `{directive}` in the page, found {n}")),
    }
}

/// Replaces the page's `<script type="module" src="{src}"></script>` by the
/// same module inline, `code`; returns the page and the CSP source that
/// allows the inline script.
pub fn inline_module(page: &str, src: &str, code: &str) -> Result<(String, String), String> {
    let tag = format!(r#"<script type="module" src="{src}"></script>"#);
    if code.contains("</script") {
        return Err(format!("{src} contains `</script`"));
    }
    match page.matches(&tag).count() {
        1 => Ok((
            page.replacen(
                &tag,
                &format!(r#"<script type="module">{code}</script>"#),
                1,
            ),
            csp_hash(code),
        )),
        n => Err(format!("expected one `{tag}` in the page, found {n}")),
    }
}

/// Puts `html` just before the page's first `<script>`, so that hints come
/// before the scripts that use what they hint at. (Trunk's minifier drops
/// optional tags such as `</head>`, so the script is the landmark.)
pub fn insert_before_scripts(page: &str, html: &str) -> Result<String, String> {
    match find_tag(page, "script") {
        Some(at) => Ok(format!("{}{html}{}", &page[..at], &page[at..])),
        None => Err("the page has no <script>".to_owned()),
    }
}

/// Byte offset of the next `<name` tag (followed by a space or `>`).
fn find_tag(html: &str, name: &str) -> Option<usize> {
    let open = format!("<{name}");
    html.match_indices(&open)
        .map(|(at, _)| at)
        .find(|&at| html[at + open.len()..].starts_with(|c: char| c.is_whitespace() || c == '>'))
}

/// The value of attribute `name` in one start tag, quoted or bare (as
/// Trunk's minifier writes them).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    let mut rest = inner.split_once(char::is_whitespace)?.1;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return None;
        }
        let key_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let key = &rest[..key_end];
        rest = rest[key_end..].trim_start();
        let value = if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (value, next) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close = after[1..].find(q).map_or(after.len(), |i| i + 1);
                    (&after[1..close], after.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            rest = next;
            value
        } else {
            rest = rest.trim_start_matches('/');
            ""
        };
        if key.eq_ignore_ascii_case(name) {
            return Some(value.replace("&amp;", "&").replace("&quot;", "\""));
        }
    }
}

/// `value` for a double-quoted attribute.
pub(super) fn escape_attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// `text` for element content, in HTML and in SVG alike.
pub(super) fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The link that names `url` as the page's canonical address.
pub fn canonical_link(url: &str) -> String {
    format!(r#"<link rel="canonical" href="{}">"#, escape_attribute(url))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_urls_are_rebased_and_others_kept() {
        assert_eq!(
            rebase_urls(
                ".a{--m:url(map.svg)}.b{x:url('a.svg') url(\"b.svg\")}",
                "../"
            ),
            ".a{--m:url(../map.svg)}.b{x:url('../a.svg') url(\"../b.svg\")}"
        );
        for kept in [
            "url(/a.svg)",
            "url(https://x.example/a.svg)",
            "url(data:image/png,1)",
            "url(#f)",
        ] {
            assert_eq!(rebase_urls(kept, "../"), kept);
        }
    }

    #[test]
    fn reads_quoted_and_bare_attributes() {
        let tag = r#"<link href=/a.css integrity="sha384-x y" rel=stylesheet crossorigin>"#;
        assert_eq!(attribute(tag, "href").as_deref(), Some("/a.css"));
        assert_eq!(attribute(tag, "rel").as_deref(), Some("stylesheet"));
        assert_eq!(attribute(tag, "integrity").as_deref(), Some("sha384-x y"));
        assert_eq!(attribute(tag, "crossorigin").as_deref(), Some(""));
        assert_eq!(attribute(tag, "type"), None);
        assert_eq!(
            attribute(r#"<link rel='stylesheet' href="a&amp;b.css"/>"#, "href").as_deref(),
            Some("a&b.css")
        );
    }

    #[test]
    fn inlines_only_stylesheets_and_keeps_the_rest() {
        let page = r#"<head><link rel=modulepreload href=/g.js><link href=/a.css rel=stylesheet><link rel="stylesheet" href="b.css"></head>"#;
        let (inlined, texts) =
            inline_stylesheets(page, |href| Ok(format!(".x{{content:'{href}'}}"))).unwrap();
        assert_eq!(
            inlined,
            r#"<head><link rel=modulepreload href=/g.js><style>.x{content:'/a.css'}</style><style>.x{content:'b.css'}</style></head>"#
        );
        assert_eq!(texts.len(), 2);
        let missing = inline_stylesheets(page, |href| Err(format!("{href}: no such file")));
        assert_eq!(missing.unwrap_err(), "/a.css: no such file");
    }

    #[test]
    fn a_stylesheet_cannot_close_its_style_element() {
        let error = style_element("a{}</STYLE><script>", "x.css").unwrap_err();
        assert!(error.contains("x.css"), "{error}");
    }

    #[test]
    fn csp_hashes_are_base64_sha256() {
        // The hash browsers compute for an empty inline style.
        assert_eq!(
            csp_hash(""),
            "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
        );
        let page = r#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'">"#;
        let allowed = allow(page, "style-src", &[csp_hash("")]).unwrap();
        assert!(
            allowed.contains("style-src 'self' 'sha256-47DEQ"),
            "{allowed}"
        );
        assert!(allow("<p>no policy</p>", "style-src", &[]).is_err());
    }

    #[test]
    fn a_module_goes_inline_with_its_hash() {
        let page = r#"<head><script type="module" src="frame.js"></script></head>"#;
        let (inlined, hash) = inline_module(page, "frame.js", "go()").unwrap();
        assert_eq!(
            inlined,
            r#"<head><script type="module">go()</script></head>"#
        );
        assert_eq!(hash, csp_hash("go()"));
        assert!(inline_module(page, "other.js", "go()").is_err());
        assert!(inline_module(page, "frame.js", "'</script>'").is_err());
    }

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
        let page = insert_before_scripts("<title>t</title><script src=a.js></script>", &links);
        assert_eq!(
            page.unwrap(),
            format!("<title>t</title>{links}<script src=a.js></script>")
        );
        assert!(insert_before_scripts("<p>no script</p>", &links).is_err());
    }
}
