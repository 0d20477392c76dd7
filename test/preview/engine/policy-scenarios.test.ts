/**
 * pulumi-policy's integration scenarios that need no cloud (tests/integration in pulumi/pulumi-policy),
 * through the offline engine: each pack asserts what the engine sends and throws otherwise, and
 * the published expectation is that the run succeeds with no violation. One pack start per scenario.
 */
import { strict as assert } from "assert";
import * as path from "path";
import { analyzeRun, ConfigError, PolicyPackProcess, runProgram } from "../../../preview/engine";
import type { AnalysisResult, RunMode } from "../../../preview/engine";

const ROOT = path.resolve(__dirname, "../../fixtures/engine/policy-scenarios");

/** Runs the scenario's program in each mode and analyzes it with one start of its pack. */
async function scenario(name: string, modes: readonly RunMode[]): Promise<AnalysisResult[]> {
  const programDir = path.join(ROOT, name, "program");
  const runs = modes.map((mode) => runProgram({ programDir, mode }));
  const pack = await PolicyPackProcess.start(path.join(ROOT, name, "policy-pack"), {
    organization: "organization",
    project: name,
    stack: "dev",
    // The pack's isDryRun() is the first mode's; the scenarios that read it run in one mode.
    dryRun: modes[0] === "preview",
    config: (await runs[0]).config ?? {},
  });
  try {
    const results: AnalysisResult[] = [];
    for (const run of runs) results.push(await analyzeRun(await run, pack));
    return results;
  } finally {
    await pack.close();
  }
}

const verdicts = (results: AnalysisResult[]) =>
  results.map(
    (r) => `${r.run.mode}: ${r.diagnostics.map((d) => `${d.policyName} ${d.resourceName}`).join(", ")}`,
  );

describe("pulumi-policy integration scenarios, offline", function () {
  this.timeout(300000);

  it("parent_dependencies: parents, dependencies and property dependencies as the engine sends them", async () => {
    assert.deepEqual(verdicts(await scenario("parent_dependencies", ["preview", "update"])), [
      "preview: ",
      "update: ",
    ]);
  });

  it("provider: default, dynamic and explicit providers described with their props", async () => {
    assert.deepEqual(verdicts(await scenario("provider", ["preview", "update"])), ["preview: ", "update: "]);
  });

  it("deserialize: a plain secret and asset objects in Remediate, Analyze and AnalyzeStack", async () => {
    assert.deepEqual(verdicts(await scenario("deserialize", ["preview", "update"])), [
      "preview: ",
      "update: ",
    ]);
  });

  it("runtime_data: the pack sees the program's dry-run flag, project, stack and config", async () => {
    const saved = { ...process.env };
    process.env.PULUMI_TEST_PROJECT = "runtime_data";
    process.env.PULUMI_TEST_STACK = "dev";
    try {
      assert.deepEqual(verdicts(await scenario("runtime_data", ["preview"])), ["preview: "]);
    } finally {
      for (const k of ["PULUMI_TEST_PROJECT", "PULUMI_TEST_STACK"]) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
    }
  });

  describe("config: steps 1, 2, 4 and 6 (one pack start each)", () => {
    /** Step `n` of the scenario: the pack reads `config:scenario`; `packConfig` is the --policy-pack-config file. */
    async function step(n: number, packConfig?: Record<string, unknown>): Promise<AnalysisResult> {
      const config = { "config:scenario": String(n) };
      const run = runProgram({ programDir: path.join(ROOT, "config", "program"), mode: "preview" });
      const pack = await PolicyPackProcess.start(path.join(ROOT, "config", "policy-pack"), {
        organization: "organization",
        project: "config",
        stack: "dev",
        dryRun: true,
        config,
      });
      try {
        return await analyzeRun({ ...(await run), config }, pack, { packConfig });
      } finally {
        await pack.close();
      }
    }
    const both = (c: Record<string, unknown>) => ({ "resource-validation": c, "stack-validation": c });

    it("1: getConfig() returns the value from the config file", async () => {
      assert.deepEqual(verdicts([await step(1, both({ foo: "bar" }))]), ["preview: "]);
    });

    it("2: getConfig() returns the schema default", async () => {
      assert.deepEqual(verdicts([await step(2)]), ["preview: "]);
    });

    it("4: a config file value overrides the schema default", async () => {
      assert.deepEqual(verdicts([await step(4, both({ foo: "overridden" }))]), ["preview: "]);
    });

    it("6: a required property left unset fails before analysis, naming it", async () => {
      // Pulumi words it "validating policy config: config-policy 0.0.1  <policy>: foo is required" (gojsonschema).
      await assert.rejects(
        step(6),
        (e: Error) =>
          e instanceof ConfigError &&
          e.message ===
            'pack config: "resource-validation": foo is required\npack config: "stack-validation": foo is required',
      );
    });
  });
});
