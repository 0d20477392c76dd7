import { actionMatches, type NormalizedStatement } from "../../../framework/policy-document";
import { COMPUTED } from "../../../framework/document-reading";

/** Statement helpers shared by the IAM checks. */

/** True when an Allow statement grants `action`, through `Action` or through an `Allow` + `NotAction`. */
export function grants(s: NormalizedStatement, action: string): boolean {
  if (s.effect !== "Allow") {
    return false;
  }
  if (s.notActions.length > 0) {
    return !s.notActions.some((pattern) => actionMatches(pattern, action));
  }
  return s.actions.some((pattern) => actionMatches(pattern, action));
}

/** The actions of `candidates` an Allow statement grants. */
export function grantedActions(s: NormalizedStatement, candidates: readonly string[]): string[] {
  return candidates.filter((action) => grants(s, action));
}

/** True when an action of the statement is unknown during preview. */
export function hasComputedAction(s: NormalizedStatement): boolean {
  return s.actions.includes(COMPUTED) || s.notActions.includes(COMPUTED);
}

/**
 * True for a resource pattern that names no particular resource: `*`, or an ARN whose resource part
 * is only wildcards, optionally after a resource type (`arn:aws:kms:*:*:key/*`,
 * `arn:aws:bedrock:us-east-1::foundation-model/*`, `arn:aws:s3:::*`). S3 ARNs have no type, so
 * `arn:aws:s3:::bucket/*` names a bucket and is not matched.
 */
export function namesNoResource(pattern: string): boolean {
  if (pattern === "*") {
    return true;
  }
  const parts = pattern.split(":");
  if (parts.length < 6 || parts[0] !== "arn") {
    return false;
  }
  const service = parts[2];
  const resource = parts.slice(5).join(":");
  return service === "s3" ? /^[*/]+$/.test(resource) : /^([A-Za-z0-9-]+[/:])?\*+$/.test(resource);
}

/** True when the statement applies to every resource (or every resource of a type). */
export function coversAllResources(s: NormalizedStatement): boolean {
  return s.notResources.length > 0 || s.resources.some(namesNoResource);
}

/** True when a condition key (any operator, case-insensitive) matches `test`. */
export function hasConditionKey(s: NormalizedStatement, test: (key: string) => boolean): boolean {
  return Object.values(s.conditions).some((block) =>
    Object.keys(block).some((key) => test(key.toLowerCase())),
  );
}

/** `a, b, c and 4 more`, to keep messages short when a wildcard grants a long list. */
export function summarize(items: readonly string[], max = 3): string {
  return items.length <= max
    ? items.join(", ")
    : `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}
