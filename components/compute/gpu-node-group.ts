import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { aiTags, argumentErrorMessage } from "../common";
import { AiWorkloadRole } from "../iam";
import type { ScopedKey } from "../kms";
import {
  encryptedRootVolume,
  HARDENED_METADATA_OPTIONS,
  SSM_MANAGED_INSTANCE_POLICY,
} from "./gpu-launch-template";
import {
  DEFAULT_GPU_NODE_INSTANCE_TYPES,
  DEFAULT_GPU_NODE_MAX_SIZE,
  DEFAULT_GPU_NODE_MIN_SIZE,
  DEFAULT_GPU_NODE_ROOT_VOLUME_GIB,
  gpuNodeAmiType,
  gpuNodeGroupArgsError,
} from "./gpu-node-group-validation";
import type { GpuNodeGroupArgs } from "./gpu-node-group-args";
import { COMPUTE_DEFAULT_SCOPE, EC2_SERVICE } from "./host-validation";
import { createServiceKey } from "./service-key";

/**
 * The AWS managed policies every EKS worker node needs: join the cluster, pull images, run the
 * VPC CNI; plus the SSM agent's channel, so nodes are reached through Session Manager, not SSH.
 */
export const EKS_NODE_MANAGED_POLICIES: readonly string[] = [
  "AmazonEKSWorkerNodePolicy",
  "AmazonEC2ContainerRegistryReadOnly",
  "AmazonEKS_CNI_Policy",
  SSM_MANAGED_INSTANCE_POLICY,
];

/** The taint that keeps every pod without a matching toleration (that is, every non-GPU pod) off the nodes. */
export const GPU_NODE_TAINT = { key: "nvidia.com/gpu", value: "true", effect: "NO_SCHEDULE" } as const;

/** The root device of the EKS-optimised Amazon Linux 2023 AMIs, NVIDIA and Neuron alike. */
const AL2023_ROOT_DEVICE = "/dev/xvda";

/**
 * GPU capacity on an existing EKS cluster: a managed node group of GPU or accelerator instances
 * that launches from a hardened template (IMDSv2 only, hop limit 1 so pods cannot take the node
 * role, root volume encrypted with a customer-managed key, no SSH key), in private subnets, with a
 * small spend cap and a `nvidia.com/gpu=true:NoSchedule` taint so only pods that tolerate it (GPU
 * workloads) land on the nodes.
 */
export class GpuNodeGroup extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:compute:GpuNodeGroup";

  /** The managed node group. */
  public readonly nodeGroup: aws.eks.NodeGroup;
  /** The hardened launch template the nodes boot from. */
  public readonly launchTemplate: aws.ec2.LaunchTemplate;
  /** The node role, unless `nodeRoleArn` was given. */
  public readonly role?: AiWorkloadRole;
  /** The volume key, unless `kmsKeyArn` was given. */
  public readonly key?: ScopedKey;
  /** The node group's name. */
  public readonly nodeGroupName: pulumi.Output<string>;
  /** The ARN of the nodes' role. */
  public readonly nodeRoleArn: pulumi.Output<string>;
  /** The ARN of the key that encrypts the volumes. */
  public readonly keyArn: pulumi.Output<string>;

  /**
   * @param name The component's name; prefixes the node group, template, role and key.
   * @param args See {@link GpuNodeGroupArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: GpuNodeGroupArgs, opts?: pulumi.ComponentResourceOptions) {
    super(GpuNodeGroup.typeToken, name, {}, opts);

    const problem = gpuNodeGroupArgsError(name, args ?? ({} as GpuNodeGroupArgs));
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("GpuNodeGroup", name, problem), this);
    }

    const parent = { parent: this };
    const labels = {
      scope: args.scope ?? COMPUTE_DEFAULT_SCOPE,
      system: args.system,
      owner: args.owner,
      tags: args.tags,
    };
    const tags = aiTags(labels);
    const instanceTypes = args.instanceTypes ?? [...DEFAULT_GPU_NODE_INSTANCE_TYPES];

    if (args.kmsKeyArn === undefined) {
      this.key = createServiceKey(
        `${name}-key`,
        {
          services: ["ec2"],
          description: `scopeguard: EBS key of the GPU nodes ${name}`,
          admins: args.keyAdmins,
          ...labels,
        },
        this,
      );
    }
    this.keyArn = this.key?.keyArn ?? pulumi.output(args.kmsKeyArn as pulumi.Input<string>);

    const attachments: pulumi.Resource[] = [];
    if (args.nodeRoleArn === undefined) {
      this.role = new AiWorkloadRole(
        `${name}-node`,
        { trustedService: EC2_SERVICE, description: `scopeguard: EKS GPU nodes ${name}`, ...labels },
        parent,
      );
      const partition = aws.getPartitionOutput({}, parent).partition;
      for (const policy of args.managedPolicyNames ?? EKS_NODE_MANAGED_POLICIES) {
        attachments.push(
          new aws.iam.RolePolicyAttachment(
            `${name}-${policy}`,
            {
              role: this.role.roleName,
              policyArn: pulumi.interpolate`arn:${partition}:iam::aws:policy/${policy}`,
            },
            parent,
          ),
        );
      }
    }
    this.nodeRoleArn = this.role?.roleArn ?? pulumi.output(args.nodeRoleArn as pulumi.Input<string>);

    // No instance type, AMI, instance profile or network interface: EKS sets them from the node
    // group (and rejects a template that does); the template carries only the hardening.
    this.launchTemplate = new aws.ec2.LaunchTemplate(
      name,
      {
        description: `scopeguard: hardened EKS GPU nodes of ${name}`,
        metadataOptions: { ...HARDENED_METADATA_OPTIONS },
        blockDeviceMappings: [
          encryptedRootVolume(
            AL2023_ROOT_DEVICE,
            this.keyArn,
            args.rootVolumeSizeInGb ?? DEFAULT_GPU_NODE_ROOT_VOLUME_GIB,
          ),
        ],
        monitoring: { enabled: true },
        tagSpecifications: ["instance", "volume", "network-interface"].map((resourceType) => ({
          resourceType,
          tags,
        })),
        updateDefaultVersion: true,
        tags,
      },
      parent,
    );

    const minSize = args.minSize ?? DEFAULT_GPU_NODE_MIN_SIZE;
    this.nodeGroup = new aws.eks.NodeGroup(
      name,
      {
        clusterName: args.clusterName,
        nodeRoleArn: this.nodeRoleArn,
        subnetIds: args.subnetIds,
        instanceTypes,
        amiType: gpuNodeAmiType(instanceTypes),
        capacityType: "ON_DEMAND",
        scalingConfig: { minSize, desiredSize: minSize, maxSize: args.maxSize ?? DEFAULT_GPU_NODE_MAX_SIZE },
        launchTemplate: {
          id: this.launchTemplate.id,
          version: this.launchTemplate.latestVersion.apply(String),
        },
        taints: [{ ...GPU_NODE_TAINT }],
        labels: { ...args.labels, "scopeguard.io/accelerator": "gpu" },
        updateConfig: { maxUnavailable: 1 },
        tags,
      },
      // The role must carry its policies before a node joins with it.
      { parent: this, dependsOn: attachments },
    );

    this.nodeGroupName = this.nodeGroup.nodeGroupName;
    this.registerOutputs({
      nodeGroupName: this.nodeGroupName,
      nodeRoleArn: this.nodeRoleArn,
      keyArn: this.keyArn,
    });
  }
}
