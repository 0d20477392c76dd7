import type { PolicyDefinition } from "../../framework/types";

/** network policies. */
export const NETWORK_POLICIES: readonly PolicyDefinition[] = [];
