import {
  FRAMEWORK_ID_HELP,
  knownServices,
  normalizeFrameworkId,
  SEVERITIES,
  type PolicyFilters,
} from "../../policypack/catalog/filters";
import type { PolicyMetadata, Severity } from "../../policypack/framework/types";
import { POLICIES } from "../../policypack/policies";
import type { Scope } from "../../policypack/vocabulary";

// The filters themselves live with the pack, which composes packs with them; the command adds
// its flags' validation and output format.
export {
  knownServices,
  mappingMatches,
  matchesFilters,
  normalizeFrameworkId,
  SEVERITIES,
  type PolicyFilters,
} from "../../policypack/catalog/filters";

/** The output formats of `scopeguard policies`. */
export const POLICY_LIST_FORMATS = ["text", "json"] as const;
export type PolicyListFormat = (typeof POLICY_LIST_FORMATS)[number];

/** The options as the command line hands them over: strings, unvalidated. */
export interface RawPolicyFilters {
  readonly scope?: string;
  readonly framework?: string;
  readonly service?: string;
  readonly severity?: string;
  readonly format?: string;
}

/** Validated filters and format. */
export interface ParsedPolicyQuery {
  readonly filters: PolicyFilters;
  readonly format: PolicyListFormat;
}

/**
 * Checks `scopeguard policies` options and returns one message per invalid value, naming the flag
 * and what it accepts; an empty list means every value is valid. `policies` (the pack's own by
 * default) supplies the known services.
 */
export function validatePolicyFilters(
  raw: RawPolicyFilters,
  policies: readonly PolicyMetadata[] = POLICIES,
): string[] {
  const errors: string[] = [];
  if (raw.scope !== undefined && !/^[1-5]$/.test(raw.scope)) {
    errors.push(`--scope must be an integer from 1 to 5 (got "${raw.scope}")`);
  }
  if (raw.framework !== undefined && normalizeFrameworkId(raw.framework) === undefined) {
    errors.push(`--framework must be ${FRAMEWORK_ID_HELP} (got "${raw.framework}")`);
  }
  if (raw.service !== undefined) {
    const services = knownServices(policies);
    if (!services.includes(raw.service.trim().toLowerCase())) {
      errors.push(`--service must be one of ${services.join(", ")} (got "${raw.service}")`);
    }
  }
  if (raw.severity !== undefined && !(SEVERITIES as readonly string[]).includes(raw.severity)) {
    errors.push(`--severity must be one of ${SEVERITIES.join(", ")} (got "${raw.severity}")`);
  }
  if (raw.format !== undefined && !(POLICY_LIST_FORMATS as readonly string[]).includes(raw.format)) {
    errors.push(`--format must be one of ${POLICY_LIST_FORMATS.join(", ")} (got "${raw.format}")`);
  }
  return errors;
}

/** Validates and normalizes the options: the filters and format, or every problem found. */
export function parsePolicyFilters(
  raw: RawPolicyFilters,
  policies: readonly PolicyMetadata[] = POLICIES,
): { ok: true; query: ParsedPolicyQuery } | { ok: false; errors: string[] } {
  const errors = validatePolicyFilters(raw, policies);
  if (errors.length > 0) {
    return { ok: false, errors };
  }
  const filters: PolicyFilters = {
    ...(raw.scope === undefined ? {} : { scope: Number(raw.scope) as Scope }),
    ...(raw.framework === undefined ? {} : { framework: normalizeFrameworkId(raw.framework)! }),
    ...(raw.service === undefined ? {} : { service: raw.service.trim().toLowerCase() }),
    ...(raw.severity === undefined ? {} : { severity: raw.severity as Severity }),
  };
  return { ok: true, query: { filters, format: (raw.format ?? "text") as PolicyListFormat } };
}
