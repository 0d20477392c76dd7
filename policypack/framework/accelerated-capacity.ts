import {
  isAcceleratedCategory,
  isAcceleratedInstanceType,
  isTrainingCategory,
  isTrainingInstanceType,
} from "../vocabulary";
import { readOr } from "./unknowns";
import { asList, field, first, isRecord } from "./values";
import type { ResourceProps } from "./types";

/**
 * Which resources run GPU or accelerator capacity, and on what: EC2 instances, launch templates,
 * spot requests and fleets, Auto Scaling groups, EKS node groups (the AWS resource and the inputs
 * of the `eks` package's components, which the engine analyzes as well) and Karpenter NodePools.
 * Scope inference and the AI asset inventory read capacity from here; unknown values count as
 * "not accelerated" (the inference is an estimate, never a verdict).
 */

/** What a resource's capacity is: the evidence (an instance type, a NodePool requirement) and whether it trains. */
export interface AcceleratedCapacity {
  readonly evidence: string;
  readonly training: boolean;
}

/** Attribute-based selection: accelerator kinds that mean GPU or inference chips. */
const ACCELERATOR_KINDS = new Set(["gpu", "inference"]);

/** Attribute-based instance requirements that ask for accelerated instances; a label saying why. */
export function requirementsAccelerated(requirements: unknown): string | undefined {
  if (!isRecord(requirements)) {
    return undefined;
  }
  const kinds = asList(requirements.acceleratorTypes).filter((k): k is string => typeof k === "string");
  const kind = kinds.find((k) => ACCELERATOR_KINDS.has(k.toLowerCase()));
  if (kind !== undefined) {
    return `acceleratorTypes ${kind}`;
  }
  return asList(requirements.allowedInstanceTypes).find(isAcceleratedInstanceType);
}

function fromTypes(types: readonly unknown[]): AcceleratedCapacity | undefined {
  const accelerated = types.filter(isAcceleratedInstanceType);
  if (accelerated.length === 0) {
    return undefined;
  }
  const training = accelerated.find(isTrainingInstanceType);
  return { evidence: training ?? accelerated[0], training: training !== undefined };
}

function fromRequirements(requirements: unknown): AcceleratedCapacity | undefined {
  const label = requirementsAccelerated(first(requirements));
  return label === undefined ? undefined : { evidence: label, training: isTrainingInstanceType(label) };
}

/** The instance types of the overrides of a fleet's launch-template configs. */
function overrideTypes(configs: unknown): unknown[] {
  return asList(configs).flatMap((config) =>
    asList(field(config, "overrides")).map((o) => field(o, "instanceType")),
  );
}

/** Karpenter labels whose values name instance types, families or categories. */
const KARPENTER_TYPE_KEYS = new Set([
  "node.kubernetes.io/instance-type",
  "karpenter.k8s.aws/instance-family",
]);
const KARPENTER_CATEGORY_KEY = "karpenter.k8s.aws/instance-category";
/** Karpenter labels that only accelerated instances carry. */
const KARPENTER_GPU_KEYS = new Set([
  "karpenter.k8s.aws/instance-gpu-count",
  "karpenter.k8s.aws/instance-gpu-name",
  "karpenter.k8s.aws/instance-gpu-manufacturer",
  "karpenter.k8s.aws/instance-accelerator-count",
  "karpenter.k8s.aws/instance-accelerator-name",
]);

/** A NodePool requirement that lets Karpenter launch accelerated instances, if one does. */
function karpenterRequirement(requirement: unknown): AcceleratedCapacity | undefined {
  const key = field(requirement, "key");
  const operator = field(requirement, "operator");
  const values = asList(field(requirement, "values"));
  if (typeof key !== "string") {
    return undefined;
  }
  const label = (value: string) => `${key} ${String(operator)} ${value}`;
  if (operator === "In" && KARPENTER_TYPE_KEYS.has(key)) {
    const found = fromTypes(values);
    return found && { evidence: label(found.evidence), training: found.training };
  }
  if (operator === "In" && key === KARPENTER_CATEGORY_KEY) {
    const accelerated = values.filter(isAcceleratedCategory);
    const training = accelerated.find(isTrainingCategory);
    return accelerated.length === 0
      ? undefined
      : { evidence: label(training ?? accelerated[0]), training: training !== undefined };
  }
  if (KARPENTER_GPU_KEYS.has(key) && operator !== "DoesNotExist" && operator !== "NotIn") {
    return { evidence: label(values.map(String).join(",")).trim(), training: false };
  }
  return undefined;
}

function fromNodePool(props: ResourceProps): AcceleratedCapacity | undefined {
  const requirements = asList(field(field(field(props.spec, "template"), "spec"), "requirements"));
  const found = requirements.map(karpenterRequirement).filter((c) => c !== undefined);
  return found.find((c) => c.training) ?? found[0];
}

/** True for the type token @pulumi/kubernetes gives a Karpenter NodePool custom resource. */
export function isKarpenterNodePoolType(type: string): boolean {
  return /^kubernetes:karpenter\.sh\/v[0-9a-z]+:NodePool$/.test(type);
}

/** How each capacity-bearing type reveals its instance types. */
const READERS: Readonly<Record<string, (props: ResourceProps) => AcceleratedCapacity | undefined>> = {
  "aws:ec2/instance:Instance": (p) => fromTypes([p.instanceType]),
  "aws:ec2/spotInstanceRequest:SpotInstanceRequest": (p) => fromTypes([p.instanceType]),
  "aws:ec2/launchTemplate:LaunchTemplate": (p) =>
    fromTypes([p.instanceType]) ?? fromRequirements(p.instanceRequirements),
  "aws:ec2/spotFleetRequest:SpotFleetRequest": (p) =>
    fromTypes([
      ...asList(p.launchSpecifications).map((s) => field(s, "instanceType")),
      ...overrideTypes(p.launchTemplateConfigs),
    ]),
  "aws:ec2/fleet:Fleet": (p) => fromTypes(overrideTypes(p.launchTemplateConfigs)),
  "aws:autoscaling/group:Group": (p) =>
    fromTypes(overrideTypes([field(first(p.mixedInstancesPolicy), "launchTemplate")].map(first))),
  "aws:eks/nodeGroup:NodeGroup": (p) => fromTypes(asList(p.instanceTypes)),
  "eks:index:ManagedNodeGroup": (p) => fromTypes(asList(p.instanceTypes)),
  "eks:index:NodeGroup": (p) => fromTypes([p.instanceType]),
  "eks:index:NodeGroupV2": (p) => fromTypes([p.instanceType]),
  "eks:index:Cluster": (p) =>
    fromTypes([
      p.skipDefaultNodeGroup === true ? undefined : p.instanceType,
      field(p.nodeGroupOptions, "instanceType"),
    ]),
};

/**
 * The accelerated capacity a resource runs, or `undefined` when it runs none (or its instance
 * types are unknown). Reads plain values and the SDK's proxied props alike; never throws.
 */
export function acceleratedCapacityOf(
  type: string,
  props: ResourceProps | undefined,
): AcceleratedCapacity | undefined {
  if (props === undefined || props === null) {
    return undefined;
  }
  const reader = isKarpenterNodePoolType(type) ? fromNodePool : READERS[type];
  return reader === undefined ? undefined : readOr(() => reader(props), undefined);
}
