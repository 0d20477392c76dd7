import type { PackInfo, PackPolicyInfo, ReportedLevel } from "../engine/types";
import type { DeclaredScope } from "./context";

/**
 * The catalog frameworks a policy's tags map to, in the order reports list them. The pack tags
 * every policy `<prefix>:<id>` (see `policypack/framework/sdk-metadata.ts`).
 */
export const FRAMEWORKS = [
  { prefix: "nist-csf", title: "NIST CSF 2.0" },
  { prefix: "owasp-llm", title: "OWASP Top 10 for LLM 2025" },
  { prefix: "mitre-atlas", title: "MITRE ATLAS" },
  { prefix: "cisa-ncsc", title: "CISA/NCSC secure AI guidelines" },
  { prefix: "seed", title: "seed checklist items" },
] as const;

/** How one framework is covered. */
export interface FrameworkCoverage {
  /** The tag prefix, e.g. `nist-csf`. */
  readonly framework: string;
  readonly title: string;
  /** Distinct ids any policy of the pack maps to, sorted. */
  readonly ids: readonly string[];
  /** Policies mapping to at least one id of the framework. */
  readonly policies: number;
  /** Distinct ids mapped by policies in force (applicable at the scope and not disabled), sorted. */
  readonly idsInForce: readonly string[];
  /** Policies in force mapping to the framework. */
  readonly policiesInForce: number;
}

/** Catalog coverage of a pack at a stack's scope. */
export interface CatalogCoverage {
  /** The declared scope applicability was judged at; `null` when the stack declares none. */
  readonly scope: number | null;
  readonly policies: {
    /** Every policy of the pack, support policies (like `scopeguard-settings`) included. */
    readonly total: number;
    /** Policies that apply at the scope and are not disabled: the ones that ran. */
    readonly inForce: number;
    /** Policies whose minimum scope (`scope:N+` tag) is above the declared scope. */
    readonly notApplicable: number;
    /** Policies the pack config (or the pack) disabled. */
    readonly disabled: number;
  };
  readonly frameworks: readonly FrameworkCoverage[];
}

/** The lowest scope from a `scope:N+` tag, or `undefined` when the policy has none. */
export function minScopeOf(policy: PackPolicyInfo): number | undefined {
  for (const tag of policy.tags) {
    const match = /^scope:([1-5])\+$/.exec(tag);
    if (match) {
      return Number(match[1]);
    }
  }
  return undefined;
}

const LEVELS: readonly ReportedLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

function levelIn(value: unknown): ReportedLevel | undefined {
  if (typeof value === "string" && (LEVELS as readonly string[]).includes(value)) {
    return value as ReportedLevel;
  }
  if (typeof value === "object" && value !== null) {
    return levelIn((value as { enforcementLevel?: unknown }).enforcementLevel);
  }
  return undefined;
}

/**
 * The level a policy runs at under Pulumi's `--policy-pack-config` rules: its own entry (a level
 * string, or an object with `enforcementLevel`), else the `all` entry, else the pack's level.
 */
export function effectiveLevel(
  policy: PackPolicyInfo,
  packConfig: Readonly<Record<string, unknown>> | undefined,
): ReportedLevel {
  return levelIn(packConfig?.[policy.name]) ?? levelIn(packConfig?.all) ?? policy.enforcementLevel;
}

/** Whether a policy applies at the declared scope (always, when none is declared). */
export function appliesAtScope(policy: PackPolicyInfo, declared: DeclaredScope | undefined): boolean {
  const min = minScopeOf(policy);
  return declared === undefined || min === undefined || min <= declared.scope;
}

/** Computes {@link CatalogCoverage} from the pack's policy tags. */
export function buildCoverage(
  pack: PackInfo,
  declared: DeclaredScope | undefined,
  packConfig?: Readonly<Record<string, unknown>>,
): CatalogCoverage {
  let inForce = 0;
  let notApplicable = 0;
  let disabled = 0;
  const running = new Set<PackPolicyInfo>();
  for (const policy of pack.policies) {
    if (effectiveLevel(policy, packConfig) === "disabled") {
      disabled++;
    } else if (!appliesAtScope(policy, declared)) {
      notApplicable++;
    } else {
      inForce++;
      running.add(policy);
    }
  }
  const frameworks = FRAMEWORKS.map(({ prefix, title }) => {
    const ids = new Set<string>();
    const idsInForce = new Set<string>();
    let policies = 0;
    let policiesInForce = 0;
    for (const policy of pack.policies) {
      const own = policy.tags
        .filter((t) => t.startsWith(`${prefix}:`))
        .map((t) => t.slice(prefix.length + 1));
      if (own.length === 0) {
        continue;
      }
      policies++;
      own.forEach((id) => ids.add(id));
      if (running.has(policy)) {
        policiesInForce++;
        own.forEach((id) => idsInForce.add(id));
      }
    }
    return {
      framework: prefix,
      title,
      ids: [...ids].sort(),
      policies,
      idsInForce: [...idsInForce].sort(),
      policiesInForce,
    };
  });
  return {
    scope: declared?.scope ?? null,
    policies: { total: pack.policies.length, inForce, notApplicable, disabled },
    frameworks,
  };
}
