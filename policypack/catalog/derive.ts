import type { PolicyMetadata } from "../framework/types";
import type { SeedId, SeedItem } from "./seed-items";

/**
 * How a seed item is covered once the policies are taken into account. Enforcement is derived
 * from the policies' `mappings.seedItems`; everything else comes from the item's disposition.
 */
export type CoverageStatus =
  /** Listed by at least one policy and provided by components. */
  | "enforced-and-provisioned"
  /** Listed by at least one policy. */
  | "enforced"
  /** Provided by components, no policy checks it. */
  | "provisioned"
  /** Not expressible as infrastructure. */
  | "outside-iac"
  /** Marked enforced, but no policy lists it: a gap the catalog tests report. */
  | "uncovered";

/** Every status, in the order reports list them. */
export const COVERAGE_STATUSES: readonly CoverageStatus[] = [
  "enforced-and-provisioned",
  "enforced",
  "provisioned",
  "outside-iac",
  "uncovered",
];

/** A seed item with the policies that enforce it. */
export interface ItemCoverage {
  readonly item: SeedItem;
  /** Names of the policies listing the item in `mappings.seedItems`, sorted. */
  readonly enforcedBy: readonly string[];
  readonly status: CoverageStatus;
}

/** Counts of one seed's items by status. */
export interface SeedCoverageSummary {
  readonly seed: SeedId;
  readonly total: number;
  readonly byStatus: Readonly<Record<CoverageStatus, number>>;
}

/** Policy names by the seed item ids they list, each list sorted; ids nobody lists are absent. */
export function enforcersBySeedItem(
  policies: readonly PolicyMetadata[],
): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const id of policy.mappings?.seedItems ?? []) {
      const names = map.get(id) ?? new Set<string>();
      names.add(policy.name);
      map.set(id, names);
    }
  }
  return new Map([...map].map(([id, names]) => [id, [...names].sort()]));
}

/** The status of one item, given the policies that list it. */
export function statusOf(item: SeedItem, enforcedBy: readonly string[]): CoverageStatus {
  const isEnforced = enforcedBy.length > 0;
  switch (item.disposition.kind) {
    case "provisioned":
      return isEnforced ? "enforced-and-provisioned" : "provisioned";
    case "outside-iac":
      // A policy listing an outside-IaC item contradicts the catalog; it is reported by the
      // validation, and shown as what is true: a policy checks it.
      return isEnforced ? "enforced" : "outside-iac";
    case "enforced":
      return isEnforced ? "enforced" : "uncovered";
  }
}

/** Every item with its enforcing policies and status, in catalog order. */
export function seedItemCoverage(
  items: readonly SeedItem[],
  policies: readonly PolicyMetadata[],
): ItemCoverage[] {
  const enforcers = enforcersBySeedItem(policies);
  return items.map((item) => {
    const enforcedBy = enforcers.get(item.id) ?? [];
    return { item, enforcedBy, status: statusOf(item, enforcedBy) };
  });
}

function zeroCounts(): Record<CoverageStatus, number> {
  return Object.fromEntries(COVERAGE_STATUSES.map((s) => [s, 0])) as Record<CoverageStatus, number>;
}

/** Per-seed counts by status, seeds in ascending order (only seeds that have items). */
export function summarizeCoverage(coverage: readonly ItemCoverage[]): SeedCoverageSummary[] {
  const bySeed = new Map<SeedId, Record<CoverageStatus, number>>();
  for (const { item, status } of coverage) {
    const counts = bySeed.get(item.seed) ?? zeroCounts();
    counts[status]++;
    bySeed.set(item.seed, counts);
  }
  return [...bySeed.keys()].sort().map((seed) => {
    const byStatus = bySeed.get(seed)!;
    const total = COVERAGE_STATUSES.reduce((sum, s) => sum + byStatus[s], 0);
    return { seed, total, byStatus };
  });
}
