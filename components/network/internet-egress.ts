import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { SubnetPlan } from "./cidr";
import type { NetworkContext } from "./network-context";
import { NETWORK_TIER_TAG, NETWORK_TIERS } from "../../policypack/vocabulary";
import { associateSubnet, tierSubnet, type SubnetPlacement } from "./subnets";

/** The parts of a new VPC that internet egress builds on. */
export interface EgressBase extends SubnetPlacement {
  readonly plan: SubnetPlan;
  readonly azCount: number;
  /** The private route tables, one per AZ, which get a default route through a NAT gateway. */
  readonly privateTables: readonly aws.ec2.RouteTable[];
}

/**
 * The `internetEgress` relaxation: an internet gateway, public subnets that hold only the NAT
 * gateways, and a default route from each private table through a NAT gateway. Returns the public
 * subnets' ids.
 */
export function buildInternetEgress(ctx: NetworkContext, base: EgressBase): pulumi.Output<string[]> {
  const { name, args, parent, tagged } = ctx;
  const { vpcId, plan, azCount, privateTables } = base;
  const igw = new aws.ec2.InternetGateway(name, { vpcId, tags: tagged(name) }, parent);
  const publicTable = new aws.ec2.RouteTable(
    `${name}-public`,
    { vpcId, tags: tagged(`${name}-public`) },
    parent,
  );
  new aws.ec2.Route(
    `${name}-public-internet`,
    { routeTableId: publicTable.id, destinationCidrBlock: "0.0.0.0/0", gatewayId: igw.id },
    parent,
  );
  const publicSubnets = plan.publicCidrs.map((cidr, i) => {
    // Public subnets hold only the NAT gateways; nothing launched there gets a public IP.
    const subnet = tierSubnet(ctx, base, "public", i, cidr, {
      [NETWORK_TIER_TAG]: NETWORK_TIERS.public,
    });
    associateSubnet(ctx, "public", i, subnet, publicTable);
    return subnet;
  });
  const natCount = args.natGateways === "single" ? 1 : azCount;
  const nats = [...Array(natCount).keys()].map((i) => {
    const eip = new aws.ec2.Eip(
      `${name}-nat-${i}`,
      { domain: "vpc", tags: tagged(`${name}-nat-${i}`) },
      parent,
    );
    return new aws.ec2.NatGateway(
      `${name}-nat-${i}`,
      {
        allocationId: eip.allocationId,
        subnetId: publicSubnets[i].id,
        connectivityType: "public",
        tags: tagged(`${name}-nat-${i}`),
      },
      { ...parent, dependsOn: [igw] },
    );
  });
  privateTables.forEach((table, i) => {
    new aws.ec2.Route(
      `${name}-private-${i}-egress`,
      {
        routeTableId: table.id,
        destinationCidrBlock: "0.0.0.0/0",
        natGatewayId: nats[Math.min(i, natCount - 1)].id,
      },
      parent,
    );
  });
  return pulumi.all(publicSubnets.map((s) => s.id));
}
