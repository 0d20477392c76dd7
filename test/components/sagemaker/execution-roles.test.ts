import { strict as assert } from "assert";
import {
  FineTuningJob,
  SageMakerDomain,
  SecureModelEndpoint,
  SecureNotebook,
  SecureTrainingJob,
} from "../../../components/sagemaker";
import { arn, decide, itDeniesTheDangerousActions, roleOf, type SimulatedRole } from "../iam-simulation";
import { run } from "../support";

/**
 * The roles the SageMaker and customisation components create, simulated: each reaches the data
 * it was given (read what it reads, write what it writes) and is denied everything dangerous.
 */
const VPC = { vpcId: "vpc-0abc", subnetIds: ["subnet-0a", "subnet-0b"] };
const IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/serving:v1";
const repository = (name: string) => `arn:aws:ecr:us-east-1:123456789012:repository/${name}`;

async function roleFrom(program: () => unknown, logicalName: string): Promise<SimulatedRole> {
  const { resources, error } = await run("update", program);
  assert.equal(error, undefined);
  return roleOf(resources, logicalName);
}

describe("SageMaker execution roles (simulated with iam-simulate)", () => {
  describe("SageMakerDomain", () => {
    let role: SimulatedRole;
    before(async () => {
      role = await roleFrom(
        () =>
          new SageMakerDomain("studio", {
            ...VPC,
            readBuckets: ["training-data"],
            writeBuckets: ["experiments"],
          }),
        "studio-execution",
      );
    });

    it("reads the training data and writes experiments", async () => {
      assert.equal(await decide(role, "s3:GetObject", arn.object("training-data")), "Allowed");
      assert.equal(await decide(role, "s3:PutObject", arn.object("experiments")), "Allowed");
    });

    itDeniesTheDangerousActions(() => role, { ownBucket: "training-data" });
  });

  describe("SecureNotebook", () => {
    let role: SimulatedRole;
    before(async () => {
      role = await roleFrom(
        () =>
          new SecureNotebook("explore", {
            vpcId: "vpc-0abc",
            subnetId: "subnet-0a",
            readBuckets: ["training-data"],
          }),
        "explore-execution",
      );
    });

    it("reads the training data, and cannot change it", async () => {
      assert.equal(await decide(role, "s3:GetObject", arn.object("training-data")), "Allowed");
      assert.equal(await decide(role, "s3:PutObject", arn.object("training-data")), "ImplicitlyDenied");
    });

    itDeniesTheDangerousActions(() => role, { ownBucket: "training-data" });
  });

  describe("SecureModelEndpoint", () => {
    let role: SimulatedRole;
    before(async () => {
      role = await roleFrom(
        () =>
          new SecureModelEndpoint("serving", {
            ...VPC,
            image: IMAGE,
            modelDataUrl: "s3://model-artifacts/llm/model.tar.gz",
          }),
        "serving-execution",
      );
    });

    it("reads the model's artifacts and pulls its image", async () => {
      assert.equal(
        await decide(role, "s3:GetObject", arn.object("model-artifacts", "llm/model.tar.gz")),
        "Allowed",
      );
      assert.equal(await decide(role, "ecr:BatchGetImage", repository("team/serving")), "Allowed");
    });

    it("pulls from no other repository, and cannot overwrite the artifacts", async () => {
      assert.equal(await decide(role, "ecr:BatchGetImage", repository("team/other")), "ImplicitlyDenied");
      assert.equal(
        await decide(role, "s3:PutObject", arn.object("model-artifacts", "llm/model.tar.gz")),
        "ImplicitlyDenied",
      );
    });

    itDeniesTheDangerousActions(() => role, { ownBucket: "model-artifacts" });
  });

  describe("SecureTrainingJob", () => {
    let role: SimulatedRole;
    before(async () => {
      role = await roleFrom(
        () =>
          new SecureTrainingJob("pretrain", {
            ...VPC,
            image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/corpus-lm/train:v1",
            trainingDataS3Uri: "s3://training-data/corpus/",
            outputS3Uri: "s3://model-artifacts/corpus-lm/",
          }),
        "pretrain-execution",
      );
    });

    it("reads the training data, writes the artifacts and pulls its image", async () => {
      assert.equal(
        await decide(role, "s3:GetObject", arn.object("training-data", "corpus/part-0.jsonl")),
        "Allowed",
      );
      assert.equal(
        await decide(role, "s3:PutObject", arn.object("model-artifacts", "corpus-lm/model.tar.gz")),
        "Allowed",
      );
      assert.equal(await decide(role, "ecr:BatchGetImage", repository("corpus-lm/train")), "Allowed");
    });

    it("cannot change the training data", async () => {
      assert.equal(
        await decide(role, "s3:PutObject", arn.object("training-data", "corpus/part-0.jsonl")),
        "ImplicitlyDenied",
      );
    });

    itDeniesTheDangerousActions(() => role, { ownBucket: "model-artifacts" });
  });

  describe("FineTuningJob (Bedrock customization role)", () => {
    let role: SimulatedRole;
    before(async () => {
      role = await roleFrom(
        () =>
          new FineTuningJob("support-model", {
            ...VPC,
            baseModelIdentifier: "amazon.nova-micro-v1:0:128k",
            trainingDataS3Uri: "s3://training-data/support/train.jsonl",
            outputS3Uri: "s3://model-artifacts/support/",
            hyperparameters: { epochCount: "2" },
          }),
        "support-model-customization",
      );
    });

    it("reads the training data and writes the job's output", async () => {
      assert.equal(
        await decide(role, "s3:GetObject", arn.object("training-data", "support/train.jsonl")),
        "Allowed",
      );
      assert.equal(
        await decide(role, "s3:PutObject", arn.object("model-artifacts", "support/metrics.csv")),
        "Allowed",
      );
    });

    it("creates network interfaces only tagged as Bedrock's, for this account's jobs", async () => {
      const eni = "arn:aws:ec2:us-east-1:123456789012:network-interface/*";
      const job = "arn:aws:bedrock:us-east-1:123456789012:model-customization-job/abc";
      assert.equal(
        await decide(role, "ec2:CreateNetworkInterface", eni, {
          "aws:RequestTag/BedrockManaged": "true",
          "aws:RequestTag/BedrockModelCustomizationJobArn": job,
        }),
        "Allowed",
      );
      assert.equal(await decide(role, "ec2:CreateNetworkInterface", eni), "ImplicitlyDenied");
    });

    itDeniesTheDangerousActions(() => role, { ownBucket: "training-data" });
  });
});
