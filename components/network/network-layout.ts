import type * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { SubnetPlan } from "./cidr";

/**
 * The VPC an AiNetwork puts its endpoints and flow logs in: one it created, or an existing one it
 * adopted. The endpoints and flow logs are built the same way on either.
 */
export interface NetworkLayout {
  /** The VPC, when the component created it. */
  readonly vpc?: aws.ec2.Vpc;
  /** The subnet plan, when the component created the VPC. */
  readonly subnetPlan?: SubnetPlan;
  readonly vpcId: pulumi.Output<string>;
  /** The VPC's IPv4 block, which may reach the interface endpoints. */
  readonly vpcCidr: pulumi.Output<string>;
  readonly privateSubnetIds: pulumi.Output<string[]>;
  /** Empty without internet egress. */
  readonly publicSubnetIds: pulumi.Output<string[]>;
  /** The private route tables; `undefined` (no S3 gateway endpoint) for an existing VPC without them. */
  readonly privateRouteTableIds?: pulumi.Output<string[]>;
}
