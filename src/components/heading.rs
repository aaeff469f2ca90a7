use leptos::prelude::*;

/// A heading whose level is chosen at run time, so the explainer fits the
/// outline of whatever page it is placed in.
#[component]
pub fn Heading(
    /// The level, 1 to 6; anything else is clamped into that range.
    level: u8,
    /// Class of the heading element.
    #[prop(optional)]
    class: Option<&'static str>,
    /// Id of the heading element, for `aria-labelledby`.
    #[prop(optional)]
    id: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    match level.clamp(1, 6) {
        1 => view! { <h1 class=class id=id>{children()}</h1> }.into_any(),
        2 => view! { <h2 class=class id=id>{children()}</h2> }.into_any(),
        3 => view! { <h3 class=class id=id>{children()}</h3> }.into_any(),
        4 => view! { <h4 class=class id=id>{children()}</h4> }.into_any(),
        5 => view! { <h5 class=class id=id>{children()}</h5> }.into_any(),
        _ => view! { <h6 class=class id=id>{children()}</h6> }.into_any(),
    }
}
