import { strict as assert } from "assert";
import * as path from "path";
import { ConfigError, ProgramError } from "../../../preview/engine/errors";
import { SECRET_PLACEHOLDER } from "../../../preview/engine/program/project";
import { runProgram } from "../../../preview/engine/program/run-program";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "../../../preview/engine/sentinels";
import type { ProgramRun, RecordedResource } from "../../../preview/engine/types";
import { at } from "../../readers";

const programs = path.resolve(__dirname, "../../fixtures/engine/programs");
const STACK = "urn:pulumi:dev::basic::pulumi:pulumi:Stack::basic-dev";
const KEY = "urn:pulumi:dev::basic::aws:kms/key:Key::key";
const STORE = "urn:pulumi:dev::basic::fixture:index:Store::store";
const BUCKET = "urn:pulumi:dev::basic::fixture:index:Store$aws:s3/bucket:Bucket::store-bucket";
const SSE =
  "urn:pulumi:dev::basic::fixture:index:Store$aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration::store-sse";
const LOGS = "urn:pulumi:dev::basic::aws:cloudwatch/logGroup:LogGroup::logs";
const PROVIDER = "urn:pulumi:dev::basic::pulumi:providers:aws::default_7_48_0";

const find = (run: ProgramRun, urn: string): RecordedResource => {
  const r = run.resources.find((x) => x.urn === urn);
  if (!r) throw new Error(`no ${urn} in ${run.resources.map((x) => x.urn).join(", ")}`);
  return r;
};

describe("engine program runner: basic program", function () {
  this.timeout(120000);
  let preview: ProgramRun;
  let update: ProgramRun;
  before(async () => {
    [preview, update] = await Promise.all([
      runProgram({ programDir: path.join(programs, "basic"), mode: "preview" }),
      runProgram({ programDir: path.join(programs, "basic"), mode: "update" }),
    ]);
  });

  it("records where the program declared each resource: file, line and column of the TypeScript source", () => {
    const file = path.join(programs, "basic", "index.ts");
    assert.deepEqual(find(preview, KEY).source, { file, line: 26, column: 13 });
    assert.deepEqual(find(preview, BUCKET).source, { file, line: 11, column: 19 });
  });

  it("records no declaration site for the Stack and default providers, which the program does not declare", () => {
    assert.equal(find(preview, STACK).source, undefined);
    assert.equal(find(preview, PROVIDER).source, undefined);
  });

  it("records the Stack first", () => {
    assert.equal(preview.resources[0].urn, STACK);
  });

  it("registers the default aws provider before its first user", () => {
    assert.deepEqual(
      preview.resources.slice(1, 3).map((r) => r.urn),
      [PROVIDER, KEY],
    );
  });

  it("gives the default provider the aws config, namespace stripped, plus version", () => {
    assert.deepEqual(find(preview, PROVIDER).inputs, {
      region: "eu-west-1",
      defaultTags: '{"tags":{"team":"ml"}}',
      version: "7.48.0",
    });
  });

  it("references the default provider with an unknown id in preview", () => {
    assert.equal(find(preview, KEY).provider, `${PROVIDER}::${UNKNOWN}`);
  });

  it("records a child's parent", () => {
    assert.equal(find(preview, BUCKET).parent, STORE);
  });

  it("records top-level resources as children of the Stack", () => {
    assert.equal(find(preview, KEY).parent, STACK);
  });

  it("records property dependencies", () => {
    assert.deepEqual(find(preview, SSE).propertyDependencies, { bucket: [BUCKET], rules: [KEY] });
  });

  it("records dependsOn on a component as dependencies on its children", () => {
    assert.deepEqual(find(preview, LOGS).dependencies, [BUCKET, SSE]);
  });

  it("records resource options, custom timeouts in seconds", () => {
    assert.deepEqual(find(preview, LOGS).options, {
      protect: true,
      ignoreChanges: ["tags"],
      aliases: [],
      customTimeouts: { create: 60, update: 0, delete: 5400 },
      additionalSecretOutputs: [],
    });
  });

  it("leaves the key's ARN unknown in preview", () => {
    assert.equal(find(preview, KEY).outputs.arn, UNKNOWN);
  });

  it("knows the key's ARN in update mode", () => {
    assert.match(
      find(update, KEY).outputs.arn as string,
      /^arn:aws:kms:eu-west-1:123456789012:key\/[0-9a-f-]{36}$/,
    );
  });

  it("passes an unknown ARN on to the inputs that use it, in preview", () => {
    assert.equal(
      at(find(preview, SSE).inputs.rules, 0, "applyServerSideEncryptionByDefault", "kmsMasterKeyId"),
      UNKNOWN,
    );
  });

  it("puts the autoname in the inputs, the same in both modes", () => {
    assert.deepEqual(
      [find(preview, BUCKET).inputs.bucket, find(update, BUCKET).inputs.bucket],
      ["store-bucket-ddc5697", "store-bucket-ddc5697"],
    );
  });

  it("records a component's registered outputs", () => {
    assert.deepEqual(find(preview, STORE).outputs, { bucketName: "store-bucket-ddc5697" });
  });

  it("records the program's exports as the Stack's outputs, unknowns included", () => {
    assert.deepEqual(find(preview, STACK).outputs, {
      apiKey: { [SIG_KEY]: SECRET_SIG, value: SECRET_PLACEHOLDER },
      bucketName: "store-bucket-ddc5697",
      keyArn: UNKNOWN,
      logGroup: "logs-a1318cf",
      roleName: "role-28ed5f5",
      settings: "gold",
    });
  });

  it("renders getPolicyDocument into the role's trust policy", () => {
    const role = find(preview, "urn:pulumi:dev::basic::aws:iam/role:Role::role");
    assert.deepEqual(JSON.parse(role.inputs.assumeRolePolicy as string), {
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: "bedrock.amazonaws.com" } },
      ],
    });
  });

  it("marks additionalSecretOutputs secret in the outputs", () => {
    const role = find(update, "urn:pulumi:dev::basic::aws:iam/role:Role::role");
    assert.equal((role.outputs.uniqueId as Record<string, unknown>)[SIG_KEY], SECRET_SIG);
  });

  it("records unanswered invokes with their count", () => {
    assert.deepEqual(preview.unansweredInvokes, [
      { token: "aws:ec2/getInstanceType:getInstanceType", count: 2 },
    ]);
  });

  it("gives secure config to the program as a secret placeholder", () => {
    assert.deepEqual(find(preview, STACK).outputs.apiKey, {
      [SIG_KEY]: SECRET_SIG,
      value: SECRET_PLACEHOLDER,
    });
  });

  it("hands the stack config and its secret keys to the run", () => {
    assert.deepEqual([preview.config?.["basic:env"], preview.secretConfigKeys], ["test", ["basic:apiKey"]]);
  });
});

describe("engine program runner: awsx and explicit providers", function () {
  this.timeout(120000);
  let run: ProgramRun;
  before(async () => {
    run = await runProgram({ programDir: path.join(programs, "vpc"), mode: "update" });
  });

  const VPC = "urn:pulumi:dev::vpc::awsx:ec2:Vpc::net";
  const INNER = "urn:pulumi:dev::vpc::awsx:ec2:Vpc$aws:ec2/vpc:Vpc::net";
  const SUBNET = "awsx:ec2:Vpc$aws:ec2/vpc:Vpc$aws:ec2/subnet:Subnet";

  it("records awsx.ec2.Vpc as a remote component whose outputs name its children", () => {
    const vpc = find(run, VPC);
    assert.deepEqual(
      [
        vpc.custom,
        vpc.remote,
        (vpc.outputs.privateSubnetIds as string[]).length,
        (vpc.outputs.publicSubnetIds as string[]).length,
        (vpc.outputs.natGateways as unknown[]).length,
        vpc.outputs.vpcId,
      ],
      [false, true, 2, 2, 1, find(run, `urn:pulumi:dev::vpc::${SUBNET}::net-public-1`).inputs.vpcId],
    );
  });

  it("registers the Vpc's children under the component, named as awsx names them", () => {
    assert.deepEqual(
      run.resources
        .filter((r) => r.type === "aws:ec2/subnet:Subnet")
        .map((r) => `${r.name} ${r.inputs.cidrBlock} ${r.inputs.mapPublicIpOnLaunch} ${r.parent === INNER}`),
      [
        "net-public-1 10.0.64.0/19 true true",
        "net-private-1 10.0.0.0/18 false true",
        "net-public-2 10.0.192.0/19 true true",
        "net-private-2 10.0.128.0/18 false true",
      ],
    );
  });

  it("records a synthesized child's provider and property dependencies", () => {
    const nat = find(run, `urn:pulumi:dev::vpc::${SUBNET}$aws:ec2/natGateway:NatGateway::net-1`);
    assert.deepEqual(
      [
        nat.provider?.startsWith("urn:pulumi:dev::vpc::pulumi:providers:aws::default_7_48_0::"),
        nat.propertyDependencies,
      ],
      [
        true,
        {
          subnetId: [`urn:pulumi:dev::vpc::${SUBNET}::net-public-1`],
          allocationId: [`urn:pulumi:dev::vpc::${SUBNET}$aws:ec2/eip:Eip::net-1`],
        },
      ],
    );
  });

  it("routes private subnets through the NAT gateway with its id", () => {
    const route = find(
      run,
      `urn:pulumi:dev::vpc::${SUBNET}$aws:ec2/routeTable:RouteTable$aws:ec2/route:Route::net-private-2`,
    );
    assert.match(route.inputs.natGatewayId as string, /^nat-0[0-9a-f]{16}$/);
  });

  it("names remote components it did not expand", () => {
    assert.deepEqual(run.notExpanded, ["urn:pulumi:dev::vpc::eks:index:Cluster::cluster"]);
  });

  it("registers the awsx default provider for the remote component", () => {
    assert.equal(
      run.resources.some((r) => r.urn === "urn:pulumi:dev::vpc::pulumi:providers:awsx::default_3_9_0"),
      true,
    );
  });

  it("references an explicit provider by its URN and id", () => {
    assert.match(
      find(run, "urn:pulumi:dev::vpc::aws:kms/key:Key::unrotated").provider!,
      /^urn:pulumi:dev::vpc::pulumi:providers:aws::east::[0-9a-f]{32}$/,
    );
  });

  it("feeds the VPC id to its users", () => {
    assert.match(
      find(run, "urn:pulumi:dev::vpc::aws:ec2/securityGroup:SecurityGroup::sg").inputs.vpcId as string,
      /^vpc-0[0-9a-f]{16}$/,
    );
  });
});

describe("engine program runner: entry points and failures", function () {
  this.timeout(120000);

  it("reports a program that throws with its message and the program's frame", async () => {
    const dir = path.join(programs, "throws");
    await assert.rejects(
      runProgram({ programDir: dir, mode: "preview" }),
      (e: Error) =>
        e instanceof ProgramError &&
        e.message ===
          `program ${dir} failed: scope must be 1-5, got 7\n    at validate (${path.join(dir, "index.ts")}:5:24)`,
    );
  });

  it("runs Pulumi.yaml's main with the program's own tsconfig (comments allowed) and the named stack", async () => {
    const run = await runProgram({
      programDir: path.join(programs, "two-stacks"),
      stack: "prod",
      mode: "preview",
    });
    assert.deepEqual(run.resources[0].outputs, { region: "eu-central-1" });
  });

  it("says how to give a stand-in value when a secure config value is read as a number", async () => {
    const dir = path.join(programs, "secret-number");
    await assert.rejects(
      runProgram({ programDir: dir, mode: "preview" }),
      (e: Error) =>
        e instanceof ProgramError &&
        e.message.endsWith(
          '\nThe secure config value "secret-number:port" cannot be decrypted offline, so the program read "[secret: not decrypted offline]". ' +
            "To preview, give a plain stand-in value of the right type in a copy of Pulumi.dev.yaml (for example `port: 42`) and pass that stack with --stack.",
        ),
    );
  });

  it("names the program's package.json when it is not valid JSON", async () => {
    const file = path.join(programs, "bad-package", "package.json");
    await assert.rejects(
      runProgram({ programDir: path.join(programs, "bad-package"), mode: "preview" }),
      (e: Error) => e instanceof ConfigError && e.message.startsWith(`${file}: not valid JSON (`),
    );
  });

  it("rejects a --stack without a stack file before running anything", async () => {
    await assert.rejects(
      runProgram({ programDir: path.join(programs, "basic"), stack: "prod", mode: "preview" }),
      ConfigError,
    );
  });
});
