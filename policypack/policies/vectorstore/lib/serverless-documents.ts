import { parseJson } from "../../../framework/json";
import { asList, isRecord, stringItems } from "../../../framework/values";

/**
 * OpenSearch Serverless policy documents. Encryption policies are one object; network and data
 * access policies are lists of rule sets. Each rule names resources such as `collection/docs*` or
 * `index/docs/*`. Parsing never throws: what is not understood is reported as not valid.
 */
export interface ServerlessRule {
  readonly resourceType: string;
  readonly resources: readonly string[];
}

export interface RuleSet {
  readonly rules: readonly ServerlessRule[];
  readonly raw: Record<string, unknown>;
}

function rulesOf(block: Record<string, unknown>): ServerlessRule[] {
  return asList(block.Rules)
    .filter(isRecord)
    .map((r) => ({
      resourceType: typeof r.ResourceType === "string" ? r.ResourceType : "",
      resources: stringItems(r.Resource),
    }));
}

/** The rule sets of a policy document, or `undefined` when it is not valid JSON of the expected shape. */
export function ruleSets(document: unknown): RuleSet[] | undefined {
  const parsed = parseJson(document);
  if (!parsed.ok) {
    return undefined;
  }
  const blocks = asList(parsed.value);
  if (blocks.length === 0 || !blocks.every(isRecord)) {
    return undefined;
  }
  return blocks.map((raw) => ({ rules: rulesOf(raw), raw }));
}

/** The collection-name patterns (`docs*`) a rule set applies to. */
export function collectionPatterns(set: RuleSet): string[] {
  return set.rules
    .filter((r) => r.resourceType === "collection")
    .flatMap((r) => r.resources)
    .filter((r) => r.startsWith("collection/"))
    .map((r) => r.slice("collection/".length));
}

/** The resources a rule set covers, for messages: `collection/docs*, index/docs/*`. */
export function describeRules(set: RuleSet): string {
  const resources = set.rules.flatMap((r) => r.resources);
  return resources.length > 0 ? resources.join(", ") : "no resources";
}
