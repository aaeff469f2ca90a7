//! A driver's own extensions of WebDriver, on the session: chromedriver's
//! bridge to Chromium's DevTools, geckodriver's full-page screenshot.

use super::{Page, Step};
use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{json, Value};

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

    /// Runs `source` in every page Chromium opens from now on, before the
    /// page's own scripts, until [`Page::stop_script`] with what this gives.
    pub async fn script_before_pages(&self, source: &str) -> Step<Value> {
        let added = self
            .chromium(
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": source }),
            )
            .await?;
        Ok(added.get("identifier").cloned().unwrap_or(Value::Null))
    }

    /// Stops a script of [`Page::script_before_pages`].
    pub async fn stop_script(&self, identifier: Value) -> Step {
        self.chromium(
            "Page.removeScriptToEvaluateOnNewDocument",
            json!({ "identifier": identifier }),
        )
        .await
        .map(drop)
    }
}

/// A command below `session/<id>/` that WebDriver itself does not define.
#[derive(Debug)]
pub(super) struct Extension {
    method: http::Method,
    /// Below `session/<id>/`.
    path: &'static str,
    body: Option<Value>,
}

impl Extension {
    /// A GET of `path`, below the session.
    pub(super) fn get(path: &'static str) -> Self {
        Extension {
            method: http::Method::GET,
            path,
            body: None,
        }
    }
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
