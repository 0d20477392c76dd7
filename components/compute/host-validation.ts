import { CONTROL_SCOPES, describeScope, type Scope } from "../../policypack/vocabulary";
import { isIntegerInRange, show, tagArgsError } from "../common";
import { aiWorkloadRoleArgsError } from "../iam";
import { ownKeyArgsError } from "../kms";
import type { GpuFleetArgs } from "./gpu-fleet-args";
import type { GpuLaunchTemplateArgs } from "./gpu-launch-template-args";
import {
  ACCELERATED_FAMILIES,
  amiLookupFor,
  parseAcceleratedType,
  TRAINING_FAMILIES,
  TRAINING_HOST_SCOPE,
} from "./instance-families";
import { workloadNetworkArgsError } from "./workload-security-group";

/**
 * Pure checks of GpuLaunchTemplate and GpuFleet arguments, run before any child exists. Each
 * message names the argument and says what to change; the component adds its type and name.
 */

/** GPU hosts are hardened as the scope model's scope 5 (self-trained model) asks; that is their default label. */
export const COMPUTE_DEFAULT_SCOPE: Scope = CONTROL_SCOPES.trainingHosts;

/** The service principal of EC2 instance roles. */
export const EC2_SERVICE = "ec2.amazonaws.com";

/** gp3 volumes hold 1 GiB to 16 TiB; a root volume smaller than 8 GiB boots no Deep Learning AMI. */
export const MIN_ROOT_VOLUME_GIB = 8;
export const MAX_ROOT_VOLUME_GIB = 16384;

/** Auto Scaling accepts groups of up to this many instances without a quota increase in any account. */
export const MAX_FLEET_SIZE = 1000;

/** A fleet keeps no host running unless asked: GPU hosts are the most expensive thing a stack launches. */
export const DEFAULT_MIN_SIZE = 0;
/**
 * One host at most unless asked, for the same reason; a larger `minSize` raises it to match.
 */
export const DEFAULT_MAX_SIZE = 1;

const AMI_ID = /^ami-[0-9a-f]{8,17}$/;

/** The group's sizes from the (valid) arguments; `desired` stays unset unless given. */
export function fleetSizes(args: Pick<GpuFleetArgs, "minSize" | "maxSize" | "desiredCapacity">): {
  min: number;
  max: number;
  desired?: number;
} {
  const min = args.minSize ?? DEFAULT_MIN_SIZE;
  return { min, max: args.maxSize ?? Math.max(DEFAULT_MAX_SIZE, min), desired: args.desiredCapacity };
}

function instanceTypeError(
  instanceType: unknown,
  scope: Scope | undefined,
  imageId: unknown,
): string | undefined {
  const type = parseAcceleratedType(instanceType);
  if (type === undefined) {
    return (
      `instanceType ${show(instanceType)} is not a GPU or accelerator instance type; use one of the families ` +
      `${ACCELERATED_FAMILIES.join(", ")} (such as "g6.xlarge", "p5.48xlarge" or "trn1.32xlarge"), or build a general-purpose host without this component.`
    );
  }
  if (TRAINING_FAMILIES.includes(type.family) && scope !== undefined && scope < TRAINING_HOST_SCOPE) {
    return (
      `instanceType ${show(instanceType)} is a training host, which implies ${describeScope(TRAINING_HOST_SCOPE)}, ` +
      `but scope is ${scope}; set scope to ${TRAINING_HOST_SCOPE} (and declare it for the stack), or use an inference family (g, gr, inf).`
    );
  }
  if (amiLookupFor(type) === undefined && imageId === undefined) {
    return `instanceType ${show(instanceType)} is a ${type.family} host, for which no AWS Deep Learning AMI is looked up; set imageId to the AMI its vendor publishes.`;
  }
  return undefined;
}

function imageError(args: GpuLaunchTemplateArgs): string | undefined {
  return typeof args.imageId === "string" && !AMI_ID.test(args.imageId)
    ? `imageId ${show(args.imageId)} is not an AMI id (ami-...).`
    : undefined;
}

function rootVolumeError(size: unknown): string | undefined {
  return size === undefined || isIntegerInRange(size, MIN_ROOT_VOLUME_GIB, MAX_ROOT_VOLUME_GIB)
    ? undefined
    : `rootVolumeSizeInGb must be a whole number of GiB from ${MIN_ROOT_VOLUME_GIB} to ${MAX_ROOT_VOLUME_GIB} (got ${show(size)}); leave it unset for the AMI's own size.`;
}

function roleArgsError(args: GpuLaunchTemplateArgs): string | undefined {
  return aiWorkloadRoleArgsError({
    trustedService: EC2_SERVICE,
    readBuckets: args.readBuckets,
    writeBuckets: args.writeBuckets,
    useKeys: args.useKeys,
    writeLogGroups: args.writeLogGroups,
  });
}

/** The first problem with GpuLaunchTemplate `args`, without the component prefix; `undefined` when they are valid. */
export function gpuLaunchTemplateArgsError(name: string, args: GpuLaunchTemplateArgs): string | undefined {
  return [
    tagArgsError(args),
    instanceTypeError(args.instanceType, args.scope, args.imageId),
    imageError(args),
    rootVolumeError(args.rootVolumeSizeInGb),
    workloadNetworkArgsError(args),
    args.allowIntraGroupTraffic === true && args.securityGroupIds !== undefined
      ? `allowIntraGroupTraffic configures the security group the component creates, but securityGroupIds brings your own; remove one or the other.`
      : undefined,
    ownKeyArgsError(name, args, "the component"),
    roleArgsError(args),
  ].find((m) => m !== undefined);
}

function sizeError(args: GpuFleetArgs): string | undefined {
  const sizes = { minSize: args.minSize, maxSize: args.maxSize, desiredCapacity: args.desiredCapacity };
  for (const [argName, value] of Object.entries(sizes)) {
    if (value !== undefined && !isIntegerInRange(value, 0, MAX_FLEET_SIZE)) {
      return `${argName} must be a whole number of instances from 0 to ${MAX_FLEET_SIZE} (got ${show(value)}).`;
    }
  }
  const { min, max, desired } = fleetSizes(args);
  if (max < 1) {
    return `maxSize is 0, so the fleet could never launch a host; set maxSize to 1 or more.`;
  }
  if (min > max) {
    return `minSize ${min} is larger than maxSize ${max}; set minSize <= maxSize.`;
  }
  if (desired !== undefined && (desired < min || desired > max)) {
    return `desiredCapacity ${desired} is outside minSize ${min} to maxSize ${max}; set it between them, or leave it unset.`;
  }
  return undefined;
}

function subnetsError(subnetIds: unknown): string | undefined {
  if (subnetIds === undefined) {
    return `subnetIds is required: the private subnets (one per AZ) the hosts launch in.`;
  }
  return Array.isArray(subnetIds) && subnetIds.length === 0
    ? `subnetIds is empty; list the private subnets (one per AZ) the hosts launch in.`
    : undefined;
}

/** The first problem with GpuFleet `args`, without the component prefix; `undefined` when they are valid. */
export function gpuFleetArgsError(name: string, args: GpuFleetArgs): string | undefined {
  return subnetsError(args.subnetIds) ?? sizeError(args) ?? gpuLaunchTemplateArgsError(name, args);
}
