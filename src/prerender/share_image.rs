//! The share image social networks show: 1200x630 PNG drawn from the story
//! at build time (resvg, with the DejaVu fonts Debian's `fonts-dejavu-core`
//! ships; nothing is fetched). Every text is measured in the font that
//! draws it, so an edition's longer words wrap or shrink inside their tile
//! instead of running off the image.

use super::page::escape_text as text;
use crate::story::Story;
use resvg::usvg::fontdb::{Database, Family, Query, Weight};

/// Where Debian's fonts-dejavu-core puts its fonts.
const FONTS: &str = "/usr/share/fonts/truetype/dejavu";
/// The share image, at the top of the built folder.
pub const SHARE_IMAGE: &str = "share.png";
/// The share image's size, the one Open Graph and Twitter cards expect.
pub const IMAGE_SIZE: (u32, u32) = (1200, 630);

/// The key numbers' tiles: their top, height, and the room before the text
/// (half of it after).
const TILE_TOP: f32 = 500.0;
const TILE_HEIGHT: f32 = 96.0;
const TILE_PADDING: f32 = 20.0;
/// A key number's type sizes, largest first: one line in the first two if
/// it fits, else two lines of the largest that fits.
const NUMBER_SIZES: [f32; 5] = [28.0, 26.0, 24.0, 22.0, 20.0];

/// The share image as PNG: kicker, headline, reporting date and the key
/// numbers on the explainer's colours.
pub fn share_image(story: &Story) -> Result<Vec<u8>, String> {
    let (width, height) = IMAGE_SIZE;
    let fonts = fonts_for(story)?;
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
    let column = (width - 128) / 4;
    let room = (column - 16) as f32 - 1.5 * TILE_PADDING;
    for (i, number) in story.key_numbers.iter().take(4).enumerate() {
        let x = 64 + column * i as u32;
        svg += &format!(
            "<rect x=\"{x}\" y=\"{TILE_TOP}\" width=\"{}\" height=\"{TILE_HEIGHT}\" rx=\"8\" fill=\"#f3f1ec\"/>",
            column - 16
        );
        let (size, lines) = fit(&number.value, room, |words, size| {
            bold_serif_width(&fonts, words, size)
        });
        let step = size * 1.25;
        // Lines centred in the tile, each on its baseline.
        let first =
            TILE_TOP + TILE_HEIGHT / 2.0 - step * (lines.len() as f32 - 1.0) / 2.0 + size * 0.35;
        for (k, line) in lines.iter().enumerate() {
            svg += &format!(
                "<text x=\"{}\" y=\"{:.1}\" font-family=\"DejaVu Serif\" font-weight=\"bold\" \
                 font-size=\"{size}\" fill=\"#0b4d8c\">{}</text>",
                x as f32 + TILE_PADDING,
                first + step * k as f32,
                text(line)
            );
        }
    }
    svg += "</svg>";

    let mut options = resvg::usvg::Options::default();
    *options.fontdb_mut() = fonts;
    let tree = resvg::usvg::Tree::from_str(&svg, &options).map_err(|e| e.to_string())?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height).ok_or("no pixmap")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// The DejaVu fonts, once each text of `story` the image shows is known to
/// be drawn by them, not as boxes.
fn fonts_for(story: &Story) -> Result<Database, String> {
    let mut fonts = Database::new();
    fonts.load_fonts_dir(FONTS);
    if fonts.is_empty() {
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
        if let Some(letter) = missing_letter(&fonts, family, &words) {
            return Err(format!(
                "the share image's font {family} has no glyph for `{letter}` (in \"{words}\"): \
                 it would draw a box"
            ));
        }
    }
    Ok(fonts)
}

/// The first letter of `text` that no face of `family` in `fonts` draws.
fn missing_letter(fonts: &Database, family: &str, text: &str) -> Option<char> {
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

/// How wide `words` are in bold DejaVu Serif at `size` pixels (advances
/// only: kerning makes them narrower, never wider, in these fonts).
fn bold_serif_width(fonts: &Database, words: &str, size: f32) -> f32 {
    let query = Query {
        families: &[Family::Name("DejaVu Serif")],
        weight: Weight::BOLD,
        ..Query::default()
    };
    let Some(id) = fonts.query(&query) else {
        return 0.0;
    };
    fonts
        .with_face_data(id, |data, index| {
            let face = ttf_parser::Face::parse(data, index).ok()?;
            let units: u32 = words
                .chars()
                .filter_map(|letter| face.glyph_index(letter))
                .filter_map(|glyph| face.glyph_hor_advance(glyph))
                .map(u32::from)
                .sum();
            Some(units as f32 * size / f32::from(face.units_per_em()))
        })
        .flatten()
        .unwrap_or(0.0)
}

/// The type size and lines of `value` in `room`: one line at either of the
/// two largest `NUMBER_SIZES`, else the largest at which two lines broken
/// between words fit; past the smallest, a size that fits its widest line.
fn fit(value: &str, room: f32, width: impl Fn(&str, f32) -> f32) -> (f32, Vec<String>) {
    if let Some(size) = NUMBER_SIZES[..2]
        .iter()
        .find(|&&size| width(value, size) <= room)
    {
        return (*size, vec![value.to_owned()]);
    }
    for size in NUMBER_SIZES {
        let lines = wrap_within(value, |line| width(line, size) <= room);
        if lines.len() <= 2 && lines.iter().all(|line| width(line, size) <= room) {
            return (size, lines);
        }
    }
    let smallest = NUMBER_SIZES[NUMBER_SIZES.len() - 1];
    let lines = wrap_within(value, |line| width(line, smallest) <= room);
    let lines: Vec<String> = match lines.split_first() {
        Some((first, rest)) if lines.len() > 2 => vec![first.clone(), rest.join(" ")],
        _ => lines,
    };
    let widest = lines
        .iter()
        .map(|line| width(line, smallest))
        .fold(0.0, f32::max);
    (smallest * (room / widest).min(1.0), lines)
}

/// `text` in lines broken between words, each as long as `fits` allows
/// (a word that fits nowhere has a line of its own).
fn wrap_within(text: &str, fits: impl Fn(&str) -> bool) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if fits(&format!("{line} {word}")) => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// `text` in lines of at most `width` characters, broken between words.
fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_within(text, |line| line.chars().count() <= width)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in font: every letter as wide as 0.6 of the type size.
    fn width(line: &str, size: f32) -> f32 {
        line.chars().count() as f32 * size * 0.6
    }

    #[test]
    fn wraps_between_words() {
        assert_eq!(
            wrap("NATO's long-term plan for Ukraine, explained", 20),
            ["NATO's long-term", "plan for Ukraine,", "explained"]
        );
    }

    #[test]
    fn a_number_that_fits_keeps_the_largest_type_on_one_line() {
        assert_eq!(
            fit("10 years", 212.0, width),
            (28.0, vec!["10 years".to_owned()])
        );
    }

    #[test]
    fn a_number_a_little_too_long_takes_the_next_size_on_one_line() {
        // 13 letters: 218 px at 28, 203 at 26.
        assert_eq!(
            fit("abcdefghijklm", 212.0, width),
            (26.0, vec!["abcdefghijklm".to_owned()])
        );
    }

    #[test]
    fn a_longer_number_takes_two_lines_then_smaller_type() {
        // 20 letters at 28 px are 336 px, 312 at 26: two lines of 10 and 9
        // letters fit at 28.
        let (size, lines) = fit("9–11 липня 2024 року", 212.0, width);
        assert_eq!(size, 28.0);
        assert_eq!(lines, ["9–11 липня", "2024 року"]);
        // Two words of 14 letters: 235 px each at 28 px, 218 at 26, 202 at 24.
        let (size, lines) = fit("abcdefghijklmn abcdefghijklmn", 212.0, width);
        assert_eq!((size, lines.len()), (24.0, 2));
        for line in &lines {
            assert!(width(line, size) <= 212.0, "{line}");
        }
    }

    #[test]
    fn a_number_too_long_for_every_size_is_shrunk_to_fit_in_two_lines() {
        let (size, lines) = fit(
            "one two three four five six seven eight nine ten",
            100.0,
            width,
        );
        assert_eq!(lines.len(), 2);
        let widest = lines.iter().map(|l| width(l, size)).fold(0.0, f32::max);
        assert!(widest <= 100.0 + 0.01, "{lines:?} at {size}");
    }
}
