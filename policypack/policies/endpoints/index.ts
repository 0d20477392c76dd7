import type { PolicyDefinition } from "../../framework/types";

/** endpoints policies. */
export const ENDPOINTS_POLICIES: readonly PolicyDefinition[] = [];
