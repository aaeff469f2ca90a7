//! Server-side render of the component tree (`ssr` feature): every fact of
//! the story is on the page, the sections are wired for assistive technology,
//! and text from the story file is always text, never markup.
#![cfg(feature = "ssr")]

#[path = "../common/mod.rs"]
mod common;

mod accordion;
mod config;
mod editions;
mod escaping;
mod facts;
mod map;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use nato_ukraine_explainer::options::{Config, Raw};
use nato_ukraine_explainer::story::{Story, STORY};
use nato_ukraine_explainer::Explainer;
use scraper::Html;
use std::sync::Arc;

/// The HTML a server sends: rendered under a root owner with a server
/// shared context. Read as sent only for what its spelling shows (text
/// escaped, a file never named); everything else reads it parsed.
fn html_with(story: &'static Story, config: Config) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| view! { <Explainer story config/> }.to_html())
}

fn render_with(story: &'static Story, config: Config) -> Html {
    common::parse(&html_with(story, config))
}

/// The defaults of `story`, with headings from `heading_level` on.
fn at_level(story: &'static Story, heading_level: u8) -> Config {
    let mut config = Config::defaults(story);
    config.heading_level = heading_level;
    config
}

fn render(story: &'static Story, heading_level: u8) -> Html {
    render_with(story, at_level(story, heading_level))
}

/// Renders with options read as the embedding layer reads them.
fn render_configured(entries: &[(&str, Raw)]) -> Html {
    let (config, warnings) = common::read_options(entries);
    assert!(warnings.is_empty(), "{warnings:?}");
    render_with(&STORY, config)
}

/// The explainer as most readers get it.
fn page() -> Html {
    render(&STORY, 2)
}
