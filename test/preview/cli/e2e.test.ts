import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const REPO = path.resolve(__dirname, "..", "..", "..");
const BIN = path.join(REPO, "preview", "bin", "scopeguard.js");
const FIXTURE = path.join(__dirname, "fixtures", "minimal-program");

function scopeguard(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scopeguard CLI, end to end (node preview/bin/scopeguard.js)", () => {
  it("exits 2 with the exact message for --scope 7", () => {
    const { code, stdout, stderr } = scopeguard("preview", FIXTURE, "--scope", "7");
    assert.equal(stderr, 'scopeguard: --scope must be an integer from 1 to 5 (got "7")\n');
    assert.equal(stdout, "");
    assert.equal(code, 2);
  });

  it("exits 2 for an unknown option", () => {
    const { code, stderr } = scopeguard("preview", FIXTURE, "--colour");
    assert.match(stderr, /^scopeguard: unknown option '--colour'/);
    assert.equal(code, 2);
  });

  it("prints its version and exits 0", () => {
    const { code, stdout } = scopeguard("--version");
    assert.equal(
      stdout,
      `${JSON.parse(fs.readFileSync(path.join(REPO, "preview", "package.json"), "utf8")).version}\n`,
    );
    assert.equal(code, 0);
  });

  it("analyzes a compliant program and exits 0", function () {
    if (!fs.existsSync(path.join(REPO, "preview", "engine", "index.ts"))) {
      this.skip();
    }
    const { code, stdout, stderr } = scopeguard("preview", FIXTURE, "--scope", "1", "--format", "json");
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout);
    assert.equal(report.program, "minimal");
    assert.equal(report.summary.result, "pass");
    assert.ok(report.resources.some((r: { type: string }) => r.type === "aws:kms/key:Key"));
  });
});
