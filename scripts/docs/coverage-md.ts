import { COMPONENT_FOLDERS } from "../../policypack/catalog/components";
import {
  COVERAGE_STATUSES,
  seedItemCoverage,
  summarizeCoverage,
  type CoverageStatus,
  type ItemCoverage,
} from "../../policypack/catalog/derive";
import { SEEDS, type SeedItem } from "../../policypack/catalog/seed-items";
import type { PolicyMetadata } from "../../policypack/framework/types";
import { code, count, DOCS_COMMAND, generatedBanner, link, prose, table } from "./markdown";

/** How each status is written in the doc. */
export const STATUS_LABELS: Readonly<Record<CoverageStatus, string>> = {
  "enforced-and-provisioned": "enforced + provisioned",
  enforced: "enforced",
  provisioned: "provisioned",
  "outside-iac": "outside IaC",
  uncovered: "NOT COVERED",
};

function enforcedDetail(c: ItemCoverage): string {
  return `by ${c.enforcedBy.map((name) => link(name, "policies.md", name)).join(", ")}`;
}

/** The detail cell: which policies, which components and how, or why it is outside IaC. */
export function coverageDetail(c: ItemCoverage): string {
  const d = c.item.disposition;
  const parts: string[] = [];
  if (c.enforcedBy.length > 0) {
    parts.push(`Enforced ${enforcedDetail(c)}.`);
  }
  if (d.kind === "provisioned") {
    parts.push(`Provisioned by ${d.components.map(code).join(", ")}: ${prose(d.how)}`);
  } else if (d.kind === "outside-iac" && c.enforcedBy.length === 0) {
    parts.push(prose(d.why));
  } else if (d.kind === "enforced" && c.enforcedBy.length === 0) {
    parts.push("Marked enforced, but no policy lists it yet.");
  }
  if (d.kind === "enforced" && d.note !== undefined) {
    parts.push(prose(d.note));
  }
  return parts.join(" ");
}

/** Sections of one seed's items, in the order the seed presents them. */
function sections(items: readonly ItemCoverage[]): [section: string, items: ItemCoverage[]][] {
  const map = new Map<string, ItemCoverage[]>();
  for (const c of items) {
    map.set(c.item.section, [...(map.get(c.item.section) ?? []), c]);
  }
  return [...map];
}

/**
 * Renders `docs/coverage.md`: per seed and section, every seed item with its coverage (enforced
 * by which policies, derived from `mappings.seedItems`; provisioned by which components; or why
 * it is outside infrastructure as code), after a summary of counts per seed.
 */
export function renderCoverageDoc(items: readonly SeedItem[], policies: readonly PolicyMetadata[]): string {
  const coverage = seedItemCoverage(items, policies);
  const summary = summarizeCoverage(coverage);
  const totals = COVERAGE_STATUSES.map((s) => summary.reduce((n, row) => n + row.byStatus[s], 0));
  const summaryRows = [
    ...summary.map((row) => [
      `${row.seed} ${SEEDS[row.seed].title}`,
      String(row.total),
      ...COVERAGE_STATUSES.map((s) => String(row.byStatus[s])),
    ]),
    ["**all seeds**", String(coverage.length), ...totals.map(String)],
  ];
  const componentRows = Object.keys(COMPONENT_FOLDERS)
    .sort()
    .map((folder) => [code(folder), COMPONENT_FOLDERS[folder]]);

  const out = [
    generatedBanner(DOCS_COMMAND),
    "",
    "# Seed checklist coverage",
    "",
    `scopeguard is built from five seed documents. This page lists all ${count(coverage.length, "item")} ` +
      "they ask for and what scopeguard does about each:",
    "",
    "- **enforced**: a policy of the pack checks it (the policies listing the item in `mappings.seedItems`);",
    "- **provisioned**: scopeguard components provide it by default (folders named), often enforced as well;",
    "- **outside IaC**: an organisational, human or application-level activity that infrastructure cannot express; the reason is given.",
    "",
    "## Summary",
    "",
    table(["seed", "items", ...COVERAGE_STATUSES.map((s) => STATUS_LABELS[s])], summaryRows),
    "",
    "## Components",
    "",
    table(["folder", "provides"], componentRows),
  ];
  const seedIds = [...new Set(coverage.map((c) => c.item.seed))].sort();
  for (const seedId of seedIds) {
    const seed = SEEDS[seedId];
    const own = coverage.filter((c) => c.item.seed === seedId);
    out.push("", `## Seed ${seed.id}: ${seed.title}`, "", `${seed.about} ${count(own.length, "item")}.`);
    for (const [section, list] of sections(own)) {
      const rows = list.map((c) => [
        `<a id="${c.item.id}"></a>${code(c.item.id)}`,
        prose(c.item.summary),
        STATUS_LABELS[c.status],
        coverageDetail(c),
      ]);
      out.push("", `### ${section}`, "", table(["item", "summary", "coverage", "detail"], rows));
    }
  }
  return out.join("\n") + "\n";
}
