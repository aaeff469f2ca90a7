//! The page's own console warnings and uncaught errors, in
//! `window.warnings`, from before its first script. Only Chromium runs a
//! script of ours before a page's own; in the other engines a check that
//! loads a page hears nothing of its start, and its state says so (`null`).

use super::{Page, Step};
use crate::engines::Engine;
use serde_json::{json, Value};
use std::future::Future;

/// Keeps each `console.warn` and uncaught error in `window.warnings`, once
/// per page however often it runs.
pub const RECORDER: &str = r#"
if (!window.warnings) {
  window.warnings = [];
  const warn = console.warn.bind(console);
  console.warn = (...args) => { window.warnings.push(args.map(String).join(' ')); warn(...args); };
  addEventListener('error', (event) => window.warnings.push(String(event.message)));
}"#;

impl Page<'_> {
    /// Runs `check` with the warnings of every page it loads recorded,
    /// where `engine` can, and hands it what `window.warnings ?? null`
    /// reads on a page that warned of nothing: `[]`, or `null` where
    /// nothing could be recorded. Recording stops with the check.
    pub async fn with_warnings_recorded<F, Fut>(&self, engine: Engine, check: F) -> Step
    where
        F: FnOnce(Value) -> Fut,
        Fut: Future<Output = Step>,
    {
        if engine != Engine::Chromium {
            return check(Value::Null).await;
        }
        let script = self.script_before_pages(RECORDER).await?;
        let checked = check(json!([])).await;
        self.stop_script(script).await?;
        checked
    }
}
