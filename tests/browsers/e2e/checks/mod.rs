//! What the suite checks in each engine, written once for all three.
//!
//! A check is a name (what a run prints, and what `E2E_ONLY` matches) and a
//! body that starts from a freshly loaded page. Each topic's file lists its
//! own checks beside their bodies; [`for_session`] gathers those that apply
//! to an engine and the reader's settings, in the order they run:
//! - `content.rs`: the reader's settings reach the page, the story is shown;
//! - `sections.rs`: sections open and close, by pointer and by link;
//! - `keyboard.rs`: keys, tab order, visible focus;
//! - `appearance.rs`: colours, motion, print;
//! - `layout.rs`: widths from a small phone to a desktop;
//! - `axe.rs`: axe-core's WCAG rules;
//! - `expect.rs`: the comparisons the checks share;
//! - `report.rs`: what a run prints.
//!
//! The prerendering, map and embedding checks list themselves in
//! `prerender/`, `map/` and `embed/`.

mod appearance;
pub(crate) mod axe;
mod content;
pub mod expect;
mod keyboard;
pub(crate) mod layout;
mod report;
mod sections;

pub use report::Report;

use crate::engines::{Engine, Prefs};
use crate::page::{Page, Step};
use crate::{embed, map, prerender};
use fantoccini::Client;
use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::time::Instant;

/// What a check's body may read of the run.
pub struct Context<'a> {
    pub engine: Engine,
    pub prefs: Prefs,
    pub base: &'a str,
    /// Origin of the host article pages, another port than `base`.
    pub host: &'a str,
    /// The built site served by nginx with `deploy/nginx.conf`, if it started.
    pub nginx: Option<&'a str>,
    pub axe: &'a str,
    pub screenshots: &'a Path,
}

/// A check's body under way.
pub type Run<'p, T = ()> = Pin<Box<dyn Future<Output = Step<T>> + 'p>>;

type Body<T> = Box<dyn for<'p> Fn(&'p Page<'p>, &'p Context<'p>) -> Run<'p, T>>;

pub struct Check {
    pub name: String,
    /// Loads the standalone page at 1280 px before the body runs.
    fresh_page: bool,
    /// For a check whose name says what the engine can do: a question asked
    /// first, and the name said instead when its answer is no (or it fails).
    naming: Option<(Body<bool>, String)>,
    body: Body<()>,
}

impl Check {
    /// Every name the check may be reported under.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.naming.as_ref().map(|(_, n)| n.as_str()))
    }

    async fn run<'p>(&'p self, page: &'p Page<'p>, cx: &'p Context<'p>) -> (&'p str, Step) {
        let mut name = self.name.as_str();
        if let Some((question, otherwise)) = &self.naming {
            match question(page, cx).await {
                Ok(true) => {}
                Ok(false) => name = otherwise,
                Err(reason) => return (otherwise, Err(reason)),
            }
        }
        let result = async {
            if self.fresh_page {
                page.set_width(1280).await?;
                page.load(&format!("{}/", cx.base)).await?;
            }
            (self.body)(page, cx).await
        }
        .await;
        (name, result)
    }
}

/// The checks for one session, as each topic adds them.
pub struct Checks {
    pub engine: Engine,
    pub prefs: Prefs,
    list: Vec<Check>,
}

impl Checks {
    /// A check that starts from the standalone page, freshly loaded.
    pub fn add(
        &mut self,
        name: impl Into<String>,
        body: impl for<'p> Fn(&'p Page<'p>, &'p Context<'p>) -> Run<'p> + 'static,
    ) {
        self.push(name.into(), true, None, Box::new(body));
    }

    /// A check that opens what it reads itself (the engine runs no script).
    pub fn add_without_loading(
        &mut self,
        name: impl Into<String>,
        body: impl for<'p> Fn(&'p Page<'p>, &'p Context<'p>) -> Run<'p> + 'static,
    ) {
        self.push(name.into(), false, None, Box::new(body));
    }

    /// A check named `name` if `question` answers yes for this engine, else
    /// `otherwise`: it says what the engine cannot do rather than skip.
    pub fn add_named_by(
        &mut self,
        question: impl for<'p> Fn(&'p Page<'p>, &'p Context<'p>) -> Run<'p, bool> + 'static,
        name: &str,
        otherwise: &str,
        body: impl for<'p> Fn(&'p Page<'p>, &'p Context<'p>) -> Run<'p> + 'static,
    ) {
        let naming = Some((Box::new(question) as Body<bool>, otherwise.to_owned()));
        self.push(name.to_owned(), true, naming, Box::new(body));
    }

    fn push(
        &mut self,
        name: String,
        fresh: bool,
        naming: Option<(Body<bool>, String)>,
        body: Body<()>,
    ) {
        self.list.push(Check {
            name,
            fresh_page: fresh,
            naming,
            body,
        });
    }
}

/// Every check that applies to this engine with these settings, in order.
pub fn for_session(engine: Engine, prefs: Prefs) -> Vec<Check> {
    let mut checks = Checks {
        engine,
        prefs,
        list: Vec::new(),
    };
    if !prefs.javascript {
        // Nothing runs the widget: only what a reader reads is checked.
        prerender::add_checks_without_javascript(&mut checks);
        return checks.list;
    }
    content::add_checks(&mut checks);
    sections::add_checks(&mut checks);
    keyboard::add_checks(&mut checks);
    prerender::add_checks(&mut checks);
    map::add_checks(&mut checks);
    appearance::add_checks(&mut checks);
    layout::add_checks(&mut checks);
    axe::add_checks(&mut checks);
    embed::add_checks(&mut checks);
    checks.list
}

/// Runs `checks` in one session, each from a freshly loaded page.
pub async fn run(checks: &[Check], cx: &Context<'_>, client: &Client, report: &mut Report) {
    let page = Page { client };
    let label = format!("{} {}", cx.engine.name(), cx.prefs.label());
    for check in checks {
        let started = Instant::now();
        let (name, result) = check.run(&page, cx).await;
        // A check that takes long says so: a slow engine shows before it fails.
        let took = started.elapsed().as_secs_f64();
        let name = match took >= 5.0 {
            true => format!("{name} ({took:.1} s)"),
            false => name.to_owned(),
        };
        report.record(&label, &name, result);
    }
}
