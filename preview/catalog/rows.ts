import { POLICY_DOCS_URL } from "../../policypack/framework/sdk-metadata";
import type {
  CisaNcscStage,
  DefaultEnforcementLevel,
  PolicyDefinition,
  Severity,
} from "../../policypack/framework/types";
import { POLICIES } from "../../policypack/policies";
import type { Scope } from "../../policypack/vocabulary";
import { matchesFilters, type PolicyFilters } from "./filters";

/** One policy as `scopeguard policies` lists it. Plain data, ready for JSON. */
export interface PolicyRow {
  readonly name: string;
  readonly kind: "resource" | "stack";
  readonly severity: Severity;
  /** The level the policy ships with. */
  readonly enforcementLevel: DefaultEnforcementLevel;
  readonly minScope: Scope;
  /** `3+`: the minimum scope and every scope above. */
  readonly scopes: string;
  readonly services: readonly string[];
  /** Empty for stack policies. */
  readonly resourceTypes: readonly string[];
  readonly nistCsf: readonly string[];
  readonly owaspLlm: readonly string[];
  readonly mitreAtlas: readonly string[];
  readonly cisaNcsc: readonly CisaNcscStage[];
  readonly seedItems: readonly string[];
  readonly description: string;
  /** The policy's section of the generated reference. */
  readonly url: string;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

/** The row of one policy. */
export function toPolicyRow(policy: PolicyDefinition): PolicyRow {
  const m = policy.mappings;
  return {
    name: policy.name,
    kind: policy.kind,
    severity: policy.severity,
    enforcementLevel: policy.enforcementLevel,
    minScope: policy.minScope,
    scopes: `${policy.minScope}+`,
    services: [...policy.services],
    resourceTypes: policy.kind === "resource" ? [...policy.resourceTypes] : [],
    nistCsf: [...m.nistCsf],
    owaspLlm: [...m.owaspLlm],
    mitreAtlas: [...m.mitreAtlas],
    cisaNcsc: [...m.cisaNcsc],
    seedItems: [...m.seedItems],
    description: policy.description,
    url: `${POLICY_DOCS_URL}#${policy.name}`,
  };
}

/** Most severe first, then by name: a stable order whatever order the pack lists policies in. */
export function comparePolicyRows(a: PolicyRow, b: PolicyRow): number {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  return bySeverity !== 0 ? bySeverity : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * The policies passing every filter, most severe first, then by name. `policies` defaults to the
 * pack's own list; filters must already be validated (see `parsePolicyFilters`).
 */
export function listPolicies(
  filters: PolicyFilters = {},
  policies: readonly PolicyDefinition[] = POLICIES,
): PolicyRow[] {
  return policies
    .filter((p) => matchesFilters(p, filters))
    .map(toPolicyRow)
    .sort(comparePolicyRows);
}
