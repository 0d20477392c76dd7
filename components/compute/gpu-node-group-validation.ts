import { MAX_GPU_NODES_PER_GROUP } from "../../policypack/vocabulary";
import { isIntegerInRange, show, tagArgsError } from "../common";
import { ownKeyArgsError } from "../kms";
import type { GpuNodeGroupArgs } from "./gpu-node-group-args";
import { MAX_ROOT_VOLUME_GIB, MIN_ROOT_VOLUME_GIB } from "./host-validation";
import { ACCELERATED_FAMILIES, parseAcceleratedType, type AcceleratedFamily } from "./instance-families";

/**
 * Pure checks of GpuNodeGroup arguments, run before any child exists. Each message names the
 * argument and says what to change; the component adds its type and name.
 */

/** The instance types a GPU node group runs when none are given: one NVIDIA L4 GPU, for inference. */
export const DEFAULT_GPU_NODE_INSTANCE_TYPES: readonly string[] = ["g6.xlarge"];
/** No node runs unless a GPU pod asks for one; at most two unless asked. GPU nodes are the most expensive thing a cluster runs. */
export const DEFAULT_GPU_NODE_MIN_SIZE = 0;
export const DEFAULT_GPU_NODE_MAX_SIZE = 2;
/** Root volume size of a GPU node: container images of model servers are tens of GiB. */
export const DEFAULT_GPU_NODE_ROOT_VOLUME_GIB = 100;

/** AWS Neuron families (Trainium, Inferentia) run the Neuron AMI; the others the NVIDIA one. */
const NEURON_FAMILIES: readonly AcceleratedFamily[] = ["trn", "inf"];

/** The EKS AMI type for a (valid) list of instance types. */
export function gpuNodeAmiType(instanceTypes: readonly string[]): string {
  const family = parseAcceleratedType(instanceTypes[0])?.family;
  return family !== undefined && NEURON_FAMILIES.includes(family)
    ? "AL2023_x86_64_NEURON"
    : "AL2023_x86_64_NVIDIA";
}

function requiredStringError(argName: string, value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) {
    return `${argName} is required: ${what}.`;
  }
  return typeof value === "string" && value.trim() === ""
    ? `${argName} is empty; set it to ${what}.`
    : undefined;
}

function subnetsError(subnetIds: unknown): string | undefined {
  if (subnetIds === undefined) {
    return `subnetIds is required: the cluster's private subnets (one per AZ) the nodes run in.`;
  }
  return Array.isArray(subnetIds) && subnetIds.length === 0
    ? `subnetIds is empty; list the cluster's private subnets (one per AZ) the nodes run in.`
    : undefined;
}

function instanceTypesError(instanceTypes: unknown): string | undefined {
  if (instanceTypes === undefined) {
    return undefined;
  }
  if (!Array.isArray(instanceTypes) || instanceTypes.length === 0) {
    return `instanceTypes must list at least one GPU or accelerator instance type (got ${show(instanceTypes)}).`;
  }
  const wrong = instanceTypes.find((t) => parseAcceleratedType(t) === undefined);
  if (wrong !== undefined) {
    return `instanceTypes entry ${show(wrong)} is not a GPU or accelerator instance type; use the families ${ACCELERATED_FAMILIES.join(", ")} (such as "g6.xlarge" or "p5.48xlarge"), and run other workloads in another node group.`;
  }
  const neuron = instanceTypes.map((t) => NEURON_FAMILIES.includes(parseAcceleratedType(t)!.family));
  return neuron.some((n) => n) && neuron.some((n) => !n)
    ? `instanceTypes mixes AWS Neuron (trn, inf) and NVIDIA families, which need different AMIs; make one GpuNodeGroup for each.`
    : undefined;
}

function sizeError(args: GpuNodeGroupArgs): string | undefined {
  const max = args.maxSize ?? DEFAULT_GPU_NODE_MAX_SIZE;
  const min = args.minSize ?? DEFAULT_GPU_NODE_MIN_SIZE;
  if (!isIntegerInRange(max, 1, Number.MAX_SAFE_INTEGER)) {
    return `maxSize must be a whole number of nodes from 1 to ${MAX_GPU_NODES_PER_GROUP} (got ${show(args.maxSize)}).`;
  }
  if (max > MAX_GPU_NODES_PER_GROUP) {
    return `maxSize ${max} is above the GPU spend cap of ${MAX_GPU_NODES_PER_GROUP} nodes per group; lower it, or add another GpuNodeGroup once the extra capacity is approved.`;
  }
  if (!isIntegerInRange(min, 0, max)) {
    return `minSize must be a whole number of nodes from 0 to maxSize ${max} (got ${show(args.minSize)}).`;
  }
  return undefined;
}

function rootVolumeError(size: unknown): string | undefined {
  return size === undefined || isIntegerInRange(size, MIN_ROOT_VOLUME_GIB, MAX_ROOT_VOLUME_GIB)
    ? undefined
    : `rootVolumeSizeInGb must be a whole number of GiB from ${MIN_ROOT_VOLUME_GIB} to ${MAX_ROOT_VOLUME_GIB} (got ${show(size)}).`;
}

/** The first problem with GpuNodeGroup `args`, without the component prefix; `undefined` when they are valid. */
export function gpuNodeGroupArgsError(name: string, args: GpuNodeGroupArgs): string | undefined {
  return [
    tagArgsError(args),
    requiredStringError("clusterName", args.clusterName, "the name of the EKS cluster the nodes join"),
    subnetsError(args.subnetIds),
    instanceTypesError(args.instanceTypes),
    sizeError(args),
    rootVolumeError(args.rootVolumeSizeInGb),
    args.nodeRoleArn !== undefined && args.managedPolicyNames !== undefined
      ? `managedPolicyNames configures the node role the component creates, but nodeRoleArn brings your own; remove one or the other.`
      : undefined,
    ownKeyArgsError(name, args, "the component"),
  ].find((m) => m !== undefined);
}
