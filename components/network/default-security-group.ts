import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { NetworkContext } from "./network-context";

/**
 * Adopts the default security group of the VPC the network created, with no rules; unless
 * `manageDefaultSecurityGroup: false`, which leaves it as AWS creates it.
 */
export function adoptDefaultSecurityGroup(ctx: NetworkContext, vpcId: pulumi.Output<string>): void {
  const { name, args, parent, tagged } = ctx;
  if (args.manageDefaultSecurityGroup !== false) {
    // Adopting the default group strips AWS's allow-all rules, so nothing falls back on it.
    new aws.ec2.DefaultSecurityGroup(
      name,
      { vpcId, ingress: [], egress: [], tags: tagged(`${name}-default`) },
      parent,
    );
  }
}
