/**
 * How an ES-module program's TypeScript is compiled, as the Pulumi CLI's nodejs runtime does it
 * in its "automatic ESM mode" (@pulumi/pulumi cmd/run/run.ts): when the program's package is
 * `"type": "module"`, TypeScript is newer than 4.7, node runs with no loader of the program's own
 * (`nodeargs` with `--loader`, `--import` or `--require`) and `ts-node/esm` resolves, ts-node's ESM
 * hooks are registered with `module.register` and the entry is `import()`ed.
 *
 * Runs inside the program's child process. Transpile-only, as everywhere in the offline engine.
 */
import * as fs from "fs";
import * as path from "path";
import * as url from "url";

/** The oldest TypeScript with `module: "nodenext"`, which automatic ESM mode needs. */
const ESM_MIN_TYPESCRIPT = [4, 7];

/** The program's tsconfig.json compilerOptions (comments allowed), or {}. */
export function ownCompilerOptions(programDir: string): Record<string, unknown> {
  const tsconfig = path.join(programDir, "tsconfig.json");
  if (!fs.existsSync(tsconfig)) return {};
  const text = fs.readFileSync(tsconfig, "utf8");
  try {
    return JSON.parse(text).compilerOptions ?? {};
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ts = require(require.resolve("typescript", { paths: [programDir, __dirname] }));
    return ts.parseConfigFileTextToJson(tsconfig, text).config?.compilerOptions ?? {};
  }
}

/** Compiler options of automatic ESM mode: Pulumi's defaults under the program's own. */
export function esmCompilerOptions(programDir: string): Record<string, unknown> {
  const own = ownCompilerOptions(programDir);
  const options: Record<string, unknown> = {
    target: "ES2022",
    module: "nodenext",
    moduleResolution: "nodenext",
    sourceMap: true,
    ...own,
  };
  // A tsconfig that sets `module` alone means TypeScript's matching resolution.
  if (own.module !== undefined && own.moduleResolution === undefined) delete options.moduleResolution;
  return options;
}

/** True when node's arguments already set up a loader, which automatic ESM mode leaves alone. */
export function hasOwnLoader(nodeArgs: readonly string[]): boolean {
  return nodeArgs.some((a) => /^--(loader|experimental-loader|import|require)(=|$)|^-r$/.test(a));
}

/** A TypeScript package as the program resolves it: its folder and version. */
export interface TypeScriptPackage {
  readonly dir: string;
  readonly version: string;
}

function typescriptPackage(fromDir: string): TypeScriptPackage | undefined {
  try {
    const pkg = require.resolve("typescript/package.json", { paths: [fromDir] });
    return { dir: path.dirname(pkg), version: JSON.parse(fs.readFileSync(pkg, "utf8")).version };
  } catch {
    return undefined;
  }
}

/** True when a `major.minor.patch` version is at least `min` (compared part by part); false when it is not a version. */
export function versionAtLeast(version: string, min: readonly number[]): boolean {
  const parts = version.split(/[.-]/).map((p) => parseInt(p, 10));
  for (let i = 0; i < min.length; i++) {
    if ((parts[i] ?? 0) !== min[i]) return (parts[i] ?? 0) > min[i];
  }
  return true;
}

/**
 * Why the TypeScript a program loads cannot compile it as an ES module, or undefined when it can.
 * The CLI would fall back to CommonJS compilation and fail with node's "Unknown file extension
 * .ts"; saying which TypeScript was found, and what to install, is more use.
 */
export function esmTypeScriptProblem(
  ts: TypeScriptPackage | undefined,
  pulumiDir: string,
): string | undefined {
  if (!ts) return `no TypeScript found from ${pulumiDir}; install typescript (5.x) in the program's folder`;
  if (versionAtLeast(ts.version, ESM_MIN_TYPESCRIPT) && !ts.version.startsWith("4.7.0")) return undefined;
  return (
    `TypeScript ${ts.version} (${ts.dir}) cannot compile an ES-module program: it needs 4.7 or later ` +
    `(module "nodenext"); install typescript 5.x in the program's folder`
  );
}

/**
 * Registers ts-node's ESM hooks for the program, as automatic ESM mode does, resolving ts-node and
 * TypeScript from `pulumiDir` (where the CLI's runtime resolves them). Returns false, registering
 * nothing, when ts-node has no ESM hooks there; the program then runs as the CLI would run it.
 * When the TypeScript found is missing or too old, a TypeScript entry throws (see
 * {@link esmTypeScriptProblem}); a JavaScript one runs without TypeScript, as under the CLI.
 */
export function registerEsmTypeScript(programDir: string, pulumiDir: string, entry: string): boolean {
  let tsNodeDir: string;
  try {
    require.resolve("ts-node/esm", { paths: [pulumiDir] });
    tsNodeDir = path.dirname(require.resolve("ts-node/package.json", { paths: [pulumiDir] }));
  } catch {
    return false;
  }
  const problem = esmTypeScriptProblem(typescriptPackage(pulumiDir), pulumiDir);
  if (problem && /\.[mc]?ts$/.test(entry)) throw new Error(`${entry}: ${problem}`);
  if (problem) return false;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const register = require("module").register as
    ((specifier: string, parent: string, options: { data: unknown }) => void) | undefined;
  if (!register) return false;
  register(url.pathToFileURL(path.join(__dirname, "esm-hooks.js")).href, url.pathToFileURL(__filename).href, {
    data: {
      tsNode: tsNodeDir,
      options: {
        compiler: require.resolve("typescript", { paths: [pulumiDir] }),
        transpileOnly: true,
        skipProject: true,
        cwd: programDir,
        compilerOptions: esmCompilerOptions(programDir),
      },
    },
  });
  return true;
}
