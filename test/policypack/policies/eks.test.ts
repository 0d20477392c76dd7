import * as assert from "node:assert/strict";
import { EKS_POLICIES } from "../../../policypack/policies/eks";
import { eksClusterAuditLogging as audit } from "../../../policypack/policies/eks/eks-cluster-audit-logging";
import { eksClusterEndpointNotPublic as endpoint } from "../../../policypack/policies/eks/eks-cluster-endpoint-not-public";
import { eksClusterSecretsEncryptedWithCmk as envelope } from "../../../policypack/policies/eks/eks-cluster-secrets-encrypted-with-cmk";
import { eksGpuNodeGroupHardened as hardened } from "../../../policypack/policies/eks/eks-gpu-node-group-hardened";
import { eksGpuNodeGroupLaunchTemplateHardened as templates } from "../../../policypack/policies/eks/eks-gpu-node-group-launch-template-hardened";
import { eksGpuNodeGroupSizeCapped as sizeCap } from "../../../policypack/policies/eks/eks-gpu-node-group-size-capped";
import { KEY_ARN } from "../fixtures/values";
import { contextAt, resource, stackResource, UNKNOWN } from "../support";

const CLUSTER = "aws:eks/cluster:Cluster";
const EKS_CLUSTER = "eks:index:Cluster";
const NODE_GROUP = "aws:eks/nodeGroup:NodeGroup";
const MNG = "eks:index:ManagedNodeGroup";
const NG2 = "eks:index:NodeGroupV2";
const LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
const SUBNET = "aws:ec2/subnet:Subnet";
const at3 = contextAt(3);
const at5 = contextAt(5);

describe("eks policies", () => {
  it("all carry complete metadata", () => {
    for (const p of EKS_POLICIES) {
      assert.ok(
        p.description && p.rationale && p.remediationSteps && p.mappings.seedItems.length > 0,
        p.name,
      );
    }
  });
});

describe("eks-cluster-endpoint-not-public", () => {
  const aws = (vpcConfig: Record<string, unknown>) =>
    resource(CLUSTER, { roleArn: UNKNOWN, vpcConfig }, "gpu");
  const component = (props: Record<string, unknown>) => resource(EKS_CLUSTER, props, "gpu");

  it("passes a private endpoint at every scope, on both kinds of cluster", () => {
    assert.deepEqual(
      endpoint.check(aws({ endpointPublicAccess: false, endpointPrivateAccess: true }), at5),
      [],
    );
    assert.deepEqual(endpoint.check(component({ endpointPublicAccess: false }), at5), []);
  });

  it("passes a public endpoint restricted to named CIDRs below scope 5", () => {
    assert.deepEqual(
      endpoint.check(aws({ endpointPublicAccess: true, publicAccessCidrs: ["203.0.113.0/24"] }), at3),
      [],
    );
  });

  it("fails the default endpoint, open to everyone, below scope 5", () => {
    assert.deepEqual(endpoint.check(aws({ subnetIds: [UNKNOWN] }), at3), [
      `Cluster "gpu" exposes its Kubernetes API endpoint to 0.0.0.0/0 (the default): set endpointPublicAccess to false, or list only your networks' CIDRs in publicAccessCidrs.`,
    ]);
    assert.deepEqual(endpoint.check(component({ publicAccessCidrs: ["10.0.0.0/8", "::/0"] }), at3).length, 1);
  });

  it("fails any public endpoint at scope 5, even restricted", () => {
    assert.deepEqual(
      endpoint.check(component({ endpointPublicAccess: true, publicAccessCidrs: ["203.0.113.0/24"] }), at5),
      [
        `Cluster "gpu" exposes its Kubernetes API endpoint publicly: at scope 5 set endpointPublicAccess to false and endpointPrivateAccess to true, and reach the API from inside the VPC (VPN, SSM, or CI runners in the VPC).`,
      ],
    );
  });

  it("lets the SDK say it cannot decide when the flag or the CIDRs are unknown", () => {
    assert.throws(() => endpoint.check(aws({ endpointPublicAccess: UNKNOWN }), at5), /can't be known/);
    assert.throws(
      () => endpoint.check(aws({ endpointPublicAccess: true, publicAccessCidrs: UNKNOWN }), at3),
      /can't be known/,
    );
  });
});

describe("eks-cluster-secrets-encrypted-with-cmk", () => {
  const aws = (encryptionConfig?: unknown) => resource(CLUSTER, { encryptionConfig }, "gpu");

  it("passes a customer-managed key over secrets, known or not yet", () => {
    assert.deepEqual(envelope.check(aws({ provider: { keyArn: KEY_ARN }, resources: ["secrets"] }), at3), []);
    assert.deepEqual(envelope.check(aws({ provider: { keyArn: UNKNOWN }, resources: ["secrets"] }), at3), []);
    assert.deepEqual(envelope.check(resource(EKS_CLUSTER, { encryptionConfigKeyArn: UNKNOWN }), at3), []);
  });

  it("fails a cluster with no envelope key", () => {
    assert.deepEqual(envelope.check(aws(), at3), [
      `Cluster "gpu" does not envelope-encrypt Kubernetes Secrets: set encryptionConfig: { provider: { keyArn: key.arn }, resources: ["secrets"] } with a customer-managed KMS key.`,
    ]);
    assert.deepEqual(envelope.check(resource(EKS_CLUSTER, {}, "gpu"), at3), [
      `Cluster "gpu" does not envelope-encrypt Kubernetes Secrets: set encryptionConfigKeyArn: key.arn with a customer-managed KMS key.`,
    ]);
  });

  it("fails an AWS managed key and a key that does not cover secrets", () => {
    assert.match(
      envelope.check(aws({ provider: { keyArn: "alias/aws/eks" }, resources: ["secrets"] }), at3)[0],
      /AWS managed key alias\/aws\/eks/,
    );
    assert.deepEqual(envelope.check(aws({ provider: { keyArn: KEY_ARN }, resources: [] }), at3), [
      `Cluster "gpu" has an encryption key but does not list "secrets" in encryptionConfig.resources: add it.`,
    ]);
  });

  it("lets the SDK say so when the covered resources are unknown", () => {
    assert.throws(
      () => envelope.check(aws({ provider: { keyArn: KEY_ARN }, resources: UNKNOWN }), at3),
      /can't be known/,
    );
  });
});

describe("eks-cluster-audit-logging", () => {
  it("passes a cluster that logs audit and authenticator", () => {
    const props = { enabledClusterLogTypes: ["api", "audit", "authenticator"] };
    assert.deepEqual(audit.check(resource(CLUSTER, props), at3), []);
    assert.deepEqual(audit.check(resource(EKS_CLUSTER, props), at3), []);
  });

  it("fails a cluster without control-plane logs, naming what is missing", () => {
    assert.deepEqual(audit.check(resource(CLUSTER, {}, "gpu"), at3), [
      `Cluster "gpu" does not log "audit" and "authenticator" from its control plane: add audit, authenticator to enabledClusterLogTypes.`,
    ]);
    assert.deepEqual(audit.check(resource(CLUSTER, { enabledClusterLogTypes: ["audit"] }, "gpu"), at3), [
      `Cluster "gpu" does not log "authenticator" from its control plane: add authenticator to enabledClusterLogTypes.`,
    ]);
  });

  it("lets the SDK say so when the list is unknown", () => {
    assert.throws(
      () => audit.check(resource(CLUSTER, { enabledClusterLogTypes: UNKNOWN }), at3),
      /can't be known/,
    );
  });
});

describe("eks-gpu-node-group-size-capped", () => {
  const group = (maxSize: unknown, instanceTypes: unknown = ["p5.48xlarge"]) =>
    resource(NODE_GROUP, { instanceTypes, scalingConfig: { minSize: 0, desiredSize: 1, maxSize } }, "gpu");

  it("passes a small GPU group and any size of CPU group", () => {
    assert.deepEqual(sizeCap.check(group(4), at3), []);
    assert.deepEqual(sizeCap.check(group(100, ["m7i.large"]), at3), []);
    assert.deepEqual(sizeCap.check(resource(MNG, { instanceTypes: ["g5.xlarge"] }), at3), []);
  });

  it("fails a GPU group that can scale past the cap", () => {
    assert.deepEqual(sizeCap.check(group(50), at3), [
      `GPU node group "gpu" (p5.48xlarge) can scale to 50 nodes: lower scalingConfig.maxSize to at most 8, and add another group deliberately when more capacity is approved.`,
    ]);
    assert.deepEqual(sizeCap.check(resource(NG2, { instanceType: "g5.2xlarge", maxSize: 20 }, "ng"), at3), [
      `GPU node group "ng" (g5.2xlarge) can scale to 20 nodes: lower maxSize to at most 8, and add another group deliberately when more capacity is approved.`,
    ]);
    assert.equal(
      sizeCap.check(resource(MNG, { amiType: "AL2023_x86_64_NVIDIA", scalingConfig: { maxSize: 9 } }), at3)
        .length,
      1,
    );
  });

  it("decides on a known cap whatever the instance types, and lets the SDK say so otherwise", () => {
    assert.deepEqual(sizeCap.check(group(2, UNKNOWN), at3), []);
    assert.throws(() => sizeCap.check(group(50, UNKNOWN), at3), /can't be known/);
    assert.throws(() => sizeCap.check(group(UNKNOWN), at3), /can't be known/);
  });
});

describe("eks-gpu-node-group-hardened", () => {
  it("passes a GPU managed group with its own launch template, and CPU groups", () => {
    assert.deepEqual(
      hardened.check(
        resource(NODE_GROUP, {
          instanceTypes: ["p4d.24xlarge"],
          launchTemplate: { id: UNKNOWN, version: "1" },
        }),
        at3,
      ),
      [],
    );
    assert.deepEqual(hardened.check(resource(NODE_GROUP, { instanceTypes: ["m7i.large"] }), at3), []);
    assert.deepEqual(
      hardened.check(resource(EKS_CLUSTER, { gpu: true, skipDefaultNodeGroup: true }), at3),
      [],
    );
  });

  it("fails a GPU managed group on the default launch template, and SSH access", () => {
    assert.deepEqual(
      hardened.check(
        resource(MNG, { instanceTypes: ["g5.12xlarge"], remoteAccess: { ec2SshKey: "k" } }, "gpu"),
        at3,
      ),
      [
        `GPU node group "gpu" (g5.12xlarge) runs on EKS's default launch template: give it a launch template with httpTokens "required", httpPutResponseHopLimit 1 and encrypted EBS volumes (the GpuNodeGroup component builds one).`,
        `GPU node group "gpu" (g5.12xlarge) allows SSH through remoteAccess: remove it and use SSM Session Manager.`,
      ],
    );
  });

  it("fails a self-managed GPU group for its hop limit, volumes, public IP and SSH key", () => {
    const found = hardened.check(
      resource(
        NG2,
        {
          instanceType: "p5.48xlarge",
          nodeAssociatePublicIpAddress: true,
          nodePublicKey: "ssh-ed25519 AAAA",
        },
        "ng",
      ),
      at3,
    );
    assert.deepEqual(
      found.map((m) => m.split(":")[0]),
      [
        `GPU node group "ng" (p5.48xlarge) is self-managed by the eks package, whose launch template sets an instance metadata hop limit of 2 (every pod can reach the node role)`,
        `GPU node group "ng" (p5.48xlarge) does not encrypt its root volume`,
        `GPU node group "ng" (p5.48xlarge) gives its nodes public IP addresses`,
        `GPU node group "ng" (p5.48xlarge) installs an SSH key`,
      ],
    );
    assert.equal(
      hardened.check(resource(EKS_CLUSTER, { instanceType: "g5.xlarge", nodeRootVolumeEncrypted: true }), at3)
        .length,
      1,
    );
  });

  it("lets the SDK say so when the instance types of a non-compliant group are unknown", () => {
    assert.throws(
      () => hardened.check(resource(NODE_GROUP, { instanceTypes: UNKNOWN }), at3),
      /can't be known/,
    );
    assert.deepEqual(
      hardened.check(resource(NODE_GROUP, { instanceTypes: UNKNOWN, launchTemplate: { id: UNKNOWN } }), at3),
      [],
    );
  });
});

describe("eks-gpu-node-group-launch-template-hardened", () => {
  const template = (props: Record<string, unknown>) =>
    stackResource(LAUNCH_TEMPLATE, "gpu-lt", { id: "lt-1", ...props });
  const HARDENED = {
    metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 },
    blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true", kmsKeyId: KEY_ARN } }],
  };
  const group = (lt: ReturnType<typeof stackResource>, subnets: ReturnType<typeof stackResource>[] = []) =>
    stackResource(
      NODE_GROUP,
      "gpu",
      {
        instanceTypes: ["p5.48xlarge"],
        launchTemplate: { id: UNKNOWN, version: "1" },
        subnetIds: subnets.map(() => UNKNOWN),
      },
      { launchTemplate: [lt], subnetIds: subnets },
    );
  const privateSubnet = stackResource(SUBNET, "private-a", { mapPublicIpOnLaunch: false });
  const publicSubnet = stackResource(SUBNET, "public-a", { mapPublicIpOnLaunch: true });

  it("passes a GPU group on a hardened template in private subnets", () => {
    const lt = template(HARDENED);
    assert.deepEqual(templates.check([lt, privateSubnet, group(lt, [privateSubnet])], at5), []);
  });

  it("fails a template that misses the baseline", () => {
    const lt = template({ metadataOptions: { httpTokens: "optional", httpPutResponseHopLimit: 2 } });
    const [violation] = templates.check([lt, group(lt)], at3);
    assert.match(
      violation.message,
      /^GPU node group "gpu" \(p5\.48xlarge\) launches from launch template "gpu-lt", which misses the GPU node baseline: /,
    );
    assert.match(violation.message, /hop limit is 2/);
  });

  it("fails a GPU group placed in subnets that map public IPs", () => {
    const lt = template(HARDENED);
    assert.deepEqual(
      templates.check([lt, publicSubnet, group(lt, [publicSubnet])], at3).map((v) => v.message),
      [
        `GPU node group "gpu" (p5.48xlarge) places nodes in subnet "public-a", which gives every instance a public IP (mapPublicIpOnLaunch): use private subnets that reach the internet, if at all, through a NAT gateway.`,
      ],
    );
  });

  it("leaves template settings computed from other resources to the update", () => {
    const lt = stackResource(
      LAUNCH_TEMPLATE,
      "gpu-lt",
      { metadataOptions: UNKNOWN, blockDeviceMappings: UNKNOWN },
      { metadataOptions: [privateSubnet], blockDeviceMappings: [privateSubnet] },
    );
    assert.deepEqual(templates.check([lt, group(lt)], at3), []);
  });
});
