import { strict as assert } from "assert";
import { GpuLaunchTemplate, type GpuLaunchTemplateArgs } from "../../../components/compute";
import { only, resourceErrorMessage, run, type Registered } from "../support";
import { at } from "../../readers";
import { statementsOf } from "../policy-json";

const T = {
  component: "scopeguard:compute:GpuLaunchTemplate",
  template: "aws:ec2/launchTemplate:LaunchTemplate",
  sg: "aws:ec2/securityGroup:SecurityGroup",
  key: "aws:kms/key:Key",
  role: "aws:iam/role:Role",
  rolePolicy: "aws:iam/rolePolicy:RolePolicy",
  attachment: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
  profile: "aws:iam/instanceProfile:InstanceProfile",
};
const BASE: GpuLaunchTemplateArgs = { instanceType: "p5.48xlarge", vpcId: "vpc-0abc" };
const OWN_KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
/** What the offline engine answers for aws.ec2.getAmi (preview/engine/mocks/invokes.ts). */
const LOOKED_UP_AMI = "ami-0abcdef1234567890";

async function hosts(
  args: Partial<GpuLaunchTemplateArgs> = {},
  mode: "preview" | "update" = "update",
): Promise<Registered[]> {
  const { resources, error } = await run(mode, () => new GpuLaunchTemplate("trainer", { ...BASE, ...args }));
  assert.equal(error, undefined);
  return resources;
}

async function rejection(args: GpuLaunchTemplateArgs): Promise<string> {
  const { resources, error } = await run("preview", () => new GpuLaunchTemplate("trainer", args));
  assert.deepEqual(
    resources.map((r) => r.type),
    [T.component],
  );
  return resourceErrorMessage(error);
}

const templateOf = async (args: Partial<GpuLaunchTemplateArgs> = {}) =>
  only(await hosts(args), T.template).inputs;

describe("GpuLaunchTemplate", () => {
  it("requires IMDSv2 tokens, with a hop limit of 1 and the endpoint on for the SSM agent", async () => {
    assert.deepEqual((await templateOf()).metadataOptions, {
      httpEndpoint: "enabled",
      httpTokens: "required",
      httpPutResponseHopLimit: 1,
    });
  });

  it("encrypts the AMI's root device with the key it creates", async () => {
    const resources = await hosts();
    assert.deepEqual(only(resources, T.template).inputs.blockDeviceMappings, [
      {
        deviceName: "/dev/xvda",
        ebs: {
          encrypted: "true",
          kmsKeyId: only(resources, T.key).state.arn,
          volumeType: "gp3",
          deleteOnTermination: "true",
        },
      },
    ]);
  });

  it("sizes the root volume as asked", async () => {
    const [root] = (await templateOf({ rootVolumeSizeInGb: 500 })).blockDeviceMappings;
    assert.equal(root.ebs.volumeSize, 500);
  });

  it("gives the hosts' network interface no public IP address and only the group it creates", async () => {
    const [nic, ...others] = (await templateOf()).networkInterfaces;
    assert.deepEqual(others, []);
    assert.deepEqual(
      [nic.deviceIndex, nic.associatePublicIpAddress, nic.deleteOnTermination],
      [0, "false", "true"],
    );
    assert.equal(nic.securityGroups.length, 1);
    assert.match(nic.securityGroups[0], /^sg-[0-9a-f]+$/);
  });

  it("launches with no SSH key pair", async () => {
    assert.equal("keyName" in (await templateOf()), false);
  });

  it("turns detailed monitoring on", async () => {
    assert.deepEqual((await templateOf()).monitoring, { enabled: true });
  });

  it("creates a security group with no ingress and HTTPS egress to the VPC only", async () => {
    const group = only(await hosts(), T.sg).inputs;
    assert.deepEqual(
      [group.vpcId, group.ingress, group.egress],
      [
        "vpc-0abc",
        [],
        [
          {
            protocol: "tcp",
            fromPort: 443,
            toPort: 443,
            cidrBlocks: ["172.31.0.0/16"],
            description: "HTTPS to the AWS API endpoints in the VPC",
          },
        ],
      ],
    );
  });

  it("lets HTTPS reach the given VPC block and prefix lists", async () => {
    const group = only(
      await hosts({ vpcCidrBlock: "10.0.0.0/16", egressPrefixListIds: ["pl-63a5400a"] }),
      T.sg,
    ).inputs;
    assert.deepEqual(
      group.egress.map((r: unknown) => [at(r, "cidrBlocks"), at(r, "prefixListIds")]),
      [
        [["10.0.0.0/16"], undefined],
        [undefined, ["pl-63a5400a"]],
      ],
    );
  });

  it("admits traffic between its hosts, and from nothing else, with allowIntraGroupTraffic", async () => {
    const group = only(await hosts({ allowIntraGroupTraffic: true }), T.sg).inputs;
    const intra = {
      protocol: "-1",
      fromPort: 0,
      toPort: 0,
      self: true,
      description: "Distributed training between the hosts",
    };
    assert.deepEqual(group.ingress, [intra]);
    assert.deepEqual(group.egress[1], intra);
  });

  it("uses the given security groups and creates none", async () => {
    const resources = await hosts({ securityGroupIds: ["sg-0123456789abcdef0"] });
    assert.deepEqual(only(resources, T.template).inputs.networkInterfaces[0].securityGroups, [
      "sg-0123456789abcdef0",
    ]);
    assert.equal(
      resources.some((r) => r.type === T.sg),
      false,
    );
  });

  it("launches with an instance profile whose role only EC2 may assume", async () => {
    const resources = await hosts();
    const role = only(resources, T.role);
    assert.deepEqual(statementsOf(role.inputs.assumeRolePolicy)[0].Principal, {
      Service: "ec2.amazonaws.com",
    });
    assert.equal(only(resources, T.profile).inputs.role, role.state.name);
    assert.deepEqual(only(resources, T.template).inputs.iamInstanceProfile, {
      name: only(resources, T.profile).state.name,
    });
  });

  it("attaches AmazonSSMManagedInstanceCore, and no other managed policy, for Session Manager", async () => {
    const resources = await hosts();
    const attachments = resources.filter((r) => r.type === T.attachment).map((r) => r.inputs);
    assert.deepEqual(attachments, [
      {
        role: only(resources, T.role).state.name,
        policyArn: "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
      },
    ]);
  });

  it("grants the hosts' role the named buckets only", async () => {
    const policies = (await hosts({ readBuckets: ["training-data"], writeBuckets: ["checkpoints"] })).filter(
      (r) => r.type === T.rolePolicy,
    );
    assert.deepEqual(
      policies.map((p) => p.name),
      ["trainer-host-buckets"],
    );
    const resources = statementsOf(policies[0].inputs.policy).flatMap((s) => s.Resource);
    assert.deepEqual([...new Set(resources)].sort(), [
      "arn:aws:s3:::checkpoints",
      "arn:aws:s3:::checkpoints/*",
      "arn:aws:s3:::training-data",
      "arn:aws:s3:::training-data/*",
    ]);
  });

  it("launches the looked-up AWS Deep Learning AMI by default", async () => {
    assert.equal((await templateOf()).imageId, LOOKED_UP_AMI);
  });

  it("launches the given AMI", async () => {
    assert.equal((await templateOf({ imageId: "ami-0123456789abcdef0" })).imageId, "ami-0123456789abcdef0");
  });

  it("lets the account use and grant the key it creates through EC2 only", async () => {
    const statements = statementsOf(only(await hosts(), T.key).inputs.policy);
    const bySid = Object.fromEntries(statements.map((s) => [s.Sid, s]));
    assert.deepEqual(Object.keys(bySid), [
      "AccountRootKeyRecoveryOnly",
      "AccountUseThroughServices",
      "CreateGrantsForAwsResourcesThroughService",
    ]);
    assert.deepEqual(bySid.AccountUseThroughServices.Condition.StringEquals["kms:ViaService"], [
      "ec2.us-east-1.amazonaws.com",
    ]);
    assert.deepEqual(bySid.CreateGrantsForAwsResourcesThroughService.Condition, {
      StringEquals: { "kms:CallerAccount": "123456789012", "kms:ViaService": "ec2.us-east-1.amazonaws.com" },
      Bool: { "kms:GrantIsForAWSResource": "true" },
    });
  });

  it("encrypts with the given key and creates none", async () => {
    const resources = await hosts({ kmsKeyArn: OWN_KEY });
    assert.equal(only(resources, T.template).inputs.blockDeviceMappings[0].ebs.kmsKeyId, OWN_KEY);
    assert.equal(
      resources.some((r) => r.type === T.key),
      false,
    );
  });

  it("encodes the boot script as EC2 expects", async () => {
    const userData = (await templateOf({ userData: "#!/bin/bash\necho ready" })).userData;
    assert.equal(Buffer.from(userData, "base64").toString("utf8"), "#!/bin/bash\necho ready");
  });

  it("tags hosts, volumes and interfaces at launch, labelled scope 5 by default", async () => {
    const specs = (await templateOf()).tagSpecifications;
    assert.deepEqual(
      specs.map((s: unknown) => [at(s, "resourceType"), at(s, "tags", "ai-scope")]),
      [
        ["instance", "5"],
        ["volume", "5"],
        ["network-interface", "5"],
      ],
    );
  });

  it("keeps the template's security settings known during preview", async () => {
    const inputs = only(await hosts({}, "preview"), T.template).inputs;
    assert.deepEqual(
      [
        inputs.instanceType,
        inputs.metadataOptions.httpTokens,
        inputs.networkInterfaces[0].associatePublicIpAddress,
        inputs.blockDeviceMappings[0].ebs.encrypted,
      ],
      ["p5.48xlarge", "required", "false", "true"],
    );
  });

  describe("rejects, before creating anything,", () => {
    const cases: [string, GpuLaunchTemplateArgs, string][] = [
      [
        "an instance type outside the accelerator families",
        { ...BASE, instanceType: "m5.large" },
        'instanceType "m5.large" is not a GPU or accelerator instance type; use one of the families p, g, gr, trn, inf, dl (such as "g6.xlarge", "p5.48xlarge" or "trn1.32xlarge"), or build a general-purpose host without this component.',
      ],
      [
        "a training host labelled below scope 5",
        { ...BASE, scope: 4 },
        'instanceType "p5.48xlarge" is a training host, which implies scope 5 (self-trained model), but scope is 4; set scope to 5 (and declare it for the stack), or use an inference family (g, gr, inf).',
      ],
      [
        "a dl host without an AMI",
        { ...BASE, instanceType: "dl1.24xlarge" },
        'instanceType "dl1.24xlarge" is a dl host, for which no AWS Deep Learning AMI is looked up; set imageId to the AMI its vendor publishes.',
      ],
      [
        "an AMI id that is not one",
        { ...BASE, imageId: "ubuntu" },
        'imageId "ubuntu" is not an AMI id (ami-...).',
      ],
      [
        "a root volume too small to boot",
        { ...BASE, rootVolumeSizeInGb: 4 },
        "rootVolumeSizeInGb must be a whole number of GiB from 8 to 16384 (got 4); leave it unset for the AMI's own size.",
      ],
      [
        "no VPC for the security group",
        { instanceType: "g6.xlarge" },
        "vpcId is required for the security group the component creates (no ingress, HTTPS egress to the VPC only); set vpcId, or pass securityGroupIds.",
      ],
      [
        "an empty list of security groups",
        { ...BASE, securityGroupIds: [] },
        "securityGroupIds is empty; list the security groups to use, or remove it for a group with no ingress.",
      ],
      [
        "a security group id that is not one",
        { ...BASE, securityGroupIds: ["default"] },
        'securityGroupIds contains "default", which is not a security group id (sg-...).',
      ],
      [
        "egress settings with the caller's security groups",
        { ...BASE, securityGroupIds: ["sg-0abc"], vpcCidrBlock: "10.0.0.0/16" },
        "vpcCidrBlock configures the security group the component creates, but securityGroupIds brings your own; remove one or the other.",
      ],
      [
        "a VPC block that is the whole internet",
        { ...BASE, vpcCidrBlock: "0.0.0.0/0" },
        'vpcCidrBlock "0.0.0.0/0" is not a VPC\'s IPv4 block (a /16 or smaller, such as "10.0.0.0/16"); HTTPS egress is allowed to it only.',
      ],
      [
        "a prefix list id that is not one",
        { ...BASE, egressPrefixListIds: ["s3"] },
        'egressPrefixListIds contains "s3", which is not a managed prefix list id (pl-...).',
      ],
      [
        "intra-group traffic with the caller's security groups",
        { ...BASE, securityGroupIds: ["sg-0abc"], allowIntraGroupTraffic: true },
        "allowIntraGroupTraffic configures the security group the component creates, but securityGroupIds brings your own; remove one or the other.",
      ],
      [
        "key administrators with the caller's key",
        { ...BASE, kmsKeyArn: OWN_KEY, keyAdmins: ["arn:aws:iam::123456789012:role/admin"] },
        "keyAdmins configures the key the component creates, but kmsKeyArn brings your own; remove one or the other.",
      ],
      [
        "a wildcard bucket grant",
        { ...BASE, readBuckets: ["training-*"] },
        'readBuckets contains "training-*"; name each bucket, a wildcard would grant every bucket it matches.',
      ],
      [
        "a scope that is not one",
        { ...BASE, scope: 7 as never },
        "scope 7 is not a scope; set it to one of 1, 2, 3, 4, 5.",
      ],
    ];
    for (const [what, args, message] of cases) {
      it(what, async () => {
        assert.equal(await rejection(args), `GpuLaunchTemplate "trainer": ${message}`);
      });
    }
  });
});
