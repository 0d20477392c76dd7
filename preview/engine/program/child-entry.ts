/**
 * Which file the program's child process starts. The compiled engine starts its compiled child.
 * The engine run from its TypeScript source (the repository's own tests) starts the compiled child
 * of `npm run build` too, when that build is current: otherwise ts-node transpiles the whole
 * engine again in every child, which doubled the cost of a small program's run. When any source
 * the compiled child was built from is newer than its output, or not compiled at all, the child
 * runs from source, so an edit is never tested against a stale build.
 */
import * as fs from "fs";
import * as path from "path";

/** The repository root when this file runs from source (preview/engine/program/ -> ../../..). */
const SOURCE_ROOT = path.resolve(__dirname, "..", "..", "..");
/** Where `npm run build` puts the preview package's output (tsconfig.build.json: rootDir "..", outDir dist). */
const buildOf = (root: string): string => path.join(root, "preview", "dist");

const mtime = (file: string): number | undefined => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
};

function* files(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else yield p;
  }
}

/**
 * True when every engine source has a compiled copy at least as new, and every compiled engine and
 * policy-pack module the preview build holds (the engine imports a few) is at least as new as its
 * source.
 */
export function compiledEngineIsCurrent(root: string = SOURCE_ROOT): boolean {
  const build = buildOf(root);
  try {
    for (const src of files(path.join(root, "preview", "engine"))) {
      if (!/\.(ts|js)$/.test(src) || src.endsWith(".d.ts")) continue;
      const out = path.join(build, path.relative(root, src)).replace(/\.ts$/, ".js");
      if ((mtime(out) ?? -1) < (mtime(src) ?? Infinity)) return false;
    }
    for (const part of ["preview/engine", "policypack"]) {
      const dir = path.join(build, part);
      if (!fs.existsSync(dir)) continue;
      for (const out of files(dir)) {
        if (!out.endsWith(".js")) continue;
        const rel = path.relative(build, out);
        const src = [rel.replace(/\.js$/, ".ts"), rel].map((r) => path.join(root, r)).find(fs.existsSync);
        // An output whose source is gone is a leftover of a renamed file: nothing current imports it.
        if (src !== undefined && (mtime(src) ?? Infinity) > (mtime(out) ?? -1)) return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}

/** The child entry for this copy of the engine; see the file comment. */
export function childEntry(): string {
  if (path.extname(__filename) !== ".ts") return path.join(__dirname, "child.js");
  return compiledEngineIsCurrent()
    ? path.join(buildOf(SOURCE_ROOT), "preview", "engine", "program", "child.js")
    : path.join(__dirname, "child.ts");
}
