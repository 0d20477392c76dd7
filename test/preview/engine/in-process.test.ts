import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import * as path from "path";
import { ConfigError, ProgramError } from "../../../preview/engine/errors";
import { needsOwnProcess, runProgramInProcess } from "../../../preview/engine/program/in-process";
import { prepareJob, runProgram } from "../../../preview/engine/program/run-program";
import type { ProgramRun, RunMode } from "../../../preview/engine/types";

const programs = path.resolve(__dirname, "../../fixtures/engine/programs");
const examples = path.resolve(__dirname, "../../../examples");

/** A run without what differs by nature between two runs (time) or by design (captured output). */
const recorded = (run: ProgramRun) => ({ ...run, durationMs: 0, output: "" });

const jobOf = (dir: string, mode: RunMode = "preview") => prepareJob({ programDir: dir, mode }).job;

describe("engine program runner, in this process", function () {
  this.timeout(180000);

  for (const [label, dir] of [
    ["the basic fixture (components, config, secrets, invokes)", path.join(programs, "basic")],
    ["the scope-1 example", path.join(examples, "scope1-consumer-app")],
  ] as const) {
    for (const mode of ["preview", "update"] as const) {
      it(`records ${label} exactly as a child process does (${mode})`, async () => {
        const [here, child] = await Promise.all([
          runProgramInProcess({ programDir: dir, mode }),
          runProgram({ programDir: dir, mode }),
        ]);
        assert.ok(here.resources.length > 1);
        assert.deepEqual(recorded(here), recorded(child));
      });
    }
  }

  it("runs the program again on its next run (its own modules are not kept)", async () => {
    const dir = path.join(programs, "basic");
    const first = await runProgramInProcess({ programDir: dir, mode: "preview" });
    const second = await runProgramInProcess({ programDir: dir, mode: "preview" });
    assert.deepEqual(recorded(second), recorded(first));
  });

  it("gives back the working folder and the stack config it found", async () => {
    const cwd = process.cwd();
    const config = pulumi.runtime.allConfig();
    await runProgramInProcess({ programDir: path.join(programs, "basic"), mode: "preview" });
    assert.equal(process.cwd(), cwd);
    assert.deepEqual(pulumi.runtime.allConfig(), config);
  });

  it("reports a program that throws as a child run does: its message and the program's frame", async () => {
    const dir = path.join(programs, "throws");
    await assert.rejects(
      runProgramInProcess({ programDir: dir, mode: "preview" }),
      (e: Error) =>
        e instanceof ProgramError &&
        e.message ===
          `program ${dir} failed: scope must be 1-5, got 7\n    at validate (${path.join(dir, "index.ts")}:5:24)`,
    );
  });

  it("rejects bad input as a child run does: a returned promise that rejects with the ConfigError", async () => {
    const dir = path.join(programs, "basic");
    const stateFile = path.join(dir, "Pulumi.yaml");
    const here = runProgramInProcess({ programDir: dir, mode: "preview", stateFile });
    await assert.rejects(here, ConfigError);
    await assert.rejects(runProgram({ programDir: dir, mode: "preview", stateFile }), ConfigError);
  });

  it("can run the examples here", () => {
    assert.equal(needsOwnProcess(jobOf(path.join(examples, "scope3-pre-trained-model"))), undefined);
  });

  it("leaves a program with nodeargs to a child process", () => {
    assert.equal(needsOwnProcess(jobOf(path.join(programs, "nodeargs"))), "Pulumi.yaml sets nodeargs");
  });

  it("leaves an ES-module program to a child process, and still records it", async () => {
    const dir = path.join(programs, "esm-ts");
    assert.equal(needsOwnProcess(jobOf(dir)), "it is an ES module");
    const run = await runProgramInProcess({ programDir: dir, mode: "preview" });
    assert.ok(run.resources.some((r) => r.type === "aws:cloudwatch/logGroup:LogGroup"));
  });
});
