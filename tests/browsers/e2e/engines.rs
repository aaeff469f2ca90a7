//! The three engines and their WebDriver drivers: how to start each one with a
//! fresh profile, at a given colour scheme and motion preference, with narrow
//! windows allowed (see ../shared/browsers.md for why each setting is here).

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Map, Value};
use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        [Engine::Chromium, Engine::Firefox, Engine::WebKit]
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
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
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
        Engine::Chromium => chromium(port, &profile, prefs),
        Engine::Firefox => firefox(port, &profile, prefs)?,
        Engine::WebKit => webkit(port, &profile, prefs, display)?,
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
            let _ = driver.kill();
            let _ = driver.wait();
            let _ = std::fs::remove_dir_all(&profile);
            Err(message)
        }
    }
}

fn chromium(port: u16, profile: &Path, prefs: Prefs) -> (Command, Map<String, Value>) {
    let mut command = Command::new("chromedriver");
    command.arg(format!("--port={port}"));
    let mut args = vec![
        "--headless".to_owned(),
        "--no-sandbox".to_owned(),
        "--disable-gpu".to_owned(),
        "--disable-quic".to_owned(),
        "--no-first-run".to_owned(),
        "--disable-background-networking".to_owned(),
        "--disable-component-update".to_owned(),
        "--disable-sync".to_owned(),
        format!("--user-data-dir={}", profile.display()),
    ];
    if prefs.dark {
        args.push("--force-dark-mode".to_owned());
        args.push("--blink-settings=preferredColorScheme=0".to_owned());
    }
    if prefs.reduced_motion {
        args.push("--force-prefers-reduced-motion".to_owned());
    }
    let capabilities = json!({
        "browserName": "chrome",
        "goog:chromeOptions": { "binary": "/usr/bin/chromium", "args": args }
    });
    (command, into_map(capabilities))
}

fn firefox(
    port: u16,
    profile: &Path,
    prefs: Prefs,
) -> Result<(Command, Map<String, Value>), String> {
    let mut command = Command::new("geckodriver");
    command.args([
        "--port",
        &port.to_string(),
        "--binary",
        "/usr/bin/firefox-esr",
    ]);
    let mut user_js = String::from(
        "user_pref(\"toolkit.legacyUserProfileCustomizations.stylesheets\", true);\n\
         user_pref(\"browser.shell.checkDefaultBrowser\", false);\n\
         user_pref(\"app.update.enabled\", false);\n",
    );
    // 0 = dark, 1 = light for web content.
    user_js.push_str(&format!(
        "user_pref(\"layout.css.prefers-color-scheme.content-override\", {});\n\
         user_pref(\"ui.systemUsesDarkTheme\", {});\n\
         user_pref(\"ui.prefersReducedMotion\", {});\n",
        if prefs.dark { 0 } else { 1 },
        u8::from(prefs.dark),
        u8::from(prefs.reduced_motion),
    ));
    if !prefs.javascript {
        user_js.push_str("user_pref(\"javascript.enabled\", false);\n");
    }
    write(&profile.join("user.js"), &user_js)?;
    write(
        &profile.join("chrome/userChrome.css"),
        ":root{--window-min-width:0px !important;min-width:0 !important}\n",
    )?;
    let capabilities = json!({
        "browserName": "firefox",
        "moz:firefoxOptions": {
            "binary": "/usr/bin/firefox-esr",
            "args": ["-headless", "-profile", profile.display().to_string()]
        }
    });
    Ok((command, into_map(capabilities)))
}

fn webkit(
    port: u16,
    profile: &Path,
    prefs: Prefs,
    display: Option<&str>,
) -> Result<(Command, Map<String, Value>), String> {
    let display = display.ok_or("WebKitGTK needs an X display and none could be started")?;
    let mut command = Command::new("WebKitWebDriver");
    command.arg(format!("--port={port}"));
    // GTK settings reach the page as prefers-color-scheme / prefers-reduced-motion;
    // the CSS lets windows go narrower than GTK's minimum.
    write(
        &profile.join("gtk-3.0/gtk.css"),
        "* { min-width:0; min-height:0; padding:0; margin:0; font-size:1px; }\n",
    )?;
    write(
        &profile.join("gtk-3.0/settings.ini"),
        &format!(
            "[Settings]\ngtk-application-prefer-dark-theme={}\ngtk-enable-animations={}\n",
            prefs.dark, !prefs.reduced_motion
        ),
    )?;
    command
        .env("DISPLAY", display)
        .env("XDG_CONFIG_HOME", profile)
        .env("HOME", profile);
    if prefs.dark {
        command.env("GTK_THEME", "Adwaita:dark");
    }
    let capabilities = json!({
        "webkitgtk:browserOptions": {
            "binary": "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
            "args": ["--automation"]
        }
    });
    Ok((command, into_map(capabilities)))
}

/// An X server for WebKitGTK, which has no headless mode: the `DISPLAY` in
/// the environment if there is one, else a private Xvfb on a free display.
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

fn into_map(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => unreachable!("capabilities are written as an object"),
    }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
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
