//! A thin layer over the WebDriver client: every step returns `Err(String)`
//! saying what did not happen, so a failed check reads as a sentence.
//!
//! - this file: scripts, waits and page loads;
//! - `input.rs`: clicks, keys, focus and the window's width;
//! - `screenshot.rs`: pictures of the whole page;
//! - `devtools.rs`: the drivers' own commands (Chromium's DevTools).

mod devtools;
mod input;
mod screenshot;
pub mod warnings;

use fantoccini::Client;
use serde_json::Value;
use std::time::{Duration, Instant};

pub type Step<T = ()> = Result<T, String>;

pub struct Page<'a> {
    pub client: &'a Client,
}

impl Page<'_> {
    /// Runs `script` as a function body and returns its result.
    pub async fn js(&self, script: &str) -> Step<Value> {
        self.js_with(script, Vec::new()).await
    }

    /// Runs `script` as a function body that reads `args` as `arguments`.
    pub async fn js_with(&self, script: &str, args: Vec<Value>) -> Step<Value> {
        self.client
            .execute(script, args)
            .await
            .map_err(|e| format!("script failed: {e}\n{script}"))
    }

    pub async fn js_bool(&self, script: &str) -> Step<bool> {
        self.js(script).await.map(|v| v.as_bool().unwrap_or(false))
    }

    pub async fn js_string(&self, script: &str) -> Step<String> {
        self.js(script).await.map(|v| match v {
            Value::String(s) => s,
            other => other.to_string(),
        })
    }

    /// Polls a boolean expression for up to thirty seconds: long enough
    /// for an engine slowed by a busy machine (speed is measured by the
    /// benchmarks, never here), short enough to report a real hang.
    pub async fn wait_until(&self, expression: &str, what: &str) -> Step {
        self.poll(expression, what, false).await
    }

    /// [`Page::wait_until`] while the page leaves for another: a poll that
    /// the driver could not run, the page unloading under it (WebKitGTK:
    /// "Callback was not called before the unload event"), counts as not
    /// yet, and the last such error is told if the wait times out.
    pub async fn wait_until_after_leaving(&self, expression: &str, what: &str) -> Step {
        self.poll(expression, what, true).await
    }

    /// Polls `expression`; a poll that fails ends the wait, unless the
    /// page may be `leaving`.
    async fn poll(&self, expression: &str, what: &str, leaving: bool) -> Step {
        let started = Instant::now();
        let mut failed = String::new();
        loop {
            match self.js_bool(&format!("return !!({expression});")).await {
                Ok(true) => return Ok(()),
                Ok(false) => {}
                Err(error) if leaving => failed = format!(" (last: {error})"),
                Err(error) => return Err(error),
            }
            if started.elapsed() > Duration::from_secs(30) {
                return Err(format!("timed out waiting for {what}{failed}"));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Opens a URL and waits until the WebAssembly runs the widget (the
    /// prerendered sections are there from the start).
    pub async fn load(&self, url: &str) -> Step {
        self.open(
            url,
            "document.querySelector('[data-nue-live] .nue-section__toggle')",
            "the WebAssembly to take over the widget",
        )
        .await
    }

    /// Opens a URL and waits until `expression` holds.
    ///
    /// A wait that times out says what the page's explainers look like.
    pub async fn open(&self, url: &str, expression: &str, what: &str) -> Step {
        self.goto(url).await?;
        let Err(problem) = self.wait_until(expression, what).await else {
            return Ok(());
        };
        let state = self.js_string(EXPLAINERS_STATE).await.unwrap_or_default();
        Err(format!("{problem}: {state}"))
    }

    /// Opens a URL and waits for nothing more than the driver does.
    pub async fn goto(&self, url: &str) -> Step {
        self.client
            .goto(url)
            .await
            .map_err(|e| format!("cannot open {url}: {e}"))
    }

    pub async fn attr(&self, selector: &str, name: &str) -> Step<Option<String>> {
        let value = self
            .js(&format!(
                "const e = document.querySelector({sel}); if (!e) return 'MISSING'; return e.getAttribute({name});",
                sel = json_str(selector),
                name = json_str(name),
            ))
            .await?;
        match value {
            Value::String(s) if s == "MISSING" => Err(format!("no element matches `{selector}`")),
            Value::String(s) => Ok(Some(s)),
            _ => Ok(None),
        }
    }

    /// The `aria-expanded` of a section's button.
    pub async fn expanded(&self, section: &str) -> Step<bool> {
        Ok(self
            .attr(&format!("#{section}-button"), "aria-expanded")
            .await?
            .as_deref()
            == Some("true"))
    }

    /// Whether the first paragraph of a section's panel is rendered.
    pub async fn panel_visible(&self, section: &str) -> Step<bool> {
        self.js_bool(&format!(
            "const p = document.querySelector('#{section}-panel p'); \
             const r = p.getBoundingClientRect(); \
             return !document.getElementById('{section}-panel').hasAttribute('hidden') \
                 && p.checkVisibility() && r.height > 0;"
        ))
        .await
    }
}

/// JS: each explainer on the page (the page's own, and each placeholder's)
/// as the reader would find it, and the page's warnings, for a wait that
/// timed out.
const EXPLAINERS_STATE: &str = r#"
const hosts = [...document.querySelectorAll('[data-nato-ukraine-explainer]')];
const roots = [['the page', document], ...hosts.map((h) => [`#${h.id}`, h.shadowRoot])];
return roots.map(([name, r]) => {
  const c = r && r.querySelector('.nue')?.parentElement;
  if (!c) return r === document ? null : `${name}: ${r ? 'not rendered' : 'no shadow root'}`;
  const l = r.querySelector('link[rel=stylesheet]');
  return `${name}: ${c.hidden ? 'hidden' : 'shown'}${c.hasAttribute('data-nue-live') ? ', live' : ''}` +
    `, stylesheet ${l ? (l.sheet ? 'applied' : 'not applied') : 'inline'}`;
}).filter(Boolean).join('; ') + ` | warnings: ${JSON.stringify(window.warnings || [])}`;
"#;

/// A JavaScript string literal.
pub fn json_str(text: &str) -> String {
    Value::String(text.to_owned()).to_string()
}
