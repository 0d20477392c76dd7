import { strict as assert } from "assert";
import { AiPlatform, type AiPlatformArgs } from "../../../components/platform";
import type { Scope } from "../../../policypack/vocabulary";
import { checkWithPack, runRecordingDependencies } from "../bedrock/pack-checks";

const MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";
const HANDLER = "arn:aws:lambda:us-east-1:123456789012:function:support-bot-inference";
const ROTATION = "arn:aws:lambda:us-east-1:123456789012:function:rotate-openai-key";

/**
 * The platform at every scope, checked by every mandatory and remediate policy of the pack in force
 * at that scope, as the engine would send it (with dependencies): nothing to report. In preview,
 * the one check left undecided is the vector store's encryption policy, which embeds the ARN of the
 * key created with it (see test/examples/compliant.test.ts); on update, nothing is undecided.
 */
const args = (scope: Scope): AiPlatformArgs => ({
  scope,
  owner: "ml-platform",
  models: scope >= 3 ? [MODEL] : undefined,
  providerSecrets: [{ provider: "openai", rotationLambdaArn: scope >= 2 ? ROTATION : undefined }],
  inferenceHandlerArn: scope >= 3 ? HANDLER : undefined,
});

for (const mode of ["preview", "update"] as const) {
  describe(`AiPlatform compliance (${mode})`, () => {
    for (const scope of [1, 2, 3, 4, 5] as const) {
      it(`finds nothing wrong at scope ${scope}`, async () => {
        const recorded = await runRecordingDependencies(
          mode,
          () => new AiPlatform("support-bot", args(scope)),
        );
        assert.equal(recorded.error, undefined);
        const result = checkWithPack(recorded, scope);
        assert.deepEqual(result.violations, []);
        assert.deepEqual(result.undecided, []);
      });
    }

    it("makes a relaxation visible to the pack", async () => {
      const recorded = await runRecordingDependencies(
        mode,
        () =>
          new AiPlatform("support-bot", {
            ...args(3),
            guardrail: { promptAttackStrength: "MEDIUM", allowWeakerPromptAttackFilter: true },
          }),
      );
      assert.deepEqual(checkWithPack(recorded, 3).violations, [
        "bedrock-guardrail-blocks-prompt-attacks: support-bot-guardrail",
      ]);
    });
  });
}
