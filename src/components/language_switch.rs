use super::labels;
use crate::story::{edition_folder, EDITION_NAMES};
use leptos::prelude::*;

/// The links between the editions in other languages ("English ·
/// Українська") at the top of each standalone page, each named in its own
/// language, the shown one marked current. Plain links to each edition's
/// page, so they work with no script at all; the prerenderer writes them
/// beside the explainer, so they cost its WebAssembly nothing, and the
/// page's embed/switch.js makes them switch in place.
#[component]
pub fn LanguageSwitch(
    /// The language of the edition shown.
    current: &'static str,
    /// Where the English edition's page is, from this page (`./`, `../`):
    /// each other edition's is in a folder below it, named by language.
    home: &'static str,
    /// What the switch is called, for screen readers.
    label: &'static str,
    /// Where the script that switches in place is, from this page.
    script: &'static str,
) -> impl IntoView {
    view! {
        <nav class="page-editions" aria-label=label data-nue-editions=script>
            <ul>{edition_links(current, home)}</ul>
        </nav>
    }
}

/// The same links in an embedded explainer's header, to the editions' own
/// pages: without a script they go there, with the loader they switch the
/// explainer in place (embed/element.js). A list, not a landmark: a page
/// with several explainers would have several alike.
#[component]
pub fn EditionLinks(
    /// The language of the edition shown.
    current: &'static str,
    /// Where the first edition's page is (`https://…/explainer/`).
    home: String,
) -> impl IntoView {
    view! {
        <ul class="nue-editions" aria-label=labels().language_switch.clone()>
            {edition_links(current, &home)}
        </ul>
    }
}

/// One item per edition: a link named in its language, the shown one current.
/// An array, not a `Vec`: the editions are known when the crate is built,
/// and an array's view costs every reader less code than a list's.
fn edition_links(current: &str, home: &str) -> impl IntoView {
    std::array::from_fn::<_, { EDITION_NAMES.len() }, _>(|i| {
        let (language, name) = EDITION_NAMES[i];
        let href = [home, &edition_folder(language)].concat();
        let shown = (language == current).then_some("true");
        view! {
            <li>
                <a href=href hreflang=language lang=language aria-current=shown>{name}</a>
            </li>
        }
    })
}
