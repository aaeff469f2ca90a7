//! The README's hosting advice, exercised: Debian's nginx serves `dist/`
//! with `deploy/nginx.conf` as a newsroom would use it, on 127.0.0.1 under a
//! prefix in `target/`, started and stopped by the suite.

use crate::page::Step;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where Debian's package puts the module that serves `.br` files.
const BROTLI_MODULE: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/// A running nginx; stopped (gracefully, workers too) when dropped.
pub struct Nginx {
    child: Child,
    port: u16,
    pub base: String,
}

impl Nginx {
    /// Serves `dist` with `deploy/nginx.conf`, its `listen` and `root` lines
    /// set to a free port on 127.0.0.1 and to `dist`: the two lines the
    /// README tells a newsroom to edit.
    pub fn start(repo: &Path, dist: &Path) -> Result<Nginx, String> {
        if !Path::new(BROTLI_MODULE).is_file() {
            return Err(format!(
                "{BROTLI_MODULE} is missing: install nginx and libnginx-mod-http-brotli-static (make test does)"
            ));
        }
        let prefix = repo.join("target/e2e-nginx");
        std::fs::create_dir_all(prefix.join("logs")).map_err(|e| e.to_string())?;
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let site = std::fs::read_to_string(repo.join("deploy/nginx.conf"))
            .map_err(|e| format!("deploy/nginx.conf: {e}"))?;
        let site = set_directive(&site, "listen", &format!("127.0.0.1:{port}"))?;
        let dist = dist.canonicalize().map_err(|e| e.to_string())?;
        let site = set_directive(&site, "root", &dist.display().to_string())?;
        std::fs::write(prefix.join("site.conf"), site).map_err(|e| e.to_string())?;
        std::fs::write(
            prefix.join("nginx.conf"),
            format!(
                "load_module {BROTLI_MODULE};\n\
                 worker_processes 1;\npid logs/nginx.pid;\nerror_log logs/error.log;\n\
                 events {{ worker_connections 64; }}\n\
                 http {{\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n\
                 \x20 access_log logs/access.log;\n  client_body_temp_path logs/client_body;\n\
                 \x20 proxy_temp_path logs/proxy;\n  fastcgi_temp_path logs/fastcgi;\n\
                 \x20 uwsgi_temp_path logs/uwsgi;\n  scgi_temp_path logs/scgi;\n\
                 \x20 include site.conf;\n}}\n"
            ),
        )
        .map_err(|e| e.to_string())?;
        let binary = ["/usr/sbin/nginx", "nginx"]
            .into_iter()
            .find(|b| !b.starts_with('/') || Path::new(b).is_file())
            .unwrap_or("nginx");
        let mut child = Command::new(binary)
            .arg("-p")
            .arg(format!("{}/", prefix.display()))
            .args([
                "-e",
                "logs/error.log",
                "-c",
                "nginx.conf",
                "-g",
                "daemon off;",
            ])
            .stdin(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start {binary}: {e}"))?;
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            let exited = child.try_wait().map_err(|e| e.to_string())?;
            if exited.is_some() || started.elapsed() > Duration::from_secs(5) {
                let log =
                    std::fs::read_to_string(prefix.join("logs/error.log")).unwrap_or_default();
                _ = child.kill();
                return Err(format!("nginx did not start: {exited:?}\n{log}"));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(Nginx {
            child,
            port,
            base: format!("http://127.0.0.1:{port}"),
        })
    }

    /// One request; the status, the headers (names in lower case) and the body.
    fn request(&self, path: &str, accept_encoding: Option<&str>) -> Step<Response> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).map_err(|e| e.to_string())?;
        let encoding = accept_encoding
            .map(|e| format!("Accept-Encoding: {e}\r\n"))
            .unwrap_or_default();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{encoding}Connection: close\r\n\r\n"
        )
        .map_err(|e| e.to_string())?;
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).map_err(|e| e.to_string())?;
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .ok_or_else(|| format!("{path}: no end of headers"))?;
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let mut lines = head.split("\r\n");
        let status = lines.next().unwrap_or_default().to_owned();
        let headers = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
            .collect();
        Ok(Response {
            status,
            headers,
            body: raw[split + 4..].to_vec(),
        })
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // SIGQUIT: the master stops its workers too and removes its pid file.
        let stopped = Command::new("kill")
            .args(["-QUIT", &self.child.id().to_string()])
            .status()
            .is_ok_and(|s| s.success());
        if !stopped {
            _ = self.child.kill();
        }
        _ = self.child.wait();
    }
}

struct Response {
    status: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> &str {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

/// Replaces the one `<name> …;` line of the config with `<name> <value>;`.
fn set_directive(config: &str, name: &str, value: &str) -> Result<String, String> {
    let mut found = 0;
    let lines: Vec<String> = config
        .lines()
        .map(|line| {
            let trimmed = line.trim_start();
            if trimmed.starts_with(&format!("{name} ")) && trimmed.ends_with(';') {
                found += 1;
                format!("{}{name} {value};", &line[..line.len() - trimmed.len()])
            } else {
                line.to_owned()
            }
        })
        .collect();
    match found {
        1 => Ok(lines.join("\n") + "\n"),
        n => Err(format!(
            "deploy/nginx.conf: expected one `{name}` line, found {n}"
        )),
    }
}

/// What the README's "Hosting the files" promises, header by header: the
/// precompressed copy by `Accept-Encoding` with `Vary`, the original type
/// (`application/wasm`), immutable caching for hashed names and
/// revalidation for stable ones, and CORS for what host pages load.
pub fn serves_as_the_readme_says(nginx: &Nginx, dist: &Path) -> Step {
    let files = nato_ukraine_explainer::prerender::BuiltFiles::in_dir(dist)?;
    let read = |name: &str| std::fs::read(dist.join(name)).map_err(|e| format!("{name}: {e}"));
    let mut problems = Vec::new();
    let mut expect = |what: String, ok: bool| {
        if !ok {
            problems.push(what);
        }
    };
    for (encoding, suffix) in [
        (Some("gzip, deflate, br"), ".br"),
        (Some("gzip"), ".gz"),
        (None, ""),
    ] {
        let wasm = nginx.request(&format!("/{}", files.wasm), encoding)?;
        let label = format!("{} with Accept-Encoding {encoding:?}", files.wasm);
        let coding = suffix.trim_start_matches('.').replace("gz", "gzip");
        expect(
            format!("{label}: status {}", wasm.status),
            wasm.status.contains(" 200 "),
        );
        expect(
            format!(
                "{label}: Content-Encoding `{}`",
                wasm.header("content-encoding")
            ),
            wasm.header("content-encoding") == coding,
        );
        expect(
            format!("{label}: the body is not {}{suffix}", files.wasm),
            wasm.body == read(&format!("{}{suffix}", files.wasm))?,
        );
        expect(
            format!("{label}: Content-Type `{}`", wasm.header("content-type")),
            wasm.header("content-type") == "application/wasm",
        );
        expect(
            format!("{label}: Vary `{}`", wasm.header("vary")),
            wasm.header("vary").contains("Accept-Encoding"),
        );
        expect(
            format!("{label}: Cache-Control `{}`", wasm.header("cache-control")),
            wasm.header("cache-control").contains("immutable"),
        );
        expect(
            format!(
                "{label}: Access-Control-Allow-Origin `{}`",
                wasm.header("access-control-allow-origin")
            ),
            wasm.header("access-control-allow-origin") == "*",
        );
    }
    for (path, kind, cache, cors) in [
        ("/".to_owned(), "text/html", "no-cache", false),
        (
            "/embed/nato-ukraine-explainer.js".to_owned(),
            "javascript",
            "no-cache",
            true,
        ),
        (
            "/embed/frame.html".to_owned(),
            "text/html",
            "no-cache",
            true,
        ),
        (format!("/{}", files.glue), "javascript", "immutable", true),
        (format!("/{}", files.css), "text/css", "immutable", true),
        (
            "/nato-map.svg".to_owned(),
            "image/svg+xml",
            "no-cache",
            true,
        ),
        (
            "/nato-map-dark.svg".to_owned(),
            "image/svg+xml",
            "no-cache",
            true,
        ),
        (
            "/nato-map-names.uk.svg".to_owned(),
            "image/svg+xml",
            "no-cache",
            true,
        ),
    ] {
        let response = nginx.request(&path, Some("br"))?;
        expect(
            format!(
                "{path}: [status, Content-Encoding, Content-Type, Cache-Control, CORS] = [{}, {}, {}, {}, {}]",
                response.status,
                response.header("content-encoding"),
                response.header("content-type"),
                response.header("cache-control"),
                response.header("access-control-allow-origin")
            ),
            response.status.contains(" 200 ")
                && response.header("content-encoding") == "br"
                && response.header("content-type").contains(kind)
                && response.header("cache-control").contains(cache)
                && (response.header("access-control-allow-origin") == "*") == cors,
        );
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(problems.join("\n")),
    }
}
