//! Trunk's post-build hook runs this after each build: it writes the
//! server-rendered explainer into the built pages, so readers see the text at
//! first paint, and writes the HTML fragment a CMS can paste into an article.
//!
//! - `share.png` and, in `index.html`, the tags for search and social sharing;
//! - `embed/oembed.json`, the oEmbed description, with an absolute public URL;
//! - `index.html`: the explainer in the page's `<main>`, its stylesheets
//!   inlined (the page paints from one request; Trunk hints the WebAssembly),
//!   and `<language>/index.html` for each edition in another language;
//! - `embed/frame.html`: the explainer in the frame's placeholder, its
//!   stylesheets inlined and allowed by hash in the frame's CSP, and hints
//!   that start the WebAssembly's request with the page; and
//!   `embed/frame.<language>.html` for each edition in another language;
//! - `embed/article.html`: the example article's prerendered placeholder;
//! - `embed/plain.html`: every fact as plain HTML, for feeds and newsletters,
//!   and `embed/plain.<language>.html` for each edition in another language;
//! - `embed/fragment.html`: placeholder, explainer and loader for a CMS,
//!   with URLs under Trunk's public URL (`trunk build --public-url …`);
//! - `embed/remember.js`: the story's fingerprint, which keys remembered
//!   sections; the loader's TypeScript declarations, `embed/nato-ukraine-explainer.d.ts`;
//! - `embed/story.<language>.json` and `embed/editions.js`: what switching
//!   a standalone page to another edition in place fetches.

use nato_ukraine_explainer::options::Config;
use nato_ukraine_explainer::prerender::map::{self, Layer, MapSpec, Theme};
use nato_ukraine_explainer::prerender::{
    cms_fragment, edition_file, edition_switch, explainer_html, head_tags, inline_stylesheets,
    insert_before_scripts, insert_into, is_absolute, loader_types, maps_sheet, maps_sheet_of,
    oembed, plain_html, rebase_urls, shadow_root_html, share_image, BuiltFiles, Share, OEMBED_FILE,
    SHARE_IMAGE, TYPES_FILE,
};
use nato_ukraine_explainer::story::{Story, EDITIONS, STORY, STORY_FINGERPRINT_HEX, STORY_TEXTS};
use std::path::Path;
use std::process::ExitCode;

mod editions;
mod frame;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let staging = std::env::var("TRUNK_STAGING_DIR").map_err(|_| {
        "TRUNK_STAGING_DIR is not set: run by Trunk as a post_build hook".to_owned()
    })?;
    let staging = Path::new(&staging);
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".to_owned());
    let assets = if public_url.ends_with('/') {
        public_url
    } else {
        format!("{public_url}/")
    };
    if !is_absolute(&assets) {
        eprintln!(
            "prerender: no absolute public URL, so the pages name no canonical address and \
             no oEmbed description is written; crawlers, social networks and CMSs need one: \
             build with --public-url https://…/"
        );
    }
    let files = BuiltFiles::in_dir(staging)?;
    let paths = BuiltFiles::paths();
    let css = files.css.clone();
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));

    // The map of "The NATO plan", light and dark, beside the stylesheet
    // that shows it once the section opens: one drawing, and over it each
    // edition's names (nato-map-names.uk.svg); its countries are the English
    // edition's members. The plain rendition has each edition's whole.
    let spec = MapSpec::read()?;
    let members = map::members(&STORY)?;
    let write = |file: &str, svg: String| {
        let path = staging.join(file);
        std::fs::write(&path, svg).map_err(|e| format!("{}: {e}", path.display()))
    };
    let mut drawn = map::draw(&spec, &members, &map::place_names(&STORY)?)?;
    for story in std::iter::once(&STORY).chain(EDITIONS) {
        let language = &story.language;
        drawn.rename(&map::place_names(story)?)?;
        for theme in Theme::ALL {
            if story.language == STORY.language {
                write(theme.file(), drawn.svg(theme, Layer::Drawing, language))?;
            }
            write(
                &theme.names_file_in(language),
                drawn.svg(theme, Layer::Names, language),
            )?;
        }
        let whole = drawn.svg(Theme::Light, Layer::Whole, language);
        write(&edition_file(&paths.plain_map, language), whole)?;
    }

    // The standalone page: the explainer's title is the page's <h1>. Its
    // stylesheets go inline (the page's own one is then needed nowhere
    // else), and its head gets what search engines and social networks see.
    let page = Config::page(&STORY);
    let share = Share::read()?;
    let image = staging.join(SHARE_IMAGE);
    std::fs::write(&image, share_image(&STORY)?)
        .map_err(|e| format!("{}: {e}", image.display()))?;
    let tags = head_tags(&STORY, &share, &assets, &format!("{assets}{SHARE_IMAGE}"));
    // The oEmbed description, which the page's head links to.
    if let Some(description) = oembed(&STORY, &share, &assets) {
        let path = staging.join(OEMBED_FILE);
        std::fs::write(&path, description.to_string())
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let mut page_only = vec![staging.join(&paths.switch)];
    let switch = editions::switch_script(staging)?;
    let template = read(&staging.join(&paths.page))?;
    edit(&staging.join(&paths.page), |html| {
        let explainer = [edition_switch(&STORY, "./"), explainer_html(&STORY, &page)].concat();
        let html = insert_into(html, "nato-ukraine-explainer-page", &explainer)?;
        let (html, _) = inline_stylesheets(&html, |href| {
            let name = file_name(href);
            if name != css {
                page_only.push(staging.join(name));
            }
            read(&staging.join(name))
        })?;
        insert_before_scripts(&html, &(tags + &switch))
    })?;
    // Each edition in another language gets a page of its own.
    for story in EDITIONS {
        editions::write_page(
            staging,
            &template,
            story,
            &share,
            &assets,
            &switch,
            |name| read(&staging.join(name)),
        )?;
    }
    for file in page_only {
        std::fs::remove_file(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    }

    // The iframe's page of each edition.
    // Inline in embed/, the stylesheet finds the map files one folder up.
    let widget_css = rebase_urls(&read(&staging.join(&css))?, "../");
    let frames = frame::Frames {
        staging,
        template: &read(&staging.join(&paths.frame))?,
        assets: &assets,
        files: &files,
        widget_css: &widget_css,
    };
    for story in std::iter::once(&STORY).chain(EDITIONS) {
        frames.write(story)?;
    }
    // A CMS fragment's config: its edition's labels, and links between
    // editions that lead to the built pages.
    let embed = |story: &Story| Config {
        pages: Some(assets.clone()),
        ..Config::defaults(story)
    };
    // Inlined, the frame's own script is needed nowhere else.
    let script = staging.join(&paths.frame_script);
    std::fs::remove_file(&script).map_err(|e| format!("{}: {e}", script.display()))?;

    // The example article's prerendered placeholder, whose title is an <h3>.
    let mut article = Config::defaults(&STORY);
    article.heading_level = 3;
    article.pages = Some("../".into());
    let article = shadow_root_html(&STORY, &article, &format!("../{css}"));
    rewrite(
        &staging.join(&paths.article),
        "explainer-prerendered",
        &article,
    )?;

    // For feeds, newsletters and app readers, where no script runs.
    let plain = staging.join(&paths.plain);
    std::fs::write(&plain, plain_html(&STORY, &assets))
        .map_err(|e| format!("{}: {e}", plain.display()))?;
    // And each edition in another language (`embed/plain.uk.html`): a
    // feed in that language needs no script.
    for story in EDITIONS {
        let path = staging.join(edition_file(&paths.plain, &story.language));
        std::fs::write(&path, plain_html(story, &assets))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }

    // The loader's TypeScript declarations, beside it.
    let types = staging.join(TYPES_FILE);
    std::fs::write(&types, loader_types(&STORY))
        .map_err(|e| format!("{}: {e}", types.display()))?;

    // The story's texts for fresh renders; the loader asks for them with
    // the story's fingerprint, under which remembered sections are kept
    // too. A custom element whose `lang` is removed returns to the story's
    // language.
    let texts = staging.join(&paths.story);
    std::fs::write(&texts, STORY_TEXTS).map_err(|e| format!("{}: {e}", texts.display()))?;
    // And what switching a standalone page in place fetches.
    editions::write_tables(staging, EDITIONS)?;
    let all: Vec<&Story> = std::iter::once(&STORY).chain(EDITIONS).collect();
    let (languages, pages) = (editions::languages(), editions::page_texts(&all));
    for (script, mark, value) in [
        (&paths.loader, editions::EDITIONS_MARK, languages.as_str()),
        (&paths.remember, STORY_MARK, STORY_FINGERPRINT_HEX),
        (&paths.loader, STORY_MARK, STORY_FINGERPRINT_HEX),
        (&paths.element, LANGUAGE_MARK, STORY.language.as_ref()),
        (&paths.editions, STORY_MARK, STORY_FINGERPRINT_HEX),
        (&paths.editions, LANGUAGE_MARK, STORY.language.as_ref()),
        // Last: the story's own words, which no later mark may touch.
        (&paths.editions, editions::PAGES_MARK, pages.as_str()),
    ] {
        edit(&staging.join(script), |js| {
            js.contains(mark)
                .then(|| js.replace(mark, value))
                .ok_or(format!("no {mark} to fill in"))
        })?;
    }

    let fragment = staging.join(&paths.fragment);
    std::fs::write(
        &fragment,
        cms_fragment(&STORY, &embed(&STORY), &assets, &files),
    )
    .map_err(|e| format!("{}: {e}", fragment.display()))?;
    // And a fragment of each edition in another language, with the sheet
    // that names its maps (`embed/fragment.uk.html`, `embed/maps.uk.css`).
    for story in EDITIONS {
        let language = &story.language;
        let sheet = maps_sheet_of(language).unwrap_or_default();
        let page = staging.join(edition_file(&paths.fragment, language));
        let html = cms_fragment(story, &embed(story), &assets, &files);
        std::fs::write(staging.join(&sheet), maps_sheet(language))
            .and_then(|()| std::fs::write(&page, html))
            .map_err(|e| format!("{sheet}, {}: {e}", page.display()))?;
    }
    Ok(())
}

/// Where the loader, `embed/remember.js` and `embed/editions.js` want the
/// story's fingerprint.
const STORY_MARK: &str = "__STORY__";
/// Where `embed/element.js` wants the story's language.
const LANGUAGE_MARK: &str = "__LANGUAGE__";

/// Writes `html` into the element with this `id` in the page at `path`.
fn rewrite(path: &Path, id: &str, html: &str) -> Result<(), String> {
    edit(path, |page| insert_into(page, id, html))
}

/// Rewrites the page at `path` with `change`; errors name the file.
fn edit(path: &Path, change: impl FnOnce(&str) -> Result<String, String>) -> Result<(), String> {
    let page = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let page = change(&page).map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::write(path, page).map_err(|e| format!("{}: {e}", path.display()))
}

/// `css` without its comments (the frame stylesheet's own notes).
fn without_css_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// The last segment of a URL: Trunk puts the built files at the top of the
/// built folder, under whatever public URL.
fn file_name(href: &str) -> &str {
    let path = href.split(['?', '#']).next().unwrap_or(href);
    path.rsplit('/').next().unwrap_or(path)
}
