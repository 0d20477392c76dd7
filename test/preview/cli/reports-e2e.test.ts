import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type * as sarif from "sarif";
import { MARKDOWN_LIMIT } from "../../../preview/report/markdown";
import { jenkinsSchemaErrors } from "../report/junit-schemas";
import { sarifSchemaErrors } from "../report/sarif-schema";

const REPO = path.resolve(__dirname, "..", "..", "..");
const BIN = path.join(REPO, "preview", "bin", "scopeguard.js");
const PROGRAM = "examples/noncompliant-storage";

/** `script` runs a command on a pseudo-terminal (util-linux); without it the run is a plain pipe. */
const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

describe("scopeguard preview: every report of one run, end to end", function () {
  this.timeout(300_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scopeguard-reports-"));
  const file = (name: string) => path.join(dir, name);
  let transcript = "";
  let code: number | null = null;

  before(() => {
    const args = [
      BIN,
      "preview",
      PROGRAM,
      "--output",
      `sarif=${file("out.sarif")}`,
      "--output",
      `junit=${file("out.xml")}`,
      "--output",
      `markdown=${file("out.md")}`,
      "--output",
      `html=${file("out.html")}`,
      "--output",
      `json=${file("out.json")}`,
    ];
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
    delete env.FORCE_COLOR;
    const quoted = [process.execPath, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    const result = hasScript
      ? spawnSync("script", ["-qec", quoted, "/dev/null"], {
          cwd: REPO,
          env,
          encoding: "utf8",
          timeout: 280_000,
        })
      : spawnSync(process.execPath, args, { cwd: REPO, env, encoding: "utf8", timeout: 280_000 });
    transcript = `${result.stdout}${result.stderr}`;
    code = result.status;
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("exits 1 (mandatory violations) and names every file it wrote", () => {
    assert.equal(code, 1, transcript);
    for (const format of ["sarif", "junit", "markdown", "html", "json"]) {
      assert.match(transcript, new RegExp(`${format} report written to `));
    }
  });

  it("writes SARIF that validates and locates each finding where the example declares the resource", () => {
    const log = JSON.parse(fs.readFileSync(file("out.sarif"), "utf8")) as sarif.Log;
    assert.deepEqual(sarifSchemaErrors(log), []);
    const results = log.runs[0].results!;
    const rotation = results.find((r) => r.ruleId === "kms-key-rotation-enabled")!;
    // examples/noncompliant-storage/index.ts line 10: new aws.kms.Key("no-rotation-key", ...)
    assert.deepEqual(rotation.locations![0].physicalLocation, {
      artifactLocation: { uri: `${PROGRAM}/index.ts`, uriBaseId: "%SRCROOT%" },
      region: { startLine: 10, startColumn: 1 },
    });
    for (const r of results) {
      assert.ok(r.locations![0].physicalLocation?.artifactLocation?.uri?.startsWith(`${PROGRAM}/`), r.ruleId);
    }
  });

  it("writes JUnit that validates against Jenkins' schema", async () => {
    assert.deepEqual(await jenkinsSchemaErrors(fs.readFileSync(file("out.xml"), "utf8")), []);
  });

  it("writes Markdown within the comment limit that counts the same findings as the JSON report", () => {
    const markdown = fs.readFileSync(file("out.md"), "utf8");
    const json = JSON.parse(fs.readFileSync(file("out.json"), "utf8"));
    assert.ok(markdown.length <= MARKDOWN_LIMIT);
    const counted = [
      ...markdown.matchAll(/^\| (?:❌|⚠️) [a-z]+ \| [a-z]* \| `[a-z0-9-]+` \| (\d+) \|$/gm),
    ].reduce((n, m) => n + Number(m[1]), 0);
    assert.equal(counted, json.diagnostics.length);
  });
});

describe("scopeguard preview: progress on a terminal", function () {
  this.timeout(120_000);

  it("shows the phase of a run that outlasts its delay, and erases it before the report", function () {
    if (!hasScript) {
      this.skip(); // no `script` command to give the CLI a terminal
    }
    // The program pauses 3.5 s, past the two seconds after which the line appears.
    const program = path.join(REPO, "test", "preview", "cli", "fixtures", "pausing-program");
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
    delete env.FORCE_COLOR;
    const quoted = [process.execPath, BIN, "preview", program]
      .map((a) => `'${a.replace(/'/g, "'\\''")}'`)
      .join(" ");
    const result = spawnSync("script", ["-qec", quoted, "/dev/null"], {
      cwd: REPO,
      env,
      encoding: "utf8",
      timeout: 110_000,
    });
    const transcript = `${result.stdout}${result.stderr}`;
    assert.match(transcript, /running the program under mocks \(\d+ s\)/);
    assert.ok(
      transcript.includes("\r\u001b[2Kscopeguard offline preview"),
      "the line is erased before the report",
    );
  });
});
