//! Build script: reads `content/story.toml`, checks it, and writes it out as
//! static Rust data (`$OUT_DIR/story_data.rs`), so that a malformed story fails
//! the build with a message naming the file, the field and the problem, and
//! the WebAssembly build carries the story but no parser; its texts go to a
//! table (`story_texts.json`) that pages hand to the WebAssembly.

#[path = "../src/story/check.rs"]
mod check;
#[path = "../src/story/date.rs"]
mod date;
#[path = "../src/story/editions.rs"]
mod editions;
// The WebAssembly compares prerendered HTML against this number.
#[allow(dead_code)]
#[path = "../src/story/fingerprint.rs"]
mod fingerprint;
// Only its tag check is used here; the direction is for the widget.
#[allow(dead_code)]
#[path = "../src/story/language.rs"]
mod language;
use language::is_language_tag;
// The widget's accessors for host labels are not used here.
#[allow(dead_code)]
#[path = "../src/story/model.rs"]
mod model;
mod rust_literal;
#[path = "../src/story/validate.rs"]
mod validate;

use std::{env, fs, path::Path, process};

const STORY_FILE: &str = "content/story.toml";

fn main() {
    println!("cargo::rerun-if-changed={STORY_FILE}");
    let text = fs::read_to_string(STORY_FILE).unwrap_or_else(|err| {
        fail(&format!("{STORY_FILE}: cannot be read: {err}"));
    });
    let story = check::parse_story(STORY_FILE, &text)
        .unwrap_or_else(|problems| fail(&check::report(&problems)));
    let editions = check_editions(&story);
    // The browser build holds the story's structure, its texts numbers
    // into the table of texts (src/story/text.rs); native builds hold all,
    // and every edition too, for the prerenderer.
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let as_data = |story: &model::Story, file: &str, indexed: bool| {
        rust_literal::to_rust_indexed(story, indexed)
            .unwrap_or_else(|err| fail(&format!("{file}: cannot be written as data: {err}")))
    };
    let (literal, texts) = as_data(&story, STORY_FILE, wasm);
    // One structure serves every edition's table: the check above makes
    // sure of it, and this says so if it ever misses something.
    let english = match wasm {
        true => literal.clone(),
        false => as_data(&story, STORY_FILE, true).0,
    };
    let mut edition_data = Vec::new();
    for edition in &editions {
        let file = editions::file_of(&edition.language);
        let (shape, _) = as_data(edition, &file, true);
        if shape != english {
            fail(&format!(
                "{file}: its texts do not fit the English edition's places"
            ));
        }
        if !wasm {
            edition_data.push(as_data(edition, &file, false).0);
        }
    }
    let print = fingerprint::of_editions(&story, &editions);
    let names: Vec<String> = std::iter::once(&story)
        .chain(&editions)
        .map(|e| format!("({:?}, {:?})", e.language, e.language_name))
        .collect();
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    write(&out.join("story_data.rs"), &literal);
    write(
        &out.join("edition_data.rs"),
        &format!("&[{}]", edition_data.join(",\n")),
    );
    write(
        &out.join("edition_names.rs"),
        &format!("&[{}]", names.join(", ")),
    );
    write(&out.join("story_fingerprint.rs"), &format!("{print:#x}"));
    write(
        &out.join("story_fingerprint_hex.rs"),
        &format!("\"{print:016x}\""),
    );
    write(&out.join("story_text_count.rs"), &texts.len().to_string());
    write(
        &out.join("story_texts.json"),
        &rust_literal::table_json(print, texts),
    );
}

/// Writes a generated file, or stops the build.
fn write(path: &Path, text: &str) {
    fs::write(path, format!("{text}\n"))
        .unwrap_or_else(|err| fail(&format!("{}: cannot be written: {err}", path.display())));
}

/// Editions in other languages (`content/story.<language>.toml`) are
/// checked as the English one is, and must tell the same story; in the
/// order of their languages.
fn check_editions(english: &model::Story) -> Vec<model::Story> {
    println!("cargo::rerun-if-changed=content");
    let languages = editions::languages_in(Path::new("content"))
        .unwrap_or_else(|err| fail(&format!("content/: cannot be read: {err}")));
    let mut problems = Vec::new();
    let mut found = Vec::new();
    for language in languages {
        let file = editions::file_of(&language);
        let text = fs::read_to_string(&file)
            .unwrap_or_else(|err| fail(&format!("{file}: cannot be read: {err}")));
        match editions::check(&file, &text, english) {
            Ok(edition) => found.push(edition),
            Err(more) => problems.extend(more),
        }
    }
    if !problems.is_empty() {
        fail(&check::report(&problems));
    }
    found
}

/// Stops the build; cargo shows what the script printed to stderr.
fn fail(message: &str) -> ! {
    eprintln!("{message}");
    process::exit(1);
}
