//! Opening a section named in the page address, at start and whenever the
//! fragment changes, and bringing it into view. The lookup stays inside the
//! accordion's own element, so it works inside a shadow root too.

use super::AccordionContext;
use crate::browser;
use crate::options::Trigger;
use leptos::{ev, html, prelude::*};

/// Watches the address for `#<link prefix><section id>` while mounted.
pub fn follow_address(context: AccordionContext, root: NodeRef<html::Div>) {
    let open_from_address = move || {
        let Some(fragment) = browser::current_fragment() else {
            return;
        };
        let Some(id) = context.section_for_fragment(&fragment) else {
            return;
        };
        context.set_by_id(id, true, Trigger::Hash);
        // Scroll once the panel has rendered open, so its top is in view.
        request_animation_frame(move || {
            // The explainer may have been unmounted by then.
            if let Some(root) = root.try_get_untracked().flatten() {
                browser::scroll_to(&root, id);
            }
        });
    };
    // Effects run only in the browser, after the sections are mounted.
    Effect::new(move |_| open_from_address());
    let listener = window_event_listener(ev::hashchange, move |_| open_from_address());
    on_cleanup(move || listener.remove());
}
