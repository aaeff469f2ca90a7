use super::{labels, Heading};
use crate::story::Person;
use leptos::prelude::*;

/// Who's who: everyone the story names, with their role and their part in it.
#[component]
pub fn People(
    /// The people, in the order they are shown.
    people: &'static [Person],
    /// Level of the heading above the part.
    level: u8,
) -> impl IntoView {
    view! {
        <div class="nue-part nue-people">
            <Heading level class="nue-part__heading">{labels().people_heading.clone()}</Heading>
            <ul class="nue-people__list">
                {people
                    .iter()
                    .map(|person| {
                        view! {
                            <li class="nue-person">
                                <p class="nue-person__name">{person.name.as_ref()}</p>
                                <p class="nue-person__role">{person.role.as_ref()}</p>
                                <p class="nue-person__part">{person.part.as_ref()}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
