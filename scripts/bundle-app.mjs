// The npm package as a front-end team meets it (`make test` runs this after
// the release build): packed by scripts/package.mjs, installed into a new
// project holding tests/bundle-app/, and bundled there by Vite (from npm,
// installed by scripts/install-tools.sh). The end-to-end suite then opens
// the bundled app in Chromium (tests/browsers/e2e/embed/bundled.rs).
//
//   node scripts/bundle-app.mjs [built folder]   (default: dist)
//
// Writes the bundled app to target/bundle-app/dist/; fails, saying which,
// when a file the explainer needs did not come along.
import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const dist = process.argv[2] ?? "dist";
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

const tarball = resolve(run("node", ["scripts/package.mjs", dist]).trim());
const app = "target/bundle-app";
rmSync(app, { recursive: true, force: true });
cpSync("tests/bundle-app", app, { recursive: true });
writeFileSync(join(app, "package.json"), `${JSON.stringify({ name: "bundle-app", private: true, type: "module" }, null, 2)}\n`);
// A local tarball with no dependencies: nothing to fetch.
run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel", "error", tarball], app);
run(resolve("node_modules/.bin/vite"), ["build", "--base", "./", "--logLevel", "warn"], app);

const built = readdirSync(join(app, "dist", "assets"));
const missing = [
  ["the WebAssembly", /\.wasm$/],
  ["the stylesheet", /^explainer-.*\.css$/],
  ["the light map", /^nato-map-(?!dark-|names-)[\w-]+\.svg$/],
  ["the dark map", /^nato-map-dark-[\w-]+\.svg$/],
  ["the light map's names", /^nato-map-names-(?!dark-)[\w-]+\.svg$/],
  ["the dark map's names", /^nato-map-names-dark-[\w-]+\.svg$/],
].filter(([, name]) => !built.some((file) => name.test(file)));
if (missing.length > 0) {
  console.error(`bundle-app: Vite's bundle lacks ${missing.map(([what]) => what).join(", ")}; it has: ${built.join(", ")}`);
  process.exit(1);
}
console.log(`bundle-app: ${tarball} installed and bundled by Vite into ${app}/dist (${built.length} assets)`);
