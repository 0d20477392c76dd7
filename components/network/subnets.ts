import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import { NETWORK_TIER_TAG, NETWORK_TIERS, type Scope } from "../../policypack/vocabulary";
import type { NetworkContext } from "./network-context";
import { ISOLATED_NETWORK_SCOPE } from "./network-validation";

/** The tier tag of a network's private subnets: `training` at scope 5, `private` below. */
export function privateSubnetTier(scope: Scope): Record<string, string> {
  return {
    [NETWORK_TIER_TAG]: scope >= ISOLATED_NETWORK_SCOPE ? NETWORK_TIERS.training : NETWORK_TIERS.private,
  };
}

/** Where a new VPC's subnets go: the VPC, and the AZ names in subnet order. */
export interface SubnetPlacement {
  readonly vpcId: pulumi.Output<string>;
  readonly zones: pulumi.Output<string[]>;
}

/**
 * The `i`-th subnet of a tier, named `<network>-<kind>-<i>`, in the `i`-th AZ, tagged with
 * `tierTag`. No subnet maps public IPs on launch, a public one included.
 */
export function tierSubnet(
  ctx: NetworkContext,
  placement: SubnetPlacement,
  kind: "private" | "public",
  i: number,
  cidr: string,
  tierTag: Record<string, string>,
): aws.ec2.Subnet {
  const childName = `${ctx.name}-${kind}-${i}`;
  return new aws.ec2.Subnet(
    childName,
    {
      vpcId: placement.vpcId,
      cidrBlock: cidr,
      availabilityZone: placement.zones.apply((z) => z[i]),
      mapPublicIpOnLaunch: false,
      tags: ctx.tagged(childName, tierTag),
    },
    ctx.parent,
  );
}

/** Associates the `i`-th subnet of a tier with `table`, under the subnet's name. */
export function associateSubnet(
  ctx: NetworkContext,
  kind: "private" | "public",
  i: number,
  subnet: aws.ec2.Subnet,
  table: aws.ec2.RouteTable,
): void {
  new aws.ec2.RouteTableAssociation(
    `${ctx.name}-${kind}-${i}`,
    { subnetId: subnet.id, routeTableId: table.id },
    ctx.parent,
  );
}
