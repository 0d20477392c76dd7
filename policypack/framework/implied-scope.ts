import type { Scope } from "../vocabulary";
import { readOr } from "./unknowns";

/**
 * The lowest scope at which a resource makes sense: owning a custom model means fine-tuning
 * (scope 4), a GPU training host means training (scope 5). A stack whose resources imply a higher
 * scope than it declares has drifted, and a stack that declares nothing is checked at this scope.
 */
const TYPE_PREFIX_SCOPES: readonly (readonly [prefix: string, scope: Scope])[] = [
  ["aws:bedrock/customModel:", 4],
  ["aws:bedrock/modelInvocationJob:", 3],
  ["aws:bedrock/provisionedModelThroughput:", 4],
  ["aws:bedrock", 3],
  ["aws:bedrockmodel/", 3],
  ["aws:sagemaker/trainingJob:", 4],
  ["aws:sagemaker/", 4],
  ["aws:opensearch/serverless", 3],
];

/** GPU and accelerator families used to train models (`p5.48xlarge`, `trn1.32xlarge`, ...). */
const TRAINING_INSTANCE_FAMILY = /^(p\d|trn\d|dl\d)/;

/** Instance-bearing types whose instance type reveals a training host. */
const INSTANCE_TYPE_PROPERTY: Readonly<Record<string, string>> = {
  "aws:ec2/instance:Instance": "instanceType",
  "aws:ec2/launchTemplate:LaunchTemplate": "instanceType",
};

/** The scope a single resource implies; 1 for anything not specific to AI. */
export function impliedScopeOf(type: string, props?: Record<string, any>): Scope {
  const property = INSTANCE_TYPE_PROPERTY[type];
  if (property !== undefined && props !== undefined) {
    const instanceType = readOr(() => props[property], undefined);
    if (typeof instanceType === "string" && TRAINING_INSTANCE_FAMILY.test(instanceType)) {
      return 5;
    }
  }
  for (const [prefix, scope] of TYPE_PREFIX_SCOPES) {
    if (type.startsWith(prefix)) {
      return scope;
    }
  }
  return 1;
}

/** The highest scope any of the resources implies, and the first resource that implies it. */
export function impliedStackScope(
  resources: readonly { type: string; urn: string; props: Record<string, any> }[],
): { scope: Scope; urn?: string } {
  let best: { scope: Scope; urn?: string } = { scope: 1 };
  for (const r of resources) {
    const scope = impliedScopeOf(r.type, r.props);
    if (scope > best.scope) {
      best = { scope, urn: r.urn };
    }
  }
  return best;
}
