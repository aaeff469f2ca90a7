//! Events for the host page. The element the explainer is mounted on
//! dispatches bubbling, composed `CustomEvent`s that a newsroom's analytics
//! can listen to; the widget itself sends nothing anywhere.
//!
//! | event | `detail` |
//! | --- | --- |
//! | `nato-ukraine-explainer:ready` | `{}` |
//! | `nato-ukraine-explainer:toggle` | `{ section, open, trigger }` |
//! | `nato-ukraine-explainer:feedback` | `{ section, helpful }` |

use send_wrapper::SendWrapper;
use serde::Serialize;

/// What opened or closed a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    Click,
    Keyboard,
    /// The page address named the section.
    Hash,
    /// The host page called the handle's `open` or `close`.
    Api,
    /// Find-in-page revealed text in the closed section.
    Find,
    /// "Show all sections" / "Hide all sections".
    ShowAll,
}

impl Trigger {
    /// Every trigger, for the loader's TypeScript types.
    pub const ALL: [Trigger; 6] = [
        Trigger::Click,
        Trigger::Keyboard,
        Trigger::Hash,
        Trigger::Api,
        Trigger::Find,
        Trigger::ShowAll,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Trigger::Click => "click",
            Trigger::Keyboard => "keyboard",
            Trigger::Hash => "hash",
            Trigger::Api => "api",
            Trigger::Find => "find",
            Trigger::ShowAll => "show-all",
        }
    }
}

/// Where events go: the host element, or nowhere (standalone page, server).
#[derive(Clone, Default)]
pub struct HostEvents {
    target: Option<SendWrapper<web_sys::EventTarget>>,
}

impl HostEvents {
    pub fn new(target: web_sys::EventTarget) -> Self {
        HostEvents {
            target: Some(SendWrapper::new(target)),
        }
    }

    pub fn ready(&self) {
        self.dispatch("ready", &Detail::default());
    }

    pub fn toggled(&self, section: &str, open: bool, trigger: Trigger) {
        let detail = Detail {
            section: Some(section),
            open: Some(open),
            trigger: Some(trigger.as_str()),
            ..Detail::default()
        };
        self.dispatch("toggle", &detail);
    }

    pub fn feedback(&self, section: &str, helpful: bool) {
        let detail = Detail {
            section: Some(section),
            helpful: Some(helpful),
            ..Detail::default()
        };
        self.dispatch("feedback", &detail);
    }

    fn dispatch(&self, name: &str, detail: &Detail) {
        let Some(target) = self.target.as_deref() else {
            return;
        };
        // A plain object, fields that are not set left out.
        let objects = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
        let Ok(detail) = detail.serialize(&objects) else {
            return;
        };
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        let name = ["nato-ukraine-explainer:", name].concat();
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(&name, &init) {
            // A listener that throws must not break the widget.
            _ = target.dispatch_event(&event);
        }
    }
}

/// The `detail` of an event; unset fields are not written.
#[derive(Default)]
struct Detail<'a> {
    section: Option<&'a str>,
    open: Option<bool>,
    trigger: Option<&'a str>,
    helpful: Option<bool>,
}

/// Written as a map of its set fields, which serde-wasm-bindgen turns into
/// a plain object (see `dispatch`). A derived struct impl would work too,
/// but brings a cache of field names into the WebAssembly.
impl Serialize for Detail<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        if let Some(section) = self.section {
            map.serialize_entry("section", section)?;
        }
        if let Some(open) = self.open {
            map.serialize_entry("open", &open)?;
        }
        if let Some(trigger) = self.trigger {
            map.serialize_entry("trigger", trigger)?;
        }
        if let Some(helpful) = self.helpful {
            map.serialize_entry("helpful", &helpful)?;
        }
        map.end()
    }
}
