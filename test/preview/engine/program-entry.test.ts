import { strict as assert } from "assert";
import * as path from "path";
import { ConfigError } from "../../../preview/engine/errors";
import { loadProject, splitArgs } from "../../../preview/engine/program/project";
import { runProgram } from "../../../preview/engine/program/run-program";
import { hasOwnLoader } from "../../../preview/engine/program/typescript";
import type { ProgramRun } from "../../../preview/engine/types";

const programs = path.resolve(__dirname, "../../fixtures/engine/programs");
const run = (dir: string): Promise<ProgramRun> =>
  runProgram({ programDir: path.join(programs, dir), mode: "preview" });

describe("engine program runner: ES modules and runtime options", function () {
  this.timeout(120000);

  it("runs an ES-module TypeScript program, resolving ./lib.js to lib.ts", async () => {
    const r = await run("esm-ts");
    assert.deepEqual(r.resources[0].outputs, { logGroup: "logs-787c0e0", isModule: true });
  });

  it("runs an ES-module JavaScript entry (.mjs) with top-level await", async () => {
    const r = await run("esm-js");
    assert.deepEqual(r.resources[0].outputs, { rotation: true, topLevelAwait: "awaited" });
  });

  it("makes an async default export's result the stack outputs", async () => {
    const r = await run("esm-default");
    assert.deepEqual(r.resources[0].outputs, { answer: 42, bucketName: "data-490ef3e" });
  });

  it("runs a program in a subfolder of an ES-module package as an ES module", async () => {
    const r = await run("esm-subfolder/infra");
    assert.deepEqual(r.resources[0].outputs, { isModule: true, stackName: "dev" });
  });

  it("imports an .mts entry outside an ES-module package", async () => {
    const r = await run("esm-mts");
    assert.deepEqual(r.resources[0].outputs, { greeting: "hello world", isModule: true });
  });

  it("passes Pulumi.yaml's nodeargs to node, split as a shell splits them", async () => {
    const r = await run("nodeargs");
    assert.deepEqual(r.resources[0].outputs, { preloadedBy: "nodeargs", title: "scopeguard fixture" });
  });
});

describe("engine program: runtime options", () => {
  it("reads nodeargs and typescript from Pulumi.yaml runtime options", () => {
    assert.deepEqual(loadProject(path.join(programs, "nodeargs")).runtimeOptions, {
      nodeargs: ["--require", "./preload.cjs", "--title", "scopeguard fixture"],
      typescript: true,
    });
  });

  it("leaves ES-module compilation to a loader that nodeargs names, as the CLI does", () => {
    assert.deepEqual(
      [["--import", "tsx"], ["--loader=ts-node/esm"], ["-r", "x"], ["--max-old-space-size=4096"]].map(
        hasOwnLoader,
      ),
      [true, true, true, false],
    );
  });

  it("splits arguments with quotes and backslashes", () => {
    assert.deepEqual(splitArgs(`--a "b c" 'd e'  f\\ g --h="i j"`), ["--a", "b c", "d e", "f g", "--h=i j"]);
  });

  it("rejects an unclosed quote", () => {
    assert.throws(
      () => splitArgs(`--title "x`),
      (e: Error) => e.message === `unclosed " in "--title "x"`,
    );
  });

  it("rejects a non-string nodeargs naming the file", () => {
    const dir = path.join(programs, "bad-runtime");
    assert.throws(
      () => loadProject(dir),
      (e: Error) =>
        e instanceof ConfigError &&
        e.message ===
          `${path.join(dir, "Pulumi.yaml")}: runtime.options.nodeargs must be a string, e.g. "--max-old-space-size=4096"`,
    );
  });
});
