//! Host pages for the embedding checks, written into a folder that a second
//! server serves on another port: the explainer's files come from one origin
//! (like a CDN), the article page from another, under a strict CSP.

use std::path::Path;

/// The page's own instrumentation, a classic script that runs before the
/// explainer loads: CSP violations, host events, console warnings, copied
/// links and Pym.js messages are recorded for the checks to read.
const HOST_TEST_JS: &str = r#"
// Storage that throws, as in a locked-down browser or a sandboxed frame.
for (const name of ["localStorage", "sessionStorage"]) {
  Object.defineProperty(window, name, { configurable: true, get() { throw new DOMException("denied", "SecurityError"); } });
}
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) =>
  cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`));
window.hostEvents = [];
for (const name of ["ready", "toggle", "feedback"]) {
  document.addEventListener(`nato-ukraine-explainer:${name}`, (e) =>
    hostEvents.push({ name, host: e.target.id, detail: e.detail, bubbles: e.bubbles, composed: e.composed }));
}
window.warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => { warnings.push(args.map(String).join(" ")); warn(...args); };
window.copied = [];
Object.defineProperty(navigator, "clipboard", {
  configurable: true,
  value: { writeText: (text) => { copied.push(text); return Promise.resolve(); } },
});
window.pymHeights = [];
addEventListener("message", (e) => {
  const frame = document.getElementById("pym-frame");
  const match = typeof e.data === "string" && /^pymxPYMx(.+)xPYMxheightxPYMx(\d+)$/.exec(e.data);
  if (match && frame && e.source === frame.contentWindow) pymHeights.push({ id: match[1], height: Number(match[2]) });
});
window.probeStyles = () => ["probe-heading", "probe-text", "probe-button"].map((id) => {
  const s = getComputedStyle(document.getElementById(id));
  return [s.fontFamily, s.fontSize, s.color, s.backgroundColor, s.padding, s.margin,
          s.textTransform, s.letterSpacing, s.lineHeight, s.borderTopWidth].join(" | ");
});
"#;

/// Runs while the page is parsed, before any module script: the host's own
/// elements as styled by the host alone.
const PROBE_JS: &str = "window.probesBefore = probeStyles();\n";

/// A page on the host origin that pretends to be the explainer's frame.
const IMPOSTOR_HTML: &str = r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Impostor</title>
<script src="/impostor.js"></script></head><body><p>Not the explainer.</p></body></html>"#;
const IMPOSTOR_JS: &str =
    r#"parent.postMessage({ type: "nato-ukraine-explainer:height", height: 3 }, "*");"#;

/// Writes `hostile.html` and `clean.html` (the same page without the hostile
/// stylesheet) and their scripts into `dir`, loading the explainer from `assets`.
pub fn write(dir: &Path, assets: &str, hostile_css: &str) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("host-test.js"), HOST_TEST_JS)?;
    std::fs::write(dir.join("probe.js"), PROBE_JS)?;
    std::fs::write(dir.join("impostor.html"), IMPOSTOR_HTML)?;
    std::fs::write(dir.join("impostor.js"), IMPOSTOR_JS)?;
    std::fs::write(dir.join("hostile.css"), hostile_css)?;
    std::fs::write(dir.join("hostile.html"), page(assets, true))?;
    std::fs::write(dir.join("trusted-types.html"), trusted_types_page(assets))?;
    std::fs::write(
        dir.join("trusted-types.js"),
        format!(
            "import {{ mount }} from \"{assets}/embed/nato-ukraine-explainer.js\";\n\
             mount(document.getElementById(\"api\"), {{ theme: \"dark\" }});\n"
        ),
    )?;
    std::fs::write(dir.join("later.html"), later_page(assets))?;
    write_rtl_page(dir, assets)?;
    write_editions_page(dir, assets)?;
    std::fs::write(dir.join("sandboxed.html"), sandboxed_page(assets))?;
    std::fs::write(dir.join("amp-listener.js"), AMP_LISTENER_JS)?;
    std::fs::write(dir.join("clean.html"), page(assets, false))
}

/// An Arabic article, right to left, holding the English explainer and the
/// same explainer told as Arabic (`data-lang="ar"`), both open.
pub fn write_rtl_page(dir: &Path, assets: &str) -> std::io::Result<()> {
    let page = page(assets, false)
        .replacen(r#"<html lang="en">"#, r#"<html lang="ar" dir="rtl">"#, 1)
        .replacen(
            "</main>",
            "<div id=\"english\" data-nato-ukraine-explainer data-open=\"nato-plan\"></div>\n\
             <div id=\"arabic\" data-nato-ukraine-explainer data-lang=\"ar\" data-open=\"nato-plan\"></div>\n</main>",
            1,
        );
    std::fs::write(dir.join("rtl.html"), page)
}

/// The clean article holding the Ukrainian edition too, as a placeholder
/// (`data-lang="uk"`) and as a custom element (`lang="uk"`), rendered afresh
/// beside its English placeholders.
pub fn write_editions_page(dir: &Path, assets: &str) -> std::io::Result<()> {
    let page = page(assets, false).replacen(
        "</main>",
        "<div id=\"ukrainian\" data-nato-ukraine-explainer data-lang=\"uk\" data-open=\"sanctions\"></div>\n\
         <nato-ukraine-explainer id=\"ukrainian-element\" lang=\"uk\"></nato-ukraine-explainer>\n</main>",
        1,
    );
    std::fs::write(dir.join("editions.html"), page)
}

/// The clean article, loading the explainer from nginx (`nginx.rs`).
pub fn write_nginx_page(dir: &Path, nginx: &str) -> std::io::Result<()> {
    std::fs::write(dir.join("nginx.html"), page(nginx, false))
}

/// Listens as `<amp-iframe resizable>` does: `embed-size` messages with
/// AMP's sentinel, from the frame's own window only.
const AMP_LISTENER_JS: &str = r#"
window.ampHeights = [];
addEventListener("message", (e) => {
  const frame = document.getElementById("sandboxed");
  const d = e.data;
  if (frame && e.source === frame.contentWindow && d && d.sentinel === "amp" && d.type === "embed-size")
    ampHeights.push(Number(d.height));
});
"#;

/// A CMS embed block: the iframe in a sandbox without `allow-same-origin`,
/// so its page has an opaque origin, beside another sandboxed frame that
/// claims a height too.
fn sandboxed_page(assets: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' {assets}; frame-src 'self' {assets}">
<title>Sandboxed embed block</title>
<script src="/amp-listener.js"></script>
<script src="{assets}/embed/frame-host.js" defer></script>
</head>
<body>
<main>
<iframe id="sandboxed" data-nato-ukraine-explainer-frame sandbox="allow-scripts allow-popups" title="NATO's plan for Ukraine, explained" src="{assets}/embed/frame.html"></iframe>
<iframe id="impostor" sandbox="allow-scripts" title="Not the explainer" src="/impostor.html"></iframe>
</main>
</body>
</html>
"#
    )
}

/// A news site that loads articles as the reader scrolls: one explainer in
/// the first article, the others added and removed by the check.
fn later_page(assets: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' {assets} 'wasm-unsafe-eval'; style-src 'self' {assets}; connect-src {assets}; img-src {assets}">
<title>Endless article page</title>
<script src="/host-test.js"></script>
<script type="module" src="{assets}/embed/nato-ukraine-explainer.js"></script>
</head>
<body>
<main><article><h1>The first article</h1><div id="first" data-nato-ukraine-explainer></div></article></main>
</body>
</html>
"#
    )
}

/// The clean article under a policy that requires Trusted Types for every
/// HTML sink and allows no policy at all, as large publishers send it, with
/// one more explainer mounted from the host's own module.
fn trusted_types_page(assets: &str) -> String {
    page(assets, false)
        .replacen(
            &format!("img-src 'self' {assets}\""),
            &format!("img-src 'self' {assets}; require-trusted-types-for 'script'; trusted-types 'none'\""),
            1,
        )
        .replacen(
            "</main>",
            "<div id=\"api\"></div>\n</main>\n<script type=\"module\" src=\"/trusted-types.js\"></script>",
            1,
        )
}

fn page(assets: &str, hostile: bool) -> String {
    let stylesheet = if hostile {
        r#"<link rel="stylesheet" href="/hostile.css">"#
    } else {
        ""
    };
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' {assets} 'wasm-unsafe-eval'; style-src 'self' {assets}; connect-src {assets}; frame-src 'self' {assets}; img-src 'self' {assets}">
<title>Host article</title>
{stylesheet}
<script src="/host-test.js"></script>
<script type="module" src="{assets}/embed/nato-ukraine-explainer.js"></script>
<script src="{assets}/embed/frame-host.js" defer></script>
</head>
<body>
<main class="article">
<h2 id="probe-heading">The host's own heading</h2>
<p id="probe-text">The host's own paragraph.</p>
<button id="probe-button" type="button">The host's own button</button>
<div id="plain" data-nato-ukraine-explainer></div>
<div id="branded" class="brand-embed" data-nato-ukraine-explainer data-open="nato-plan" data-heading-level="3"></div>
<div id="dark" data-nato-ukraine-explainer data-theme="dark" data-parts="keyNumbers timeline" data-link-prefix="second-" data-heading-level="seven"></div>
<iframe id="frame" data-nato-ukraine-explainer-frame title="NATO's plan for Ukraine, explained" src="{assets}/embed/frame.html"></iframe>
<iframe id="pym-frame" title="NATO's plan for Ukraine, explained (Pym.js)" src="{assets}/embed/frame.html?childId=example&amp;initialWidth=600"></iframe>
<iframe id="impostor" title="Not the explainer" src="/impostor.html"></iframe>
</main>
<script src="/probe.js"></script>
</body>
</html>
"#
    )
}
