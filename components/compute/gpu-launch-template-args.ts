import type * as pulumi from "@pulumi/pulumi";
import type { AiTagArgs } from "../common";
import type { PrivateEgressArgs } from "./workload-security-group";

/** Arguments of {@link GpuLaunchTemplate}. Only `instanceType` and a network are required. */
export interface GpuLaunchTemplateArgs extends AiTagArgs, PrivateEgressArgs {
  /**
   * The instance type, from a GPU or accelerator family: p, g, gr, trn, inf or dl. A plain string,
   * so the family is checked and the AMI chosen before anything is created.
   * @default none: required, the family decides the AMI, and only GPU and accelerator families are accepted
   */
  readonly instanceType: string;
  /**
   * The VPC of the security group the component creates.
   * @default required unless `securityGroupIds` is given
   */
  readonly vpcId?: pulumi.Input<string>;
  /**
   * Existing security groups for the hosts, instead of the one the component creates (no
   * ingress, HTTPS egress to the VPC only).
   * @default a new security group
   */
  readonly securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Relaxation: let the hosts of the security group the component creates exchange any traffic
   * with each other (NCCL, EFA and parameter servers of distributed training). Still no ingress
   * from anything else.
   * @default false
   */
  readonly allowIntraGroupTraffic?: boolean;
  /**
   * The AMI.
   * @default the latest AWS Deep Learning base AMI for the family, owned by Amazon (see amiLookupFor); required for dl hosts
   */
  readonly imageId?: pulumi.Input<string>;
  /**
   * Size of the root volume in GiB, 8 to 16384.
   * @default the AMI's own size
   */
  readonly rootVolumeSizeInGb?: number;
  /**
   * ARN of an existing customer-managed key for the EBS volumes. Its policy must let EC2 (and Auto
   * Scaling's service-linked role, for a fleet) use it and create grants.
   * @default a new ScopedKey named `<name>-key`, usable by this account through EC2 only
   */
  readonly kmsKeyArn?: pulumi.Input<string>;
  /**
   * Administrators of the key the component creates (not allowed with `kmsKeyArn`).
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Buckets whose objects the hosts read (datasets), by name.
   * @default []
   */
  readonly readBuckets?: pulumi.Input<string>[];
  /**
   * Buckets the hosts write objects to (checkpoints, model artifacts), by name.
   * @default []
   */
  readonly writeBuckets?: pulumi.Input<string>[];
  /**
   * KMS key ARNs the hosts encrypt and decrypt with (keys of those buckets, when they name users).
   * @default []
   */
  readonly useKeys?: pulumi.Input<string>[];
  /**
   * CloudWatch Logs groups the hosts write to, by name.
   * @default []
   */
  readonly writeLogGroups?: pulumi.Input<string>[];
  /**
   * A boot script in plain text; the component encodes it as EC2 expects. It is readable by anyone
   * who can describe the template: keep secrets in Secrets Manager and fetch them at boot.
   * @default none
   */
  readonly userData?: pulumi.Input<string>;
}
