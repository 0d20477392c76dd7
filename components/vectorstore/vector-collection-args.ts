import type * as pulumi from "@pulumi/pulumi";
import type { AiTagArgs } from "../common";

/** An OpenSearch Serverless VPC endpoint the component creates. */
export interface CollectionVpcEndpointArgs {
  /**
   * The VPC the clients run in.
   * @default none: required
   */
  readonly vpcId: pulumi.Input<string>;
  /**
   * 1 to 6 private subnets of that VPC.
   * @default none: required
   */
  readonly subnetIds: pulumi.Input<string>[];
  /**
   * Up to 5 security groups that decide which clients reach the endpoint (HTTPS, 443).
   * @default the VPC's default security group, as AWS attaches it
   */
  readonly securityGroupIds?: pulumi.Input<string>[];
}

/** Arguments of {@link VectorCollection}. A principal and a private way in are required. */
export interface VectorCollectionArgs extends AiTagArgs {
  /**
   * The collection's name, also the name of its three policies. Fixed, not autonamed, because the
   * policies name the collection before it exists. 3 to 32 lowercase letters, digits, hyphens.
   * @default the component's name
   */
  readonly collectionName?: string;
  /**
   * IAM role (or user) ARNs that ingest and query: the Bedrock knowledge-base role, an indexing job.
   * They get index read/write and create, never delete. No wildcards, no account root. Build ARNs
   * from role names (see `roleArnFromName`) to keep the access policy known during preview.
   * @default []
   */
  readonly principals?: pulumi.Input<string>[];
  /**
   * IAM role (or user) ARNs that only query (DescribeIndex, ReadDocument).
   * @default []
   */
  readonly readOnlyPrincipals?: pulumi.Input<string>[];
  /**
   * Create an OpenSearch Serverless VPC endpoint in these subnets and admit it.
   * @default no endpoint is created
   */
  readonly vpcEndpoint?: CollectionVpcEndpointArgs;
  /**
   * Existing OpenSearch Serverless VPC endpoint ids (`vpce-...`) to admit. Literal ids keep the
   * network policy known during preview; the id of an endpoint created in the same stack is not.
   * @default []
   */
  readonly vpcEndpointIds?: pulumi.Input<string>[];
  /**
   * Admit Bedrock (knowledge bases) as a source service, without a VPC endpoint.
   * @default false
   */
  readonly allowBedrock?: boolean;
  /**
   * ARN of an existing customer-managed key. Its policy must let the principals that create the
   * collection describe it and create grants through OpenSearch Serverless.
   * @default a new ScopedKey named `<name>-key`, usable by principals of this account through OpenSearch Serverless only
   */
  readonly kmsKeyArn?: pulumi.Input<string>;
  /**
   * Administrators of the key the collection creates (not allowed with `kmsKeyArn`).
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Standby replicas in another Availability Zone. `false` halves the minimum capacity (and cost)
   * for development collections, at the price of availability.
   * @default true
   */
  readonly standbyReplicas?: boolean;
  /**
   * What the collection holds.
   * @default "scopeguard vector collection <name>"
   */
  readonly description?: pulumi.Input<string>;
}
