use crate::story::Map;
use leptos::prelude::*;

/// A map with its caption, its key and, under a disclosure, every member it
/// shades as a list of names. The picture itself is a background the
/// stylesheet sets only while the section is open (style/explainer/40-map.css),
/// so a closed section downloads nothing; it is drawn at build time
/// (src/prerender/map/) and its text alternative is `map.description`.
#[component]
pub fn MapFigure(
    /// The map's words: description, caption, key and members.
    map: &'static Map,
) -> impl IntoView {
    view! {
        <figure class="nue-map">
            <div class="nue-map__image" role="img" aria-label=map.description.as_ref()></div>
            <figcaption>{map.caption.as_ref()}</figcaption>
        </figure>
        // Each line's mark is drawn by the stylesheet from `data-mark`.
        <ul class="nue-map__key">
            {map
                .key
                .iter()
                .map(|entry| view! { <li data-mark=entry.mark.as_ref()>{entry.label.as_ref()}</li> })
                .collect_view()}
        </ul>
        <details class="nue-map__members">
            <summary>{map.members_label.as_ref()}</summary>
            <ul>
                {map.members.iter().map(|member| view! { <li>{member.as_ref()}</li> }).collect_view()}
            </ul>
        </details>
    }
}
