import type { ResourceProps, ResourceUnderCheck } from "../../../framework/types";
import { tryRead } from "../../../framework/unknowns";
import { first } from "../../../framework/values";
import { AwsType, isAcceleratedInstanceType } from "../../../vocabulary";
import { requirementsAccelerated } from "../../../framework/accelerated-capacity";
import { isReferenceSet } from "../../../framework/references";

export const INSTANCE_TYPE = AwsType.ec2.Instance;
export const LAUNCH_TEMPLATE_TYPE = AwsType.ec2.LaunchTemplate;
export const AUTOSCALING_GROUP_TYPE = AwsType.autoscaling.Group;

/** The two resources that describe a host: an instance, or the template a fleet launches from. */
export const HOST_TYPES = [INSTANCE_TYPE, LAUNCH_TEMPLATE_TYPE] as const;

/** How the host settings are spelled differs slightly between instances and launch templates. */
export type HostKind = "instance" | "launch-template";

export function hostKindOf(type: string): HostKind {
  return type === LAUNCH_TEMPLATE_TYPE ? "launch-template" : "instance";
}

/**
 * Whether a host runs on accelerated instances: "yes" with the type that says so, "no", or
 * "unknown" with a function that reads the unknown value again (so the SDK's error can escape when
 * the verdict truly depends on it).
 */
export type Acceleration =
  | { readonly state: "yes"; readonly instanceType: string }
  | { readonly state: "no" }
  | { readonly state: "unknown"; readonly rethrow: () => never };

function readAcceleration(props: ResourceProps, kind: HostKind): string | undefined {
  const instanceType = props.instanceType;
  if (isAcceleratedInstanceType(instanceType)) {
    return instanceType;
  }
  if (kind === "launch-template" && (instanceType === undefined || instanceType === null)) {
    return requirementsAccelerated(first(props.instanceRequirements));
  }
  return undefined;
}

/** Whether the host (instance or launch template) runs on GPU or accelerator instances. */
export function accelerationOf(props: ResourceProps, kind: HostKind): Acceleration {
  const read = () => readAcceleration(props, kind);
  const result = tryRead(read);
  if (!result.known) {
    return {
      state: "unknown",
      rethrow: () => {
        read();
        throw new Error("unreachable: the instance type was unknown");
      },
    };
  }
  return result.value === undefined ? { state: "no" } : { state: "yes", instanceType: result.value };
}

/**
 * An instance launched from a launch template takes every setting it omits from the template, and
 * the template is judged on its own: an omission on such an instance is not a violation.
 */
export function inheritsFromTemplate(props: ResourceProps, kind: HostKind): boolean {
  return kind === "instance" && isReferenceSet(() => props.launchTemplate);
}

/** Host-baseline findings for one host's inputs; may throw the SDK's unknown-value error. */
export type HostFindings = (props: ResourceProps, kind: HostKind) => string[];

/**
 * Runs `findings` on a host when it runs on accelerated instances. A compliant host passes even
 * when its instance type is unknown; a non-compliant one whose type is unknown lets the SDK say
 * that the policy cannot decide during preview.
 */
export function checkAcceleratedHost(resource: ResourceUnderCheck, findings: HostFindings): string[] {
  const kind = hostKindOf(resource.type);
  const acceleration = accelerationOf(resource.props, kind);
  if (acceleration.state === "no") {
    return [];
  }
  const found = findings(resource.props, kind);
  if (found.length > 0 && acceleration.state === "unknown") {
    acceleration.rethrow();
  }
  return found;
}
