//! The edits to built pages, made by an HTML parser (lol_html) rather than
//! by string search: an attribute's quoting, order or entities, or a
//! look-alike in text, cannot make an edit miss or land in the wrong place.
//! Each edit says what is wrong when the page is not as expected; the
//! rest of the page is kept byte for byte.

use super::page::{csp_hash, style_element};
use lol_html::html_content::{ContentType, Element};
use lol_html::{
    doc_comments, rewrite_str, ElementContentHandlers, HandlerResult, RewriteStrSettings, Selector,
};
use std::borrow::Cow;

/// Runs `handler` on every element of `page` that `selector` matches.
pub(super) fn edit<'h>(
    page: &str,
    selector: &str,
    handler: impl FnMut(&mut Element<'_, '_>) -> HandlerResult + 'h,
) -> Result<String, String> {
    let parsed: Selector = selector
        .parse()
        .map_err(|e| format!("`{selector}` is not a selector: {e}"))?;
    let settings = RewriteStrSettings::new().append_element_content_handler((
        Cow::Owned(parsed),
        ElementContentHandlers::default().element(handler),
    ));
    rewrite_str(page, settings).map_err(|e| e.to_string())
}

/// [`edit`] where `selector` must match exactly one element, `what`
/// naming it in the error otherwise.
pub(super) fn edit_one<'h>(
    page: &str,
    selector: &str,
    what: &str,
    mut handler: impl FnMut(&mut Element<'_, '_>) -> HandlerResult + 'h,
) -> Result<String, String> {
    let mut found = 0;
    let out = edit(page, selector, |el| {
        found += 1;
        handler(el)
    })?;
    match found {
        1 => Ok(out),
        n => Err(format!("expected one {what}, found {n}")),
    }
}

/// An attribute's value as the browser reads it: lol_html gives it as
/// written, entities and all (only those an URL in our pages can hold).
fn decoded(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Puts `html` at the start of the one element whose id is `id` in `page`;
/// an error says what is wrong with the page.
pub fn insert_into(page: &str, id: &str, html: &str) -> Result<String, String> {
    let what = format!("element with id `{id}`");
    edit_one(page, &format!("[id=\"{id}\"]"), &what, |el| {
        el.prepend(html, ContentType::Html);
        Ok(())
    })
}

/// Replaces each `<link rel="stylesheet">` of `page` by a `<style>` with the
/// file's text, read by `read(href)`; returns the page and the texts
/// inlined, in order.
pub fn inline_stylesheets(
    page: &str,
    mut read: impl FnMut(&str) -> Result<String, String>,
) -> Result<(String, Vec<String>), String> {
    let mut inlined = Vec::new();
    let out = edit(page, "link[rel~=stylesheet][href]", |el| {
        let href = decoded(&el.get_attribute("href").unwrap_or_default());
        let css = read(&href)?;
        el.replace(&style_element(&css, &href)?, ContentType::Html);
        inlined.push(css);
        Ok(())
    })?;
    Ok((out, inlined))
}

/// Adds `sources` to the `directive` (`style-src`, `script-src`) of the
/// page's Content-Security-Policy `<meta>`, which must allow `'self'`.
pub fn allow(page: &str, directive: &str, sources: &[String]) -> Result<String, String> {
    let directive = format!("{directive} 'self'");
    let mut found = 0;
    let out = edit(
        page,
        "meta[http-equiv=content-security-policy i][content]",
        |el| {
            let policy = el.get_attribute("content").unwrap_or_default();
            found += policy.matches(&directive).count();
            let allowed =
                policy.replacen(&directive, &format!("{directive} {}", sources.join(" ")), 1);
            el.set_attribute("content", &allowed)?;
            Ok(())
        },
    )?;
    match found {
        1 => Ok(out),
        n => Err(format!("expected one `{directive}` in the page, found {n}")),
    }
}

/// Replaces the page's `<script type="module" src="{src}">` by the same
/// module inline, `code`; returns the page and the CSP source that allows
/// the inline script.
pub fn inline_module(page: &str, src: &str, code: &str) -> Result<(String, String), String> {
    if code.contains("</script") {
        return Err(format!("{src} contains `</script`"));
    }
    let selector = format!("script[type=module][src=\"{src}\"]");
    let inline = format!(r#"<script type="module">{code}</script>"#);
    let what = format!("module script `{src}` in the page");
    let out = edit_one(page, &selector, &what, |el| {
        el.replace(&inline, ContentType::Html);
        Ok(())
    })?;
    Ok((out, csp_hash(code)))
}

/// Puts `html` just before the page's first `<script>`, so that hints come
/// before the scripts that use what they hint at. (Trunk's minifier drops
/// optional tags such as `</head>`, so the script is the landmark.)
pub fn insert_before_scripts(page: &str, html: &str) -> Result<String, String> {
    let mut found = 0;
    let out = edit(page, "script", |el| {
        found += 1;
        if found == 1 {
            el.before(html, ContentType::Html);
        }
        Ok(())
    })?;
    match found {
        0 => Err("the page has no <script>".to_owned()),
        _ => Ok(out),
    }
}

/// `page` without its HTML comments (a page's own notes, which readers
/// need not download).
pub fn without_comments(page: &str) -> Result<String, String> {
    rewrite_str(
        page,
        RewriteStrSettings::new().append_document_content_handler(doc_comments!(|comment| {
            comment.remove();
            Ok(())
        })),
    )
    .map_err(|e| e.to_string())
}

/// The wrappers of the widget's own words (its controls and their
/// messages), which search results should not quote in place of the story.
const CONTROLS: [&str; 3] = [".nue-show-all__label", ".nue-copy", ".nue-feedback"];

/// `html` with `data-nosnippet` on each of the [`CONTROLS`]: search engines
/// honour it on `span` and `div` elements, which these are. An attribute is
/// no node, so the stamp's node count and hydration stay as they are.
pub fn without_snippets_of_controls(html: &str) -> Result<String, String> {
    // One pass over the HTML, one handler per wrapper.
    let settings = CONTROLS
        .iter()
        .try_fold(RewriteStrSettings::new(), |settings, css| {
            let selector: Selector = css.parse().map_err(|e| format!("`{css}`: {e}"))?;
            let handler = ElementContentHandlers::default().element(|el: &mut Element<'_, '_>| {
                el.set_attribute("data-nosnippet", "")?;
                Ok(())
            });
            Ok::<_, String>(
                settings.append_element_content_handler((Cow::Owned(selector), handler)),
            )
        })?;
    rewrite_str(html, settings).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_and_bare_attributes() {
        let hrefs = |page: &str| {
            let mut seen = Vec::new();
            inline_stylesheets(page, |href| {
                seen.push(href.to_owned());
                Ok(String::new())
            })
            .unwrap();
            seen
        };
        let bare = r#"<link href=/a.css integrity="sha384-x y" rel=stylesheet crossorigin>"#;
        assert_eq!(hrefs(bare), ["/a.css"]);
        let entity = r#"<link rel='stylesheet' href="a&amp;b.css"/>"#;
        assert_eq!(hrefs(entity), ["a&b.css"]);
        let listed = r#"<link rel="preload stylesheet" href=c.css><link rel=icon href=i.png>"#;
        assert_eq!(hrefs(listed), ["c.css"]);
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
    fn look_alikes_in_comments_and_text_are_left_alone() {
        let page = r#"<!-- <link rel=stylesheet href=x.css> --><p>id="page" <script></p><main id=page></main>"#;
        let (kept, texts) = inline_stylesheets(page, |_| Ok(String::new())).unwrap();
        assert_eq!((kept.as_str(), texts.len()), (page, 0));
        let inserted = insert_into("<p>id=page</p><main id=page></main>", "page", "X").unwrap();
        assert_eq!(inserted, "<p>id=page</p><main id=page>X</main>");
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
    fn inserts_into_exactly_one_element_by_id() {
        let quoted = r#"<body><main id="page" class="p"></main></body>"#;
        assert_eq!(
            insert_into(quoted, "page", "X").unwrap(),
            r#"<body><main id="page" class="p">X</main></body>"#
        );
        let minified = "<body><main class=p id=page></main></body>";
        assert_eq!(
            insert_into(minified, "page", "X").unwrap(),
            "<body><main class=p id=page>X</main></body>"
        );
        let lookalike = "<div id=pages></div>";
        let none = insert_into(lookalike, "page", "X").unwrap_err();
        assert!(none.contains("found 0"), "{none}");
        let twice = r#"<p id="page"></p><p id=page></p>"#;
        assert!(insert_into(twice, "page", "X").is_err());
    }

    #[test]
    fn the_policy_gains_the_sources_once() {
        let page = r#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'">"#;
        let allowed = allow(page, "style-src", &[csp_hash("")]).unwrap();
        assert!(
            allowed.contains("style-src 'self' 'sha256-47DEQ"),
            "{allowed}"
        );
        assert_eq!(allowed.matches("'sha256-").count(), 1, "{allowed}");
        assert!(allow("<p>no policy</p>", "style-src", &[]).is_err());
        let text = r#"<p>style-src 'self'</p>"#;
        assert!(allow(text, "style-src", &[]).is_err(), "text is no policy");
    }

    #[test]
    fn page_comments_go_and_the_rest_stays() {
        let page = "<!doctype html><!-- note --><p>a<!-- b -->c</p>";
        assert_eq!(without_comments(page).unwrap(), "<!doctype html><p>ac</p>");
    }
}
