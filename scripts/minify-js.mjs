// Post-build step (release builds only): minifies the hand-written
// scripts that Trunk copies as they are (embed/*.js), since every reader of
// an embed downloads some of them, and shortens the top-level names of the
// JS glue, which Trunk's minifier keeps. Run after
// scripts/minify-wasm-names.mjs, which reads the glue's names.
//
//   node scripts/minify-js.mjs [built folder]   (default: Trunk's staging folder)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { minify } from "terser";
import { one, path } from "./built-files.mjs";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify-js: usage: minify-js.mjs <built folder>, or run as a Trunk hook");
  process.exit(1);
}
if (!process.argv[2] && process.env.TRUNK_PROFILE !== "release") process.exit(0);

// Loaded as ES modules: their top-level names are their own to shorten.
// The others run as classic scripts in the host page's global scope, so
// their top-level names stay as written.
const modules = new Set(["loader", "enhance", "remember", "element", "switch", "editions", "frame_script"].map((name) => basename(path(name))));

const embed = join(dir, "embed");
const scripts = [
  [join(dir, one(dir, "glue")), true],
  ...readdirSync(embed)
    .filter((name) => name.endsWith(".js"))
    .map((name) => [join(embed, name), modules.has(name)]),
];
for (const [path, module] of scripts) {
  const result = await minify(readFileSync(path, "utf8"), {
    module,
    ecma: 2021,
    compress: { passes: 2 },
    mangle: { toplevel: module },
    format: { comments: false },
  }).catch((error) => {
    console.error(`minify-js: ${path}: ${error.message}`);
    process.exit(1);
  });
  writeFileSync(path, result.code);
}
