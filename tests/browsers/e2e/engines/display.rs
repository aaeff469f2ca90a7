//! An X server for WebKitGTK, which has no headless mode: the `DISPLAY` in
//! the environment if there is one, else a private Xvfb on a free display.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct Display {
    pub name: String,
    xvfb: Option<Child>,
}

impl Display {
    /// Xvfb picks a free display itself (`-displayfd`) and writes its number
    /// back: it also reclaims displays whose lock files a killed server left.
    pub async fn start() -> Result<Display, String> {
        if let Ok(name) = std::env::var("DISPLAY") {
            if !name.is_empty() {
                return Ok(Display { name, xvfb: None });
            }
        }
        let mut xvfb = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1920x1080x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start Xvfb: {e} (run `make test`, which installs it)"))?;
        let stdout = xvfb.stdout.take();
        let number = tokio::time::timeout(
            Duration::from_secs(10),
            tokio::task::spawn_blocking(move || {
                let mut line = String::new();
                stdout.map(|out| BufReader::new(out).read_line(&mut line));
                line.trim().parse::<u32>().ok()
            }),
        )
        .await;
        match number {
            Ok(Ok(Some(number))) => Ok(Display {
                name: format!(":{number}"),
                xvfb: Some(xvfb),
            }),
            _ => {
                let _ = xvfb.kill();
                let _ = xvfb.wait();
                Err("Xvfb did not report a display within 10 s".to_owned())
            }
        }
    }
}

impl Drop for Display {
    /// SIGTERM, not SIGKILL: Xvfb then removes its lock file and socket.
    fn drop(&mut self) {
        if let Some(xvfb) = &mut self.xvfb {
            let stopped = Command::new("kill")
                .args(["-TERM", &xvfb.id().to_string()])
                .status()
                .is_ok_and(|status| status.success());
            if !stopped {
                let _ = xvfb.kill();
            }
            let _ = xvfb.wait();
        }
    }
}
