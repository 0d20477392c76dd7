import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { show } from "../common";
import { MIN_VPC_PREFIX, parseCidr } from "../network/cidr";

/**
 * The security group of a private AI workload (a GPU host, a notebook, a model container, Studio
 * apps): no ingress from anywhere, and egress only over HTTPS to the VPC itself (where the
 * interface endpoints of AWS APIs listen) and to the prefix lists named (gateway endpoints such as
 * S3's). The rules are built by a pure function; the compute and SageMaker components share it.
 */

/** HTTPS, the only port AWS API endpoints listen on. */
export const HTTPS_PORT = 443;

/** Where a workload's HTTPS egress may go besides its VPC. Shared by the components' arguments. */
export interface PrivateEgressArgs {
  /**
   * The VPC's IPv4 block: HTTPS to it reaches the interface endpoints (for an AiNetwork, its
   * `vpc.cidrBlock`).
   * @default looked up with aws.ec2.getVpc from `vpcId`
   */
  readonly vpcCidrBlock?: pulumi.Input<string>;
  /**
   * Managed prefix lists that HTTPS may also reach, such as the S3 gateway endpoint's
   * (`network.endpoints.s3.prefixListId` of an AiNetwork): traffic to a gateway endpoint leaves
   * for S3's public addresses, which the VPC's block does not cover.
   * @default [] (no S3 through a gateway endpoint)
   */
  readonly egressPrefixListIds?: pulumi.Input<pulumi.Input<string>[]>;
}

/** Traffic the members of the group exchange with each other, when a workload needs it. */
export interface IntraGroupTraffic {
  /**
   * `"tcp"`, `"udp"` or `"-1"` (all).
   * @default none: required
   */
  readonly protocol: string;
  /**
   * First port of the range (0 with protocol `"-1"`).
   * @default none: required
   */
  readonly fromPort: number;
  /**
   * Last port of the range (0 with protocol `"-1"`).
   * @default none: required
   */
  readonly toPort: number;
  /**
   * Why the members talk to each other, shown on the rules.
   * @default none: required
   */
  readonly description: string;
}

/** One rule, shaped like `aws.ec2.SecurityGroup`'s `ingress`/`egress` entries. */
export interface WorkloadRule {
  readonly protocol: string;
  readonly fromPort: number;
  readonly toPort: number;
  readonly description: string;
  readonly cidrBlocks?: pulumi.Input<pulumi.Input<string>[]>;
  readonly prefixListIds?: pulumi.Input<pulumi.Input<string>[]>;
  readonly self?: boolean;
}

/** The rules of a workload group, from the VPC's block, the prefix lists and the intra-group traffic. */
export function buildWorkloadRules(input: {
  readonly vpcCidr: pulumi.Input<string>;
  readonly prefixListIds?: pulumi.Input<pulumi.Input<string>[]>;
  readonly intraGroup?: IntraGroupTraffic;
}): { ingress: WorkloadRule[]; egress: WorkloadRule[] } {
  const https = { protocol: "tcp", fromPort: HTTPS_PORT, toPort: HTTPS_PORT };
  const egress: WorkloadRule[] = [
    { ...https, cidrBlocks: [input.vpcCidr], description: "HTTPS to the AWS API endpoints in the VPC" },
  ];
  if (input.prefixListIds !== undefined) {
    egress.push({
      ...https,
      prefixListIds: input.prefixListIds,
      description: "HTTPS to gateway endpoints (S3)",
    });
  }
  const ingress: WorkloadRule[] = [];
  if (input.intraGroup !== undefined) {
    const { description, ...traffic } = input.intraGroup;
    ingress.push({ ...traffic, self: true, description });
    egress.push({ ...traffic, self: true, description });
  }
  return { ingress, egress };
}

/** What {@link createWorkloadSecurityGroup} needs. */
export interface WorkloadSecurityGroupSpec extends PrivateEgressArgs {
  /**
   * The VPC of the group.
   * @default none: required
   */
  readonly vpcId: pulumi.Input<string>;
  /**
   * The group's description, which says what it is for.
   * @default none: required
   */
  readonly description: string;
  /**
   * Traffic the group's members exchange with each other.
   * @default none: members do not reach each other
   */
  readonly intraGroup?: IntraGroupTraffic;
  /**
   * Tags of the group.
   * @default none: required
   */
  readonly tags: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

/** Creates the group as a child of `parent`. */
export function createWorkloadSecurityGroup(
  name: string,
  spec: WorkloadSecurityGroupSpec,
  parent: pulumi.Resource,
): aws.ec2.SecurityGroup {
  const vpcCidr = spec.vpcCidrBlock ?? aws.ec2.getVpcOutput({ id: spec.vpcId }, { parent }).cidrBlock;
  const rules = buildWorkloadRules({
    vpcCidr,
    prefixListIds: spec.egressPrefixListIds,
    intraGroup: spec.intraGroup,
  });
  return new aws.ec2.SecurityGroup(
    name,
    {
      vpcId: spec.vpcId,
      description: spec.description,
      ingress: rules.ingress,
      egress: rules.egress,
      // A self-referencing rule keeps a group from being deleted; revoking the rules first lets
      // `pulumi destroy` remove it.
      revokeRulesOnDelete: true,
      tags: spec.tags,
    },
    { parent },
  );
}

const PREFIX_LIST_ID = /^pl-[0-9a-f]+$/;
const SECURITY_GROUP_ID = /^sg-[0-9a-f]+$/;

/**
 * The first problem with the network arguments every workload component shares: a VPC for the
 * group it creates, or security groups of the caller's; a VPC block and prefix lists that parse.
 */
export function workloadNetworkArgsError(args: {
  readonly vpcId?: unknown;
  readonly securityGroupIds?: unknown;
  readonly vpcCidrBlock?: unknown;
  readonly egressPrefixListIds?: unknown;
}): string | undefined {
  if (args.securityGroupIds !== undefined) {
    if (Array.isArray(args.securityGroupIds)) {
      if (args.securityGroupIds.length === 0) {
        return `securityGroupIds is empty; list the security groups to use, or remove it for a group with no ingress.`;
      }
      const bad = args.securityGroupIds.find((g) => typeof g === "string" && !SECURITY_GROUP_ID.test(g));
      if (bad !== undefined) {
        return `securityGroupIds contains ${show(bad)}, which is not a security group id (sg-...).`;
      }
    }
    const own = (["vpcCidrBlock", "egressPrefixListIds"] as const).filter((k) => args[k] !== undefined);
    return own.length === 0
      ? undefined
      : `${own.join(" and ")} configure${own.length === 1 ? "s" : ""} the security group the component creates, but securityGroupIds brings your own; remove one or the other.`;
  }
  if (args.vpcId === undefined) {
    return `vpcId is required for the security group the component creates (no ingress, HTTPS egress to the VPC only); set vpcId, or pass securityGroupIds.`;
  }
  if (typeof args.vpcCidrBlock === "string") {
    const block = parseCidr(args.vpcCidrBlock);
    if (block === undefined || block.prefix < MIN_VPC_PREFIX) {
      return `vpcCidrBlock ${show(args.vpcCidrBlock)} is not a VPC's IPv4 block (a /${MIN_VPC_PREFIX} or smaller, such as "10.0.0.0/16"); HTTPS egress is allowed to it only.`;
    }
  }
  if (Array.isArray(args.egressPrefixListIds)) {
    const bad = args.egressPrefixListIds.find((p) => typeof p === "string" && !PREFIX_LIST_ID.test(p));
    if (bad !== undefined) {
      return `egressPrefixListIds contains ${show(bad)}, which is not a managed prefix list id (pl-...).`;
    }
    if (args.egressPrefixListIds.length === 0) {
      return `egressPrefixListIds is empty; list the prefix lists (such as the S3 gateway endpoint's), or remove it.`;
    }
  }
  return undefined;
}
