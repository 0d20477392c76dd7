import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { carveSubnets, DEFAULT_VPC_CIDR, type SubnetPlan } from "./cidr";
import { adoptDefaultSecurityGroup } from "./default-security-group";
import { buildInternetEgress } from "./internet-egress";
import type { NetworkContext } from "./network-context";
import type { NetworkLayout } from "./network-layout";
import { azCountOf, ISOLATED_NETWORK_SCOPE } from "./network-validation";
import { associateSubnet, privateSubnetTier, tierSubnet } from "./subnets";

/**
 * A new VPC with DNS on, its default security group without rules, a private subnet and route
 * table per AZ, and, with `internetEgress` (never at scope 5), the public subnets and NAT gateways.
 */
export function buildVpc(ctx: NetworkContext): NetworkLayout {
  const { name, args, scope, parent, tagged } = ctx;
  const cidrBlock = args.cidrBlock ?? DEFAULT_VPC_CIDR;
  const azCount = azCountOf(args);
  const plan = carveSubnets(cidrBlock, azCount) as SubnetPlan; // validated before any child
  const zones =
    args.availabilityZones !== undefined
      ? pulumi.output(args.availabilityZones)
      : aws.getAvailabilityZonesOutput({ state: "available" }, parent).names;

  const vpc = new aws.ec2.Vpc(
    name,
    { cidrBlock, enableDnsSupport: true, enableDnsHostnames: true, tags: tagged(name) },
    parent,
  );
  const vpcId = vpc.id;
  adoptDefaultSecurityGroup(ctx, vpcId);

  const placement = { vpcId, zones };
  const privateTier = privateSubnetTier(scope);
  const privateSubnets = plan.privateCidrs.map((cidr, i) =>
    tierSubnet(ctx, placement, "private", i, cidr, privateTier),
  );
  const privateTables = privateSubnets.map((subnet, i) => {
    // One table per AZ, so each AZ can egress through its own NAT gateway when there is one.
    const table = new aws.ec2.RouteTable(
      `${name}-private-${i}`,
      { vpcId, tags: tagged(`${name}-private-${i}`) },
      parent,
    );
    associateSubnet(ctx, "private", i, subnet, table);
    return table;
  });

  const publicSubnetIds =
    args.internetEgress === true && scope < ISOLATED_NETWORK_SCOPE
      ? buildInternetEgress(ctx, { ...placement, plan, azCount, privateTables })
      : pulumi.output([]);
  return {
    vpc,
    subnetPlan: plan,
    vpcId,
    vpcCidr: pulumi.output(cidrBlock),
    privateSubnetIds: pulumi.all(privateSubnets.map((s) => s.id)),
    publicSubnetIds,
    privateRouteTableIds: pulumi.all(privateTables.map((t) => t.id)),
  };
}
