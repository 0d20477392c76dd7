import { strict as assert } from "assert";
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
  example("byo-vpc"),
  example("quickstart"),
  { label: "reference program (repository root)", dir: REPO_ROOT },
];

/**
 * Checks that cannot decide during preview for a reason outside the programs, each with the
 * reason. Only these may say "can't run"; the same checks run, and pass, on update.
 *
 * - The vector store's encryption policy embeds the ARN of the key created with it, which is
 *   unknown until the key exists: the JSON document is unknown as a whole in preview, and
 *   opensearch-serverless-encryption-policy-uses-cmk reads it. (OpenSearch Serverless accepts no
 *   alias in `KmsARN`.) The stack-level opensearch-serverless-collection-protected does decide in
 *   preview. Remove this entry once the per-policy check decides from the policy's dependency on a
 *   customer-managed key, as the stack check does.
 */
const KNOWN_PREVIEW_GAPS: readonly { readonly policy: string; readonly resource: RegExp }[] = [
  { policy: "opensearch-serverless-encryption-policy-uses-cmk", resource: /-vectors-encryption$/ },
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
      const unexpected = cantRun(result).filter(
        (d) => !KNOWN_PREVIEW_GAPS.some((g) => g.policy === d.policyName && g.resource.test(d.resourceName)),
      );
      assert.deepEqual(
        unexpected.map((d) => `${d.policyName}: ${d.resourceName}: ${d.message}`),
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
