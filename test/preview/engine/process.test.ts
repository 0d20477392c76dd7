import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import {
  ConfigError,
  PolicyPackError,
  PolicyPackProcess,
  runPreview,
  ProgramError,
} from "../../../preview/engine";
import { callTimeoutMs } from "../../../preview/engine/pack/process";
import { Struct } from "../../../preview/engine/pack/requests";

const fixtures = path.resolve(__dirname, "../../fixtures/engine");
const env = { organization: "organization", project: "p", stack: "dev", dryRun: true, config: {} };

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Pids of program processes this process started on the slow fixture (their command line names
 * it; other test files running at the same time may run it too, under their own processes).
 */
const programProcesses = (): number[] =>
  fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const parent = Number(fs.readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1].split(" ")[1]);
        return (
          parent === process.pid && fs.readFileSync(`/proc/${d}/cmdline`, "utf8").includes("slow-program")
        );
      } catch {
        return false;
      }
    })
    .map(Number);

describe("engine policy pack process", function () {
  this.timeout(180000);

  it("surfaces a pack that fails to start with what it printed", async () => {
    const dir = path.join(fixtures, "broken-pack");
    await assert.rejects(
      PolicyPackProcess.start(dir, env),
      (e: Error) =>
        e instanceof PolicyPackError &&
        e.message ===
          `policy pack ${dir} exited (code 1) before serving:\nInvalid policy name "all". "all" is a reserved name.`,
    );
  });

  it("gives up on an analyzer call after its deadline, naming the call and the resource, and stops the pack", async () => {
    const dir = path.join(fixtures, "hanging-pack");
    const pack = await PolicyPackProcess.start(dir, env, 180000, 1500);
    const req = new analyzerproto.AnalyzeRequest();
    req.setUrn("urn:pulumi:dev::p::test:index:Hang::stuck");
    req.setType("test:index:Hang");
    req.setName("stuck");
    req.setProperties(Struct.fromJavaScript({}));
    req.setOptions(new analyzerproto.AnalyzerResourceOptions());
    try {
      await assert.rejects(
        pack.analyze(req),
        (e: Error) =>
          e instanceof PolicyPackError &&
          e.message ===
            `policy pack ${dir}: Analyze of urn:pulumi:dev::p::test:index:Hang::stuck (test:index:Hang) did not answer within 1.5 s; ` +
              "a policy of the pack does not return for this resource. Fix or disable that policy, " +
              "or set SCOPEGUARD_ANALYZER_TIMEOUT to more seconds if the pack is only slow",
      );
      const pid = (pack as unknown as { child: { pid: number } }).child.pid;
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(alive(pid), false);
    } finally {
      await pack.close();
    }
  });

  it("reads the analyzer deadline from SCOPEGUARD_ANALYZER_TIMEOUT and rejects a bad value", () => {
    assert.deepEqual(
      [callTimeoutMs({}), callTimeoutMs({ SCOPEGUARD_ANALYZER_TIMEOUT: "2.5" })],
      [120_000, 2500],
    );
    assert.throws(
      () => callTimeoutMs({ SCOPEGUARD_ANALYZER_TIMEOUT: "soon" }),
      (e: Error) =>
        e instanceof ConfigError &&
        e.message === 'SCOPEGUARD_ANALYZER_TIMEOUT must be a positive number of seconds (got "soon")',
    );
  });

  it("rejects a folder without PulumiPolicy.yaml", async () => {
    await assert.rejects(
      PolicyPackProcess.start(fixtures, env),
      (e: Error) =>
        e instanceof PolicyPackError &&
        e.message === `${fixtures}: no PulumiPolicy.yaml; pass the policy pack folder`,
    );
  });

  it("kills the pack on close", async () => {
    const pack = await PolicyPackProcess.start(path.join(fixtures, "pack"), env);
    const pid = (pack as unknown as { child: { pid: number } }).child.pid;
    await pack.close();
    assert.equal(alive(pid), false);
  });
});

describe("engine runPreview", function () {
  this.timeout(180000);

  it("runs the program and the pack end to end", async () => {
    const r = await runPreview({
      programDir: path.join(fixtures, "programs", "vpc"),
      mode: "preview",
      packDir: path.join(fixtures, "pack"),
    });
    assert.deepEqual(
      [
        r.run.project,
        r.hasMandatory,
        r.diagnostics
          .filter((d) => d.enforcementLevel === "mandatory")
          .map((d) => `${d.policyName} ${d.resourceName}`),
      ],
      ["vpc", true, ["kms-key-rotation unrotated"]],
    );
  });

  it("reports a pack config error without waiting for the program to finish, and stops the program", async function () {
    // The program waits five minutes; the test's own timeout is shorter.
    this.timeout(120_000);
    const before = programProcesses();
    await assert.rejects(
      runPreview({
        programDir: path.resolve(__dirname, "../cli/fixtures/slow-program"),
        mode: "preview",
        packDir: path.join(fixtures, "pack"),
        packConfig: { "kms-key-rotation": "strict" },
      }),
      (e: Error) =>
        e instanceof ConfigError &&
        e.message ===
          'pack config: "kms-key-rotation": enforcementLevel must be one of advisory, mandatory, remediate, disabled (got "strict")',
    );
    await new Promise((r) => setTimeout(r, 500)); // the kill is delivered asynchronously
    assert.deepEqual(
      programProcesses().filter((pid) => !before.includes(pid)),
      [],
    );
  });

  it("reports a failing program as a ProgramError", async () => {
    await assert.rejects(
      runPreview({
        programDir: path.join(fixtures, "programs", "throws"),
        mode: "preview",
        packDir: path.join(fixtures, "pack"),
      }),
      ProgramError,
    );
  });
});
