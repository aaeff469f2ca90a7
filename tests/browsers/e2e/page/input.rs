//! What a reader does to the page: clicks, keys, focus, and the width of
//! the window they read it in.

use super::{json_str, Page, Step};
use fantoccini::actions::{InputSource, KeyAction, KeyActions, MouseActions, PointerAction};
use fantoccini::Locator;

impl Page<'_> {
    /// A real pointer click through WebDriver.
    pub async fn click(&self, selector: &str) -> Step {
        let element = self
            .client
            .find(Locator::Css(selector))
            .await
            .map_err(|e| format!("no element `{selector}`: {e}"))?;
        element
            .click()
            .await
            .map_err(|e| format!("cannot click `{selector}`: {e}"))?;
        self.settle().await
    }

    pub async fn focus(&self, selector: &str) -> Step {
        self.js(&format!(
            "document.querySelector({}).focus();",
            json_str(selector)
        ))
        .await?;
        Ok(())
    }

    /// Presses and releases one key (a WebDriver key code such as `\u{E007}`).
    pub async fn press(&self, key: char) -> Step {
        let keys = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client
            .perform_actions(keys)
            .await
            .map_err(|e| format!("cannot press key {:?}: {e}", key))?;
        self.client
            .release_actions()
            .await
            .map_err(|e| e.to_string())?;
        self.settle().await
    }

    /// Moves the pointer to the window's top left corner, off the widget,
    /// so that no element of it is hovered.
    pub async fn move_pointer_away(&self) -> Step {
        let pointer = MouseActions::new("mouse".to_owned()).then(PointerAction::MoveTo {
            duration: None,
            x: 0.0,
            y: 0.0,
        });
        self.client
            .perform_actions(pointer)
            .await
            .map_err(|e| format!("cannot move the pointer: {e}"))?;
        self.settle().await
    }

    /// The id of the focused element, or its tag and class when it has none.
    pub async fn active(&self) -> Step<String> {
        self.js_string(
            "const e = document.activeElement; \
             if (!e) return 'nothing'; \
             if (e.id) return '#' + e.id; \
             const panel = e.closest('[role=region]'); \
             return e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + (panel ? ' in #' + panel.id : '');",
        )
        .await
    }

    /// Lets Leptos apply pending updates: two animation frames.
    pub async fn settle(&self) -> Step {
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                Vec::new(),
            )
            .await
            .map_err(|e| format!("page did not settle: {e}"))?;
        Ok(())
    }

    /// Resizes the window so that the page is `width` CSS pixels wide.
    pub async fn set_width(&self, width: u32) -> Step {
        let mut outer = width;
        for _ in 0..3 {
            self.client
                .set_window_size(outer, 900)
                .await
                .map_err(|e| format!("cannot resize to {outer}: {e}"))?;
            self.settle().await?;
            let inner = self
                .js("return window.innerWidth;")
                .await?
                .as_u64()
                .unwrap_or(0) as u32;
            if inner == width {
                return Ok(());
            }
            outer = (outer + width).saturating_sub(inner);
        }
        let inner = self.js("return window.innerWidth;").await?;
        Err(format!("the page is {inner} px wide, not {width}"))
    }
}
