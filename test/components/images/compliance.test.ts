import { strict as assert } from "assert";
import { ModelImageRepository } from "../../../components/images";
import { checkWithPack, runRecordingDependencies } from "../bedrock/pack-checks";

/**
 * ModelImageRepository with no arguments, checked by every mandatory and remediate policy of the
 * pack in force at its scope, in preview and update: nothing to report, nothing left undecided.
 * The pack checks registries from scope 4. A workload that pulls from it is checked with the
 * SageMaker components (test/components/sagemaker/compliance.test.ts).
 */
for (const mode of ["preview", "update"] as const) {
  describe(`images compliance (${mode})`, () => {
    for (const scope of [4, 5] as const) {
      it(`finds nothing wrong with a ModelImageRepository at scope ${scope}`, async () => {
        const recorded = await runRecordingDependencies(
          mode,
          () => new ModelImageRepository("images", { scope }),
        );
        assert.equal(recorded.error, undefined);
        assert.deepEqual(checkWithPack(recorded, scope), { violations: [], undecided: [] });
      });
    }

    it("finds nothing wrong with push principals, pull services and a given key", async () => {
      const recorded = await runRecordingDependencies(
        mode,
        () =>
          new ModelImageRepository("images", {
            pushPrincipals: ["arn:aws:iam::123456789012:role/image-pipeline"],
            pullServices: ["lambda.amazonaws.com"],
            kmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
          }),
      );
      assert.deepEqual(checkWithPack(recorded, 5), { violations: [], undecided: [] });
    });
  });
}
