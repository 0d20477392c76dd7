import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { readOr } from "../../framework/unknowns";
import { field, isRecord, knownItems, stringItems } from "../../framework/values";
import { CONTROL_SCOPES, isAcceleratedCategory, isAcceleratedInstanceType } from "../../vocabulary";
import { GPU_SPEND_MAPPINGS } from "../eks/lib/types";
import { NODE_POOL_TYPES } from "./lib/types";

const CATEGORY = "karpenter.k8s.aws/instance-category";
const FAMILY = "karpenter.k8s.aws/instance-family";
const INSTANCE_TYPE = "node.kubernetes.io/instance-type";
/** Karpenter's well-known labels that exist only on accelerated instances. */
const ACCELERATOR_LABELS = /^karpenter\.k8s\.aws\/instance-(?:gpu|accelerator)-/;
/** Limits that bound accelerated capacity: CPUs (every node has them) or the GPUs themselves. */
const BOUNDING_LIMITS = ["cpu", "nvidia.com/gpu", "aws.amazon.com/neuron"];

interface Requirement {
  readonly key: string;
  readonly operator: string;
  readonly values: string[];
}

/** The pool's known node requirements; an unknown entry is left out. */
function requirementsOf(spec: unknown): Requirement[] {
  const template = readOr(() => field(field(spec, "template"), "spec"), undefined);
  return knownItems(() => field(template, "requirements"))
    .filter(isRecord)
    .map((r) => ({
      key: String(readOr(() => r.key, "")),
      operator: String(readOr(() => r.operator, "")),
      values: readOr(() => stringItems(r.values), [] as string[]),
    }));
}

/** What says the pool launches accelerators, or `undefined`. */
function acceleratorEvidence(requirements: readonly Requirement[]): string | undefined {
  for (const r of requirements) {
    if (r.operator === "In" && r.key === CATEGORY) {
      const hit = r.values.find((v) => isAcceleratedCategory(v.toLowerCase()));
      if (hit) return `instance-category ${hit}`;
    }
    if (r.operator === "In" && (r.key === FAMILY || r.key === INSTANCE_TYPE)) {
      const hit = r.values.find(isAcceleratedInstanceType);
      if (hit) return hit;
    }
    if (ACCELERATOR_LABELS.test(r.key) && r.operator !== "DoesNotExist") {
      return r.key;
    }
  }
  return undefined;
}

/** Pure check: a GPU NodePool names the families it may launch and bounds its total capacity. */
export function checkGpuNodePool(resource: ResourceUnderCheck): string[] {
  // Read directly: a pool whose whole spec is unknown cannot be judged, and the SDK says so.
  const spec: unknown = resource.props.spec;
  const requirements = requirementsOf(spec);
  const evidence = acceleratorEvidence(requirements);
  if (evidence === undefined) {
    return [];
  }
  const messages: string[] = [];
  const named = requirements.some(
    (r) => r.operator === "In" && (r.key === FAMILY || r.key === INSTANCE_TYPE) && r.values.length > 0,
  );
  if (!named) {
    messages.push(
      `NodePool "${resource.name}" launches accelerated instances (${evidence}) of any family: add a requirement on ${FAMILY} (or ${INSTANCE_TYPE}) with operator In and the families you approved, for example ["g6e", "p5"].`,
    );
  }
  const limits: unknown = field(spec, "limits");
  const bounded =
    isRecord(limits) && BOUNDING_LIMITS.some((name) => readOr(() => limits[name], "unknown") != null);
  if (!bounded) {
    messages.push(
      `NodePool "${resource.name}" launches accelerated instances (${evidence}) with no limits: set spec.limits (cpu and nvidia.com/gpu) to the capacity you are ready to pay for.`,
    );
  }
  return messages;
}

export const karpenterGpuNodePoolBounded: ResourcePolicyDefinition = {
  kind: "resource",
  name: "karpenter-gpu-node-pool-bounded",
  description:
    "Karpenter NodePools that launch GPU or accelerator instances list the allowed instance families and set limits on total capacity.",
  rationale:
    "A NodePool that allows every g and p family with no limits lets one pending pod, one runaway job or one compromised workload launch p5 instances until the account's quota is exhausted: a denial-of-wallet bill in hours. An allow-list of families and a cpu/GPU limit bound the worst case.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: `Add \`{ key: "${FAMILY}", operator: "In", values: ["g6e"] }\` to spec.template.spec.requirements (instead of only ${CATEGORY}), and \`spec.limits: { cpu: "384", "nvidia.com/gpu": "16" }\` sized to your budget.`,
  minScope: CONTROL_SCOPES.costGuardrails,
  services: ["eks", "ec2"],
  resourceTypes: NODE_POOL_TYPES,
  mappings: GPU_SPEND_MAPPINGS,
  check: (resource) => checkGpuNodePool(resource),
};
