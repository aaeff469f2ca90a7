//! Pictures of the whole page, not only the window: Chromium and Firefox
//! have their own commands for it; WebKitGTK gets a window as tall as the
//! page (as far as its screen allows) for the shot.

use super::devtools::Extension;
use super::{Page, Step};
use crate::engines::Engine;
use base64::prelude::{Engine as _, BASE64_STANDARD};
use serde_json::{json, Value};
use std::path::Path;

impl Page<'_> {
    /// Writes a PNG of the whole page to `path`.
    pub async fn screenshot(&self, engine: Engine, path: &Path) -> Step {
        self.js("window.scrollTo(0, 0);").await?;
        let png = match engine {
            Engine::Chromium => self.chromium_shot().await?,
            Engine::Firefox => {
                let reply = self
                    .client
                    .issue_cmd(Extension::get("moz/screenshot/full"))
                    .await
                    .map_err(failed)?;
                decode_png(&reply)?
            }
            Engine::WebKit => self.tall_window_shot().await?,
        };
        std::fs::write(path, png).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Chromium: the page beyond the window, through DevTools.
    async fn chromium_shot(&self) -> Step<Vec<u8>> {
        let size = self
            .js("const e = document.documentElement; return [e.clientWidth, e.scrollHeight];")
            .await?;
        let clip = json!({ "x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1 });
        let params = json!({ "format": "png", "captureBeyondViewport": true, "clip": clip });
        let reply = self.chromium("Page.captureScreenshot", params).await?;
        decode_png(&reply["data"])
    }

    /// WebKitGTK: a window as tall as the page for the shot, then back.
    async fn tall_window_shot(&self) -> Step<Vec<u8>> {
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
        png
    }
}

fn failed(e: fantoccini::error::CmdError) -> String {
    format!("screenshot failed: {e}")
}

fn decode_png(data: &Value) -> Step<Vec<u8>> {
    BASE64_STANDARD
        .decode(data.as_str().unwrap_or_default())
        .map_err(|e| format!("screenshot data: {e}"))
}
