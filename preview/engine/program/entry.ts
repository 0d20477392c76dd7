/**
 * Where a program starts and how it is loaded, as the Pulumi CLI's nodejs runtime decides it
 * (@pulumi/pulumi cmd/run/run.ts):
 * - the program's package is the nearest package.json above the entry (a program in a subfolder of
 *   an ES-module package is an ES module too);
 * - with no `main` in Pulumi.yaml, the program folder's own package.json `exports` or `main` names
 *   the entry (the CLI also follows a package.json above the folder; here that one only decides
 *   the module type);
 * - an ES-module package's entry is `import()`ed (a folder: its index.js, .mjs, .ts or .mts);
 *   anything else is `require()`d; `.mjs` and `.mts` entries are always imported;
 * - a default export replaces the module's exports (both at once is an error); a function is
 *   called and its result, awaited, becomes the stack outputs.
 *
 * Runs inside the program's child process.
 */
import * as fs from "fs";
import * as path from "path";
import * as url from "url";

/** The nearest package.json at or above `dir`, parsed, with its folder; undefined if none. */
export function nearestPackage(dir: string): { dir: string; json: Record<string, unknown> } | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    const f = path.join(d, "package.json");
    if (fs.existsSync(f)) {
      try {
        return { dir: d, json: JSON.parse(fs.readFileSync(f, "utf8")) };
      } catch {
        return { dir: d, json: {} };
      }
    }
    if (path.dirname(d) === d) return undefined;
  }
}

/** How the program is loaded. */
export interface ProgramEntry {
  /** Absolute file or folder to load. */
  readonly path: string;
  /** True when it is loaded with `import()`. */
  readonly esm: boolean;
}

/** The value at `key` of a parsed JSON object; `undefined` for anything else. */
const member = (obj: unknown, key: string): unknown =>
  typeof obj === "object" && obj !== null ? (obj as Record<string, unknown>)[key] : undefined;

const isDir = (p: string): boolean => fs.existsSync(p) && fs.statSync(p).isDirectory();

/** The program's entry. `main` is Pulumi.yaml's main resolved, `explicit` whether it was set. */
export function programEntry(main: string, explicit: boolean): ProgramEntry {
  const pkg = nearestPackage(isDir(main) ? main : path.dirname(main));
  let entry = main;
  if (!explicit && pkg && pkg.dir === main) {
    const exp = pkg.json.exports;
    const dot = member(exp, ".");
    const named =
      typeof exp === "string"
        ? exp
        : typeof exp === "object" && exp !== null
          ? typeof dot === "string"
            ? dot
            : (member(dot, "default") ?? member(dot, "require") ?? member(dot, "import"))
          : pkg.json.main;
    if (typeof named === "string" && fs.existsSync(path.join(pkg.dir, named)))
      entry = path.join(pkg.dir, named);
  }
  const esm = pkg?.json.type === "module" || /\.m[jt]s$/.test(entry);
  if (esm && isDir(entry)) {
    const index = ["index.js", "index.mjs", "index.ts", "index.mts"].find((f) =>
      fs.existsSync(path.join(entry, f)),
    );
    if (!index) throw new Error(`No entrypoint found in ${entry}`);
    entry = path.join(entry, index);
  }
  return { path: entry, esm };
}

// A real dynamic import: TypeScript compiled to CommonJS would turn `import()` into `require()`.
const dynamicImport = (0, eval)("u=>import(u)") as (u: string) => Promise<Record<string, unknown>>;

/** Loads the entry and returns what the program exported (a function is not yet called). */
export async function loadEntry(entry: ProgramEntry): Promise<unknown> {
  const hasDefault = (m: unknown): m is { default: unknown } =>
    typeof m === "object" && m !== null && Object.getOwnPropertyDescriptor(m, "default") !== undefined;
  if (entry.esm) {
    const module = await dynamicImport(url.pathToFileURL(fs.realpathSync(entry.path)).href);
    if (!hasDefault(module)) return module;
    if (Object.keys(module).length !== 1)
      throw new Error(
        "expected entrypoint module to have either a default export or named exports but not both",
      );
    return module.default;
  }
  // A folder is required as a folder, never as an adjacent .json file.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(isDir(entry.path) && !entry.path.endsWith("/") ? `${entry.path}/` : entry.path);
  // TypeScript's `export default` compiled to CommonJS: the default export is the program.
  return hasDefault(module) && Object.keys(module).length === 1 ? module.default : module;
}
