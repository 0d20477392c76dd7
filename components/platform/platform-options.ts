import type * as pulumi from "@pulumi/pulumi";
import type { GpuNodeGroupArgs } from "../compute";

/*
 * The option groups of AiPlatformArgs: provider keys, an existing VPC, and the scope 3 to 5 stores and
 * hosts that take more than a switch.
 */

/** A third-party AI provider's API key, kept in Secrets Manager. */
export interface ProviderSecretSpec {
  /**
   * The provider (`openai`, `anthropic`, ...): 1 to 31 lowercase letters, digits or hyphens; names the secret.
   * @default none: required
   */
  readonly provider: string;
  /**
   * The key, as a secret Output (`config.requireSecret("openaiKey")`).
   * @default unset: put the value out of band, so it never enters Pulumi state
   */
  readonly secretValue?: pulumi.Output<string>;
  /**
   * ARN of the Lambda that rotates the key with the provider. Required from scope 2; at scope 1
   * without it, a rotation reminder is sent to an encrypted topic instead.
   * @default unset (scope 1 only)
   */
  readonly rotationLambdaArn?: pulumi.Input<string>;
  /**
   * Days between rotations or reminders, 1 to 90.
   * @default 30
   */
  readonly rotationDays?: number;
}

/** An existing VPC for the platform's endpoints and flow logs (for example an `awsx.ec2.Vpc`). */
export interface ExistingVpcArgs {
  /**
   * The VPC's id.
   * @default none: required
   */
  readonly vpcId: pulumi.Input<string>;
  /**
   * Its private subnets, one per AZ, where the interface endpoints go.
   * @default none: required
   */
  readonly privateSubnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Its private route tables, which get the S3 gateway endpoint.
   * @default none: no S3 gateway endpoint
   */
  readonly privateRouteTableIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Its IPv4 block, which may reach the endpoints on 443. Give it when known, so the endpoints'
   * security group is known during preview.
   * @default looked up with aws.ec2.getVpc
   */
  readonly vpcCidrBlock?: pulumi.Input<string>;
}

/** Options of the vector store (scope 3 and above). */
export interface VectorStoreOptions {
  /**
   * Existing OpenSearch Serverless VPC endpoints (`vpce-...`) that may reach the collection, besides
   * Bedrock knowledge bases. Literal ids keep the network policy checkable before deployment.
   * @default [] (Bedrock only)
   */
  readonly vpcEndpointIds?: pulumi.Input<string>[];
  /**
   * ARN of an existing customer-managed key for the collection. A new key's ARN is unknown during
   * preview, and the encryption policy embeds it: with an existing key the policy pack decides on
   * the encryption policy in preview too, otherwise at update.
   * @default a new ScopedKey
   */
  readonly kmsKeyArn?: pulumi.Input<string>;
  /**
   * Standby replicas in another AZ; `false` halves the minimum cost, for development.
   * @default true
   */
  readonly standbyReplicas?: boolean;
}

/** Options of the GPU training fleet (scope 5). */
/**
 * GPU capacity on an existing EKS cluster (scope 5), built by GpuNodeGroup: everything but the
 * cluster has a secure default, and the nodes run in the platform's private subnets unless told.
 */
export type EksGpuCapacityOptions = Pick<
  GpuNodeGroupArgs,
  "clusterName" | "instanceTypes" | "maxSize" | "minSize" | "rootVolumeSizeInGb" | "labels" | "nodeRoleArn"
> & {
  /**
   * The cluster's private subnets the nodes run in.
   * @default the platform's private subnets
   */
  readonly subnetIds?: GpuNodeGroupArgs["subnetIds"];
};

export interface GpuFleetOptions {
  /**
   * A GPU or accelerator instance type (p, g, gr, trn, inf, dl families).
   * @default "p5.48xlarge"
   */
  readonly instanceType?: string;
  /**
   * The AMI; required for families without an AWS Deep Learning AMI (dl).
   * @default the latest AWS Deep Learning base AMI of the family
   */
  readonly imageId?: pulumi.Input<string>;
  /** @default 0 */
  readonly minSize?: number;
  /** @default 1 */
  readonly maxSize?: number;
  /** @default unset (the group starts at minSize) */
  readonly desiredCapacity?: number;
  /** @default the AMI's own size */
  readonly rootVolumeSizeInGb?: number;
  /**
   * Relaxation: hosts of the fleet may exchange any traffic with each other (distributed training).
   * @default false
   */
  readonly allowIntraGroupTraffic?: boolean;
}

/** Options of the model-data backups (scope 5). */
export interface BackupOptions {
  /** @default 35 */
  readonly retentionDays?: number;
  /** @default "cron(0 5 * * ? *)" */
  readonly schedule?: string;
}
