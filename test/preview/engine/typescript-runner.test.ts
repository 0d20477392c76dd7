import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ConfigError } from "../../../preview/engine/errors";
import { runProgram } from "../../../preview/engine/program/run-program";
import { typeScriptRunner } from "../../../preview/engine/program/typescript-runner";

const REPO = path.resolve(__dirname, "..", "..", "..");

/** A program folder outside the repository, with the given packages "installed" (package.json only). */
function programWith(installed: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scopeguard-ts-runner-"));
  fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: pinned\nruntime: nodejs\nmain: index.ts\n");
  fs.writeFileSync(path.join(dir, "index.ts"), "export const answer: number = 42;\n");
  for (const [name, version] of Object.entries(installed)) {
    fs.mkdirSync(path.join(dir, "node_modules", name, "register"), { recursive: true });
    fs.writeFileSync(path.join(dir, "node_modules", name, "package.json"), JSON.stringify({ name, version }));
  }
  return dir;
}

describe("engine program runner: the TypeScript that runs a program", () => {
  const dirs: string[] = [];
  const program = (installed: Record<string, string>): string => {
    const dir = programWith(installed);
    dirs.push(dir);
    return dir;
  };
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it("uses the program's own TypeScript and ts-node when it installs them", () => {
    const dir = program({ typescript: "5.4.5", "ts-node": "10.9.1" });
    assert.deepEqual(typeScriptRunner(dir), {
      register: path.join(dir, "node_modules", "ts-node", "register", "transpile-only.js"),
      compiler: path.join(dir, "node_modules", "typescript"),
      typescriptVersion: "5.4.5",
    });
  });

  it("falls back to the CLI's own TypeScript and ts-node for a program without them", () => {
    const runner = typeScriptRunner(program({}));
    assert.equal(runner.compiler, path.join(REPO, "node_modules", "typescript"));
    assert.equal(runner.register, require.resolve("ts-node/register/transpile-only"));
  });

  it("rejects a program pinned to TypeScript 7 with the version and what to do, before running it", async () => {
    const dir = program({ typescript: "7.0.0" });
    await assert.rejects(
      runProgram({ programDir: dir, mode: "preview" }),
      (e: Error) =>
        e instanceof ConfigError &&
        e.message ===
          `${dir}: the program installs TypeScript 7.0.0 (${path.join(dir, "node_modules", "typescript")}), ` +
            "which ts-node cannot load to run the program as Pulumi does; scopeguard needs TypeScript 4.7 to 6.x: " +
            "run `npm install --save-dev typescript@5` in the program folder",
    );
  });

  it("rejects a TypeScript older than 4.7 the same way", () => {
    const dir = program({ typescript: "4.6.4" });
    assert.throws(
      () => typeScriptRunner(dir),
      /installs TypeScript 4\.6\.4 .* needs TypeScript 4\.7 to 6\.x/,
    );
  });
});
