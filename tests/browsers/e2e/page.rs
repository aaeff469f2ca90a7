//! A thin layer over the WebDriver client: every step returns `Err(String)`
//! saying what did not happen, so a failed check reads as a sentence.

use crate::engines::Engine;
use base64::prelude::{Engine as _, BASE64_STANDARD};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, Locator};
use serde_json::{json, Value};
use std::path::Path;
use std::time::{Duration, Instant};

pub type Step<T = ()> = Result<T, String>;

pub struct Page<'a> {
    pub client: &'a Client,
}

impl Page<'_> {
    /// Runs `script` as a function body and returns its result.
    pub async fn js(&self, script: &str) -> Step<Value> {
        self.client
            .execute(script, Vec::new())
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
        let started = Instant::now();
        loop {
            if self.js_bool(&format!("return !!({expression});")).await? {
                return Ok(());
            }
            if started.elapsed() > Duration::from_secs(30) {
                return Err(format!("timed out waiting for {what}"));
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
        self.client
            .goto(url)
            .await
            .map_err(|e| format!("cannot open {url}: {e}"))?;
        let Err(problem) = self.wait_until(expression, what).await else {
            return Ok(());
        };
        let state = self.js_string(EXPLAINERS_STATE).await.unwrap_or_default();
        Err(format!("{problem}: {state}"))
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

    /// A picture of the whole page, not only the window: Chromium and
    /// Firefox have their own commands for it; WebKitGTK gets a window as
    /// tall as the page (as far as its screen allows) for the shot.
    pub async fn screenshot(&self, engine: Engine, path: &Path) -> Step {
        let failed = |e: fantoccini::error::CmdError| format!("screenshot failed: {e}");
        self.js("window.scrollTo(0, 0);").await?;
        let png = match engine {
            Engine::Chromium => {
                let size = self
                    .js("const e = document.documentElement; return [e.clientWidth, e.scrollHeight];")
                    .await?;
                let clip =
                    json!({ "x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1 });
                let params =
                    json!({ "format": "png", "captureBeyondViewport": true, "clip": clip });
                let reply = self.chromium("Page.captureScreenshot", params).await?;
                decode_png(&reply["data"])?
            }
            Engine::Firefox => {
                let reply = self
                    .client
                    .issue_cmd(Extension {
                        method: http::Method::GET,
                        path: "moz/screenshot/full",
                        body: None,
                    })
                    .await
                    .map_err(failed)?;
                decode_png(&reply)?
            }
            Engine::WebKit => {
                let (width, height) = self.client.get_window_size().await.map_err(failed)?;
                let extra = self
                    .js("return document.documentElement.scrollHeight - innerHeight;")
                    .await?
                    .as_u64()
                    .unwrap_or(0);
                let tall = (height + extra).min(6000) as u32;
                self.client
                    .set_window_size(width as u32, tall)
                    .await
                    .map_err(failed)?;
                self.settle().await?;
                let png = self.client.screenshot().await.map_err(failed);
                self.client
                    .set_window_size(width as u32, height as u32)
                    .await
                    .map_err(failed)?;
                png?
            }
        };
        std::fs::write(path, png).map_err(|e| format!("{}: {e}", path.display()))
    }
}

impl Page<'_> {
    /// Runs a DevTools command in Chromium, through chromedriver.
    pub async fn chromium(&self, cmd: &'static str, params: Value) -> Step<Value> {
        self.client
            .issue_cmd(Extension {
                method: http::Method::POST,
                path: "goog/cdp/execute",
                body: Some(json!({ "cmd": cmd, "params": params })),
            })
            .await
            .map_err(|e| format!("DevTools {cmd} failed: {e}"))
    }
}

fn decode_png(data: &Value) -> Step<Vec<u8>> {
    BASE64_STANDARD
        .decode(data.as_str().unwrap_or_default())
        .map_err(|e| format!("screenshot data: {e}"))
}

/// A driver's own extension of WebDriver, on the session: chromedriver's
/// DevTools bridge, geckodriver's full-page screenshot.
#[derive(Debug)]
struct Extension {
    method: http::Method,
    /// Below `session/<id>/`.
    path: &'static str,
    body: Option<Value>,
}

impl WebDriverCompatibleCommand for Extension {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/{}",
            session.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            self.method.clone(),
            self.body.as_ref().map(Value::to_string),
        )
    }
}

/// A JavaScript string literal.
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

pub fn json_str(text: &str) -> String {
    Value::String(text.to_owned()).to_string()
}
