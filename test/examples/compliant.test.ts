import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import type { AnalysisResult } from "../../preview/engine";
import { analyzeAll, example, key, lines, REPO_ROOT, type Program } from "./support";

/**
 * The compliant programs — one per scope, the bring-your-own-VPC variant, the quickstart and the
 * repository's reference program — through the real policy pack, as `scopeguard preview` runs
 * them: no mandatory violation in preview or on update, and in preview no policy that cannot
 * decide ("can't run ... during preview"), so the pack blocks what it should before deployment.
 */
const PROGRAMS: readonly Program[] = [
  example("scope1-consumer-app"),
  example("scope2-enterprise-app"),
  example("scope3-pre-trained-model"),
  example("scope4-fine-tuned-model"),
  example("scope5-self-trained"),
  example("scope5-eks"),
  example("byo-vpc"),
  example("quickstart"),
  { label: "reference program (repository root)", dir: REPO_ROOT },
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
});
