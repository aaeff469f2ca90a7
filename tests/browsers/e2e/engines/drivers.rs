//! Each engine's WebDriver driver: its command line, the capabilities that
//! start its browser with a fresh profile, and the profile files that set
//! the reader's colour scheme and motion preference.

use super::Prefs;
use serde_json::{json, Map, Value};
use std::path::Path;
use std::process::Command;

/// A driver's command and the capabilities of the session to ask it for.
type Driver = (Command, Map<String, Value>);

pub(super) fn chromium(port: u16, profile: &Path, prefs: Prefs) -> Driver {
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

pub(super) fn firefox(port: u16, profile: &Path, prefs: Prefs) -> Result<Driver, String> {
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

pub(super) fn webkit(
    port: u16,
    profile: &Path,
    prefs: Prefs,
    display: Option<&str>,
) -> Result<Driver, String> {
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
