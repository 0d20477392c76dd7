import { AwsType, awsModulePrefix, CONTROL_SCOPES, type Scope } from "../vocabulary";
import { acceleratedCapacityOf } from "./accelerated-capacity";
import { oncePerList } from "./list-memo";
import type { ResourceProps } from "./types";

/**
 * The lowest scope at which a resource makes sense: owning a custom model means fine-tuning
 * (scope 4), a GPU training host means training (scope 5). A stack whose resources imply a higher
 * scope than it declares has drifted, and a stack that declares nothing is checked at this scope.
 */
const TYPE_PREFIX_SCOPES: readonly (readonly [prefix: string, scope: Scope])[] = [
  [AwsType.bedrock.CustomModel, 4],
  [AwsType.bedrock.ProvisionedModelThroughput, 4],
  [awsModulePrefix("bedrock"), 3],
  [awsModulePrefix("bedrockmodel"), 3],
  [AwsType.sagemaker.TrainingJob, 4],
  [awsModulePrefix("sagemaker"), 4],
  [`${awsModulePrefix("opensearch")}serverless`, 3],
  // Search domains are where RAG stacks keep their embeddings, as Serverless collections are.
  [AwsType.opensearch.Domain, 3],
  [AwsType.elasticsearch.Domain, 3],
  [`${awsModulePrefix("s3")}vectors`, 3],
];

/**
 * The scope a single resource implies; 1 for anything not specific to AI. Capacity on a training
 * family (p, trn, dl: an instance, a node group, a NodePool that allows them) implies training, the
 * scope at which training hosts start (the scope the GPU components label a training host with);
 * other GPU and accelerator capacity serves a model the stack hosts itself, a pre-trained one at
 * least.
 */
export function impliedScopeOf(type: string, props?: ResourceProps): Scope {
  const capacity = acceleratedCapacityOf(type, props);
  if (capacity !== undefined) {
    return capacity.training ? CONTROL_SCOPES.trainingHosts : 3;
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
  resources: readonly { type: string; urn: string; props: ResourceProps }[],
): { readonly scope: Scope; readonly urn?: string } {
  return oncePerList(resources, "implied-stack-scope", () => {
    let best: { scope: Scope; urn?: string } = { scope: 1 };
    for (const r of resources) {
      const scope = impliedScopeOf(r.type, r.props);
      if (scope > best.scope) {
        best = { scope, urn: r.urn };
      }
    }
    return Object.freeze(best);
  });
}
