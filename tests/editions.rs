//! The story's editions in other languages: each file beside
//! `content/story.toml` tells the same story (the same sections, key
//! dates, numbers and people), the Ukrainian one holds every fact as a
//! Ukrainian news desk words it, on the server-rendered page and in its
//! plain rendition for feeds, and an
//! edition that tells another story is refused, naming the file, the line,
//! the field and the problem.
#![cfg(feature = "ssr")]

mod common;
use common::{parse, Query};

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use nato_ukraine_explainer::options::Config;
use nato_ukraine_explainer::story::editions::{check, file_of, languages_in};
use nato_ukraine_explainer::story::{parse_story, ContentError, Story, STORY};
use nato_ukraine_explainer::Explainer;
use std::sync::Arc;

const UKRAINIAN: &str = "content/story.uk.toml";

/// Every fact of the article, as the Ukrainian edition words it.
const FACTS_UK: &[&str] = &[
    // The meeting
    "Міністри оборони країн НАТО обговорили",
    "Штаб-квартира НАТО, Брюссель",
    "За повідомленням від 13 червня 2024 року",
    "зустрілися у штаб-квартирі НАТО в Брюсселі в четвер, 13 червня 2024 року",
    "останні переговори високого рівня перед самітом, який президент США Джо Байден приймає у Вашингтоні 9–11 липня 2024 року",
    "Очікується, що лідери оголосять там про фінансову підтримку України",
    "Міністр оборони США Ллойд Остін і міністр оборони України Рустем Умєров провели двосторонні переговори в кулуарах",
    // The plan
    "Альянс із 32 країн координував би безпекову допомогу та навчання для України",
    "командну структуру НАТО і кошти зі свого спільного бюджету",
    "передбачувані постачання зброї, боєприпасів і коштів, щоб не виникало прогалин і затримок, заявив генеральний секретар НАТО Єнс Столтенберг",
    "російські війська змогли просунутися вздовж лінії фронту",
    "За оцінкою Столтенберга, Україні потрібна підтримка обсягом близько 40 млрд євро на рік",
    "Угорщина погодилася не ветувати план за умови, що їй не доведеться брати в ньому участі",
    "Прем’єр-міністр Віктор Орбан заявив, що Угорщина не блокуватиме план, доки участь у ньому залишається добровільною",
    "НАТО як організація не надсилає в Україну ні зброї, ні військ",
    "власну двосторонню підтримку",
    // The agreement
    "Президент США Джо Байден і президент України Володимир Зеленський мають підписати 10-річну двосторонню безпекову угоду на саміті G7 в Італії 13–15 червня 2024 року",
    "не гарантує, що США захищатимуть Україну",
    "сприяти мирним переговорам із Росією",
    "Вона відображає рівень підтримки, подібний до того, що надається Ізраїлю",
    "США й надалі підтримуватимуть Україну",
    // Sanctions
    "У середу, 12 червня 2024 року, США оголосили новий пакет санкцій проти Росії",
    "закрити лазівки, якими користуються фінансові установи, що торгують із Росією",
    "вторгнення Росії в Україну",
];

fn read(file: &str) -> String {
    std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// An edition's text read and checked as the build reads it.
fn problems_of(file: &str, text: &str) -> Vec<ContentError> {
    check(file, text, &STORY).err().unwrap_or_default()
}

fn ukrainian() -> &'static Story {
    let text = read(UKRAINIAN);
    Box::leak(Box::new(
        parse_story(UKRAINIAN, &text).expect("the Ukrainian edition reads"),
    ))
}

#[test]
fn every_edition_tells_the_english_story() {
    let languages = languages_in(std::path::Path::new("content")).expect("content/ reads");
    assert!(languages.contains(&"uk".to_owned()), "{languages:?}");
    for language in languages {
        let file = file_of(&language);
        let problems = problems_of(&file, &read(&file));
        assert!(problems.is_empty(), "{problems:#?}");
    }
}

#[test]
fn the_ukrainian_page_holds_every_fact() {
    let story = ukrainian();
    assert_eq!(story.language, "uk");
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let config = Config::defaults(story);
    let html = owner.with(|| view! { <Explainer story config/> }.to_html());
    let page = parse(&html);
    let text = page.visible_words();
    for fact in FACTS_UK {
        assert!(text.contains(fact), "missing on the Ukrainian page: {fact}");
    }
    // The root says its language; the widget's own words are Ukrainian too.
    assert_eq!(page.one("article.nue").attr("lang"), Some("uk"));
    for label in [
        "Показати всі розділи",
        "Скопіювати посилання на цей розділ",
        "Чи було це корисно?",
    ] {
        assert!(text.contains(label), "no `{label}`");
    }
    // Dates say their year, in a form a machine reads.
    assert!(page.has(r#"time[datetime="2024-06-12"]"#));
    // The source's title stays as published, in English, and says so.
    let title = page.one(r#".nue-source cite[lang="en"]"#);
    assert_eq!(title.visible_text(), story.source.title.as_ref());
}

#[test]
fn the_ukrainian_plain_rendition_survives_a_feed_sanitizer() {
    use nato_ukraine_explainer::prerender::plain_html;
    let html = plain_html(ukrainian(), "https://assets.example/explainer/");
    assert!(html.contains(r#"<html lang="uk" dir="ltr">"#), "{html}");
    let map = parse(&html)
        .one("figure img")
        .attr("src")
        .map(str::to_owned);
    assert_eq!(
        map.as_deref(),
        Some("https://assets.example/explainer/embed/plain-map.uk.svg")
    );
    let page = parse(&html);
    // Its link is to the Ukrainian page, named by its headline.
    let link = page.one(r#"a[href="https://assets.example/explainer/uk/"]"#);
    assert_eq!(link.visible_text(), ukrainian().headline.as_ref());
    // A person's role and part, and a key date's day and event, each on a
    // line of its own, not run together with punctuation Ukrainian writes
    // otherwise.
    let (people, steps) = (ukrainian().people.len(), ukrainian().timeline.len());
    assert_eq!(page.all("li > strong + br").len(), people + steps, "{html}");
    let cleaned = parse(&ammonia::clean(&html));
    let text = cleaned.visible_words();
    for fact in FACTS_UK {
        assert!(text.contains(fact), "missing after the sanitizer: {fact}");
    }
    assert!(text.contains("13 червня 2024 року"));
}

/// `text` with `from` replaced by `to` once; the test fails if `from` is not there.
fn changed(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "no `{from}` to change");
    text.replacen(from, to, 1)
}

#[test]
fn an_edition_that_tells_another_story_is_refused() {
    let text = read(UKRAINIAN);
    let person = "[[people]]\nname = \"Віктор Орбан\"\nrole = \"Прем’єр-міністр Угорщини\"\npart = \"Каже, що Угорщина не ветуватиме план, доки участь у ньому залишається добровільною.\"\n";
    let number = "[[key_numbers]]\nvalue = \"10 років\"\nlabel = \"строк дії безпекової угоди між США та Україною\"\n";
    let cases = [
        (
            changed(&text, "id = \"sanctions\"", "id = \"sanctions-list\""),
            "sections[2].id",
            "`sanctions-list`",
        ),
        (
            changed(
                &text,
                "date = \"2024-06-13/2024-06-15\"",
                "date = \"2024-06-14/2024-06-15\"",
            ),
            "timeline[2].date",
            "2024-06-14/2024-06-15",
        ),
        (
            changed(&text, person, ""),
            "people",
            "has 5 entries; the English edition has 6",
        ),
        (
            changed(&text, number, ""),
            "key_numbers",
            "has 3 entries; the English edition has 4",
        ),
        (
            changed(
                &text,
                "reported = \"2024-06-13\"",
                "reported = \"2024-06-14\"",
            ),
            "source.reported",
            "2024-06-14",
        ),
        (
            changed(
                &text,
                "  \"Пакет підкріплює позицію США проти вторгнення Росії в Україну.\",\n",
                "",
            ),
            "sections[2].paragraphs",
            "has 2 paragraphs; the English edition has 3",
        ),
        (
            changed(&text, "title = \"NATO Ministers", "title = \"Міністри НАТО"),
            "source.title",
            "is Міністри НАТО",
        ),
        (
            changed(&text, "language = \"uk\"", "language = \"ru\""),
            "language",
            "`ru`",
        ),
    ];
    for (edited, field, problem) in cases {
        let problems = problems_of(UKRAINIAN, &edited);
        let found = problems.iter().find(|p| p.field == field);
        let Some(found) = found else {
            panic!("{field}: not refused; {problems:#?}");
        };
        let message = found.to_string();
        assert!(message.starts_with(UKRAINIAN), "{message}");
        assert!(message.contains(problem), "{message}");
        if field.contains('[') || field.contains('.') {
            let line = found
                .line
                .unwrap_or_else(|| panic!("{message} names no line"));
            let written = edited.lines().nth(line - 1).unwrap_or_default();
            let key = field.rsplit(['.', ']']).next().unwrap_or(field);
            assert!(
                written.trim_start().starts_with(key),
                "line {line} is `{written}`, not {field}"
            );
        }
    }
}

/// The map's members in the Ukrainian alphabet's order, where a Ukrainian
/// reader looks for a country (Unicode's order puts Є, І and Ї apart).
#[test]
fn the_ukrainian_members_are_in_ukrainian_alphabetical_order() {
    const ALPHABET: &str = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
    let key = |name: &str| -> Vec<usize> {
        let letters = name.to_lowercase();
        letters
            .chars()
            .filter_map(|letter| ALPHABET.chars().position(|a| a == letter))
            .collect()
    };
    let map = ukrainian().sections[0]
        .map
        .as_ref()
        .expect("the plan's map");
    let names: Vec<&str> = map.members.iter().map(AsRef::as_ref).collect();
    let mut sorted = names.clone();
    sorted.sort_by_key(|name| key(name));
    assert_eq!(names, sorted);
}
