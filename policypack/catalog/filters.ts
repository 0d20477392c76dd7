import type { PolicyMetadata, Severity } from "../framework/types";
import type { Scope } from "../vocabulary";
import {
  CISA_NCSC_STAGES,
  MITRE_ATLAS_ID_PATTERN,
  NIST_CSF_CATEGORIES,
  NIST_CSF_FUNCTIONS,
  NIST_CSF_ID_PATTERN,
  OWASP_LLM_ID_PATTERN,
} from "./frameworks";
import { SEED_ITEMS } from "./seed-items";

/**
 * How a catalog query narrows the policies: each filter given must hold. The `scopeguard policies`
 * command and the composition API ({@link ../compose}) both select with it, so a filter means the
 * same thing in both.
 */
export interface PolicyFilters {
  /** Policies in force at this scope: those whose minimum scope is at most it. */
  readonly scope?: Scope;
  /**
   * A framework id the policy maps to: a NIST CSF 2.0 subcategory (`PR.DS-01`), category (`PR.DS`)
   * or function (`PR`); an OWASP LLM id (`LLM01`); a MITRE ATLAS id (`AML.M0012`; a technique
   * also matches its sub-techniques); a CISA/NCSC stage (`secure-design`); or a seed item id.
   * Must be in the form {@link normalizeFrameworkId} returns.
   */
  readonly framework?: string;
  /** An AWS service the policy looks at, lower case (`bedrock`). */
  readonly service?: string;
  /** Exactly this severity. */
  readonly severity?: Severity;
}

/** The severities, least serious first. */
export const SEVERITIES: readonly Severity[] = ["low", "medium", "high", "critical"];

const has = (record: Readonly<Record<string, unknown>>, key: string) =>
  Object.prototype.hasOwnProperty.call(record, key);

const SEED_IDS = new Set(SEED_ITEMS.map((i) => i.id));

/**
 * The canonical form of a framework id (`llm01` → `LLM01`, `Secure-Design` → `secure-design`),
 * or `undefined` when it is not shaped like any id the catalog knows.
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

/** What a framework id may be, for error messages. */
export const FRAMEWORK_ID_HELP =
  "a NIST CSF 2.0 id (PR.DS-01, or a category such as PR.DS), an OWASP LLM 2025 id (LLM01 to LLM10), " +
  `a MITRE ATLAS id (such as AML.T0051 or AML.M0012), a CISA/NCSC stage (${Object.keys(CISA_NCSC_STAGES).join(", ")}) ` +
  "or a seed item id (such as csf.pr-encryption)";

/** Every service some policy looks at, sorted. */
export function knownServices(policies: readonly PolicyMetadata[]): string[] {
  return [...new Set(policies.flatMap((p) => p.services))].sort();
}

/** True when the mapping id `id` is `wanted` or lies under it (`PR.DS-01` under `PR.DS`). */
export function mappingMatches(id: string, wanted: string): boolean {
  return id === wanted || id.startsWith(`${wanted}-`) || id.startsWith(`${wanted}.`);
}

/** True when the policy maps to the framework id `wanted` (canonical form) or to an id under it. */
export function mapsToFramework(policy: PolicyMetadata, wanted: string): boolean {
  const m = policy.mappings;
  const all = [...m.nistCsf, ...m.owaspLlm, ...m.mitreAtlas, ...m.cisaNcsc, ...m.seedItems];
  return all.some((id) => mappingMatches(id, wanted));
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
  if (filters.framework !== undefined && !mapsToFramework(policy, filters.framework)) {
    return false;
  }
  return true;
}
