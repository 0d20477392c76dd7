import { nodeGroupAccelerator, takesInstanceTypeList } from "../../../framework/accelerated-capacity";
import { tryRead } from "../../../framework/unknowns";
import { field, first } from "../../../framework/values";
import type { ResourceProps } from "../../../framework/types";

export { takesInstanceTypeList };

/** Whether a node group runs GPUs: "yes" with what says so, "no", or "unknown" (with a reader that rethrows). */
export type NodeAcceleration =
  | { readonly state: "yes"; readonly label: string }
  | { readonly state: "no" }
  | { readonly state: "unknown"; readonly rethrow: () => void };

/** Whether a node group (of any kind) runs GPU or accelerator instances. */
export function nodeAcceleration(type: string, props: ResourceProps): NodeAcceleration {
  const read = () => nodeGroupAccelerator(type, props)?.evidence;
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
