import { tryRead } from "../../../framework/unknowns";
import { asList, field, first, isTrue } from "../../../framework/values";
import { isAcceleratedInstanceType } from "../../../vocabulary";
import { EKS_CLUSTER_COMPONENT_TYPE, EKS_MANAGED_NODE_GROUP_TYPE, NODE_GROUP_TYPE } from "./types";
import type { ResourceProps } from "../../../framework/types";

/** AMI types that exist only for accelerators: `AL2_x86_64_GPU`, `AL2023_x86_64_NVIDIA`, `BOTTLEROCKET_x86_64_NVIDIA`, `..._NEURON`. */
const ACCELERATED_AMI = /(?:GPU|NVIDIA|NEURON)/i;

/** Node groups that take a list of instance types (and a `scalingConfig`); the others take one `instanceType` and `maxSize`. */
export function takesInstanceTypeList(type: string): boolean {
  return type === NODE_GROUP_TYPE || type === EKS_MANAGED_NODE_GROUP_TYPE;
}

/** What says a node group runs accelerators, or `undefined`. Throws the SDK's error on unknowns. */
function readAccelerator(type: string, props: ResourceProps): string | undefined {
  if (type === EKS_CLUSTER_COMPONENT_TYPE && isTrue(props.skipDefaultNodeGroup)) {
    return undefined;
  }
  const types = takesInstanceTypeList(type) ? asList(props.instanceTypes) : [props.instanceType];
  const accelerated = types.find(isAcceleratedInstanceType);
  if (accelerated !== undefined) {
    return accelerated;
  }
  const amiType = props.amiType;
  if (typeof amiType === "string" && ACCELERATED_AMI.test(amiType)) {
    return `amiType ${amiType}`;
  }
  return isTrue(props.gpu) ? "gpu: true" : undefined;
}

/** Whether a node group runs GPUs: "yes" with what says so, "no", or "unknown" (with a reader that rethrows). */
export type NodeAcceleration =
  | { readonly state: "yes"; readonly label: string }
  | { readonly state: "no" }
  | { readonly state: "unknown"; readonly rethrow: () => void };

/** Whether a node group (of any kind) runs GPU or accelerator instances. */
export function nodeAcceleration(type: string, props: ResourceProps): NodeAcceleration {
  const read = () => readAccelerator(type, props);
  const result = tryRead(read);
  if (!result.known) {
    return { state: "unknown", rethrow: () => void read() };
  }
  return result.value === undefined ? { state: "no" } : { state: "yes", label: result.value };
}

/** The largest number of nodes a group can scale to; throws the SDK's error on unknowns. */
export function maxNodes(type: string, props: ResourceProps): unknown {
  return takesInstanceTypeList(type) ? field(first(props.scalingConfig), "maxSize") : props.maxSize;
}

/**
 * Runs `findings` on a node group that runs accelerators. A compliant group passes even when its
 * instance types are unknown; a non-compliant one whose types are unknown lets the SDK say that
 * the policy cannot decide during preview.
 */
export function checkGpuNodeGroup(
  type: string,
  props: ResourceProps,
  findings: (label: string) => string[],
): string[] {
  const acceleration = nodeAcceleration(type, props);
  if (acceleration.state === "no") {
    return [];
  }
  const found = findings(acceleration.state === "yes" ? acceleration.label : "GPU instances");
  if (found.length > 0 && acceleration.state === "unknown") {
    acceleration.rethrow();
  }
  return found;
}
