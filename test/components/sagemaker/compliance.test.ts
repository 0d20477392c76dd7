import { strict as assert } from "assert";
import { ModelInvocationLogging } from "../../../components/bedrock";
import { ModelImageRepository } from "../../../components/images";
import { AiNetwork } from "../../../components/network";
import {
  FineTuningJob,
  SageMakerDomain,
  SecureModelEndpoint,
  SecureNotebook,
} from "../../../components/sagemaker";
import { checkWithPack, runRecordingDependencies } from "../bedrock/pack-checks";

const VPC = "vpc-0abc";
const SUBNETS = ["subnet-0a", "subnet-0b"];

/**
 * The SageMaker components with nothing but their network (and an image), checked by every
 * mandatory and remediate policy of the pack in force at their scope, in preview (computed outputs
 * unknown) and update: nothing to report and nothing left undecided, also when they run in an
 * AiNetwork and an image of a ModelImageRepository created in the same stack. A relaxation is
 * visible to the pack.
 */
for (const mode of ["preview", "update"] as const) {
  describe(`sagemaker compliance (${mode})`, () => {
    for (const scope of [4, 5] as const) {
      it(`finds nothing wrong with a domain, a notebook and two endpoints at scope ${scope}`, async () => {
        const recorded = await runRecordingDependencies(mode, () => {
          const images = new ModelImageRepository("serving", { scope });
          new SageMakerDomain("studio", { scope, vpcId: VPC, subnetIds: SUBNETS });
          new SecureNotebook("explore", { scope, vpcId: VPC, subnetId: SUBNETS[0] });
          new SecureModelEndpoint("cpu", {
            scope,
            vpcId: VPC,
            subnetIds: SUBNETS,
            image: images.imageUri("v1"),
          });
          new SecureModelEndpoint("gpu", {
            scope,
            vpcId: VPC,
            subnetIds: SUBNETS,
            image: images.imageUri("v1"),
            instanceType: "ml.g5.2xlarge",
          });
        });
        assert.equal(recorded.error, undefined);
        assert.deepEqual(checkWithPack(recorded, scope), { violations: [], undecided: [] });
      });

      it(`finds nothing wrong with a FineTuningJob and the stack's invocation logging at scope ${scope}`, async () => {
        const recorded = await runRecordingDependencies(mode, () => {
          new ModelInvocationLogging("invocations", { scope });
          new FineTuningJob("support-model", {
            scope,
            baseModelIdentifier: "amazon.nova-micro-v1:0:128k",
            trainingDataS3Uri: "s3://training-data/train.jsonl",
            outputS3Uri: "s3://model-artifacts/out/",
            hyperparameters: { epochCount: "2" },
            vpcId: VPC,
            subnetIds: SUBNETS,
          });
        });
        assert.equal(recorded.error, undefined);
        assert.deepEqual(checkWithPack(recorded, scope), { violations: [], undecided: [] });
      });
    }

    it("finds nothing wrong, and leaves nothing undecided, inside an AiNetwork of scope 5", async () => {
      const recorded = await runRecordingDependencies(mode, () => {
        const network = new AiNetwork("training", { scope: 5 });
        const images = new ModelImageRepository("serving");
        const placement = {
          scope: 5 as const,
          vpcId: network.vpcId,
          vpcCidrBlock: network.vpc!.cidrBlock,
          egressPrefixListIds: [network.endpoints.s3.prefixListId],
        };
        new SageMakerDomain("studio", { ...placement, subnetIds: network.privateSubnetIds });
        new SecureNotebook("explore", {
          ...placement,
          subnetId: network.privateSubnetIds.apply((s) => s[0]),
        });
        new SecureModelEndpoint("llm", {
          ...placement,
          subnetIds: network.privateSubnetIds,
          image: images.imageUri("v1"),
          dataCapture: { destinationS3Uri: "s3://prompt-logs/llm/" },
        });
      });
      assert.equal(recorded.error, undefined);
      assert.deepEqual(checkWithPack(recorded, 5), { violations: [], undecided: [] });
    });

    it("reports root access granted through its named relaxation", async () => {
      const recorded = await runRecordingDependencies(
        mode,
        () => new SecureNotebook("explore", { vpcId: VPC, subnetId: SUBNETS[0], allowRootAccess: true }),
      );
      assert.deepEqual(checkWithPack(recorded, 4).violations, [
        "sagemaker-notebook-root-access-disabled: explore",
      ]);
    });
  });
}
