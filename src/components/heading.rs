use leptos::html::custom;
use leptos::prelude::*;

const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];

/// A heading whose level is chosen at run time, so the explainer fits the
/// outline of whatever page it is placed in. One element type serves all six
/// levels, which keeps the WebAssembly smaller than a match over six tags;
/// typed children (not `AnyView`) spare each heading the code for views
/// whose type is only known at run time.
#[component]
pub fn Heading<T: IntoView + 'static>(
    /// The level, 1 to 6; anything else is clamped into that range.
    level: u8,
    /// Class of the heading element.
    #[prop(optional)]
    class: Option<&'static str>,
    /// Id of the heading element, for `aria-labelledby`.
    #[prop(optional)]
    id: Option<&'static str>,
    children: TypedChildren<T>,
) -> impl IntoView {
    let tag = TAGS[usize::from(level.clamp(1, 6)) - 1];
    custom(tag)
        .attr("class", class)
        .attr("id", id)
        .child(children.into_inner()())
}
