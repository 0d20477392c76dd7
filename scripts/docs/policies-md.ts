import { describeFrameworkId, CISA_NCSC_STAGES, FRAMEWORK_TITLES } from "../../policypack/catalog/frameworks";
import type { PolicyDefinition, Severity } from "../../policypack/framework/types";
import { SCOPE_NAMES, SCOPES } from "../../policypack/vocabulary";
import { code, count, DOCS_COMMAND, generatedBanner, link, prose, table } from "./markdown";

/** Severities, most serious first. */
const SEVERITY_ORDER: readonly Severity[] = ["critical", "high", "medium", "low"];
const LEVEL_ORDER = ["mandatory", "remediate", "advisory"] as const;
const KIND_ORDER = ["resource", "stack"] as const;

/** `3+`: the policy applies at its minimum scope and every scope above. */
export function scopesLabel(minScope: number): string {
  return `${minScope}+`;
}

/** The domain of a policy: the folder it lives in, else its first service, else `other`. */
export function domainOf(policy: PolicyDefinition, domains: ReadonlyMap<string, string>): string {
  return domains.get(policy.name) ?? policy.services[0] ?? "other";
}

const byName = (a: PolicyDefinition, b: PolicyDefinition) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Policies grouped by domain: domains sorted, policies sorted by name within each. */
export function groupByDomain(
  policies: readonly PolicyDefinition[],
  domains: ReadonlyMap<string, string>,
): [domain: string, policies: PolicyDefinition[]][] {
  const groups = new Map<string, PolicyDefinition[]>();
  for (const p of policies) {
    const d = domainOf(p, domains);
    groups.set(d, [...(groups.get(d) ?? []), p]);
  }
  return [...groups.keys()].sort().map((d) => [d, groups.get(d)!.slice().sort(byName)]);
}

function tally<T extends string>(order: readonly T[], values: readonly T[]): string {
  return order.map((k) => `${k} ${values.filter((v) => v === k).length}`).join(" · ");
}

function ids(list: readonly string[]): string {
  return list.length === 0 ? "none" : list.map(describeFrameworkId).join("; ");
}

function policySection(p: PolicyDefinition): string {
  const m = p.mappings;
  const lines = [
    `### ${p.name}`,
    "",
    prose(p.description),
    "",
    `- **Severity:** ${p.severity}`,
    `- **Default level:** ${p.enforcementLevel}`,
    `- **Kind:** ${p.kind === "resource" ? "resource (checks one resource at a time)" : "stack (checks the resources of a stack together)"}`,
    `- **Scopes:** ${scopesLabel(p.minScope)} (${SCOPE_NAMES[p.minScope]} and above)`,
    `- **Services:** ${p.services.length === 0 ? "none (stack-wide)" : p.services.join(", ")}`,
  ];
  if (p.kind === "resource") {
    lines.push(`- **Resource types:** ${[...p.resourceTypes].sort().map(code).join(", ")}`);
  }
  lines.push(
    `- **${FRAMEWORK_TITLES["nist-csf"]}:** ${ids(m.nistCsf)}`,
    `- **OWASP LLM 2025:** ${ids(m.owaspLlm)}`,
    `- **MITRE ATLAS:** ${ids(m.mitreAtlas)}`,
    `- **CISA/NCSC stage:** ${m.cisaNcsc.length === 0 ? "none" : m.cisaNcsc.map((s) => CISA_NCSC_STAGES[s] ?? s).join("; ")}`,
    `- **Seed items:** ${m.seedItems.length === 0 ? "none" : m.seedItems.map((id) => link(code(id), "coverage.md", id)).join(", ")}`,
    "",
    `**Why:** ${prose(p.rationale)}`,
    "",
    `**How to fix:** ${prose(p.remediationSteps)}`,
  );
  return lines.join("\n");
}

/**
 * Renders `docs/policies.md` from the policy definitions: counts, a summary table, then one
 * section per policy (its name is the heading, so `docs/policies.md#<name>` links to it), grouped
 * by domain. `domains` maps policy names to the folder they live in (see `domains.ts`).
 */
export function renderPoliciesDoc(
  policies: readonly PolicyDefinition[],
  domains: ReadonlyMap<string, string>,
): string {
  const groups = groupByDomain(policies, domains);
  const summaryRows = groups.flatMap(([domain, list]) =>
    list.map((p) => [
      link(p.name, "", p.name),
      domain,
      p.severity,
      p.enforcementLevel,
      scopesLabel(p.minScope),
      p.services.join(", ") || "—",
    ]),
  );
  const out = [
    generatedBanner(DOCS_COMMAND),
    "",
    "# scopeguard policies",
    "",
    `The pack has ${count(policies.length, "policy", "policies")} in ${count(groups.length, "domain")}. ` +
      `A policy applies at its minimum scope and every scope above it: "3+" means scopes 3, 4 and 5. ` +
      "Levels are the defaults the pack ships with; the pack config can change them per policy.",
    "",
    "## Counts",
    "",
    `- **By severity:** ${tally(
      SEVERITY_ORDER,
      policies.map((p) => p.severity),
    )}`,
    `- **By default level:** ${tally(
      LEVEL_ORDER,
      policies.map((p) => p.enforcementLevel),
    )}`,
    `- **By kind:** ${tally(
      KIND_ORDER,
      policies.map((p) => p.kind),
    )}`,
    `- **By minimum scope:** ${SCOPES.map((s) => `${scopesLabel(s)} ${policies.filter((p) => p.minScope === s).length}`).join(" · ")}`,
    `- **By domain:** ${groups.map(([d, list]) => `${d} ${list.length}`).join(" · ")}`,
    "",
    "## Summary",
    "",
    table(["policy", "domain", "severity", "default level", "scopes", "services"], summaryRows),
  ];
  for (const [domain, list] of groups) {
    out.push("", `## ${domain} (${count(list.length, "policy", "policies")})`);
    for (const p of list) {
      out.push("", policySection(p));
    }
  }
  return out.join("\n") + "\n";
}
