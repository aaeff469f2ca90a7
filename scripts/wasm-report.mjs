// What the WebAssembly is made of: the bytes of each crate and its largest
// functions and data, read by twiggy (`make size` runs this after a release
// build).
//
//   node scripts/wasm-report.mjs [rows]
//
// The shipped module has no names, so this makes one that keeps them from
// the same compiler output, the way Trunk makes the shipped one
// (wasm-bindgen, then wasm-opt at index.html's level). Its bytes are before
// brotli, and before scripts/minify-wasm-names.mjs shortens the import and
// export names and optimizes once more.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sections } from "./wasm-sections.mjs";

const rows = Number(process.argv[2] ?? 25);
const compiled = "target/wasm32-unknown-unknown/release/nato-ukraine-explainer.wasm";
const level = readFileSync("index.html", "utf8").match(/data-wasm-opt="(\w+)"/)[1];
const work = mkdtempSync(join(tmpdir(), "wasm-report-"));
const module = join(work, "named.wasm");
try {
  execFileSync("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", work, compiled]);
  execFileSync("wasm-opt", [`-O${level}`, "-g", join(work, "nato-ukraine-explainer_bg.wasm"), "-o", module]);
  report(readFileSync(module), execFileSync("twiggy", ["top", "-n", "1000000", "-f", "csv", module], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  }));
} finally {
  rmSync(work, { recursive: true, force: true });
}

// twiggy's CSV: Name,ShallowSize,... one row per function, data segment and
// section; names may hold commas, so quoted fields are honoured. The name
// sections are left out: the shipped module has none.
function report(wasm, csv) {
const items = csv
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const fields = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((f) => f.replace(/,$/, ""));
    const name = fields[0].replace(/^"|"$/g, "").replace(/""/g, '"');
    return { name, bytes: Number(fields[1]) };
  })
  .filter((item) => !/names" subsection|^custom section|^"?name"? section/.test(item.name));

// The crate an item belongs to: the first crate its name spells
// (`tachys[hash]::…`), the dropped type's crate for drop glue, wasm-bindgen
// for its generated shims, "data" for data segments.
// Our own crate is split by module (embed, components, options, story…).
function crateOf(name) {
  if (name.startsWith("data segment")) return "data: text and tables";
  if (/^(table|elem|type|import|export|global|memory|code|wasm magic)/.test(name)) {
    return "module structure: types, imports, exports, tables";
  }
  if (/externref shim|multivalue shim|^__wbindgen|^__wbg_|wasm-bindgen/.test(name)) {
    return "wasm_bindgen";
  }
  const dropped = name.match(/drop_glue::<[&(<]*([a-z_][a-z0-9_]*)\[[0-9a-f]+\](::[a-z_0-9]+)?/);
  const first = dropped ?? name.match(/^[<&(]*([a-z_][a-z0-9_]*)\[[0-9a-f]+\](::[a-z_0-9]+)?/);
  if (!first) return "other: unnamed";
  return first[1] === "nato_ukraine_explainer" ? `ours: ${first[2]?.slice(2)}` : first[1];
}

// Bytes of the data section that are readable text (runs of 12 or more
// printable UTF-8 bytes): the story, the labels and the console messages.
function textInData(wasm) {
  for (const { id, body, end } of sections(wasm)) {
    if (id !== 11) continue;
    const data = wasm.subarray(body, end).toString("latin1");
    return (data.match(/[\x20-\x7e\n\xc2-\xf4\x80-\xbf]{12,}/g) ?? []).join("").length;
  }
  return 0;
}

const total = items.reduce((sum, item) => sum + item.bytes, 0);
const byCrate = new Map();
for (const item of items) {
  const crate = crateOf(item.name);
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + item.bytes);
}

const pct = (bytes) => ((100 * bytes) / total).toFixed(1).padStart(5);
const short = (name) =>
  name.replace(/\[[0-9a-f]{16}\]/g, "").replace(/^(.{110}).+$/, "$1…");

console.log(`The WebAssembly by crate (bytes before compression; ${total} in all)`);
for (const [crate, bytes] of [...byCrate].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(bytes).padStart(9)} ${pct(bytes)}%  ${crate}`);
}
console.log(`  (of the data, ${textInData(wasm)} bytes are readable text: the story, labels, messages)`);
console.log(`\nIts ${rows} largest items`);
for (const item of [...items].sort((a, b) => b.bytes - a.bytes).slice(0, rows)) {
  console.log(`${String(item.bytes).padStart(9)} ${pct(item.bytes)}%  ${short(item.name)}`);
}
}
