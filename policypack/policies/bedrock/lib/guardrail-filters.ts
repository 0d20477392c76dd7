import { asList, field, first } from "../../../framework/values";
import { findDecidable } from "../../../framework/decidable";
import type { ResourceProps } from "../../../framework/types";

/** Filter strengths, weakest first, as the Bedrock API orders them. */
const STRENGTHS = ["NONE", "LOW", "MEDIUM", "HIGH"] as const;
export type Strength = (typeof STRENGTHS)[number];

/** The rank of a strength (NONE = 0 ... HIGH = 3); -1 for anything that is not a strength. */
export function strengthRank(value: unknown): number {
  return typeof value === "string" ? STRENGTHS.indexOf(value as Strength) : -1;
}

/**
 * The guardrail's content filters (`contentPolicyConfig.filtersConfigs`). Pulumi flattens the
 * one-element block either to an object or to a list, so both are accepted. Throws the SDK's
 * unknown-value error when the list itself is unknown: every filter decision depends on it.
 */
export function contentFilters(props: ResourceProps): unknown[] {
  return asList(field(first(props.contentPolicyConfig), "filtersConfigs"));
}

/** The filter of `type`, deciding from the known filter types (see {@link findDecidable}). */
export function findFilter(filters: readonly unknown[], type: string): unknown {
  return findDecidable(filters, (f) => field(f, "type") === type);
}

/** What is wrong with one direction (`input` or `output`) of a filter; `undefined` when it is sound. */
export function directionProblem(
  filter: unknown,
  direction: "input" | "output",
  minimum: Strength,
): string | undefined {
  const strength = field(filter, `${direction}Strength`);
  if (strengthRank(strength) < strengthRank(minimum)) {
    return `${direction}Strength is ${typeof strength === "string" ? strength : "not set"} (at least ${minimum} required)`;
  }
  if (field(filter, `${direction}Enabled`) === false) {
    return `${direction}Enabled is false`;
  }
  if (field(filter, `${direction}Action`) === "NONE") {
    return `${direction}Action is NONE, so it only detects`;
  }
  return undefined;
}
