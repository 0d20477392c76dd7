import { strict as assert } from "assert";
import * as path from "path";
import { PolicyPackError, PolicyPackProcess, runPreview, ProgramError } from "../../../preview/engine";

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
