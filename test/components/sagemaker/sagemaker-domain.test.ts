import { strict as assert } from "assert";
import { SageMakerDomain, type SageMakerDomainArgs } from "../../../components/sagemaker";
import { only, type Registered } from "../support";
import { deployed, itRejectsEach, rejectionOf, type Create } from "./component-runs";
import { statementsOf, withSid } from "../policy-json";

const T = {
  component: "scopeguard:sagemaker:SageMakerDomain",
  domain: "aws:sagemaker/domain:Domain",
  sg: "aws:ec2/securityGroup:SecurityGroup",
  key: "aws:kms/key:Key",
  role: "aws:iam/role:Role",
  rolePolicy: "aws:iam/rolePolicy:RolePolicy",
};
const BASE: SageMakerDomainArgs = { vpcId: "vpc-0abc", subnetIds: ["subnet-0a", "subnet-0b"] };
const OWN_KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const OWN_ROLE = "arn:aws:iam::123456789012:role/studio-users";

const create: Create<SageMakerDomainArgs> = (name, args) => new SageMakerDomain(name, args);
const studio = (args: Partial<SageMakerDomainArgs> = {}) => deployed(create, "studio", { ...BASE, ...args });
const rejection = rejectionOf(T.component, create, "studio");

const domainOf = async (args: Partial<SageMakerDomainArgs> = {}) => only(await studio(args), T.domain).inputs;

describe("SageMakerDomain", () => {
  it("sends every app's traffic through the given VPC and private subnets", async () => {
    const domain = await domainOf();
    assert.deepEqual(
      [domain.appNetworkAccessType, domain.vpcId, domain.subnetIds],
      ["VpcOnly", "vpc-0abc", ["subnet-0a", "subnet-0b"]],
    );
  });

  it("encrypts home directories and app volumes with the key it creates", async () => {
    const resources = await studio();
    assert.equal(only(resources, T.domain).inputs.kmsKeyId, only(resources, T.key).state.arn);
  });

  it("lets the account use the key through SageMaker and EFS only", async () => {
    const statements = statementsOf(only(await studio(), T.key).inputs.policy);
    const via = withSid(statements, "AccountUseThroughServices");
    assert.deepEqual(via.Condition.StringEquals["kms:ViaService"], [
      "sagemaker.us-east-1.amazonaws.com",
      "elasticfilesystem.us-east-1.amazonaws.com",
    ]);
  });

  it("encrypts with the given key and creates none", async () => {
    const resources = await studio({ kmsKeyArn: OWN_KEY });
    assert.equal(only(resources, T.domain).inputs.kmsKeyId, OWN_KEY);
    assert.equal(
      resources.some((r) => r.type === T.key),
      false,
    );
  });

  it("runs users' apps with an execution role only SageMaker of this account may assume", async () => {
    const resources = await studio();
    const role = only(resources, T.role);
    assert.equal(only(resources, T.domain).inputs.defaultUserSettings.executionRole, role.state.arn);
    assert.deepEqual(statementsOf(role.inputs.assumeRolePolicy)[0], {
      Sid: "TrustedServiceForThisAccount",
      Effect: "Allow",
      Principal: { Service: "sagemaker.amazonaws.com" },
      Action: "sts:AssumeRole",
      Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } },
    });
  });

  it("grants the execution role the named buckets and keys, and nothing by default", async () => {
    const policies = (r: Registered[]) => r.filter((x) => x.type === T.rolePolicy).map((x) => x.name);
    assert.deepEqual(policies(await studio()), []);
    assert.deepEqual(
      policies(
        await studio({ readBuckets: ["training-data"], writeBuckets: ["experiments"], useKeys: [OWN_KEY] }),
      ),
      ["studio-execution-buckets", "studio-execution-keys"],
    );
  });

  it("uses the given execution role and creates none", async () => {
    const resources = await studio({ executionRoleArn: OWN_ROLE });
    assert.equal(only(resources, T.domain).inputs.defaultUserSettings.executionRole, OWN_ROLE);
    assert.equal(
      resources.some((r) => r.type === T.role),
      false,
    );
  });

  it("gives apps a security group that admits only the user's other apps, and HTTPS egress to the VPC", async () => {
    const resources = await studio();
    const group = only(resources, T.sg).inputs;
    const apps = {
      protocol: "tcp",
      fromPort: 8192,
      toPort: 65535,
      self: true,
      description: "Studio apps of a user talk to each other",
    };
    assert.deepEqual(group.ingress, [apps]);
    assert.deepEqual(group.egress, [
      {
        protocol: "tcp",
        fromPort: 443,
        toPort: 443,
        cidrBlocks: ["172.31.0.0/16"],
        description: "HTTPS to the AWS API endpoints in the VPC",
      },
      apps,
    ]);
    const groups = only(resources, T.domain).inputs.defaultUserSettings.securityGroups;
    assert.equal(groups.length, 1);
    assert.match(groups[0], /^sg-[0-9a-f]+$/);
  });

  it("uses the given security groups and creates none", async () => {
    const resources = await studio({ securityGroupIds: ["sg-0123456789abcdef0"] });
    assert.deepEqual(only(resources, T.domain).inputs.defaultUserSettings.securityGroups, [
      "sg-0123456789abcdef0",
    ]);
    assert.equal(
      resources.some((r) => r.type === T.sg),
      false,
    );
  });

  it("does not let users share notebook output cells to S3", async () => {
    assert.deepEqual((await domainOf()).defaultUserSettings.sharingSettings, {
      notebookOutputOption: "Disabled",
    });
  });

  it("keeps the home directories when the domain is deleted", async () => {
    assert.deepEqual((await domainOf()).retentionPolicy, { homeEfsFileSystem: "Retain" });
  });

  it("signs users in through IAM by default, and through IAM Identity Center when asked", async () => {
    assert.deepEqual(
      [(await domainOf()).authMode, (await domainOf({ authMode: "SSO" })).authMode],
      ["IAM", "SSO"],
    );
  });

  it("is named after the component, or as asked", async () => {
    assert.deepEqual(
      [(await domainOf()).domainName, (await domainOf({ domainName: "research" })).domainName],
      ["studio", "research"],
    );
  });

  it("labels the domain with scope 4 by default and propagates its tags to apps", async () => {
    const domain = await domainOf();
    assert.deepEqual([domain.tags["ai-scope"], domain.tagPropagation], ["4", "ENABLED"]);
  });

  describe("rejects, before creating anything,", () => {
    const cases: [string, SageMakerDomainArgs, string][] = [
      [
        "a domain name SageMaker refuses",
        { ...BASE, domainName: "research_team" },
        'domainName "research_team" must be 1 to 63 letters, digits or hyphens, starting and ending with a letter or digit.',
      ],
      [
        "a domain without a VPC",
        { subnetIds: ["subnet-0a"] } as SageMakerDomainArgs,
        "vpcId is required: the VPC whose private subnets Studio apps run in (the domain is VpcOnly).",
      ],
      [
        "a domain without subnets",
        { vpcId: "vpc-0abc" } as SageMakerDomainArgs,
        "subnetIds is required: the private subnets (one per AZ) Studio apps run in.",
      ],
      [
        "an empty list of subnets",
        { ...BASE, subnetIds: [] },
        "subnetIds is empty; list the private subnets (one per AZ) Studio apps run in.",
      ],
      [
        "a subnet id that is not one",
        { ...BASE, subnetIds: ["private-a"] },
        'subnetIds contains "private-a", which is not a subnet id (subnet-...).',
      ],
      [
        "an unknown sign-in mode",
        { ...BASE, authMode: "OIDC" as never },
        'authMode "OIDC" is not IAM or SSO.',
      ],
      [
        "grants together with the caller's execution role",
        { ...BASE, executionRoleArn: OWN_ROLE, readBuckets: ["training-data"] },
        "readBuckets grants to the execution role the component creates, but executionRoleArn brings your own; grant them on your role, or remove executionRoleArn.",
      ],
      [
        "an execution role that is not a role ARN",
        { ...BASE, executionRoleArn: "studio-users" },
        'executionRoleArn "studio-users" is not an IAM role ARN (arn:aws:iam::<account>:role/<name>).',
      ],
      [
        "a key alias instead of a key ARN",
        { ...BASE, useKeys: ["alias/training"] },
        'useKeys contains "alias/training", which is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>); aliases cannot be granted, use the key\'s ARN.',
      ],
      [
        "key administrators with the caller's key",
        { ...BASE, kmsKeyArn: OWN_KEY, keyAdmins: ["arn:aws:iam::123456789012:role/admin"] },
        "keyAdmins configures the key the component creates, but kmsKeyArn brings your own; remove one or the other.",
      ],
    ];
    itRejectsEach(cases, rejection, `SageMakerDomain "studio": `);

    it("a component name that cannot be a domain name", async () => {
      assert.equal(
        await rejection(BASE, "studio_1"),
        'SageMakerDomain "studio_1": the name "studio_1" becomes the domain name, which must be 1 to 63 letters, digits or hyphens, starting and ending with a letter or digit; rename the component or set domainName.',
      );
    });
  });
});
