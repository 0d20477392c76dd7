import { strict as assert } from "assert";
import { isAwsManagedKey } from "../../../policypack/vocabulary";
import { createMocks, UNKNOWN } from "../../../preview/engine/mocks";

const URN = "urn:pulumi:dev::proj::aws:s3/bucket:Bucket::data";

function create(
  mode: "preview" | "update",
  type: string,
  name: string,
  inputs: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) {
  return createMocks({ mode, region: "eu-west-1" }).newResource({
    type,
    name,
    inputs,
    custom: true,
    urn: `urn:pulumi:dev::proj::${type}::${name}`,
    ...extra,
  });
}

describe("engine mocks: resources", () => {
  it("autonames a bucket in preview: logical name plus 7 hex, known", () => {
    const { state } = create("preview", "aws:s3/bucket:Bucket", "data");
    assert.match(state.bucket, /^data-[0-9a-f]{7}$/);
  });

  it("gives the same autoname in update mode (derived from the URN, not the mode)", () => {
    assert.equal(
      create("update", "aws:s3/bucket:Bucket", "data").state.bucket,
      create("preview", "aws:s3/bucket:Bucket", "data").state.bucket,
    );
  });

  it("keeps a bucket name the program set", () => {
    assert.equal(create("preview", "aws:s3/bucket:Bucket", "data", { bucket: "mine" }).state.bucket, "mine");
  });

  it("leaves the ARN and id unknown in preview", () => {
    const r = create("preview", "aws:s3/bucket:Bucket", "data");
    assert.equal(r.state.arn, UNKNOWN);
    assert.equal(r.id, undefined);
  });

  it("gives a realistic bucket ARN and id in update mode", () => {
    const r = create("update", "aws:s3/bucket:Bucket", "data");
    assert.equal(r.state.arn, `arn:aws:s3:::${r.state.bucket}`);
    assert.equal(r.id, r.state.bucket);
  });

  it("gives a KMS key a key ARN in the configured region and account in update mode", () => {
    const r = create("update", "aws:kms/key:Key", "key");
    assert.match(r.state.arn, /^arn:aws:kms:eu-west-1:123456789012:key\/[0-9a-f-]{36}$/);
    assert.equal(r.state.arn.split("/")[1], r.state.keyId);
  });

  it("gives an IAM role a regionless ARN with its autoname", () => {
    const r = create("update", "aws:iam/role:Role", "role", { assumeRolePolicy: "{}" });
    assert.equal(r.state.arn, `arn:aws:iam::123456789012:role/${r.state.name}`);
  });

  it("does not invent an arn for a type that declares none", () => {
    const r = create("update", "aws:s3/bucketPolicy:BucketPolicy", "policy", { bucket: "b", policy: "{}" });
    assert.equal("arn" in r.state, false);
  });

  it('treats the import id "" that the SDK\'s MockMonitor sends as a create', () => {
    assert.equal(create("preview", "aws:kms/key:Key", "key", {}, { id: "" }).state.arn, UNKNOWN);
  });

  it("leaves a name built from namePrefix unknown in preview", () => {
    assert.equal(create("preview", "aws:iam/role:Role", "role", { namePrefix: "app-" }).state.name, UNKNOWN);
  });

  it("prefixes KMS alias autonames with alias/", () => {
    assert.match(
      create("preview", "aws:kms/alias:Alias", "key-alias", { targetKeyId: "k" }).state.name,
      /^alias\/key-alias-[0-9a-f]{7}$/,
    );
  });

  it("reports autonames, region and tagsAll as Check additions, by URN", () => {
    const mocks = createMocks({ mode: "preview" });
    const r = mocks.newResource({
      type: "aws:s3/bucket:Bucket",
      name: "data",
      inputs: {},
      custom: true,
      urn: URN,
    });
    assert.deepEqual(mocks.checkAdditions(URN), { bucket: r.state.bucket, region: "us-east-1", tagsAll: {} });
  });

  it("merges provider default tags into tagsAll", () => {
    const mocks = createMocks({ mode: "preview", defaultTags: { team: "ml" } });
    const r = mocks.newResource({
      type: "aws:kms/key:Key",
      name: "k",
      inputs: { tags: { env: "dev" } },
      custom: true,
    });
    assert.deepEqual(r.state.tagsAll, { team: "ml", env: "dev" });
  });

  it("places resources of an explicit provider in that provider's region", () => {
    const mocks = createMocks({ mode: "update" });
    mocks.newResource({
      type: "pulumi:providers:aws",
      name: "east",
      inputs: { region: "us-east-2" },
      custom: true,
      urn: "urn:pulumi:dev::p::pulumi:providers:aws::east",
    });
    const r = mocks.newResource({
      type: "aws:kms/key:Key",
      name: "k",
      inputs: {},
      custom: true,
      provider: "urn:pulumi:dev::p::pulumi:providers:aws::east::abc",
    });
    assert.match(r.state.arn, /^arn:aws:kms:us-east-2:/);
  });
});

describe("engine mocks: awsx.ec2.Vpc", () => {
  const vpc = (mode: "preview" | "update", inputs: Record<string, unknown> = {}) =>
    createMocks({ mode }).newResource({ type: "awsx:ec2:Vpc", name: "net", inputs, custom: false }).state;

  it("has a private and a public subnet in each of 3 AZs by default", () => {
    const s = vpc("update");
    assert.deepEqual(
      [s.privateSubnetIds.length, s.publicSubnetIds.length, s.isolatedSubnetIds.length],
      [3, 3, 0],
    );
  });

  it("spreads subnets across distinct AZs", () => {
    assert.deepEqual(
      [...new Set(vpc("update").subnets.map((x: { availabilityZone: string }) => x.availabilityZone))],
      ["us-east-1a", "us-east-1b", "us-east-1c"],
    );
  });

  it("has one NAT gateway per AZ by default and one with strategy Single", () => {
    assert.deepEqual(
      [
        vpc("update").natGateways.length,
        vpc("update", { natGateways: { strategy: "Single" } }).natGateways.length,
      ],
      [3, 1],
    );
  });

  it("leaves subnet ids and the VPC id unknown in preview, keeping their number", () => {
    const s = vpc("preview", { numberOfAvailabilityZones: 2 });
    assert.deepEqual([s.vpcId, s.privateSubnetIds], [UNKNOWN, [UNKNOWN, UNKNOWN]]);
  });

  it("gives realistic ids in update mode", () => {
    const s = vpc("update");
    assert.match(s.vpcId, /^vpc-0[0-9a-f]{16}$/);
    assert.match(s.privateSubnetIds[0], /^subnet-0[0-9a-f]{16}$/);
  });

  it("honours subnetSpecs, Isolated included", () => {
    const s = vpc("update", { numberOfAvailabilityZones: 2, subnetSpecs: [{ type: "Isolated" }] });
    assert.deepEqual(
      [s.privateSubnetIds.length, s.publicSubnetIds.length, s.isolatedSubnetIds.length, s.natGateways.length],
      [0, 0, 2, 0],
    );
  });
});

describe("engine mocks: invokes", () => {
  it("answers getCallerIdentity with the mock account", () => {
    assert.equal(
      createMocks({ mode: "preview" }).call({
        token: "aws:index/getCallerIdentity:getCallerIdentity",
        inputs: {},
      }).accountId,
      "123456789012",
    );
  });

  it("answers getAlias for an alias/aws/* name with a key the pack recognises as AWS-managed", () => {
    const mocks = createMocks({ mode: "preview", region: "eu-west-1" });
    const managed = mocks.call({ token: "aws:kms/getAlias:getAlias", inputs: { name: "alias/aws/s3" } });
    const own = mocks.call({ token: "aws:kms/getAlias:getAlias", inputs: { name: "alias/model-data" } });
    assert.deepEqual(
      [managed.targetKeyId, managed.targetKeyArn, own.targetKeyId, own.targetKeyArn].map((k) =>
        isAwsManagedKey(String(k)),
      ),
      [true, true, false, false],
    );
  });

  it("answers getKey for an AWS-managed alias with that key, managed by AWS", () => {
    const r = createMocks({ mode: "preview" }).call({
      token: "aws:kms/getKey:getKey",
      inputs: { keyId: "arn:aws:kms:us-east-1:123456789012:alias/aws/ebs" },
    });
    assert.deepEqual([isAwsManagedKey(String(r.arn)), r.keyManager], [true, "AWS"]);
  });

  it("answers getAvailabilityZones with three AZs of the region", () => {
    const r = createMocks({ mode: "preview", region: "eu-west-1" }).call({
      token: "aws:index/getAvailabilityZones:getAvailabilityZones",
      inputs: {},
    });
    assert.deepEqual(r.names, ["eu-west-1a", "eu-west-1b", "eu-west-1c"]);
  });

  it("resolves the public SSM AMI parameter to an AMI id", () => {
    const r = createMocks({ mode: "preview" }).call({
      token: "aws:ssm/getParameter:getParameter",
      inputs: { name: "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64" },
    });
    assert.match(String(r.value), /^ami-[0-9a-f]{17}$/);
  });

  it("answers an unknown invoke with {} and counts it", () => {
    const mocks = createMocks({ mode: "preview" });
    const answers = [1, 2].map(() =>
      mocks.call({ token: "aws:ec2/getInstanceType:getInstanceType", inputs: {} }),
    );
    assert.deepEqual(
      [answers, mocks.unansweredInvokes()],
      [[{}, {}], [{ token: "aws:ec2/getInstanceType:getInstanceType", count: 2 }]],
    );
  });
});
