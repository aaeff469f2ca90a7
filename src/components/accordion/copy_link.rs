use super::AccordionContext;
use crate::browser;
use crate::components::{labels, Icon};
use gloo::timers::callback::Timeout;
use leptos::{html, prelude::*};

/// How long "Link copied" stays on screen.
const CONFIRMATION_MS: u32 = 4_000;

#[derive(Debug, Clone, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    /// The browser refused to copy: the link is offered to copy by hand.
    Manual(String),
}

/// "Copy link to this section": copies the page address with the section's
/// fragment and confirms it in a polite live region. Where the Clipboard API
/// is missing or refused, it shows the link selected, ready to copy by hand.
#[component]
pub fn CopyLink(
    /// The section's id, which becomes the link's fragment.
    id: &'static str,
) -> impl IntoView {
    let ui = labels();
    let context = expect_context::<AccordionContext>();
    let state = RwSignal::new(CopyState::Idle);
    let manual_input = NodeRef::<html::Input>::new();

    let copy = move |_| {
        let Some(url) = browser::section_url(&context.fragment_for(id)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            if browser::copy_text(&url).await {
                state.try_set(CopyState::Copied);
                Timeout::new(CONFIRMATION_MS, move || {
                    state.try_update(|s| {
                        if *s == CopyState::Copied {
                            *s = CopyState::Idle;
                        }
                    });
                })
                .forget();
            } else {
                state.try_set(CopyState::Manual(url));
            }
        });
    };

    // Once the manual field appears, select its text so one keystroke copies it.
    Effect::new(move |_| {
        if let Some(input) = manual_input.get() {
            _ = input.focus();
            input.select();
        }
    });

    let copied = ui.link_copied.clone();
    let manual_label = ui.copy_link_manually.clone();
    let manual_url = move || match state.get() {
        CopyState::Manual(url) => Some(url),
        _ => None,
    };
    view! {
        <div class="nue-copy">
            <button type="button" class="nue-copy__button" on:click=copy>
                <Icon class="nue-copy__icon"/>
                {ui.copy_link.clone()}
            </button>
            <span class="nue-copy__status" role="status">
                {move || (state.get() == CopyState::Copied).then(|| copied.clone())}
            </span>
            {move || {
                manual_url()
                    .map(|url| {
                        view! {
                            <label class="nue-copy__manual">
                                <span>{manual_label.clone()}</span>
                                <input type="text" readonly value=url node_ref=manual_input/>
                            </label>
                        }
                    })
            }}
        </div>
    }
}
