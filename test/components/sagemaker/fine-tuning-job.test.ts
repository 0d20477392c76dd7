import { strict as assert } from "assert";
import { FineTuningJob, type FineTuningJobArgs } from "../../../components/sagemaker";
import { only } from "../support";
import { deployed, itRejectsEach, policies, rejectionOf, type Create } from "./component-runs";
import { statementsOf, withSid } from "../policy-json";

const T = {
  component: "scopeguard:sagemaker:FineTuningJob",
  model: "aws:bedrock/customModel:CustomModel",
  sg: "aws:ec2/securityGroup:SecurityGroup",
  key: "aws:kms/key:Key",
  role: "aws:iam/role:Role",
  rolePolicy: "aws:iam/rolePolicy:RolePolicy",
};
const BASE: FineTuningJobArgs = {
  baseModelIdentifier: "amazon.nova-micro-v1:0:128k",
  trainingDataS3Uri: "s3://training-data/support/train.jsonl",
  outputS3Uri: "s3://model-artifacts/support/",
  hyperparameters: { epochCount: "2", learningRate: "0.00001" },
  vpcId: "vpc-0abc",
  subnetIds: ["subnet-0a", "subnet-0b"],
};

const create: Create<FineTuningJobArgs> = (name, args) => new FineTuningJob(name, args);
const job = (args: Partial<FineTuningJobArgs> = {}) =>
  deployed(create, "support-model", { ...BASE, ...args });
const rejection = rejectionOf(T.component, create, "support-model");

const modelOf = async (args: Partial<FineTuningJobArgs> = {}) => only(await job(args), T.model).inputs;

describe("FineTuningJob", () => {
  it("runs the job in the given subnets with a security group that has no ingress", async () => {
    const resources = await job();
    const vpc = only(resources, T.model).inputs.vpcConfig;
    assert.deepEqual(vpc.subnetIds, ["subnet-0a", "subnet-0b"]);
    assert.equal(vpc.securityGroupIds.length, 1);
    assert.deepEqual(only(resources, T.sg).inputs.ingress, []);
  });

  it("encrypts the custom model with the model-artifacts key it creates, usable through Bedrock only", async () => {
    const resources = await job();
    const key = only(resources, T.key);
    assert.equal(only(resources, T.model).inputs.customModelKmsKeyId, key.state.arn);
    assert.equal(key.inputs.tags["data-class"], "model-artifacts");
    const via = withSid(statementsOf(key.inputs.policy), "AccountUseThroughServices");
    assert.deepEqual(via.Condition.StringEquals["kms:ViaService"], ["bedrock.us-east-1.amazonaws.com"]);
  });

  it("lets only Bedrock, for this account's customization jobs, assume the role", async () => {
    const resources = await job();
    const role = only(resources, T.role);
    assert.equal(only(resources, T.model).inputs.roleArn, role.state.arn);
    assert.deepEqual(statementsOf(role.inputs.assumeRolePolicy)[0].Condition, {
      StringEquals: { "aws:SourceAccount": "123456789012" },
      ArnLike: { "aws:SourceArn": "arn:aws:bedrock:us-east-1:123456789012:model-customization-job/*" },
    });
  });

  it("lets the role read the training and validation buckets and write the output bucket only", async () => {
    const buckets = policies(await job({ validationDataS3Uris: ["s3://validation-data/support.jsonl"] }))[
      "support-model-customization-buckets"
    ];
    const bySid = Object.fromEntries(buckets.Statement.map((s) => [s.Sid, s.Resource]));
    assert.deepEqual(
      [bySid.ReadNamedBucketObjects, bySid.WriteNamedBucketObjects],
      [
        ["arn:aws:s3:::training-data/*", "arn:aws:s3:::validation-data/*"],
        ["arn:aws:s3:::model-artifacts/*"],
      ],
    );
  });

  it("lets the role manage only Bedrock-managed network interfaces in the VPC", async () => {
    const vpc = policies(await job())["support-model-vpc"];
    assert.deepEqual(
      vpc.Statement.map((s) => s.Sid),
      [
        "DescribeTheVpc",
        "CreateBedrockManagedInterfaces",
        "UseSubnetsAndSecurityGroups",
        "ManageBedrockManagedInterfaces",
        "TagInterfacesAtCreation",
      ],
    );
    assert.deepEqual(vpc.Statement[3].Condition, {
      StringEquals: { "ec2:ResourceTag/BedrockManaged": "true" },
    });
  });

  it("fine-tunes the base model into a custom model named after the component", async () => {
    const model = await modelOf();
    assert.deepEqual(
      [model.baseModelIdentifier, model.customizationType, model.customModelName, model.jobName],
      ["amazon.nova-micro-v1:0:128k", "FINE_TUNING", "support-model", "support-model-job"],
    );
  });

  it("reads the training and validation data and writes to the output location", async () => {
    const model = await modelOf({ validationDataS3Uris: ["s3://validation-data/support.jsonl"] });
    assert.deepEqual(
      [model.trainingDataConfig, model.validationDataConfig, model.outputDataConfig],
      [
        { s3Uri: "s3://training-data/support/train.jsonl" },
        { validators: [{ s3Uri: "s3://validation-data/support.jsonl" }] },
        { s3Uri: "s3://model-artifacts/support/" },
      ],
    );
  });

  it("labels the job with scope 4 by default", async () => {
    assert.equal((await modelOf()).tags["ai-scope"], "4");
  });

  it("labels the custom model as a model artifact, which the data controls key on", async () => {
    assert.equal((await modelOf()).tags["data-class"], "model-artifacts");
  });

  describe("rejects, before creating anything,", () => {
    const cases: [string, FineTuningJobArgs, string][] = [
      [
        "a job without a base model",
        { ...BASE, baseModelIdentifier: " " },
        'baseModelIdentifier is required: the id or ARN of the foundation model to customise, such as "amazon.nova-micro-v1:0:128k".',
      ],
      [
        "an unknown customization type",
        { ...BASE, customizationType: "PRUNING" as never },
        'customizationType "PRUNING" is not one of FINE_TUNING, CONTINUED_PRE_TRAINING, DISTILLATION.',
      ],
      [
        "a job name Bedrock refuses",
        { ...BASE, jobName: "support model job" },
        'jobName "support model job" must be 1 to 63 letters, digits, "-", "+" or ".", starting with a letter or digit.',
      ],
      [
        "a job without hyperparameters",
        { ...BASE, hyperparameters: undefined as never },
        "hyperparameters is required: the base model's training settings (epochCount, batchSize, learningRate ...) as strings.",
      ],
      [
        "training data outside S3",
        { ...BASE, trainingDataS3Uri: "/data/train.jsonl" },
        'trainingDataS3Uri "/data/train.jsonl" is not an S3 URI (s3://<bucket>/<key>).',
      ],
      [
        "an empty list of validation data",
        { ...BASE, validationDataS3Uris: [] },
        "validationDataS3Uris is empty; list the validation data, or remove it.",
      ],
      [
        "a job without an output location",
        { ...BASE, outputS3Uri: undefined as never },
        "outputS3Uri is required: an s3://<bucket>/<key> URI.",
      ],
      [
        "a job outside the VPC",
        { ...BASE, subnetIds: undefined as never },
        "subnetIds is required: the private subnets the job reads its data through (the pack requires customisation jobs in the VPC).",
      ],
      [
        "more subnets than Bedrock accepts",
        { ...BASE, subnetIds: Array.from({ length: 17 }, (_, i) => `subnet-0${i.toString(16)}`) },
        "subnetIds must list 1 to 16 private subnets (got 17).",
      ],
    ];
    itRejectsEach(cases, rejection, `FineTuningJob "support-model": `);

    it("a component name that cannot be a custom model's name", async () => {
      assert.equal(
        await rejection({ ...BASE, jobName: "support-job" }, "support_model"),
        'FineTuningJob "support_model": the name "support_model" becomes the custom model name, which must be 1 to 63 letters, digits, "-", "+" or ".", starting with a letter or digit; rename the component or set customModelName.',
      );
    });
  });
});
