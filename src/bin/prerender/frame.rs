//! The iframe's page of each edition: `embed/frame.html` in English and
//! `embed/frame.<language>.html` in each other edition (`?lang=uk` on any
//! of them opens that one, embed/frame.js), each with the explainer, its
//! stylesheet, the frame's own stylesheet and scripts inline, all allowed
//! by hash in the page's Content-Security-Policy.

use super::editions::{languages, EDITIONS_MARK};
use nato_ukraine_explainer::options::Config;
use nato_ukraine_explainer::prerender::{
    allow, canonical_link, csp_hash, edition_file, edition_url, escape_attribute, inline_module,
    inline_stylesheets, insert_before_scripts, insert_into, maps_rule, origin_of, shadow_root_with,
    style_element, translated_page, without_comments, BuiltFiles,
};
use nato_ukraine_explainer::story::{edition_folder, Story, STORY_FINGERPRINT_HEX};
use std::path::Path;

/// What every edition's frame page is made from.
pub struct Frames<'a> {
    pub staging: &'a Path,
    /// The built frame page, before anything went in.
    pub template: &'a str,
    /// Trunk's public URL.
    pub assets: &'a str,
    pub files: &'a BuiltFiles,
    /// The widget's stylesheet, its URLs from `embed/`.
    pub widget_css: &'a str,
}

impl Frames<'_> {
    /// Writes the frame page of `story`'s edition.
    pub fn write(&self, story: &'static Story) -> Result<(), String> {
        let paths = BuiltFiles::paths();
        let english = edition_folder(&story.language).is_empty();
        let name = edition_file(&paths.frame, &story.language);
        let read = |path: &Path| {
            std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
        };
        let html = match english {
            true => self.template.to_owned(),
            false => translated_page(self.template, story)?,
        };
        // The frame page's own notes go first: the explainer's markers
        // (`<!>`) are comments too, and must stay.
        let html = without_comments(&html)?;
        let style = style_element(self.widget_css, &format!("../{}", self.files.css))?;
        // Its links between editions lead to the pages one folder up; the
        // frame's script keeps a click in the frame (embed/frame.js).
        let mut embed = Config::defaults(story);
        embed.pages = Some("../".into());
        let html = insert_into(&html, "explainer", &shadow_root_with(&style, story, &embed))?;
        // frame.css is copied as written: its comments stay out of the page.
        let (html, mut inlined) = inline_stylesheets(&html, |href| {
            read(&self.staging.join("embed").join(href))
                .map(|css| super::without_css_comments(&css))
        })?;
        inlined.push(self.widget_css.to_owned());
        // Another edition's page names its map's names (`--nue-map-names-file`).
        let maps = (!english).then(|| maps_rule("#explainer", &story.language));
        inlined.extend(maps.clone());
        let hashes: Vec<String> = inlined.iter().map(|text| csp_hash(text)).collect();
        let html = allow(&html, "style-src", &hashes)?;
        // frame.js goes inline too, and the script that opens sections
        // before the WebAssembly runs with it: fewer requests and bytes
        // for iframe readers, and headers that work wherever inline
        // scripts run, also where the frame's own files are refused.
        let mut hashes = Vec::new();
        let mut html = html;
        for path in [&paths.frame_script, &paths.enhance] {
            let code = read(&self.staging.join(path))?
                .replace(EDITIONS_MARK, &languages())
                .replace(super::STORY_MARK, STORY_FINGERPRINT_HEX);
            let inlined = inline_module(&html, super::file_name(path), code.trim_end())?;
            html = inlined.0;
            hashes.push(inlined.1);
        }
        let html = allow(&html, "script-src", &hashes)?;
        // In a sandbox without allow-same-origin the frame's origin is
        // opaque, and WebKit's 'self' then matches nothing: the public
        // URL's origin is named beside it.
        let html = match origin_of(self.assets) {
            Some(origin) => ["default-src", "script-src", "style-src"]
                .iter()
                .try_fold(html, |html, directive| {
                    allow(&html, directive, &[origin.to_owned()])
                })?,
            None => html,
        };
        // The frame shows what the edition's standalone page shows: that is
        // its canonical, and the story's summary its description.
        let head = format!(
            "{}<meta name=\"description\" content=\"{}\">{}{}",
            canonical_link(&edition_url(self.assets, &story.language)).unwrap_or_default(),
            escape_attribute(&story.summary),
            maps.map(|css| format!("<style>{css}</style>"))
                .unwrap_or_default(),
            self.files.preload_links("../")
        );
        let html = insert_before_scripts(&html, &head)?;
        let path = self.staging.join(name);
        std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))
    }
}
