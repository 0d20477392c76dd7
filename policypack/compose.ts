import type { EnforcementLevel, Policies, PolicyResource } from "@pulumi/policy";
import {
  FRAMEWORK_ID_HELP,
  knownServices,
  matchesFilters,
  normalizeFrameworkId,
  SEVERITIES,
} from "./catalog/filters";
import { toSdkPolicy } from "./framework/adapter";
import { withExemptions } from "./framework/own-policies";
import {
  EXEMPTION_REPORT_POLICY_NAME,
  exemptionReportPolicy,
  settingsPolicy,
} from "./framework/settings-policy";
import { SETTINGS_POLICY_NAME } from "./framework/settings";
import type { PolicyDefinition, Severity } from "./framework/types";
import { POLICIES } from "./policies";
import { isScope, type Scope } from "./vocabulary";

/** The levels a policy can be set to, in the SDK's own terms. */
export const ENFORCEMENT_LEVELS: readonly EnforcementLevel[] = [
  "advisory",
  "mandatory",
  "remediate",
  "disabled",
];

/**
 * Enforcement levels that replace the ones scopeguard's policies ship with. The most specific
 * wins: `byName`, then `bySeverity`, then `all`. The pack config (`--policy-pack-config`) can
 * still change any of them per stack, as for every Pulumi policy.
 */
export interface EnforcementOverrides {
  /**
   * The level of every selected scopeguard policy.
   * @default undefined (each policy keeps the level it ships with)
   */
  readonly all?: EnforcementLevel;
  /**
   * The level of the policies of a severity, for example `{ critical: "mandatory", low: "advisory" }`.
   * @default {} (no severity overridden)
   */
  readonly bySeverity?: Readonly<Partial<Record<Severity, EnforcementLevel>>>;
  /**
   * The level of named policies, for example `{ "s3-versioning-enabled": "advisory" }`.
   * @default {} (no policy overridden by name)
   */
  readonly byName?: Readonly<Record<string, EnforcementLevel>>;
}

/**
 * What to take from scopeguard's catalog and how to enforce it. The filters narrow the catalog
 * (all given filters must hold; a policy passes a list filter when it matches any entry), then
 * `include` adds policies back and `exclude` removes them.
 */
export interface ScopeguardPolicyOptions {
  /**
   * Keep the policies in force at this Generative AI Security Scoping Matrix scope (1 to 5): those
   * whose minimum scope is at most it. Each policy still checks the scope of the stack it runs on.
   * @default undefined (the policies of every scope)
   */
  readonly scope?: Scope;
  /**
   * Keep the policies mapped to any of these framework ids: NIST CSF 2.0 (`PR.DS-01`, `PR.DS`,
   * `PR`), OWASP LLM 2025 (`LLM02`), MITRE ATLAS (`AML.M0012`), CISA/NCSC stage
   * (`secure-deployment`) or a seed item id. Case does not matter.
   * @default [] (no framework filter)
   */
  readonly frameworks?: readonly string[];
  /**
   * Keep the policies that look at any of these AWS services (`bedrock`, `s3`, `kms`...).
   * @default [] (no service filter)
   */
  readonly services?: readonly string[];
  /**
   * Keep the policies of any of these severities.
   * @default [] (no severity filter)
   */
  readonly severities?: readonly Severity[];
  /**
   * Keep only these policies, by name.
   * @default [] (no name filter)
   */
  readonly names?: readonly string[];
  /**
   * Add these policies whatever the filters say.
   * @default []
   */
  readonly include?: readonly string[];
  /**
   * Leave these policies out whatever the other options say.
   * @default []
   */
  readonly exclude?: readonly string[];
  /**
   * Enforcement levels replacing the shipped ones.
   * @default {} (every policy keeps its shipped level)
   */
  readonly enforcement?: EnforcementOverrides;
  /**
   * Your own policies, run after scopeguard's. Exemptions in the `scopeguard-settings` config apply
   * to them too, and the exemption report shows what they hid. Their names must not clash with a
   * scopeguard policy.
   * @default []
   */
  readonly policies?: Policies;
}

const OPTION_KEYS: readonly (keyof ScopeguardPolicyOptions)[] = [
  "scope",
  "frameworks",
  "services",
  "severities",
  "names",
  "include",
  "exclude",
  "enforcement",
  "policies",
];
const ENFORCEMENT_KEYS: readonly (keyof EnforcementOverrides)[] = ["all", "bySeverity", "byName"];

const fail = (message: string): never => {
  throw new Error(`scopeguardPolicies: ${message}`);
};

function checkKeys(value: object, known: readonly string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      fail(`unknown option ${where}${key}; the options are ${known.join(", ")}`);
    }
  }
}

function checkList(option: string, value: unknown): readonly string[] {
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    fail(`${option} must be a list of strings`);
  }
  return value as readonly string[];
}

function checkNames(option: string, names: readonly string[], catalog: ReadonlySet<string>): void {
  for (const name of names) {
    if (!catalog.has(name)) {
      fail(`${option}: "${name}" is not a scopeguard policy name (\`scopeguard policies\` lists them)`);
    }
  }
}

function checkLevel(option: string, level: unknown): void {
  if (!(ENFORCEMENT_LEVELS as readonly unknown[]).includes(level)) {
    fail(`${option} must be one of ${ENFORCEMENT_LEVELS.join(", ")} (got ${JSON.stringify(level)})`);
  }
}

/** Canonical framework ids, each checked to be well formed and mapped by some policy. */
function checkFrameworks(raw: readonly string[], catalog: readonly PolicyDefinition[]): string[] {
  return raw.map((id) => {
    const canonical = normalizeFrameworkId(id);
    if (canonical === undefined) {
      return fail(`frameworks: "${id}" is not a framework id; use ${FRAMEWORK_ID_HELP}`);
    }
    if (!catalog.some((p) => matchesFilters(p, { framework: canonical }))) {
      fail(`frameworks: no scopeguard policy maps to "${canonical}"`);
    }
    return canonical;
  });
}

function checkEnforcement(value: unknown, names: ReadonlySet<string>): EnforcementOverrides {
  if (value === undefined) {
    return {};
  }
  if (typeof value !== "object" || value === null) {
    return fail("enforcement must be an object with all, bySeverity or byName");
  }
  checkKeys(value, ENFORCEMENT_KEYS, "enforcement.");
  const overrides = value as EnforcementOverrides;
  if (overrides.all !== undefined) {
    checkLevel("enforcement.all", overrides.all);
  }
  for (const [severity, level] of Object.entries(overrides.bySeverity ?? {})) {
    if (!(SEVERITIES as readonly string[]).includes(severity)) {
      fail(`enforcement.bySeverity has "${severity}", which is not a severity; use ${SEVERITIES.join(", ")}`);
    }
    checkLevel(`enforcement.bySeverity.${severity}`, level);
  }
  const byName = overrides.byName ?? {};
  checkNames("enforcement.byName", Object.keys(byName), names);
  for (const [name, level] of Object.entries(byName)) {
    checkLevel(`enforcement.byName["${name}"]`, level);
  }
  return overrides;
}

/** The scopeguard policies the options select, in catalog order, validated. */
export function selectPolicies(
  options: ScopeguardPolicyOptions = {},
  catalog: readonly PolicyDefinition[] = POLICIES,
): PolicyDefinition[] {
  checkKeys(options, OPTION_KEYS, "");
  const names = new Set(catalog.map((p) => p.name));
  if (options.scope !== undefined && !isScope(options.scope)) {
    fail(`scope must be an integer from 1 to 5 (got ${JSON.stringify(options.scope)})`);
  }
  const frameworks = checkFrameworks(checkList("frameworks", options.frameworks), catalog);
  const services = checkList("services", options.services).map((s) => s.trim().toLowerCase());
  const known = knownServices(catalog);
  for (const service of services) {
    if (!known.includes(service)) {
      fail(`services: "${service}" is not a service any scopeguard policy looks at; use ${known.join(", ")}`);
    }
  }
  const severities = checkList("severities", options.severities);
  for (const severity of severities) {
    if (!(SEVERITIES as readonly string[]).includes(severity)) {
      fail(`severities: "${severity}" is not a severity; use ${SEVERITIES.join(", ")}`);
    }
  }
  const only = checkList("names", options.names);
  const include = checkList("include", options.include);
  const exclude = checkList("exclude", options.exclude);
  checkNames("names", only, names);
  checkNames("include", include, names);
  checkNames("exclude", exclude, names);
  const anyOf = <T>(values: readonly T[], test: (value: T) => boolean) =>
    values.length === 0 || values.some(test);
  const selected = (p: PolicyDefinition) =>
    matchesFilters(p, { scope: options.scope }) &&
    anyOf(frameworks, (framework) => matchesFilters(p, { framework })) &&
    anyOf(services, (service) => matchesFilters(p, { service })) &&
    anyOf(severities, (severity) => matchesFilters(p, { severity: severity as Severity })) &&
    anyOf(only, (name) => p.name === name);
  return catalog.filter((p) => (selected(p) || include.includes(p.name)) && !exclude.includes(p.name));
}

/** The level a policy runs at once the overrides apply: by name, else by severity, else all. */
export function effectiveEnforcement(
  policy: PolicyDefinition,
  overrides: EnforcementOverrides,
): EnforcementLevel {
  return (
    overrides.byName?.[policy.name] ??
    overrides.bySeverity?.[policy.severity] ??
    overrides.all ??
    policy.enforcementLevel
  );
}

/**
 * scopeguard's policies, selected and enforced as `options` say, with your own policies beside
 * them, ready for a pack of your own:
 *
 * ```ts
 * new PolicyPack("acme", { policies: scopeguardPolicies({ scope: 3, policies: [acmeTagging] }) });
 * ```
 *
 * The result always starts with the `scopeguard-settings` policy (the stack's scope and the
 * exemptions, read from the pack config) and ends with the `exemption-applied` report, so scope
 * and exemptions work as in scopeguard's own pack. Throws an Error naming the offending value
 * when an option is unknown or invalid.
 */
export function scopeguardPolicies(
  options: ScopeguardPolicyOptions = {},
  catalog: readonly PolicyDefinition[] = POLICIES,
): Policies {
  const selected = selectPolicies(options, catalog);
  const overrides = checkEnforcement(options.enforcement, new Set(catalog.map((p) => p.name)));
  const own = options.policies ?? [];
  if (!Array.isArray(own)) {
    fail("policies must be a list of policies");
  }
  const reserved = new Set([
    ...catalog.map((p) => p.name),
    SETTINGS_POLICY_NAME,
    EXEMPTION_REPORT_POLICY_NAME,
  ]);
  const seen = new Set<string>();
  for (const policy of own) {
    if (reserved.has(policy.name)) {
      fail(`policies: "${policy.name}" is the name of a scopeguard policy; give your policy another name`);
    }
    if (seen.has(policy.name)) {
      fail(`policies: "${policy.name}" is given twice; policy names must be unique`);
    }
    seen.add(policy.name);
  }
  const exemptible = [...selected.map((p) => p.name), ...own.map((p) => p.name)];
  return [
    settingsPolicy(exemptible),
    ...selected.map((p) => ({ ...toSdkPolicy(p), enforcementLevel: effectiveEnforcement(p, overrides) })),
    ...own.map(withExemptions),
    exemptionReportPolicy(),
  ];
}

/** Re-exported for your own policies' signatures. */
export type { EnforcementLevel, Policies, PolicyResource };
