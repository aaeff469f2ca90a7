// The built files by their names in scripts/built-files.json, which owns
// them, for the post-build steps and scripts/size.sh. The node scripts
// import it; the bash ones read what it prints, bash declarations:
//
//   node scripts/built-files.mjs <built folder> built served
//
// `built`: each name's path in the folder (built[glue], built[loader], ...);
// a hashed name that matches no file or more than one fails, naming both.
// `served`: every file below the folder a reader downloads, sorted.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join, sep } from "node:path";
import { pathToFileURL } from "node:url";

const names = JSON.parse(readFileSync(new URL("built-files.json", import.meta.url), "utf8"));

// Errors start with the name of the script that was run.
const fail = (message) => {
  console.error(`${basename(process.argv[1] ?? "built-files", ".mjs")}: ${message}`);
  process.exit(1);
};

const hashed = (name) => names.hashed[name] ?? fail(`no hashed file ${name} in built-files.json`);
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The path of a file named the same in every build, e.g. `path("loader")`. */
export const path = (name) => names.paths[name] ?? fail(`no path ${name} in built-files.json`);
/** A hashed file's name as a glob, e.g. `nato-ukraine-explainer-*.js`. */
export const glob = (name) => `${hashed(name).prefix}*${hashed(name).suffix}`;
/** A hashed file's name as a regular expression, its hash in lowercase hex. */
export const regex = (name) =>
  new RegExp(`^${escape(hashed(name).prefix)}[0-9a-f]+${escape(hashed(name).suffix)}$`);

/** The name of the one file in `dir` that is the hashed file `name`. */
export const one = (dir, name) => {
  const found = readdirSync(dir).filter((file) => regex(name).test(file));
  if (found.length !== 1) {
    fail(`expected one ${glob(name)} (the hash in hex) in ${dir}, found: ${found.join(", ") || "none"}`);
  }
  return found[0];
};

/**
 * Every file below `dir` a reader downloads, relative, sorted; none in a
 * dot folder (Trunk's staging folder, dist/.stage, while a build runs).
 */
export const served = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((file) => !file.split(sep).some((part) => part.startsWith(".")))
    .filter((file) => names.served.some((kind) => file.endsWith(kind)))
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, ...wanted] = process.argv.slice(2);
  const quote = (text) => `'${text.replaceAll("'", "'\\''")}'`;
  const declarations = {
    built: () => {
      const hashedFiles = Object.keys(names.hashed).map((name) => [name, one(dir, name)]);
      const pairs = [...hashedFiles, ...Object.entries(names.paths)];
      return `declare -A built=(${pairs.map(([name, file]) => `[${name}]=${quote(file)}`).join(" ")})`;
    },
    served: () => `served=(${served(dir).map(quote).join(" ")})`,
  };
  if (!dir || wanted.length === 0 || !wanted.every((what) => what in declarations)) {
    fail("usage: built-files.mjs <built folder> built|served...");
  }
  for (const what of wanted) console.log(declarations[what]());
}
