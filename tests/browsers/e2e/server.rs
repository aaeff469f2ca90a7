//! A static file server for the built site, on 127.0.0.1 with a free port.
//! Small on purpose: GET and HEAD of files below one folder, nothing else.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::thread;

/// Serves `root` until the process ends; returns the base URL.
pub fn serve(root: PathBuf) -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let base = format!("http://{}", listener.local_addr()?);
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            thread::spawn(move || {
                // A broken connection only concerns that request.
                let _ = respond(&root, stream);
            });
        }
    });
    Ok(base)
}

fn respond(root: &Path, mut stream: TcpStream) -> std::io::Result<()> {
    let mut request_line = String::new();
    let mut reader = BufReader::new(stream.try_clone()?);
    reader.read_line(&mut request_line)?;
    // Of the headers, only Accept-Encoding matters here.
    let mut accepts = String::new();
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("accept-encoding") {
                accepts = value.to_ascii_lowercase();
            }
        }
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or_default();
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");

    let file = resolve(root, path);
    // Serve the build's precompressed copy when the browser takes it, as a
    // CDN would: the browser then checks those files too.
    let mut encoding = None;
    let found = file.and_then(|file| {
        for (name, suffix) in [("br", "br"), ("gzip", "gz")] {
            if !accepts.contains(name) {
                continue;
            }
            if let Ok(body) = std::fs::read(format!("{}.{suffix}", file.display())) {
                encoding = Some(name);
                return Some((file, body));
            }
        }
        std::fs::read(&file).ok().map(|body| (file, body))
    });
    let (status, kind, body) = match (method, found) {
        ("GET" | "HEAD", Some((file, body))) => ("200 OK", content_type(&file), body),
        ("GET" | "HEAD", None) => ("404 Not Found", "text/plain", b"not found".to_vec()),
        _ => ("405 Method Not Allowed", "text/plain", b"GET only".to_vec()),
    };
    write!(stream, "HTTP/1.1 {status}\r\n")?;
    if let Some(encoding) = encoding {
        write!(
            stream,
            "content-encoding: {encoding}\r\nvary: accept-encoding\r\n"
        )?;
    }
    write!(
        stream,
        // CORS lets a page on another origin load the explainer's module and
        // WebAssembly, as from a CDN; Timing-Allow-Origin lets that page's
        // Resource Timing see their sizes and times (make bench).
        "content-type: {kind}\r\ncontent-length: {}\r\n\
         access-control-allow-origin: *\r\ntiming-allow-origin: *\r\n\
         cache-control: no-store\r\nconnection: close\r\n\r\n",
        body.len()
    )?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

/// The file for a URL path, never outside `root`; `/` is `index.html`.
fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let relative = Path::new(path.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let file = root.join(relative);
    if file.is_dir() {
        Some(file.join("index.html"))
    } else {
        Some(file)
    }
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}
