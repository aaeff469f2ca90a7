//! What search engines and social networks see of the standalone page: a
//! canonical URL, Open Graph and Twitter card tags and schema.org
//! `NewsArticle` data (JSON-LD); the share image they show is drawn in
//! `share_image.rs`. Beside the story, `content/share.toml` names the
//! organisations and places the story is about, for the structured data.

use super::page::{canonical_link, escape_attribute as attr, is_absolute};
use super::share_image::IMAGE_SIZE;
use crate::story::{Story, EDITION_NAMES, STORY};
use serde::Deserialize;
use serde_json::json;
use std::collections::BTreeMap;

/// Where the share data lives, relative to the crate root.
pub const SHARE_FILE: &str = "content/share.toml";

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
    /// The English page's locale for social networks, Open Graph's
    /// `language_TERRITORY` (`en_US`).
    pub locale: String,
    /// Each edition's names in its language (`[editions.uk]`), the same
    /// ones in the same order, and its locale.
    #[serde(default)]
    pub editions: BTreeMap<String, Names>,
}

/// The organisations, places and locale of [`Share`], in an edition's
/// language.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    pub organizations: Vec<String>,
    pub places: Vec<String>,
    pub locale: String,
}

impl Share {
    /// Reads `content/share.toml`; an error names the file, the line where
    /// known and the problem.
    pub fn read() -> Result<Share, String> {
        super::read_toml::<Share>(SHARE_FILE)?.checked()
    }

    /// The share data, if each edition has as many names as the English
    /// edition; else the problem, naming the file and the field.
    pub fn checked(self) -> Result<Share, String> {
        let english = &*STORY.language;
        let editions = self.editions.iter();
        let locales = std::iter::once((english, &self.locale))
            .chain(editions.map(|(l, names)| (l.as_str(), &names.locale)));
        for (language, locale) in locales {
            let (ours, territory) = locale.split_once('_').unwrap_or((locale, ""));
            let field = match language == english {
                true => "locale".to_owned(),
                false => format!("editions.{language}.locale"),
            };
            if ours != language
                || territory.len() != 2
                || !territory.chars().all(|c| c.is_ascii_uppercase())
            {
                return Err(format!(
                    "{SHARE_FILE}: {field}: `{locale}` is not the language `{language}` with a \
                     territory, as Open Graph writes it (`{language}_XX`)"
                ));
            }
        }
        for (language, names) in &self.editions {
            for (field, ours, theirs) in [
                ("organizations", &names.organizations, &self.organizations),
                ("places", &names.places, &self.places),
            ] {
                if ours.len() != theirs.len() {
                    return Err(format!(
                        "{SHARE_FILE}: editions.{language}.{field}: names {} where the English \
                         edition names {}",
                        ours.len(),
                        theirs.len()
                    ));
                }
            }
        }
        Ok(self)
    }

    /// The page of `language`'s `og:locale`, and every other edition's as
    /// its `og:locale:alternate`.
    fn locale_tags(&self, language: &str) -> String {
        let locale_of = |language: &str| self.in_edition(language).2;
        let mut tags = format!(
            r#"<meta property="og:locale" content="{}">"#,
            attr(locale_of(language))
        );
        for (other, _) in EDITION_NAMES.iter().filter(|(l, _)| *l != language) {
            tags += &format!(
                r#"<meta property="og:locale:alternate" content="{}">"#,
                attr(locale_of(other))
            );
        }
        tags
    }

    /// The organisations and places in `language`, the English ones where
    /// that edition has none.
    pub fn names_in(&self, language: &str) -> (&[String], &[String]) {
        let (organizations, places, _) = self.in_edition(language);
        (organizations, places)
    }

    /// The organisations, places and locale of the edition in `language`,
    /// the English edition's where it has none of its own.
    fn in_edition(&self, language: &str) -> (&[String], &[String], &str) {
        match self.editions.get(language) {
            Some(names) => (&names.organizations, &names.places, &names.locale),
            None => (&self.organizations, &self.places, &self.locale),
        }
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
    let editions = super::edition_tags(url) + &share.locale_tags(&story.language);
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
    let (organizations, places) = share.names_in(&story.language);
    let mut about: Vec<serde_json::Value> = story
        .people
        .iter()
        .map(|p| json!({ "@type": "Person", "name": p.name, "jobTitle": p.role }))
        .collect();
    about.extend(
        organizations
            .iter()
            .map(|name| json!({ "@type": "Organization", "name": name })),
    );
    about.extend(
        places
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
        "isBasedOn": {
            "@type": "NewsArticle",
            "name": story.source.title,
            "inLanguage": story.source.title_language,
        },
        "about": about,
    });
    if is_absolute(url) {
        data["url"] = super::edition_url(url, &story.language).into();
    }
    data
}
