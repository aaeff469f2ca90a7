//! The pieces of the built pages that are ours (the standalone page and the
//! iframe's page), so that they paint from one request: stylesheets as
//! `<style>`, their hashes for the page's own Content-Security-Policy, and
//! escaping for what the prerenderer writes. `rewrite.rs` puts them in.

use base64::Engine as _;
use sha2::{Digest, Sha256};

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
        let url = target.split(')').next().unwrap_or(target);
        out.push_str(quote);
        if is_relative(url) {
            out.push_str(base);
        }
        rest = target;
    }
    out.push_str(rest);
    out
}

/// Whether `url` is relative to its page's folder (`embed/x.js`), not to
/// the site (`/x.js`), a fragment or another scheme (`https:`, `data:`).
pub(super) fn is_relative(url: &str) -> bool {
    !url.starts_with(['/', '#']) && !url.split('/').next().is_some_and(|s| s.contains(':'))
}

/// The CSP source that allows an inline `<style>` with exactly this text.
pub fn csp_hash(css: &str) -> String {
    let digest = Sha256::digest(css.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// `value` for a double-quoted attribute.
pub fn escape_attribute(value: &str) -> String {
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

/// The link that names `url` as the page's canonical address, when `url` is
/// absolute: crawlers ignore a relative canonical, and Lighthouse counts it
/// as an error, so a build without a public URL names none.
pub fn canonical_link(url: &str) -> Option<String> {
    is_absolute(url).then(|| format!(r#"<link rel="canonical" href="{}">"#, escape_attribute(url)))
}

/// Whether `url` is absolute (`https://…`), as crawlers and social networks
/// need the page's own address to be.
pub fn is_absolute(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// The origin of an absolute URL (`https://assets.example`), as a CSP
/// source; `None` for a relative one.
pub fn origin_of(url: &str) -> Option<&str> {
    let host = url.find("://").filter(|_| is_absolute(url))? + 3;
    let end = url[host..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| host + i);
    Some(&url[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_scheme_host_and_port() {
        assert_eq!(
            origin_of("https://assets.example/explainer/"),
            Some("https://assets.example")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8080"),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(origin_of("/"), None);
        assert_eq!(origin_of("//cdn.example/"), None);
    }

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
    fn only_page_relative_urls_are_relative() {
        for url in ["favicon.svg", "embed/enhance.js", "x.css?v=1"] {
            assert!(is_relative(url), "{url}");
        }
        for url in [
            "/x.js",
            "https://a.example/x.js",
            "data:text/css,",
            "#top",
            "//cdn.example/x",
        ] {
            assert!(!is_relative(url), "{url}");
        }
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
    }
}
