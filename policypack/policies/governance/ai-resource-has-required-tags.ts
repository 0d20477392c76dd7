import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { effectiveTagsKey, isRecord } from "../../framework/values";
import { CONTROL_SCOPES, DATA_CLASSES, isDataClass, parseScope, TAG_KEYS } from "../../vocabulary";
import { DATA_HOLDING_AI_RESOURCE_TYPES, TAGGED_AI_RESOURCE_TYPES } from "./lib/ai-resource-types";

/** A tag as the check sees it: absent, present with an unknown value, or present with a known one. */
type TagValue =
  | { readonly state: "absent" }
  | { readonly state: "unknown" }
  | { readonly state: "known"; readonly value: unknown };

function tagOf(tags: Record<string, unknown>, key: string): TagValue {
  if (!Object.prototype.hasOwnProperty.call(tags, key)) {
    return { state: "absent" };
  }
  const value = tryRead(() => tags[key]);
  return value.known ? { state: "known", value: value.value } : { state: "unknown" };
}

const blank = (t: TagValue) =>
  t.state === "absent" || (t.state === "known" && (typeof t.value !== "string" || t.value.trim() === ""));

/**
 * Pure check: an AI resource carries the tags the inventory and the data controls rely on. A tag
 * whose value is unknown during preview is present, which is what the check asks; only its value
 * is left unchecked. A `tags` map that is unknown as a whole is read again, so the SDK says the
 * policy could not decide.
 */
export function checkRequiredTags(resource: ResourceUnderCheck): string[] {
  const key = effectiveTagsKey(resource.props);
  const read = tryRead(() => resource.props[key] as unknown);
  const raw = read.known ? read.value : resource.props[key];
  const tags: Record<string, unknown> = isRecord(raw) ? raw : {};
  const required: string[] = [TAG_KEYS.scope, TAG_KEYS.system, TAG_KEYS.owner];
  if (DATA_HOLDING_AI_RESOURCE_TYPES.has(resource.type)) {
    required.push(TAG_KEYS.dataClass);
  }
  const findings: string[] = [];
  const missing = required.filter((key) => blank(tagOf(tags, key)));
  if (missing.length > 0) {
    findings.push(
      `The AI resource has no ${missing.join(", ")} tag${missing.length > 1 ? "s" : ""}: tag it with ${required.join(", ")} so the asset inventory lists it and the data controls find it.`,
    );
  }
  const scope = tagOf(tags, TAG_KEYS.scope);
  if (scope.state === "known" && !blank(scope) && parseScope(scope.value) === undefined) {
    findings.push(`The ${TAG_KEYS.scope} tag is "${String(scope.value)}", which is not a scope from 1 to 5.`);
  }
  const dataClass = tagOf(tags, TAG_KEYS.dataClass);
  if (dataClass.state === "known" && !blank(dataClass) && !isDataClass(dataClass.value)) {
    findings.push(
      `The ${TAG_KEYS.dataClass} tag is "${String(dataClass.value)}", which is not one of ${DATA_CLASSES.join(", ")}.`,
    );
  }
  return findings;
}

export const aiResourceHasRequiredTags: ResourcePolicyDefinition = {
  kind: "resource",
  name: "ai-resource-has-required-tags",
  description:
    "Bedrock, SageMaker and OpenSearch Serverless resources carry the ai-scope, ai-system and owner tags, and those that hold data a data-class tag.",
  rationale:
    "An AI system can only be inventoried, owned and protected when its resources say what they are: the owner tag names who answers for a model or a vector store, ai-system groups the resources of one application, ai-scope records the scope it was built for, and data-class is what the versioning, retention and logging controls key on. Untagged AI resources drop out of `scopeguard preview`'s asset inventory and out of every data-class control.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `tags` on the resource with `ai-scope` (1-5), `ai-system` (the application or model), `owner` (the accountable team) and, for knowledge bases, collections, models, training jobs, feature stores, AgentCore memory and MLflow servers, `data-class` (training-data, model-artifacts, prompt-logs, audit-logs or knowledge-base). scopeguard's components set them from their `system`, `owner` and `scope` arguments. Tags set through the provider's `defaultTags` count: the check reads `tagsAll`, where the provider merges them.",
  minScope: CONTROL_SCOPES.aiResourceTags,
  services: ["bedrock", "sagemaker", "opensearch"],
  resourceTypes: TAGGED_AI_RESOURCE_TYPES,
  mappings: {
    nistCsf: ["ID.AM-02", "ID.AM-05", "ID.AM-07", "GV.RR-02"],
    owaspLlm: ["LLM03", "LLM02"],
    mitreAtlas: ["AML.M0023"],
    cisaNcsc: ["secure-development"],
    seedItems: ["blueprint.asset-inventory", "csf.id-inventory", "cisa.dev-asset-protection"],
  },
  check: (resource) => checkRequiredTags(resource),
};
