import { CONTROL_SCOPES, describeScope } from "../../policypack/vocabulary";
import { isIntegerInRange, show, tagArgsError } from "../common";
import { keyAliasError } from "../kms";
import { logRetentionError } from "../logging/retention";
import type { AiNetworkArgs } from "./ai-network-args";
import { carveSubnets, DEFAULT_VPC_CIDR } from "./cidr";

/**
 * Pure checks of AiNetwork arguments, run before any child exists. Each message names the
 * argument and says what to change; the component adds its type and name.
 */

/** AZs a network spans by default: two is the least that survives the loss of one. */
export const DEFAULT_AZ_COUNT = 2;
/** The most AZs a network spans (no region has more usable ones for this purpose). */
export const MAX_AZ_COUNT = 6;
/** The scope at which a network has no internet route at all. */
export const ISOLATED_NETWORK_SCOPE = CONTROL_SCOPES.isolatedTrainingNetwork;

/** `bedrock-agent-runtime`, `sagemaker.featurestore-runtime`, ... */
const SERVICE_SUFFIX = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/** The number of AZs the network spans, from the arguments (valid ones). */
export function azCountOf(args: Pick<AiNetworkArgs, "availabilityZones" | "availabilityZoneCount">): number {
  return args.availabilityZones?.length ?? args.availabilityZoneCount ?? DEFAULT_AZ_COUNT;
}

function existingVpcError(args: AiNetworkArgs): string | undefined {
  if (args.vpcId === undefined) {
    return args.privateSubnetIds !== undefined ||
      args.privateRouteTableIds !== undefined ||
      args.vpcCidrBlock !== undefined
      ? `privateSubnetIds, privateRouteTableIds and vpcCidrBlock describe an existing VPC; set vpcId too, or remove them to create a VPC.`
      : undefined;
  }
  if (args.privateSubnetIds === undefined) {
    return `vpcId needs privateSubnetIds: the subnets (one per AZ) where the VPC endpoints go.`;
  }
  const own = (
    [
      "cidrBlock",
      "availabilityZones",
      "availabilityZoneCount",
      "internetEgress",
      "natGateways",
      "manageDefaultSecurityGroup",
    ] as const
  ).filter((k) => args[k] !== undefined);
  return own.length === 0
    ? undefined
    : `${own.join(", ")} ${own.length === 1 ? "configures" : "configure"} a VPC the component creates; with vpcId, configure the existing VPC where it is defined and remove ${own.length === 1 ? "it" : "them"}.`;
}

function zonesError(args: AiNetworkArgs): string | undefined {
  if (args.availabilityZones !== undefined && args.availabilityZoneCount !== undefined) {
    return `set availabilityZones or availabilityZoneCount, not both.`;
  }
  if (args.availabilityZones !== undefined) {
    const zones = args.availabilityZones;
    const literal = zones.filter((z) => typeof z === "string");
    if (zones.length < 2 || new Set(literal).size !== literal.length) {
      return `availabilityZones must name at least 2 distinct zones (got ${show(zones)}), so the network survives the loss of one.`;
    }
    if (zones.length > MAX_AZ_COUNT) {
      return `availabilityZones names ${zones.length} zones; a network spans at most ${MAX_AZ_COUNT}.`;
    }
  }
  if (
    args.availabilityZoneCount !== undefined &&
    !isIntegerInRange(args.availabilityZoneCount, 2, MAX_AZ_COUNT)
  ) {
    return `availabilityZoneCount must be a whole number from 2 to ${MAX_AZ_COUNT} (got ${show(args.availabilityZoneCount)}).`;
  }
  return undefined;
}

function egressError(args: AiNetworkArgs): string | undefined {
  if (args.internetEgress === true && args.scope === ISOLATED_NETWORK_SCOPE) {
    return (
      `internetEgress: true is not allowed at ${describeScope(ISOLATED_NETWORK_SCOPE)}: a training network has no ` +
      `internet route (no internet gateway, no NAT, no public subnet); remove internetEgress and reach AWS APIs through ` +
      `VPC endpoints (additionalInterfaceEndpoints).`
    );
  }
  if (args.natGateways !== undefined && args.internetEgress !== true) {
    return `natGateways applies only with internetEgress: true; remove natGateways or set internetEgress.`;
  }
  if (args.natGateways !== undefined && args.natGateways !== "one-per-az" && args.natGateways !== "single") {
    return `natGateways must be "one-per-az" or "single" (got ${show(args.natGateways)}).`;
  }
  return undefined;
}

function endpointsError(args: AiNetworkArgs): string | undefined {
  const bad = (args.additionalInterfaceEndpoints ?? []).find(
    (s) => typeof s !== "string" || !SERVICE_SUFFIX.test(s),
  );
  return bad === undefined
    ? undefined
    : `additionalInterfaceEndpoints contains ${show(bad)}; give the service part of com.amazonaws.<region>.<service>, such as "bedrock-agent-runtime".`;
}

function flowLogsError(name: string, args: AiNetworkArgs): string | undefined {
  if (args.flowLogs === false) {
    return args.flowLogRetentionInDays === undefined
      ? undefined
      : `flowLogRetentionInDays is set but flowLogs is false; remove one of them.`;
  }
  return (
    logRetentionError("audit-logs", args.flowLogRetentionInDays, "flowLogRetentionInDays") ??
    keyAliasError(name, `${name}-flow-logs-key`)
  );
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function aiNetworkArgsError(name: string, args: AiNetworkArgs): string | undefined {
  const creates = args.vpcId === undefined;
  const carve = creates ? carveSubnets(args.cidrBlock ?? DEFAULT_VPC_CIDR, azCountOf(args)) : undefined;
  return [
    tagArgsError(args),
    existingVpcError(args),
    creates ? zonesError(args) : undefined,
    typeof carve === "string" ? `cidrBlock ${carve}.` : undefined,
    egressError(args),
    endpointsError(args),
    flowLogsError(name, args),
  ].find((m) => m !== undefined);
}
