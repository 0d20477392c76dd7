import {
  CISA_NCSC_STAGES,
  MITRE_ATLAS_ID_PATTERN,
  NIST_CSF_CATEGORIES,
  NIST_CSF_FUNCTIONS,
  NIST_CSF_ID_PATTERN,
  OWASP_LLM_ID_PATTERN,
} from "../../policypack/catalog/frameworks";
import { SEED_ITEMS } from "../../policypack/catalog/seed-items";
import type { PolicyMetadata, Severity } from "../../policypack/framework/types";
import { POLICIES } from "../../policypack/policies";
import type { Scope } from "../../policypack/vocabulary";

/** Filters of `scopeguard policies`; each one given narrows the list, all must hold. */
export interface PolicyFilters {
  /** Policies in force at this scope: those whose minimum scope is at most it. */
  readonly scope?: Scope;
  /**
   * A framework id the policy maps to: a NIST CSF 2.0 subcategory (`PR.DS-01`), category (`PR.DS`)
   * or function (`PR`); an OWASP LLM id (`LLM01`); a MITRE ATLAS id (`AML.M0012`; a technique
   * also matches its sub-techniques); a CISA/NCSC stage (`secure-design`); or a seed item id.
   * Normalized by {@link parsePolicyFilters}.
   */
  readonly framework?: string;
  /** An AWS service the policy looks at, lower case (`bedrock`). */
  readonly service?: string;
  /** Exactly this severity. */
  readonly severity?: Severity;
}

/** The output formats of `scopeguard policies`. */
export const POLICY_LIST_FORMATS = ["text", "json"] as const;
export type PolicyListFormat = (typeof POLICY_LIST_FORMATS)[number];

/** The severities, least serious first, as `--severity` accepts them. */
export const SEVERITIES: readonly Severity[] = ["low", "medium", "high", "critical"];

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

const has = (record: Readonly<Record<string, unknown>>, key: string) =>
  Object.prototype.hasOwnProperty.call(record, key);

const SEED_IDS = new Set(SEED_ITEMS.map((i) => i.id));

/**
 * The canonical form of a `--framework` value (`llm01` → `LLM01`, `Secure-Design` →
 * `secure-design`), or `undefined` when it is not shaped like any id the catalog knows.
 */
export function normalizeFrameworkId(raw: string): string | undefined {
  const value = raw.trim();
  const upper = value.toUpperCase();
  if (
    NIST_CSF_ID_PATTERN.test(upper) ||
    OWASP_LLM_ID_PATTERN.test(upper) ||
    has(NIST_CSF_CATEGORIES, upper) ||
    has(NIST_CSF_FUNCTIONS, upper)
  ) {
    return upper;
  }
  // ATLAS ids are `AML.` followed by `T` or `M`, written in upper case.
  if (MITRE_ATLAS_ID_PATTERN.test(upper)) {
    return upper;
  }
  const lower = value.toLowerCase();
  if (has(CISA_NCSC_STAGES, lower) || SEED_IDS.has(lower)) {
    return lower;
  }
  return undefined;
}

/** Every service some policy looks at, sorted. */
export function knownServices(policies: readonly PolicyMetadata[]): string[] {
  return [...new Set(policies.flatMap((p) => p.services))].sort();
}

const FRAMEWORK_HELP =
  "a NIST CSF 2.0 id (PR.DS-01, or a category such as PR.DS), an OWASP LLM 2025 id (LLM01 to LLM10), " +
  `a MITRE ATLAS id (such as AML.T0051 or AML.M0012), a CISA/NCSC stage (${Object.keys(CISA_NCSC_STAGES).join(", ")}) ` +
  "or a seed item id (such as csf.pr-encryption)";

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
    errors.push(`--framework must be ${FRAMEWORK_HELP} (got "${raw.framework}")`);
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

/** True when the mapping id `id` is `wanted` or lies under it (`PR.DS-01` under `PR.DS`). */
export function mappingMatches(id: string, wanted: string): boolean {
  return id === wanted || id.startsWith(`${wanted}-`) || id.startsWith(`${wanted}.`);
}

/** True when a policy passes every given filter. */
export function matchesFilters(policy: PolicyMetadata, filters: PolicyFilters): boolean {
  if (filters.scope !== undefined && policy.minScope > filters.scope) {
    return false;
  }
  if (filters.severity !== undefined && policy.severity !== filters.severity) {
    return false;
  }
  if (filters.service !== undefined && !policy.services.includes(filters.service)) {
    return false;
  }
  if (filters.framework !== undefined) {
    const m = policy.mappings;
    const all = [...m.nistCsf, ...m.owaspLlm, ...m.mitreAtlas, ...m.cisaNcsc, ...m.seedItems];
    if (!all.some((id) => mappingMatches(id, filters.framework!))) {
      return false;
    }
  }
  return true;
}
