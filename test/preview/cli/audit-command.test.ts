import assert from "node:assert/strict";
import * as path from "node:path";
import type { AuditOptions } from "../../../preview/engine";
import type { EngineApi, PreviewOptions } from "../../../preview/cli/engine-api";
import { main, nodeIo } from "../../../preview/cli/main";
import type { CliIo } from "../../../preview/cli/preview-command";
import type { AnalysisResult } from "../../../preview/engine/types";
import { failing, passing } from "../report/fixtures";

const EXPORT = path.resolve(__dirname, "../../fixtures/engine/state/basic-dev.json");

/** The real file system and CLI, around an engine whose audit answers `result`. */
function withEngine(result: AnalysisResult) {
  let stdout = "";
  let stderr = "";
  const calls: AuditOptions[] = [];
  const previews: PreviewOptions[] = [];
  const real = nodeIo();
  const engine: EngineApi = {
    ConfigError: class extends Error {},
    runPreview: async (o) => {
      previews.push(o);
      return result;
    },
    runAudit: async (o) => {
      calls.push(o);
      return result;
    },
  };
  const io: CliIo = {
    ...real,
    stdout: { write: (t) => void (stdout += t), isTTY: false },
    stderr: { write: (t) => void (stderr += t) },
    loadEngine: () => engine,
  };
  return { io, calls, previews, out: () => stdout, err: () => stderr };
}

/** The real engine (no pack is started: these files fail before). */
function realEngine() {
  let stderr = "";
  const io: CliIo = {
    ...nodeIo(),
    stdout: { write: () => undefined },
    stderr: { write: (t) => void (stderr += t) },
  };
  return { io, err: () => stderr };
}

describe("cli audit", () => {
  it("exits 0 when the audited stack has no mandatory violation, with the text report", async () => {
    const env = withEngine(passing);
    assert.equal(await main(["audit", EXPORT], env.io), 0);
    assert.match(env.out(), /PASS\n$/);
  });

  it("exits 1 on a mandatory violation", async () => {
    assert.equal(await main(["audit", EXPORT], withEngine(failing).io), 1);
  });

  it("passes the export, the pack and the declared scope to the engine", async () => {
    const env = withEngine(passing);
    await main(["audit", EXPORT, "--scope", "3"], env.io);
    assert.deepEqual(
      [env.calls[0].exportFile, env.calls[0].packDir.endsWith("policypack"), env.calls[0].packConfig],
      [EXPORT, true, { "scopeguard-settings": { scope: 3 } }],
    );
  });

  it("exits 2 naming a missing export file", async () => {
    const env = withEngine(passing);
    assert.equal(await main(["audit", "no-such-stack.json"], env.io), 2);
    assert.equal(
      env.err(),
      "scopeguard: stack export no-such-stack.json is not a file; run `pulumi stack export --file no-such-stack.json` first\n",
    );
  });

  it("exits 2 naming a file that is not a stack export", async () => {
    const env = realEngine();
    const file = path.resolve(__dirname, "../../fixtures/engine/programs/basic/Pulumi.yaml");
    assert.equal(await main(["audit", file], env.io), 2);
    assert.match(
      env.err(),
      /^scopeguard: .*Pulumi\.yaml is not JSON \(.*\); pass the output of `pulumi stack export`\n$/,
    );
  });

  it("exits 2 on a bad option without reading the export", async () => {
    const env = withEngine(passing);
    assert.equal(await main(["audit", EXPORT, "--format", "xml"], env.io), 2);
    assert.equal(env.calls.length, 0);
  });

  it("preview --state hands the export to the engine as prior state", async () => {
    const env = withEngine(passing);
    const program = path.resolve(__dirname, "../../fixtures/engine/programs/basic");
    assert.equal(await main(["preview", program, "--state", EXPORT], env.io), 0);
    assert.equal(env.previews[0].stateFile, EXPORT);
  });
});
