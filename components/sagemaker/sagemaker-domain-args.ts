import type * as pulumi from "@pulumi/pulumi";
import type { AiTagArgs } from "../common";
import type { PrivateEgressArgs } from "../compute/workload-security-group";
import type { ExecutionRoleArgs, SageMakerKeyArgs } from "./execution-role-args";

/** Arguments of {@link SageMakerDomain}. `vpcId` and `subnetIds` are required: the domain is VpcOnly. */
export interface SageMakerDomainArgs
  extends AiTagArgs, PrivateEgressArgs, ExecutionRoleArgs, SageMakerKeyArgs {
  /**
   * The VPC Studio apps run in; for an AiNetwork, its `vpcId`.
   * @default none: required, the domain is VpcOnly
   */
  readonly vpcId: pulumi.Input<string>;
  /**
   * The private subnets (one per AZ) Studio apps run in; for an AiNetwork, its `privateSubnetIds`.
   * @default none: required, the domain is VpcOnly
   */
  readonly subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * The domain's name, unique in the account and region.
   * @default the component's name
   */
  readonly domainName?: string;
  /**
   * How users sign in: `"IAM"` (a presigned URL for a user profile) or `"SSO"` (IAM Identity Center).
   * @default "IAM"
   */
  readonly authMode?: "IAM" | "SSO";
  /**
   * Existing security groups for Studio apps, instead of the one the component creates (traffic
   * between a user's apps only, HTTPS egress to the VPC only).
   * @default a new security group
   */
  readonly securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
}
