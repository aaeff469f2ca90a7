//! What search engines and social networks see of the standalone page: a
//! canonical URL, Open Graph and Twitter card tags, schema.org `NewsArticle`
//! data (JSON-LD), and a 1200x630 share image drawn from the story at build
//! time (resvg, with the DejaVu fonts Debian's `fonts-dejavu-core` ships;
//! nothing is fetched). Beside the story, `content/share.toml` names the
//! organisations and places the story is about, for the structured data.

use super::page::{canonical_link, escape_attribute as attr, escape_text as text, is_absolute};
use crate::story::Story;
use serde::Deserialize;
use serde_json::json;

/// Where the share data lives, relative to the crate root.
pub const SHARE_FILE: &str = "content/share.toml";
/// Where Debian's fonts-dejavu-core puts its fonts.
const FONTS: &str = "/usr/share/fonts/truetype/dejavu";
/// The share image, at the top of the built folder.
pub const SHARE_IMAGE: &str = "share.png";
/// The share image's size, the one Open Graph and Twitter cards expect.
pub const IMAGE_SIZE: (u32, u32) = (1200, 630);

/// What the story is about, beyond its people: `content/share.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Share {
    /// Organisations the story is about (schema.org `Organization`).
    pub organizations: Vec<String>,
    /// Countries and cities it is about (schema.org `Place`).
    pub places: Vec<String>,
    /// Who provides the embed, as oEmbed consumers name it.
    pub provider: String,
}

impl Share {
    /// Reads `content/share.toml`; an error names the file, the line where
    /// known and the problem.
    pub fn read() -> Result<Share, String> {
        super::read_toml(SHARE_FILE)
    }
}

/// The tags for the `<head>` of the page of `story`'s edition: `url` is
/// where the English page is served (Trunk's public URL), `image` the
/// share image's address.
pub fn head_tags(story: &Story, share: &Share, url: &str, image: &str) -> String {
    // JSON-LD inside <script>: `<` escaped, so no text can close the element.
    let data = json_ld(story, share, url, image)
        .to_string()
        .replace('<', "\\u003c");
    // The page's own address only when it is absolute (canonical_link).
    let page = super::edition_url(url, &story.language);
    let canonical = canonical_link(&page).map_or(String::new(), |link| {
        format!(
            "{link}<meta property=\"og:url\" content=\"{}\">",
            attr(&page)
        )
    });
    let editions = super::edition_tags(story, url);
    let oembed = super::oembed::oembed_link(story, url).unwrap_or_default();
    let (title, description) = (attr(&story.headline), attr(&story.summary));
    let image = attr(image);
    let (width, height) = IMAGE_SIZE;
    format!(
        "{canonical}{editions}{oembed}\
         <meta property=\"og:type\" content=\"article\">\
         <meta property=\"og:title\" content=\"{title}\">\
         <meta property=\"og:description\" content=\"{description}\">\
         <meta property=\"og:image\" content=\"{image}\">\
         <meta property=\"og:image:width\" content=\"{width}\">\
         <meta property=\"og:image:height\" content=\"{height}\">\
         <meta property=\"og:image:alt\" content=\"{title}\">\
         <meta property=\"article:published_time\" content=\"{}\">\
         <meta property=\"article:modified_time\" content=\"{}\">\
         <meta name=\"twitter:card\" content=\"summary_large_image\">\
         <meta name=\"twitter:title\" content=\"{title}\">\
         <meta name=\"twitter:description\" content=\"{description}\">\
         <meta name=\"twitter:image\" content=\"{image}\">\
         <script type=\"application/ld+json\">{data}</script>",
        story.source.reported, story.source.updated
    )
}

/// schema.org `NewsArticle`: the explainer, based on the news report it
/// retells, about the story's people, organisations and places; `url` is
/// the English page's address.
pub fn json_ld(story: &Story, share: &Share, url: &str, image: &str) -> serde_json::Value {
    let mut about: Vec<serde_json::Value> = story
        .people
        .iter()
        .map(|p| json!({ "@type": "Person", "name": p.name, "jobTitle": p.role }))
        .collect();
    about.extend(
        share
            .organizations
            .iter()
            .map(|name| json!({ "@type": "Organization", "name": name })),
    );
    about.extend(
        share
            .places
            .iter()
            .map(|name| json!({ "@type": "Place", "name": name })),
    );
    let mut data = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.headline,
        "description": story.summary,
        "inLanguage": story.language,
        "image": image,
        "datePublished": story.source.reported,
        "dateModified": story.source.updated,
        "isBasedOn": { "@type": "NewsArticle", "name": story.source.credit },
        "about": about,
    });
    if is_absolute(url) {
        data["url"] = super::edition_url(url, &story.language).into();
    }
    data
}

/// The share image as PNG: kicker, headline, reporting date and the key
/// numbers on the explainer's colours.
pub fn share_image(story: &Story) -> Result<Vec<u8>, String> {
    let (width, height) = IMAGE_SIZE;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\">\
         <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\
         <rect width=\"100%\" height=\"14\" fill=\"#0b4d8c\"/>\
         <text x=\"64\" y=\"92\" font-family=\"DejaVu Sans\" font-weight=\"bold\" font-size=\"26\" \
         letter-spacing=\"3\" fill=\"#0b4d8c\">{}</text>",
        text(&story.ui.kicker.to_uppercase())
    );
    let lines = wrap(&story.headline, 34);
    let mut y = 160;
    for line in lines.iter().take(4) {
        svg += &format!(
            "<text x=\"64\" y=\"{y}\" font-family=\"DejaVu Serif\" font-weight=\"bold\" \
             font-size=\"52\" fill=\"#1c1c1c\">{}</text>",
            text(line)
        );
        y += 64;
    }
    svg += &format!(
        "<text x=\"64\" y=\"{}\" font-family=\"DejaVu Sans\" font-size=\"26\" fill=\"#55524c\">{} {}</text>",
        y + 8,
        text(&story.ui.reported),
        text(&story.source.reported_label)
    );
    let numbers = story.key_numbers.iter().take(4);
    let column = (width - 128) / 4;
    for (i, number) in numbers.enumerate() {
        let x = 64 + column * i as u32;
        svg += &format!(
            "<rect x=\"{x}\" y=\"500\" width=\"{}\" height=\"96\" rx=\"8\" fill=\"#f3f1ec\"/>\
             <text x=\"{}\" y=\"560\" font-family=\"DejaVu Serif\" font-weight=\"bold\" font-size=\"28\" \
             fill=\"#0b4d8c\">{}</text>",
            column - 16,
            x + 20,
            text(&number.value)
        );
    }
    svg += "</svg>";

    let mut options = resvg::usvg::Options::default();
    options.fontdb_mut().load_fonts_dir(FONTS);
    if options.fontdb.is_empty() {
        return Err(format!(
            "no fonts in {FONTS}: install Debian's fonts-dejavu-core (make installs it)"
        ));
    }
    let drawn = [
        ("DejaVu Sans", story.ui.kicker.to_uppercase()),
        ("DejaVu Serif", story.headline.to_string()),
        (
            "DejaVu Sans",
            [&*story.ui.reported, &*story.source.reported_label].concat(),
        ),
    ];
    let numbers = story
        .key_numbers
        .iter()
        .take(4)
        .map(|n| ("DejaVu Serif", n.value.to_string()));
    for (family, words) in drawn.into_iter().chain(numbers) {
        if let Some(letter) = missing_letter(&options.fontdb, family, &words) {
            return Err(format!(
                "the share image's font {family} has no glyph for `{letter}` (in \"{words}\"): \
                 it would draw a box"
            ));
        }
    }
    let tree = resvg::usvg::Tree::from_str(&svg, &options).map_err(|e| e.to_string())?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height).ok_or("no pixmap")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// The first letter of `text` that no face of `family` in `fonts` draws.
fn missing_letter(fonts: &resvg::usvg::fontdb::Database, family: &str, text: &str) -> Option<char> {
    let faces: Vec<_> = fonts
        .faces()
        .filter(|face| face.families.iter().any(|(name, _)| name == family))
        .map(|face| face.id)
        .collect();
    let draws = |letter: char| {
        faces.iter().any(|&id| {
            fonts
                .with_face_data(id, |data, index| {
                    ttf_parser::Face::parse(data, index)
                        .is_ok_and(|face| face.glyph_index(letter).is_some())
                })
                .unwrap_or(false)
        })
    };
    text.chars()
        .find(|&letter| !letter.is_whitespace() && !draws(letter))
}

/// `text` in lines of at most `width` characters, broken between words.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_between_words() {
        assert_eq!(
            wrap("NATO's long-term plan for Ukraine, explained", 20),
            ["NATO's long-term", "plan for Ukraine,", "explained"]
        );
    }
}
