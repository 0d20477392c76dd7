import { strict as assert } from "assert";
import { InferenceApi } from "../../../components/api";
import { checkWithPack, runRecordingDependencies } from "../bedrock/pack-checks";

const HANDLER = "arn:aws:lambda:us-east-1:123456789012:function:chat-handler";
const POOL = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbCdEf123";

/**
 * InferenceApi checked by every mandatory and remediate policy of the pack in force at its scope,
 * with the dependencies the engine sends (the pack links method settings and the WAF association
 * to the stage through them): nothing to report, nothing left undecided in preview.
 */
for (const mode of ["preview", "update"] as const) {
  describe(`api compliance (${mode})`, () => {
    for (const scope of [3, 4, 5] as const) {
      it(`finds nothing wrong with an IAM-authorized InferenceApi at scope ${scope}`, async () => {
        const recorded = await runRecordingDependencies(
          mode,
          () => new InferenceApi("chat", { scope, handlerFunctionArn: HANDLER }),
        );
        assert.equal(recorded.error, undefined);
        assert.deepEqual(checkWithPack(recorded, scope), { violations: [], undecided: [] });
      });
    }

    it("finds nothing wrong with a Cognito-authorized InferenceApi", async () => {
      const recorded = await runRecordingDependencies(
        mode,
        () =>
          new InferenceApi("chat", {
            handlerFunctionArn: HANDLER,
            authorizer: {
              type: "COGNITO_USER_POOLS",
              userPoolArns: [POOL],
              authorizationScopes: ["api/invoke"],
            },
          }),
      );
      assert.deepEqual(checkWithPack(recorded, 3), { violations: [], undecided: [] });
    });
  });
}
