// `make package`: an npm tarball of the embed files, for front-end teams that
// install widgets from npm and bundle them (Vite, webpack). It holds the
// loader and the modules it imports, their TypeScript declarations, the JS
// glue, the WebAssembly, the stylesheet and the maps, laid out as in the
// built folder, so the loader's relative addresses hold there too.
//
//   node scripts/package.mjs [built folder]   (default: dist)
//
// Writes target/package/nato-ukraine-explainer-<version>.tgz and prints its
// path.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { one, path } from "./built-files.mjs";

const dist = process.argv[2] ?? "dist";
const fail = (message) => {
  console.error(`package: ${message}`);
  process.exit(1);
};
if (!existsSync(dist)) fail(`no ${dist}/ folder; run 'make build' first`);

// The crate's version and description are the package's.
const cargo = readFileSync("Cargo.toml", "utf8");
const field = (name) => cargo.match(new RegExp(`^${name} = "(.*)"$`, "m"))?.[1] ?? fail(`no ${name} in Cargo.toml`);

const loader = path("loader");
const types = loader.replace(/\.js$/, ".d.ts");
// Modules with effects on import: the loader defines the custom element and
// finds placeholders, enhance.js listens for clicks on section headers.
const effects = [loader, path("enhance")];
const files = [
  ...effects,
  types,
  path("remember"),
  path("element"),
  path("story"),
  one(dist, "glue"),
  one(dist, "wasm"),
  one(dist, "css"),
  path("map"),
  path("map_dark"),
  path("map_names"),
  path("map_names_dark"),
];

// Each edition's table and map names beside the English ones
// (embed/story.uk.json, nato-map-names.uk.svg), which the loader names by
// language.
const languages = readdirSync(join(dist, "embed")).flatMap((name) => name.match(/^story\.([a-z-]+)\.json$/)?.[1] ?? []);
const inEdition = (file, language) => file.replace(/\.(\w+)$/, `.${language}.$1`);
for (const language of languages) {
  files.push(...[path("story"), path("map_names"), path("map_names_dark")].map((file) => inEdition(file, language)));
}

const out = "target/package";
const root = join(out, "nato-ukraine-explainer");
rmSync(out, { recursive: true, force: true });
for (const file of files) {
  if (!existsSync(join(dist, file))) fail(`no ${join(dist, file)}; run 'make build' first`);
  mkdirSync(dirname(join(root, file)), { recursive: true });
  copyFileSync(join(dist, file), join(root, file));
}

// A bundler moves the stylesheet away from the maps it names relative to
// itself; in the package it takes their addresses from the loader, which
// sets them on each explainer's element (--nue-map-file, --nue-map-names-file
// and their dark ones).
const css = join(root, one(dist, "css"));
let sheet = readFileSync(css, "utf8");
const properties = [
  [path("map"), "--nue-map-file"],
  [path("map_dark"), "--nue-map-dark-file"],
  [path("map_names"), "--nue-map-names-file"],
  [path("map_names_dark"), "--nue-map-names-dark-file"],
];
for (const [map, property] of properties) {
  // The sheet's own fallback to the map beside it, minified or not.
  const named = new RegExp(`var\\(${property},\\s*url\\(${map.replaceAll(".", "\\.")}\\)\\)`, "g");
  if (!named.test(sheet)) fail(`${css} names no var(${property}, url(${map}))`);
  sheet = sheet.replace(named, `var(${property})`);
}
writeFileSync(css, sheet);

// The map's names are small enough that a bundler would inline them, every
// edition's and theme's, into the app's script, which every reader of the
// app would then download: `?no-inline` keeps them files, fetched only when
// the map shows (Vite drops the query from the built names; webpack emits
// URL assets as files anyway).
const loaderFile = join(root, loader);
const names = /(nato-map-names(?:-dark)?(?:\.\$\{\w+\})?\.svg)(["`])/g;
const script = readFileSync(loaderFile, "utf8");
if ((script.match(names) ?? []).length !== 4) fail(`${loaderFile} names the map's names other than four times`);
writeFileSync(loaderFile, script.replace(names, "$1?no-inline$2"));

const dot = (file) => `./${file}`;
const manifest = {
  name: "nato-ukraine-explainer",
  version: field("version"),
  description: field("description"),
  license: field("license"),
  type: "module",
  exports: {
    ".": { types: dot(types), default: dot(loader) },
    "./package.json": "./package.json",
  },
  types: dot(types),
  files,
  sideEffects: effects.map(dot),
};
writeFileSync(join(root, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(
  join(root, "README.md"),
  `# nato-ukraine-explainer

An embeddable, accessible explainer of NATO's long-term plan for Ukraine, the
10-year U.S.-Ukraine security agreement and new U.S. sanctions on Russia.

\`\`\`js
import { mount } from "nato-ukraine-explainer";
await mount(document.querySelector("#explainer"), { open: ["sanctions"] });
\`\`\`

or, once imported, \`<nato-ukraine-explainer open="sanctions"></nato-ukraine-explainer>\`.
A bundler that follows \`new URL("…", import.meta.url)\` (Vite, webpack 5) carries
the WebAssembly, the stylesheet and the maps along. Options, events and the
Content-Security-Policy a page needs are in the project's docs/embedding.md.
`,
);
const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", "..", "."], {
  cwd: root,
  encoding: "utf8",
}).trim();
console.log(join(out, tarball));
