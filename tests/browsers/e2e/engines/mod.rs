//! The three engines and their WebDriver drivers: how to start each one with a
//! fresh profile, at a given colour scheme and motion preference, with narrow
//! windows allowed (the comments in `drivers.rs` say why each setting is
//! there).
//!
//! - this file: the engines, the reader's settings, a session's life;
//! - `drivers.rs`: each driver's command line and capabilities;
//! - `display.rs`: the X server WebKitGTK needs.

mod display;
mod drivers;

pub use display::Display;

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::WebKit];

    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Engine::ALL
            .into_iter()
            .find(|engine| engine.name() == name.trim())
    }
}

/// The reader's settings a session starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefs {
    pub dark: bool,
    pub reduced_motion: bool,
    /// False: the reader switched JavaScript off (Firefox only; Chromium's
    /// checks switch it off through DevTools instead).
    pub javascript: bool,
}

impl Prefs {
    pub fn label(self) -> &'static str {
        match (self.javascript, self.dark) {
            (false, _) => "without JavaScript",
            (true, true) => "dark",
            (true, false) => "light",
        }
    }
}

/// A running driver and one browser session on it; `close` ends both.
pub struct Session {
    pub client: Client,
    driver: Child,
    profile: PathBuf,
}

impl Session {
    pub async fn close(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(20), self.client.close()).await;
        stop(&mut self.driver, &self.profile);
    }
}

/// Starts the engine's driver and a session; fails with a message that says
/// which step did not work, never hangs longer than the timeouts below.
pub async fn start(engine: Engine, prefs: Prefs, display: Option<&str>) -> Result<Session, String> {
    let port = free_port()?;
    let profile = std::env::temp_dir().join(format!(
        "nue-e2e-{}-{}-{}-{port}",
        std::process::id(),
        engine.name(),
        prefs.label()
    ));
    let _ = std::fs::remove_dir_all(&profile);
    std::fs::create_dir_all(&profile).map_err(|e| format!("profile folder: {e}"))?;

    let (mut command, capabilities) = match engine {
        Engine::Chromium => drivers::chromium(port, &profile, prefs),
        Engine::Firefox => drivers::firefox(port, &profile, prefs)?,
        Engine::WebKit => drivers::webkit(port, &profile, prefs, display)?,
    };
    let program = command.get_program().to_string_lossy().into_owned();
    let mut driver = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {program}: {e} (run `make test`, which installs it)"))?;

    let connected = async {
        wait_for_port(port, Duration::from_secs(20))
            .await
            .map_err(|_| format!("{program} did not listen on port {port} within 20 s"))?;
        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(capabilities);
        match tokio::time::timeout(
            Duration::from_secs(60),
            builder.connect(&format!("http://127.0.0.1:{port}")),
        )
        .await
        {
            Ok(Ok(client)) => Ok(client),
            Ok(Err(e)) => Err(format!("{program} refused the session: {e}")),
            Err(_) => Err(format!(
                "{program} did not start a browser session within 60 s"
            )),
        }
    }
    .await;
    match connected {
        Ok(client) => Ok(Session {
            client,
            driver,
            profile,
        }),
        Err(message) => {
            stop(&mut driver, &profile);
            Err(message)
        }
    }
}

/// Ends the driver (and so its browser) and removes the profile.
fn stop(driver: &mut Child, profile: &std::path::Path) {
    let _ = driver.kill();
    let _ = driver.wait();
    let _ = std::fs::remove_dir_all(profile);
}

fn free_port() -> Result<u16, String> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .map_err(|e| format!("no free port: {e}"))
}

async fn wait_for_port(port: u16, limit: Duration) -> Result<(), ()> {
    let started = Instant::now();
    while started.elapsed() < limit {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(())
}
