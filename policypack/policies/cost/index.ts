import type { PolicyDefinition } from "../../framework/types";

/** cost policies. */
export const COST_POLICIES: readonly PolicyDefinition[] = [];
