import type { PolicyDefinition } from "../../framework/types";

/** compute policies. */
export const COMPUTE_POLICIES: readonly PolicyDefinition[] = [];
