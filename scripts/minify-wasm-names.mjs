// Post-build step (release builds only): gives the WebAssembly's
// imports and exports one- or two-letter names, in the .wasm and in its JS
// glue alike. wasm-bindgen names them after the Rust items, with hashes:
// 127 imports and 30 exports, each name stored twice, which every reader
// downloads (docs/performance.md).
//
// binaryen's wasm-opt renames them (--minify-imports-and-exports-and-modules)
// and prints the mapping, which this applies to the glue. Every name is then
// checked against the module itself, so a change in wasm-bindgen's glue
// fails the build here instead of breaking the page.
//
//   node scripts/minify-wasm-names.mjs [built folder]   (default: Trunk's staging folder)
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { one } from "./built-files.mjs";
import { sections } from "./wasm-sections.mjs";

const fail = (message) => {
  console.error(`minify-wasm-names: ${message}`);
  process.exit(1);
};

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) fail("usage: minify-wasm-names.mjs <built folder>, or run as a Trunk hook");
// As a hook, release builds only: debug builds keep names for their tools.
if (!process.argv[2] && process.env.TRUNK_PROFILE !== "release") process.exit(0);
const wasmPath = join(dir, one(dir, "wasm"));
const gluePath = join(dir, one(dir, "glue"));

// The same features as Trunk's wasm-opt run (Trunk.toml, index.html).
const features = [
  "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
];
// The same run drops two custom sections that no browser reads (which
// compiler made it, which features it was compiled for), and optimizes
// once more: a second -Os finds what the first one's changes opened up.
const printed = execFileSync(
  "wasm-opt",
  [wasmPath, ...features, "--minify-imports-and-exports-and-modules",
    "--strip-producers", "--strip-target-features", "-Os", "-o", wasmPath],
  { encoding: "utf8" },
);
const mapping = JSON.parse(printed.slice(printed.indexOf("{")));

const minified = new WebAssembly.Module(dropCustomSection(wasmPath, "__wasm_split_unstable"));
const imports = WebAssembly.Module.imports(minified);
const exports = WebAssembly.Module.exports(minified);
const modules = new Set(imports.map((i) => i.module));
if (modules.size !== 1) fail(`expected the imports in one module, found ${[...modules]}`);
const [module] = modules;

let glue = readFileSync(gluePath, "utf8");
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
// Replaces every match of `pattern` in the glue; how many there were.
const replaceAll = (pattern, replacement) => {
  let count = 0;
  glue = glue.replace(pattern, () => {
    count += 1;
    return replacement;
  });
  return count;
};

// The import object: one module, each function a key of its object.
const oldModules = new Set(mapping.imports.map(([oldModule]) => oldModule));
for (const oldModule of oldModules) {
  const count = replaceAll(new RegExp(`(["'])${escape(oldModule)}\\1:`, "g"), `${JSON.stringify(module)}:`);
  if (count === 0) fail(`import module ${oldModule} is not in the JS glue`);
}
for (const [, oldName, newName] of mapping.imports) {
  const count = replaceAll(new RegExp(`(?<![\\w$])${escape(oldName)}(?=:)`, "g"), newName);
  if (count !== 1) fail(`import ${oldName} is defined ${count} times in the JS glue, not once`);
}
// Exports are read as properties of the instance's exports, `wasm.<name>`;
// the glue does not read every one (`main`, for instance).
for (const [oldName, newName] of mapping.exports) {
  replaceAll(new RegExp(`\\bwasm\\.${escape(oldName)}(?![\\w$])`, "g"), `wasm.${newName}`);
}

// Every import the module asks for is defined, every export the glue reads exists.
const defined = new Set(mapping.imports.map(([, , newName]) => newName));
for (const { name } of imports) if (!defined.has(name)) fail(`import ${name} has no definition`);
const exported = new Set(exports.map((e) => e.name));
for (const [, name] of glue.matchAll(/\bwasm\.([\w$]+)/g)) {
  if (!exported.has(name)) fail(`the JS glue reads wasm.${name}, which the module does not export`);
}
for (const [, name] of mapping.exports) {
  if (!exported.has(name)) fail(`export ${name} is missing after renaming`);
}
writeFileSync(gluePath, glue);

// Removes the custom section `name` from the module at `path`, and returns
// the module's bytes: Leptos marks its module for a splitting tool this
// build does not use, and no browser reads the mark.
function dropCustomSection(path, name) {
  const wasm = readFileSync(path);
  const kept = [wasm.subarray(0, 8)];
  for (const section of sections(wasm)) {
    if (section.name !== name) kept.push(wasm.subarray(section.start, section.end));
  }
  const trimmed = Buffer.concat(kept);
  writeFileSync(path, trimmed);
  return trimmed;
}
