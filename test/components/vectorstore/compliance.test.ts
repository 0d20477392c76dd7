import { strict as assert } from "assert";
import { AiWorkloadRole } from "../../../components/iam";
import { roleArnFromName, VectorCollection } from "../../../components/vectorstore";
import { checkWithPack, runRecordingDependencies } from "../bedrock/pack-checks";

const KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

/**
 * VectorCollection checked by every mandatory and remediate policy of the pack in force at its
 * scope. Its three policy documents are built from names; what cannot be known before deployment
 * is the ARN of a key and the id of a VPC endpoint created in the same stack.
 */
for (const mode of ["preview", "update"] as const) {
  describe(`vectorstore compliance (${mode})`, () => {
    for (const scope of [3, 4, 5] as const) {
      it(`finds nothing wrong, and leaves nothing undecided, with an existing key and endpoint at scope ${scope}`, async () => {
        const recorded = await runRecordingDependencies(mode, () => {
          const role = new AiWorkloadRole("kb", { scope, trustedService: "bedrock.amazonaws.com" });
          new VectorCollection("docs", {
            scope,
            principals: [roleArnFromName(role.roleName)],
            vpcEndpointIds: ["vpce-0123456789abcdef0"],
            allowBedrock: true,
            kmsKeyArn: KEY,
          });
        });
        assert.equal(recorded.error, undefined);
        assert.deepEqual(checkWithPack(recorded, scope), { violations: [], undecided: [] });
      });
    }

    it("finds nothing wrong when it creates the key and the VPC endpoint", async () => {
      const recorded = await runRecordingDependencies(
        mode,
        () =>
          new VectorCollection("docs", {
            principals: ["arn:aws:iam::123456789012:role/knowledge-base"],
            vpcEndpoint: { vpcId: "vpc-0abc", subnetIds: ["subnet-0a", "subnet-0b"] },
          }),
      );
      assert.deepEqual(checkWithPack(recorded, 3), {
        violations: [],
        // A new endpoint's id is unknown in a real preview and the network document embeds it;
        // a second, public rule set could sit beside it, so that check truly waits for update.
        undecided:
          mode === "preview" ? ["opensearch-serverless-network-policy-not-public: docs-network"] : [],
      });
    });
  });
}
