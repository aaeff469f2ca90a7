//! The facts on the page: every fact of the article as the explainer words
//! it, and the header, key numbers, people, timeline and source note, with
//! dates a machine can read.

use crate::common::Query;
use crate::page;
use nato_ukraine_explainer::story::STORY;

/// Every fact of the article, as the explainer words it. A fact that drops out
/// of the story file fails here.
const FACTS: &[&str] = &[
    // The meeting
    "NATO defense ministers met",
    "NATO headquarters, Brussels",
    "As reported on 13 June 2024",
    "met at NATO headquarters in Brussels on Thursday 13 June 2024",
    "last high-level talks before the summit that U.S. President Joe Biden hosts in Washington from 9 to 11 July 2024",
    "Leaders are expected to announce financial support for Ukraine there",
    "Lloyd Austin, the U.S. defense secretary, and Rustem Umerov, Ukraine's defense minister, met for bilateral talks on the sidelines",
    // The plan
    "the 32-member alliance would coordinate security assistance and training for Ukraine",
    "NATO's command structure and money from its common budget",
    "predictable supplies of weapons, ammunition and money so that gaps and delays do not open up, NATO Secretary-General Jens Stoltenberg said",
    "the hold-up in support has let Russian troops advance along the front line",
    "Stoltenberg estimates that Ukraine needs support worth about 40 billion euros a year",
    "Hungary agreed not to veto the plan on condition that it does not have to take part",
    "Prime Minister Viktor Orban said Hungary will not block it as long as taking part stays voluntary",
    "NATO as an organization sends no weapons or troops to Ukraine",
    "organize their own bilateral support",
    // The agreement
    "U.S. President Joe Biden and Ukraine's president, Volodymyr Zelenskiy, are due to sign a 10-year bilateral security pact at the G7 summit in Italy on 13-15 June 2024",
    "does not guarantee that the U.S. will defend Ukraine",
    "help peace negotiations with Russia",
    "levels of support similar to those provided to Israel",
    "U.S. commitment to Ukraine will continue",
    // Sanctions
    "On Wednesday 12 June 2024, the U.S. announced a new package of sanctions on Russia",
    "close loopholes used by financial institutions that trade with Russia",
    "against Russia's invasion of Ukraine",
];

#[test]
fn every_fact_of_the_article_is_on_the_page() {
    let text = page().visible_text();
    let missing: Vec<&&str> = FACTS.iter().filter(|fact| !text.contains(**fact)).collect();
    assert!(missing.is_empty(), "missing from the page: {missing:#?}");
}

#[test]
fn header_key_numbers_people_timeline_and_source_are_shown() {
    let page = page();
    let text = page.visible_text();
    for expected in [
        STORY.headline.as_ref(),
        "Key numbers",
        "32",
        "€40 billion",
        "roughly what Ukraine needs in support each year",
        "10 years",
        "9-11 July 2024",
        "Who's who",
        "Key dates",
        "Wednesday 12 June 2024",
        "Thursday 13 June 2024",
        "13-15 June 2024",
        "Source: ",
        "Last updated: ",
        // An editor's update changes the date, not this test.
        STORY.source.updated_label.as_ref(),
    ] {
        assert!(text.contains(expected), "`{expected}` is not on the page");
    }
    for person in STORY.people.iter() {
        assert!(
            text.contains(&*person.name) && text.contains(&*person.role),
            "{person:?}"
        );
    }
    let steps: Vec<usize> = STORY
        .timeline
        .iter()
        .map(|step| text.find(&*step.what).expect("every step is shown"))
        .collect();
    assert!(
        steps.windows(2).all(|w| w[0] < w[1]),
        "the steps keep their order"
    );
    // Dates a machine can read: the reporting date, each step's first day,
    // the last update.
    for date in [
        "2024-06-13",
        "2024-06-12",
        "2024-07-09",
        &STORY.source.updated,
    ] {
        assert!(
            page.has(&format!(r#"time[datetime="{date}"]"#)),
            "no <time datetime=\"{date}\">"
        );
    }
}
