use super::{labels, Heading};
use crate::story::Step;
use leptos::prelude::*;

/// The key dates, as an ordered list of steps, each with its machine-readable
/// start date (`<time datetime>`).
#[component]
pub fn Timeline(
    /// The steps, in time order.
    steps: &'static [Step],
    /// Level of the heading above the part.
    level: u8,
) -> impl IntoView {
    view! {
        <div class="nue-part nue-timeline">
            <Heading level class="nue-part__heading">{labels().timeline_heading.clone()}</Heading>
            <ol class="nue-timeline__list">
                {steps
                    .iter()
                    .map(|step| {
                        view! {
                            <li class="nue-step">
                                <time class="nue-step__when" datetime=step.first_day()>
                                    {step.when.as_ref()}
                                </time>
                                " "
                                <span class="nue-step__what">{step.what.as_ref()}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </div>
    }
}
