use leptos::prelude::*;

/// A decorative icon, drawn by the stylesheet and hidden from assistive
/// technology. Its class is a value, not a literal, on purpose: Leptos writes
/// wholly static markup through `innerHTML`, which a host page that requires
/// Trusted Types refuses, and then the explainer would never render there.
#[component]
pub fn Icon(
    /// The icon's class, which the stylesheet draws.
    class: &'static str,
) -> impl IntoView {
    view! { <span class=class aria-hidden="true"></span> }
}
