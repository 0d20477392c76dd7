import { strict as assert } from "assert";
import { GpuNodeGroup, type GpuNodeGroupArgs } from "../../../components/compute";
import { checkWithPack, runRecordingDependencies } from "../bedrock/pack-checks";
import { only, resourceErrorMessage, run, type Registered } from "../support";

const T = {
  component: "scopeguard:compute:GpuNodeGroup",
  nodeGroup: "aws:eks/nodeGroup:NodeGroup",
  template: "aws:ec2/launchTemplate:LaunchTemplate",
  key: "aws:kms/key:Key",
  role: "aws:iam/role:Role",
  attachment: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
};
const BASE: GpuNodeGroupArgs = { clusterName: "ai-cluster", subnetIds: ["subnet-0a", "subnet-0b"] };
const OWN_KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const OWN_ROLE = "arn:aws:iam::123456789012:role/eks-gpu-nodes";

async function nodes(args: Partial<GpuNodeGroupArgs> = {}): Promise<Registered[]> {
  const { resources, error } = await run("update", () => new GpuNodeGroup("gpu", { ...BASE, ...args }));
  assert.equal(error, undefined);
  return resources;
}

async function rejection(args: Partial<GpuNodeGroupArgs>): Promise<string> {
  const { resources, error } = await run("preview", () => new GpuNodeGroup("gpu", args as GpuNodeGroupArgs));
  assert.deepEqual(
    resources.map((r) => r.type),
    [T.component],
  );
  return resourceErrorMessage(error);
}

const groupOf = async (args: Partial<GpuNodeGroupArgs> = {}) => only(await nodes(args), T.nodeGroup).inputs;

describe("GpuNodeGroup", () => {
  it("joins the named cluster in the given subnets, from the latest version of its hardened template", async () => {
    const resources = await nodes();
    const group = only(resources, T.nodeGroup).inputs;
    const template = only(resources, T.template).state;
    assert.equal(group.clusterName, "ai-cluster");
    assert.deepEqual(group.subnetIds, ["subnet-0a", "subnet-0b"]);
    assert.equal(group.launchTemplate.version, String(template.latestVersion));
  });

  it("hardens the template: IMDSv2 with hop limit 1, a CMK-encrypted root volume, no instance profile or public address", async () => {
    const resources = await nodes();
    const template = only(resources, T.template).inputs;
    assert.deepEqual(template.metadataOptions, {
      httpEndpoint: "enabled",
      httpTokens: "required",
      httpPutResponseHopLimit: 1,
    });
    assert.equal(template.blockDeviceMappings[0].deviceName, "/dev/xvda");
    assert.equal(template.blockDeviceMappings[0].ebs.encrypted, "true");
    assert.equal(template.blockDeviceMappings[0].ebs.kmsKeyId, only(resources, T.key).state.arn);
    assert.deepEqual(
      [template.iamInstanceProfile, template.networkInterfaces, template.keyName],
      [undefined, undefined, undefined],
    );
  });

  it("runs one small NVIDIA GPU instance type, none by default and at most two", async () => {
    const group = await groupOf();
    assert.deepEqual(group.instanceTypes, ["g6.xlarge"]);
    assert.equal(group.amiType, "AL2023_x86_64_NVIDIA");
    assert.deepEqual(group.scalingConfig, { minSize: 0, desiredSize: 0, maxSize: 2 });
  });

  it("chooses the Neuron AMI for Trainium and Inferentia", async () => {
    assert.equal((await groupOf({ instanceTypes: ["inf2.xlarge"] })).amiType, "AL2023_x86_64_NEURON");
  });

  it("taints the nodes so only GPU workloads land there, and labels them", async () => {
    const group = await groupOf({ labels: { team: "ml" } });
    assert.deepEqual(group.taints, [{ key: "nvidia.com/gpu", value: "true", effect: "NO_SCHEDULE" }]);
    assert.deepEqual(group.labels, { team: "ml", "scopeguard.io/accelerator": "gpu" });
  });

  it("creates a node role with only the EKS worker, registry, CNI and SSM managed policies", async () => {
    const resources = await nodes();
    const arns = resources
      .filter((r) => r.type === T.attachment)
      .map((r) => String(r.inputs.policyArn).split("/").pop());
    assert.deepEqual(arns, [
      "AmazonEKSWorkerNodePolicy",
      "AmazonEC2ContainerRegistryReadOnly",
      "AmazonEKS_CNI_Policy",
      "AmazonSSMManagedInstanceCore",
    ]);
    assert.equal(only(resources, T.nodeGroup).inputs.nodeRoleArn, only(resources, T.role).state.arn);
  });

  it("uses a given node role and key instead of creating them", async () => {
    const resources = await nodes({ nodeRoleArn: OWN_ROLE, kmsKeyArn: OWN_KEY });
    assert.deepEqual(
      resources.filter((r) => [T.role, T.key, T.attachment].includes(r.type)),
      [],
    );
    assert.equal(only(resources, T.nodeGroup).inputs.nodeRoleArn, OWN_ROLE);
    assert.equal(only(resources, T.template).inputs.blockDeviceMappings[0].ebs.kmsKeyId, OWN_KEY);
  });

  describe("rejects, before creating anything", () => {
    it("a missing cluster", async () => {
      assert.equal(
        await rejection({ subnetIds: ["subnet-0a"] }),
        'GpuNodeGroup "gpu": clusterName is required: the name of the EKS cluster the nodes join.',
      );
    });

    it("missing or empty subnets", async () => {
      assert.equal(
        await rejection({ clusterName: "c" }),
        `GpuNodeGroup "gpu": subnetIds is required: the cluster's private subnets (one per AZ) the nodes run in.`,
      );
      assert.equal(
        await rejection({ ...BASE, subnetIds: [] }),
        `GpuNodeGroup "gpu": subnetIds is empty; list the cluster's private subnets (one per AZ) the nodes run in.`,
      );
    });

    it("an instance type that is not a GPU, and mixed Neuron and NVIDIA families", async () => {
      assert.equal(
        await rejection({ ...BASE, instanceTypes: ["g6.xlarge", "m7i.large"] }),
        'GpuNodeGroup "gpu": instanceTypes entry "m7i.large" is not a GPU or accelerator instance type; use the families p, g, gr, trn, inf, dl (such as "g6.xlarge" or "p5.48xlarge"), and run other workloads in another node group.',
      );
      assert.equal(
        await rejection({ ...BASE, instanceTypes: ["inf2.xlarge", "g6.xlarge"] }),
        'GpuNodeGroup "gpu": instanceTypes mixes AWS Neuron (trn, inf) and NVIDIA families, which need different AMIs; make one GpuNodeGroup for each.',
      );
    });

    it("a maximum above the spend cap, and a minimum above the maximum", async () => {
      assert.equal(
        await rejection({ ...BASE, maxSize: 50 }),
        'GpuNodeGroup "gpu": maxSize 50 is above the GPU spend cap of 8 nodes per group; lower it, or add another GpuNodeGroup once the extra capacity is approved.',
      );
      assert.equal(
        await rejection({ ...BASE, minSize: 3 }),
        'GpuNodeGroup "gpu": minSize must be a whole number of nodes from 0 to maxSize 2 (got 3).',
      );
    });

    it("a managed-policy list with a role of its own", async () => {
      assert.equal(
        await rejection({ ...BASE, nodeRoleArn: OWN_ROLE, managedPolicyNames: [] }),
        'GpuNodeGroup "gpu": managedPolicyNames configures the node role the component creates, but nodeRoleArn brings your own; remove one or the other.',
      );
    });
  });
});

for (const mode of ["preview", "update"] as const) {
  describe(`GpuNodeGroup compliance (${mode})`, () => {
    it("finds nothing wrong with a GpuNodeGroup given only the cluster, at scope 5", async () => {
      const recorded = await runRecordingDependencies(mode, () => new GpuNodeGroup("gpu", BASE));
      assert.equal(recorded.error, undefined);
      assert.deepEqual(checkWithPack(recorded, 5), { violations: [], undecided: [] });
    });

    it("reports a template stripped of its metadata options on the node group", async () => {
      const recorded = await runRecordingDependencies(
        mode,
        () =>
          new GpuNodeGroup("gpu", BASE, {
            transformations: [
              (t) =>
                t.type === T.template
                  ? { props: { ...t.props, metadataOptions: undefined }, opts: t.opts }
                  : undefined,
            ],
          }),
      );
      assert.deepEqual(checkWithPack(recorded, 5).violations, [
        "eks-gpu-node-group-launch-template-hardened: gpu",
      ]);
    });
  });
}
