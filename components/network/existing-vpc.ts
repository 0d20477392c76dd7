import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { NetworkContext } from "./network-context";
import type { NetworkLayout } from "./network-layout";

/**
 * The existing VPC `vpcId` (the argument of that name), as the endpoints and flow logs see it. Nothing is created: its
 * subnets, route tables and default security group stay where they are defined.
 */
export function adoptExistingVpc(ctx: NetworkContext, vpcId: pulumi.Input<string>): NetworkLayout {
  const { args, parent } = ctx;
  return {
    vpcId: pulumi.output(vpcId),
    vpcCidr:
      args.vpcCidrBlock !== undefined
        ? pulumi.output(args.vpcCidrBlock)
        : aws.ec2.getVpcOutput({ id: vpcId }, parent).cidrBlock,
    privateSubnetIds: pulumi.output(
      args.privateSubnetIds as pulumi.Input<pulumi.Input<string>[]>,
    ) as pulumi.Output<string[]>,
    publicSubnetIds: pulumi.output([]),
    privateRouteTableIds:
      args.privateRouteTableIds === undefined
        ? undefined
        : (pulumi.output(args.privateRouteTableIds) as pulumi.Output<string[]>),
  };
}
