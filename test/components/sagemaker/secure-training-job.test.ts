import { strict as assert } from "assert";
import { ModelImageRepository } from "../../../components/images";
import { SecureTrainingJob, type SecureTrainingJobArgs } from "../../../components/sagemaker";
import { checkWithPack, runRecordingDependencies } from "../bedrock/pack-checks";
import { only } from "../support";
import { deployed, itRejectsEach, rejectionOf, type Create } from "./component-runs";
import { statementsOf, withSid } from "../policy-json";
import { at } from "../../readers";

const T = {
  component: "scopeguard:sagemaker:SecureTrainingJob",
  job: "aws:sagemaker/trainingJob:TrainingJob",
  sg: "aws:ec2/securityGroup:SecurityGroup",
  key: "aws:kms/key:Key",
  role: "aws:iam/role:Role",
  rolePolicy: "aws:iam/rolePolicy:RolePolicy",
};
const IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/corpus-lm/train:v1";
const BASE: SecureTrainingJobArgs = {
  image: IMAGE,
  trainingDataS3Uri: "s3://training-data/corpus/",
  outputS3Uri: "s3://model-artifacts/corpus-lm/",
  vpcId: "vpc-0abc",
  subnetIds: ["subnet-0a", "subnet-0b"],
};
const OWN_KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

const create: Create<SecureTrainingJobArgs> = (name, args) => new SecureTrainingJob(name, args);
const training = (args: Partial<SecureTrainingJobArgs> = {}) =>
  deployed(create, "pretrain", { ...BASE, ...args });
const rejection = rejectionOf(T.component, create, "pretrain");

const jobOf = async (args: Partial<SecureTrainingJobArgs> = {}) => only(await training(args), T.job).inputs;

describe("SecureTrainingJob", () => {
  it("isolates the containers from the network and attaches them to the VPC", async () => {
    const job = await jobOf();
    assert.equal(job.enableNetworkIsolation, true);
    assert.deepEqual(job.vpcConfig.subnets, ["subnet-0a", "subnet-0b"]);
    assert.match(job.vpcConfig.securityGroupIds[0], /^sg-/);
  });

  it("gives the job a security group with no ingress and HTTPS egress to the VPC only", async () => {
    const group = only(await training(), T.sg).inputs;
    assert.deepEqual(
      [group.ingress, group.egress.map((r: unknown) => [at(r, "fromPort"), at(r, "cidrBlocks")])],
      [[], [[443, ["172.31.0.0/16"]]]],
    );
  });

  it("lets the instances of a distributed job reach each other, and nothing else in", async () => {
    const group = only(await training({ instanceCount: 4 }), T.sg).inputs;
    assert.deepEqual(
      group.ingress.map((r: unknown) => [at(r, "protocol"), at(r, "self"), at(r, "cidrBlocks")]),
      [["-1", true, undefined]],
    );
  });

  it("encrypts traffic between instances", async () => {
    assert.equal((await jobOf()).enableInterContainerTrafficEncryption, true);
  });

  it("encrypts the artifacts with the key it creates, usable through SageMaker and S3 only", async () => {
    const resources = await training();
    const key = only(resources, T.key);
    assert.equal(only(resources, T.job).inputs.outputDataConfig.kmsKeyId, key.state.arn);
    const via = withSid(statementsOf(key.inputs.policy), "AccountUseThroughServices");
    assert.deepEqual(via.Condition.StringEquals["kms:ViaService"], [
      "sagemaker.us-east-1.amazonaws.com",
      "s3.us-east-1.amazonaws.com",
    ]);
  });

  it("sets no volume key on an NVMe instance type, which the hardware encrypts", async () => {
    assert.equal((await jobOf()).resourceConfig.volumeKmsKeyId, undefined);
  });

  it("encrypts EBS training volumes with the key", async () => {
    const resources = await training({ instanceType: "ml.p3.2xlarge" });
    assert.equal(
      only(resources, T.job).inputs.resourceConfig.volumeKmsKeyId,
      only(resources, T.key).state.arn,
    );
  });

  it("encrypts with the given key and creates none", async () => {
    const resources = await training({ kmsKeyArn: OWN_KEY, instanceType: "ml.p3.2xlarge" });
    const job = only(resources, T.job).inputs;
    assert.deepEqual([job.outputDataConfig.kmsKeyId, job.resourceConfig.volumeKmsKeyId], [OWN_KEY, OWN_KEY]);
    assert.equal(
      resources.some((r) => r.type === T.key),
      false,
    );
  });

  it("trains on one ml.g5.2xlarge with 50 GiB, stopped after a day, by default", async () => {
    const job = await jobOf();
    assert.deepEqual(
      [job.resourceConfig, job.stoppingCondition],
      [
        { instanceType: "ml.g5.2xlarge", instanceCount: 1, volumeSizeInGb: 50 },
        { maxRuntimeInSeconds: 86400 },
      ],
    );
  });

  it("reads the training data as the train channel and writes to the output location", async () => {
    const job = await jobOf();
    assert.deepEqual(
      [job.trainingJobName, job.algorithmSpecification.trainingImage, job.outputDataConfig.s3OutputPath],
      ["pretrain", IMAGE, "s3://model-artifacts/corpus-lm/"],
    );
    assert.deepEqual(job.inputDataConfigs[0].channelName, "train");
    assert.equal(job.inputDataConfigs[0].dataSource.s3DataSource.s3Uri, "s3://training-data/corpus/");
  });

  it("runs as an execution role only SageMaker of this account may assume", async () => {
    const resources = await training();
    const role = only(resources, T.role);
    assert.equal(only(resources, T.job).inputs.roleArn, role.state.arn);
    assert.deepEqual(statementsOf(role.inputs.assumeRolePolicy)[0].Condition, {
      StringEquals: { "aws:SourceAccount": "123456789012" },
    });
  });

  it("gives the role its buckets, the VPC and logs, and the image's repository", async () => {
    assert.deepEqual(
      (await training()).filter((r) => r.type === T.rolePolicy).map((r) => r.name),
      ["pretrain-execution-buckets", "pretrain-training", "pretrain-images"],
    );
  });

  it("labels the job with scope 4 by default, as holding training data", async () => {
    const tags = (await jobOf()).tags;
    assert.deepEqual([tags["ai-scope"], tags["data-class"]], ["4", "training-data"]);
  });

  for (const mode of ["preview", "update"] as const) {
    it(`passes the pack at scope 5 with an image from the same stack (${mode})`, async () => {
      const recorded = await runRecordingDependencies(mode, () => {
        const images = new ModelImageRepository("train-images", { scope: 5 });
        new SecureTrainingJob("pretrain", {
          ...BASE,
          scope: 5,
          image: images.imageUri("v1"),
          instanceCount: 2,
        });
      });
      assert.equal(recorded.error, undefined);
      assert.deepEqual(checkWithPack(recorded, 5), { violations: [], undecided: [] });
    });
  }

  describe("rejects, before creating anything,", () => {
    const cases: [string, SecureTrainingJobArgs, string][] = [
      [
        "a job without an image",
        { ...BASE, image: undefined } as unknown as SecureTrainingJobArgs,
        "image is required: the URI of the training container image (from a ModelImageRepository, or an AWS Deep Learning Container).",
      ],
      [
        "training data that is not in S3",
        { ...BASE, trainingDataS3Uri: "https://example.com/corpus" },
        'trainingDataS3Uri "https://example.com/corpus" is not an S3 URI (s3://<bucket>/<key>).',
      ],
      [
        "a job without an output location",
        { ...BASE, outputS3Uri: undefined } as unknown as SecureTrainingJobArgs,
        "outputS3Uri is required: an s3://<bucket>/<key> URI.",
      ],
      [
        "a job outside the VPC",
        { ...BASE, subnetIds: undefined } as unknown as SecureTrainingJobArgs,
        "subnetIds is required: the private subnets (one per AZ) the training instances attach to.",
      ],
      [
        "an EC2 instance type",
        { ...BASE, instanceType: "p5.48xlarge" },
        'instanceType "p5.48xlarge" is not a SageMaker ML instance type such as "ml.g5.2xlarge".',
      ],
      [
        "a runtime beyond SageMaker's limit",
        { ...BASE, maxRuntimeInSeconds: 30 * 24 * 3600 },
        "maxRuntimeInSeconds must be a whole number of seconds from 1 to 2419200 (28 days, SageMaker's limit; got 2592000).",
      ],
      [
        "no instances",
        { ...BASE, instanceCount: 0 },
        "instanceCount must be a whole number of instances, 1 or more (got 0).",
      ],
      [
        "a scope outside 1..5",
        { ...BASE, scope: 6 as never },
        "scope 6 is not a scope; set it to one of 1, 2, 3, 4, 5.",
      ],
    ];
    itRejectsEach(cases, rejection, `SecureTrainingJob "pretrain": `);

    it("a component name that cannot be a training job's name", async () => {
      assert.equal(
        await rejection(BASE, "pre_train"),
        `SecureTrainingJob "pre_train": the name "pre_train" becomes the training job's name, which must be 1 to 63 letters, digits or hyphens, starting and ending with a letter or digit; rename the component or set trainingJobName.`,
      );
    });
  });
});
