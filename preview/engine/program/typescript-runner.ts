/**
 * The ts-node and TypeScript that run a program's TypeScript source. As the Pulumi CLI does, the
 * program's own copies win (a project pins the compiler it is written for); the CLI's own
 * dependencies are the fallback for a program that has none installed.
 */
import * as fs from "fs";
import * as path from "path";
import { ConfigError } from "../errors";
import { versionAtLeast } from "./typescript";

/** What the program runner registers in the program's process. */
export interface TypeScriptRunner {
  /** Absolute path of ts-node's `register/transpile-only` module (a `node -r` argument). */
  readonly register: string;
  /** Absolute folder of the TypeScript package ts-node compiles with (`TS_NODE_COMPILER`). */
  readonly compiler: string;
  /** That TypeScript's version. */
  readonly typescriptVersion: string;
}

/**
 * ts-node 10 needs TypeScript's JavaScript API; TypeScript 7 is the native compiler and has none.
 * The runner uses `nodenext` module resolution, which needs 4.7.
 */
const SUPPORTED = "4.7 to 6.x";

/** The folder of `node_modules/<name>` seen from `fromDir` as Node resolves it (walking up), or undefined. */
function installedPackageDir(name: string, fromDir: string): string | undefined {
  for (let dir = path.resolve(fromDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (fs.existsSync(path.join(candidate, "package.json"))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function versionOf(packageDir: string): string {
  try {
    return String(JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")).version);
  } catch {
    return "unknown";
  }
}

function supported(version: string): boolean {
  return versionAtLeast(version, [4, 7]) && !versionAtLeast(version, [7]);
}

/**
 * Picks ts-node and TypeScript for the program in `programDir`. Throws a ConfigError naming the
 * version and what to change when the program's own TypeScript cannot be loaded by ts-node.
 */
export function typeScriptRunner(programDir: string): TypeScriptRunner {
  const own = installedPackageDir("typescript", programDir);
  const compiler = own ?? path.dirname(require.resolve("typescript/package.json"));
  const typescriptVersion = versionOf(compiler);
  if (!supported(typescriptVersion)) {
    throw new ConfigError(
      `${programDir}: the program installs TypeScript ${typescriptVersion} (${compiler}), which ts-node cannot ` +
        `load to run the program as Pulumi does; scopeguard needs TypeScript ${SUPPORTED}: ` +
        `run \`npm install --save-dev typescript@5\` in the program folder`,
    );
  }
  const tsNode = installedPackageDir("ts-node", programDir);
  const register = tsNode
    ? path.join(tsNode, "register", "transpile-only.js")
    : require.resolve("ts-node/register/transpile-only");
  return { register, compiler, typescriptVersion };
}
