use crate::components::labels;
use crate::embed::HostEvents;
use leptos::prelude::*;

/// "Was this helpful? Yes / No" at the end of a section. The answer is
/// thanked in a polite live region and sent to the host page as an event;
/// the buttons stay where they are, so focus stays where the reader left it.
#[component]
pub fn Feedback(
    /// The section the answer is about.
    section: &'static str,
) -> impl IntoView {
    let ui = labels();
    let events = StoredValue::new(expect_context::<HostEvents>());
    let answer = RwSignal::new(None::<bool>);
    let answer_with = move |helpful: bool| {
        answer.set(Some(helpful));
        events.with_value(|events| events.feedback(section, helpful));
    };
    let pressed = move |helpful: bool| {
        move || {
            if answer.get() == Some(helpful) {
                "true"
            } else {
                "false"
            }
        }
    };
    let question_id = format!("{section}-feedback");
    let labelled_by = question_id.clone();
    let thanks = ui.feedback_thanks.clone();
    view! {
        <div class="nue-feedback" role="group" aria-labelledby=labelled_by>
            <span class="nue-feedback__question" id=question_id>{ui.feedback_question.clone()}</span>
            <button
                type="button"
                class="nue-feedback__answer"
                aria-pressed=pressed(true)
                on:click=move |_| answer_with(true)
            >
                {ui.feedback_yes.clone()}
            </button>
            <button
                type="button"
                class="nue-feedback__answer"
                aria-pressed=pressed(false)
                on:click=move |_| answer_with(false)
            >
                {ui.feedback_no.clone()}
            </button>
            <span class="nue-feedback__thanks" role="status">
                {move || answer.get().map(|_| thanks.clone())}
            </span>
        </div>
    }
}
