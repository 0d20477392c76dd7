import {
  AwsType,
  EksType,
  isAcceleratedCategory,
  isAcceleratedInstanceType,
  isTrainingCategory,
  isTrainingInstanceType,
} from "../vocabulary";
import { readOr } from "./unknowns";
import { asList, field, first, isRecord, isTrue } from "./values";
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

/** AMI types that exist only for accelerators: `AL2_x86_64_GPU`, `AL2023_x86_64_NVIDIA`, `BOTTLEROCKET_x86_64_NVIDIA`, `..._NEURON`. */
const ACCELERATED_AMI = /(?:GPU|NVIDIA|NEURON)/i;

/** Node groups that take a list of instance types (and a `scalingConfig`); the others take one `instanceType` and `maxSize`. */
export function takesInstanceTypeList(type: string): boolean {
  return type === AwsType.eks.NodeGroup || type === EksType.ManagedNodeGroup;
}

/**
 * What says an EKS node group runs accelerators (the AWS resource, a node group of the eks
 * package, or the eks Cluster's default group): an accelerated instance type, an accelerator AMI
 * type, or the eks package's `gpu` flag. The one reader the GPU node policies and scope inference
 * share. Throws the SDK's error on unknowns; the caller decides what an unknown means.
 */
export function nodeGroupAccelerator(
  type: string,
  props: Readonly<Record<string, unknown>>,
): AcceleratedCapacity | undefined {
  if (type === EksType.Cluster && isTrue(props.skipDefaultNodeGroup)) {
    return undefined;
  }
  const found = fromTypes(takesInstanceTypeList(type) ? asList(props.instanceTypes) : [props.instanceType]);
  if (found !== undefined) {
    return found;
  }
  const amiType = props.amiType;
  if (typeof amiType === "string" && ACCELERATED_AMI.test(amiType)) {
    return { evidence: `amiType ${amiType}`, training: false };
  }
  return isTrue(props.gpu) ? { evidence: "gpu: true", training: false } : undefined;
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
  [AwsType.ec2.Instance]: (p) => fromTypes([p.instanceType]),
  [AwsType.ec2.SpotInstanceRequest]: (p) => fromTypes([p.instanceType]),
  [AwsType.ec2.LaunchTemplate]: (p) =>
    fromTypes([p.instanceType]) ?? fromRequirements(p.instanceRequirements),
  [AwsType.ec2.SpotFleetRequest]: (p) =>
    fromTypes([
      ...asList(p.launchSpecifications).map((s) => field(s, "instanceType")),
      ...overrideTypes(p.launchTemplateConfigs),
    ]),
  [AwsType.ec2.Fleet]: (p) => fromTypes(overrideTypes(p.launchTemplateConfigs)),
  [AwsType.autoscaling.Group]: (p) =>
    fromTypes(overrideTypes([field(first(p.mixedInstancesPolicy), "launchTemplate")].map(first))),
  [AwsType.eks.NodeGroup]: (p) => nodeGroupAccelerator(AwsType.eks.NodeGroup, p),
  [EksType.ManagedNodeGroup]: (p) => nodeGroupAccelerator(EksType.ManagedNodeGroup, p),
  [EksType.NodeGroup]: (p) => nodeGroupAccelerator(EksType.NodeGroup, p),
  [EksType.NodeGroupV2]: (p) => nodeGroupAccelerator(EksType.NodeGroupV2, p),
  // For the estimate, the options of the default group count as well as its top-level settings.
  [EksType.Cluster]: (p) =>
    nodeGroupAccelerator(EksType.Cluster, p) ?? fromTypes([field(p.nodeGroupOptions, "instanceType")]),
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
