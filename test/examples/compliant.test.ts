import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import type { PreviewOptions } from "../../preview/cli/engine-api";
import { main } from "../../preview/cli/main";
import type { CliIo } from "../../preview/cli/preview-command";
import { ConfigError, DEFAULT_PACK_DIR, type AnalysisResult } from "../../preview/engine";
import { analyzeAll, example, key, lines, packConfigOf, REPO_ROOT, type Program } from "./support";

/**
 * The compliant programs — one per scope, the bring-your-own-VPC variant, the quickstart and the
 * repository's reference program — through the real policy pack, as `scopeguard preview` runs
 * them: no mandatory violation in preview or on update, and in preview no policy that cannot
 * decide ("can't run ... during preview"), so the pack blocks what it should before deployment.
 */
const REFERENCE: Program = { label: "reference program (repository root)", dir: REPO_ROOT };

const PROGRAMS: readonly Program[] = [
  example("scope1-consumer-app"),
  example("scope2-enterprise-app"),
  example("scope3-pre-trained-model"),
  example("scope4-fine-tuned-model"),
  example("scope5-self-trained"),
  example("scope5-eks"),
  example("byo-vpc"),
  example("quickstart"),
  REFERENCE,
];

const cantRun = (result: AnalysisResult) => result.diagnostics.filter((d) => d.message.includes("can't run"));

describe("compliant examples through the policy pack", function () {
  // Program runs and the pack's start-up; CI has two cores.
  this.timeout(600000);
  let results: Map<string, AnalysisResult>;

  before(async () => {
    results = await analyzeAll(PROGRAMS);
  });

  for (const program of PROGRAMS) {
    for (const mode of ["preview", "update"] as const) {
      it(`${program.label}: no mandatory violation (${mode})`, () => {
        const result = results.get(key(program, mode)) as AnalysisResult;
        assert.deepEqual(lines(result.diagnostics.filter((d) => d.enforcementLevel === "mandatory")), []);
        assert.equal(result.hasMandatory, false);
      });
    }

    it(`${program.label}: every policy decides during preview`, () => {
      const result = results.get(key(program, "preview")) as AnalysisResult;
      assert.deepEqual(
        cantRun(result).map((d) => `${d.policyName}: ${d.resourceName}: ${d.message}`),
        [],
      );
    });
  }

  for (const program of PROGRAMS.filter((p) => p.dir !== REPO_ROOT)) {
    it(`${program.label}: every advisory it reports is explained in its README`, () => {
      const readme = fs.readFileSync(path.join(program.dir, "README.md"), "utf8");
      const result = results.get(key(program, "preview")) as AnalysisResult;
      const advisories = new Set(
        result.diagnostics.filter((d) => d.enforcementLevel === "advisory").map((d) => d.policyName),
      );
      assert.deepEqual(
        [...advisories].filter((name) => !readme.includes(`\`${name}\``)),
        [],
      );
    });
  }

  it("runs every program under the mocks without invokes the mocks cannot answer", () => {
    const unanswered = [...results.entries()].flatMap(([label, r]) =>
      r.run.unansweredInvokes.map((i) => `${label}: ${i.token}`),
    );
    assert.deepEqual(unanswered, []);
  });

  it("npm start: the CLI run its start script makes analyzes the reference program with policy-config.json, shows scope 3 and passes (exit 0)", async () => {
    const script: string = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")).scripts
      .start;
    const [node, bin, ...argv] = script.split(" ");
    assert.equal(node, "node");
    assert.equal(path.resolve(REPO_ROOT, bin), path.join(REPO_ROOT, "preview", "bin", "scopeguard.js"));
    // The CLI's own main on the script's arguments; its engine call is answered with the preview
    // analysis above, after checking it asks for that same run.
    const asked: PreviewOptions[] = [];
    let stdout = "";
    let stderr = "";
    const io: CliIo = {
      stdout: { write: (t) => void (stdout += t), isTTY: false },
      stderr: { write: (t) => void (stderr += t) },
      env: { NO_COLOR: "1" },
      cwd: REPO_ROOT,
      now: () => new Date(),
      readFile: (file) => fs.readFileSync(file, "utf8"),
      writeFile: () => assert.fail("npm start writes no file"),
      statKind: (file) =>
        fs.existsSync(file) ? (fs.statSync(file).isDirectory() ? "dir" : "file") : undefined,
      loadEngine: () => ({
        ConfigError,
        runPreview: async ({ onProgress: _p, onWarning: _w, ...options }) => {
          asked.push(options);
          return results.get(key(REFERENCE, "preview")) as AnalysisResult;
        },
      }),
      defaultPackDir: DEFAULT_PACK_DIR,
    };
    assert.equal(await main(argv, io), 0, stderr);
    assert.deepEqual(asked, [
      {
        programDir: REPO_ROOT,
        mode: "preview",
        packDir: DEFAULT_PACK_DIR,
        packConfig: packConfigOf(REPO_ROOT),
      },
    ]);
    assert.match(stdout, /^ {4}Scope: +3 \(pre-trained model\)/m);
    assert.match(stdout, /^\d+ resources, 0 mandatory, \d+ advisory, \d+ remediated: PASS$/m);
  });
});
