import { strict as assert } from "assert";
import { Guardrail, ModelInvocationLogging } from "../../../components/bedrock";
import { checkWithPack, runRecordingDependencies } from "./pack-checks";

/**
 * The Bedrock components with no arguments, checked by every mandatory and remediate policy of the
 * pack in force at their scope, in preview (computed outputs unknown) and update: nothing to
 * report, and nothing left undecided in preview. A relaxation is visible to the pack.
 */
for (const mode of ["preview", "update"] as const) {
  describe(`bedrock compliance (${mode})`, () => {
    for (const scope of [3, 4, 5] as const) {
      it(`finds nothing wrong with a Guardrail and ModelInvocationLogging at scope ${scope}`, async () => {
        const recorded = await runRecordingDependencies(mode, () => {
          new Guardrail("support-bot", { scope });
          new ModelInvocationLogging("invocations", { scope });
        });
        assert.equal(recorded.error, undefined);
        assert.deepEqual(checkWithPack(recorded, scope), { violations: [], undecided: [] });
      });
    }

    it("reports a weaker prompt-attack filter accepted through its named relaxation", async () => {
      const recorded = await runRecordingDependencies(mode, () => {
        new Guardrail("support-bot", { promptAttackStrength: "MEDIUM", allowWeakerPromptAttackFilter: true });
        new ModelInvocationLogging("invocations");
      });
      assert.deepEqual(checkWithPack(recorded, 3).violations, [
        "bedrock-guardrail-blocks-prompt-attacks: support-bot",
      ]);
    });
  });
}
