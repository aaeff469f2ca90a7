// The loader's TypeScript declarations, as a host's build meets them:
// tests/types/uses.ts, which uses every one, must type-check under
// `tsc --strict`; tests/types/misuses.ts must fail on exactly the lines
// marked `// error`, and nowhere else. Reads the built declarations in
// dist/ (`make test` runs this after the release build).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const TYPES = "dist/embed/nato-ukraine-explainer.d.ts";
if (!existsSync(TYPES)) {
  console.error(`check-types: no ${TYPES}; build first`);
  process.exit(1);
}
const flags = ["--strict", "--noEmit", "--pretty", "false", "--target", "es2022", "--module", "esnext",
  "--moduleResolution", "bundler", "--lib", "es2022,dom"];

/** tsc's errors for `file`, as `{ line, text }`. */
function errors(file) {
  try {
    execFileSync("node_modules/.bin/tsc", [...flags, file], { encoding: "utf8" });
    return [];
  } catch (failure) {
    if (typeof failure.stdout !== "string") throw failure;
    return failure.stdout.split("\n").flatMap((text) => {
      const found = /^(.+?)\((\d+),\d+\): error /.exec(text);
      if (found) return [{ file: found[1], line: Number(found[2]), text }];
      // An error of tsc itself (an option, a missing file) is no line's.
      return /error TS/.test(text) ? [{ file: "", line: 0, text }] : [];
    });
  }
}

let failed = false;
const used = errors("tests/types/uses.ts");
for (const { text } of used) console.error(`check-types: ${text}`);
failed ||= used.length > 0;

const misuses = "tests/types/misuses.ts";
const marked = readFileSync(misuses, "utf8").split("\n")
  .flatMap((text, i) => (/\/\/ error$/.test(text) ? [i + 1] : []));
const refused = errors(misuses);
for (const { file, line, text } of refused) {
  if (!file.endsWith(misuses) || !marked.includes(line)) {
    console.error(`check-types: an error where none was expected: ${text}`);
    failed = true;
  }
}
for (const line of marked) {
  if (!refused.some((error) => error.line === line)) {
    console.error(`check-types: ${misuses}:${line} is a mistake that the types let through`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log(`check-types: ${TYPES} takes every use, and refuses each of the ${marked.length} mistakes`);
