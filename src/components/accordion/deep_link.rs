//! Opening a section named in the page address, at start and whenever the
//! fragment changes, and bringing it into view.

use super::AccordionContext;
use crate::browser;
use leptos::{ev, prelude::*};

/// Watches the address for `#<section id>` while the accordion is mounted.
pub fn follow_address(context: AccordionContext) {
    let open_from_address = move || {
        let Some(fragment) = browser::current_fragment() else {
            return;
        };
        if context.open_id(&fragment).is_some() {
            // Scroll once the panel has rendered open, so its top is in view.
            request_animation_frame(move || browser::scroll_to(&fragment));
        }
    };
    // Effects run only in the browser, after the sections are mounted.
    Effect::new(move |_| open_from_address());
    let listener = window_event_listener(ev::hashchange, move |_| open_from_address());
    on_cleanup(move || listener.remove());
}
