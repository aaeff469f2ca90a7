use crate::components::labels;
use crate::options::HostEvents;
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
    let question_id = [section, "-feedback"].concat();
    let labelled_by = question_id.clone();
    let thanks = ui.feedback_thanks.clone();
    let answers = [
        (true, ui.feedback_yes.clone()),
        (false, ui.feedback_no.clone()),
    ]
    .map(|(helpful, label)| {
        view! {
            <button
                type="button"
                class="nue-feedback__answer"
                aria-pressed=move || if answer.get() == Some(helpful) { "true" } else { "false" }
                on:click=move |_| answer_with(helpful)
            >
                {label}
            </button>
        }
    });
    view! {
        <div class="nue-feedback" role="group" aria-labelledby=labelled_by>
            <span class="nue-feedback__question" id=question_id>{ui.feedback_question.clone()}</span>
            {answers}
            <span class="nue-feedback__thanks" role="status">
                {move || answer.get().map(|_| thanks.clone())}
            </span>
        </div>
    }
}
