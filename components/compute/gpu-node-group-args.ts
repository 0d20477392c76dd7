import type * as pulumi from "@pulumi/pulumi";
import type { AiTagArgs } from "../common";

/** Arguments of {@link GpuNodeGroup}. Only the cluster and its private subnets are required. */
export interface GpuNodeGroupArgs extends AiTagArgs {
  /**
   * Name of the existing EKS cluster the nodes join.
   * @default none: required
   */
  readonly clusterName: pulumi.Input<string>;
  /**
   * The cluster's private subnets (one per AZ) the nodes run in. The nodes get no public address;
   * images are pulled through a NAT gateway or VPC endpoints.
   * @default none: required
   */
  readonly subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * GPU or accelerator instance types, all NVIDIA (p, g, gr, dl) or all AWS Neuron (trn, inf).
   * @default ["g6.xlarge"]
   */
  readonly instanceTypes?: string[];
  /**
   * Most nodes the group scales to: the spend cap, at most the pack's cap of 8 per group.
   * @default 2
   */
  readonly maxSize?: number;
  /**
   * Fewest nodes kept running (also the initial size).
   * @default 0
   */
  readonly minSize?: number;
  /**
   * Size of each node's root volume in GiB.
   * @default 100
   */
  readonly rootVolumeSizeInGb?: number;
  /**
   * Kubernetes labels on the nodes, beside `scopeguard.io/accelerator: gpu`.
   * @default {}
   */
  readonly labels?: Record<string, string>;
  /**
   * ARN of an existing node role (trusting ec2.amazonaws.com, with the EKS worker policies).
   * @default a new role with only EKS_NODE_MANAGED_POLICIES attached
   */
  readonly nodeRoleArn?: pulumi.Input<string>;
  /**
   * AWS managed policies attached to the node role the component creates (not with `nodeRoleArn`).
   * @default EKS_NODE_MANAGED_POLICIES
   */
  readonly managedPolicyNames?: readonly string[];
  /**
   * ARN of an existing customer-managed key for the nodes' volumes; its policy must let EC2 and
   * Auto Scaling's service-linked role use it.
   * @default a new ScopedKey named `<name>-key`, usable by this account through EC2 only
   */
  readonly kmsKeyArn?: pulumi.Input<string>;
  /**
   * Administrators of the key the component creates (not allowed with `kmsKeyArn`).
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
}
