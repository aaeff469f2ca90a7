use super::{labels, Heading};
use crate::story::KeyNumber;
use leptos::prelude::*;

/// The story's numbers, each with a line that says what it means.
#[component]
pub fn KeyNumbers(
    /// The numbers, in the order they are shown.
    numbers: &'static [KeyNumber],
    /// Level of the heading above the part.
    level: u8,
) -> impl IntoView {
    view! {
        <div class="nue-part nue-numbers">
            <Heading level class="nue-part__heading">{labels().key_numbers_heading.clone()}</Heading>
            <ul class="nue-numbers__list">
                {numbers
                    .iter()
                    .map(|number| {
                        view! {
                            <li class="nue-number">
                                <span class="nue-number__value">{number.value.as_ref()}</span>
                                " "
                                <span class="nue-number__label">{number.label.as_ref()}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
