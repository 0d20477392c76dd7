import { strict as assert } from "assert";
import { SecureNotebook, type SecureNotebookArgs } from "../../../components/sagemaker";
import { only } from "../support";
import { deployed, itRejectsEach, rejectionOf, type Create } from "./component-runs";
import { statementsOf, withSid } from "../policy-json";
import { at } from "../../readers";

const T = {
  component: "scopeguard:sagemaker:SecureNotebook",
  notebook: "aws:sagemaker/notebookInstance:NotebookInstance",
  lifecycle: "aws:sagemaker/notebookInstanceLifecycleConfiguration:NotebookInstanceLifecycleConfiguration",
  sg: "aws:ec2/securityGroup:SecurityGroup",
  key: "aws:kms/key:Key",
  role: "aws:iam/role:Role",
};
const BASE: SecureNotebookArgs = { vpcId: "vpc-0abc", subnetId: "subnet-0a" };
const decode = (b64: string) => Buffer.from(b64, "base64").toString("utf8");

const create: Create<SecureNotebookArgs> = (name, args) => new SecureNotebook(name, args);
const notebook = (args: Partial<SecureNotebookArgs> = {}) =>
  deployed(create, "explore", { ...BASE, ...args });
const rejection = rejectionOf(T.component, create, "explore");

const notebookOf = async (args: Partial<SecureNotebookArgs> = {}) =>
  only(await notebook(args), T.notebook).inputs;

describe("SecureNotebook", () => {
  it("runs in the given private subnet without SageMaker's direct internet access", async () => {
    const inputs = await notebookOf();
    assert.deepEqual([inputs.subnetId, inputs.directInternetAccess], ["subnet-0a", "Disabled"]);
  });

  it("gives its users no root access", async () => {
    assert.equal((await notebookOf()).rootAccess, "Disabled");
  });

  it("gives root access only through the allowRootAccess relaxation", async () => {
    assert.equal((await notebookOf({ allowRootAccess: true })).rootAccess, "Enabled");
  });

  it("answers only IMDSv2 metadata requests", async () => {
    assert.deepEqual((await notebookOf()).instanceMetadataServiceConfiguration, {
      minimumInstanceMetadataServiceVersion: "2",
    });
  });

  it("encrypts its volume with the key it creates, usable through SageMaker only", async () => {
    const resources = await notebook();
    const key = only(resources, T.key);
    assert.equal(only(resources, T.notebook).inputs.kmsKeyId, key.state.arn);
    const via = withSid(statementsOf(key.inputs.policy), "AccountUseThroughServices");
    assert.deepEqual(via.Condition.StringEquals["kms:ViaService"], ["sagemaker.us-east-1.amazonaws.com"]);
  });

  it("has a security group with no ingress and HTTPS egress to the VPC only", async () => {
    const resources = await notebook();
    const group = only(resources, T.sg).inputs;
    assert.deepEqual(
      [group.ingress, group.egress.map((r: unknown) => [at(r, "fromPort"), at(r, "cidrBlocks")])],
      [[], [[443, ["172.31.0.0/16"]]]],
    );
    assert.equal(only(resources, T.notebook).inputs.securityGroups.length, 1);
  });

  it("runs as an execution role only SageMaker of this account may assume", async () => {
    const resources = await notebook();
    const role = only(resources, T.role);
    assert.equal(only(resources, T.notebook).inputs.roleArn, role.state.arn);
    assert.deepEqual(statementsOf(role.inputs.assumeRolePolicy)[0].Condition, {
      StringEquals: { "aws:SourceAccount": "123456789012" },
    });
  });

  it("runs on ml.t3.medium by default", async () => {
    assert.equal((await notebookOf()).instanceType, "ml.t3.medium");
  });

  it("has no lifecycle configuration unless scripts are given", async () => {
    const resources = await notebook();
    assert.equal(
      resources.some((r) => r.type === T.lifecycle),
      false,
    );
    assert.equal(only(resources, T.notebook).inputs.lifecycleConfigName, undefined);
  });

  it("runs the given scripts through a lifecycle configuration, encoded as SageMaker expects", async () => {
    const resources = await notebook({
      lifecycleScripts: { onStart: "pip install -r /home/ec2-user/req.txt" },
    });
    const lifecycle = only(resources, T.lifecycle);
    assert.deepEqual(
      [decode(lifecycle.inputs.onStart), lifecycle.inputs.onCreate],
      ["pip install -r /home/ec2-user/req.txt", undefined],
    );
    assert.equal(only(resources, T.notebook).inputs.lifecycleConfigName, lifecycle.state.name);
  });

  it("sizes the volume as asked", async () => {
    assert.equal((await notebookOf({ volumeSizeInGb: 50 })).volumeSize, 50);
  });

  describe("rejects, before creating anything,", () => {
    const cases: [string, SecureNotebookArgs, string][] = [
      [
        "a notebook without a subnet",
        { vpcId: "vpc-0abc" } as SecureNotebookArgs,
        "subnetId is required: the private subnet the notebook runs in, since it has no direct internet access.",
      ],
      [
        "a subnet id that is not one",
        { ...BASE, subnetId: "private-a" },
        'subnetId "private-a" is not a subnet id (subnet-...).',
      ],
      [
        "an EC2 instance type",
        { ...BASE, instanceType: "t3.medium" },
        'instanceType "t3.medium" is not a SageMaker ML instance type such as "ml.t3.medium".',
      ],
      [
        "a volume smaller than SageMaker allows",
        { ...BASE, volumeSizeInGb: 2 },
        "volumeSizeInGb must be a whole number of GiB from 5 to 16384 (got 2).",
      ],
      [
        "lifecycle scripts with no script",
        { ...BASE, lifecycleScripts: {} },
        "lifecycleScripts has neither onCreate nor onStart; give a script, or remove lifecycleScripts.",
      ],
      [
        "a lifecycle script longer than SageMaker accepts",
        { ...BASE, lifecycleScripts: { onCreate: "x".repeat(13000) } },
        "lifecycleScripts.onCreate is longer than SageMaker accepts (16384 characters once base64-encoded); download the rest of the setup from S3 in the script.",
      ],
      [
        "no VPC for the security group",
        { subnetId: "subnet-0a" },
        "vpcId is required for the security group the component creates (no ingress, HTTPS egress to the VPC only); set vpcId, or pass securityGroupIds.",
      ],
      [
        "a bucket ARN instead of a name",
        { ...BASE, readBuckets: ["arn:aws:s3:::training-data"] },
        'readBuckets contains the ARN "arn:aws:s3:::training-data"; give the bucket\'s name, the role is granted its objects and listing.',
      ],
    ];
    itRejectsEach(cases, rejection, `SecureNotebook "explore": `);

    it("a component name that cannot prefix a notebook name", async () => {
      assert.equal(
        await rejection(BASE, "explore.data"),
        `SecureNotebook "explore.data": the name "explore.data" prefixes the notebook instance's name, so it must be 1 to 55 letters, digits or hyphens, starting and ending with a letter or digit; rename the component.`,
      );
    });
  });
});
