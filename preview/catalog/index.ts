import type { PolicyDefinition } from "../../policypack/framework/types";
import { POLICIES } from "../../policypack/policies";
import { parsePolicyFilters, type RawPolicyFilters } from "./filters";
import { renderPolicyJson, renderPolicyTable } from "./render";
import { listPolicies } from "./rows";

export * from "./filters";
export * from "./render";
export * from "./rows";

/**
 * The whole of `scopeguard policies`, minus printing: validates the options, filters the catalog
 * and renders it. Errors are one message per bad option (the CLI prints them and exits 2).
 */
export function runPoliciesQuery(
  raw: RawPolicyFilters,
  policies: readonly PolicyDefinition[] = POLICIES,
): { ok: true; output: string } | { ok: false; errors: string[] } {
  const parsed = parsePolicyFilters(raw, policies);
  if (!parsed.ok) {
    return parsed;
  }
  const { filters, format } = parsed.query;
  const rows = listPolicies(filters, policies);
  const output =
    format === "json" ? renderPolicyJson(rows, filters) : renderPolicyTable(rows, { total: policies.length });
  return { ok: true, output };
}
