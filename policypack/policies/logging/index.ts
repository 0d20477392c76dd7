import type { PolicyDefinition } from "../../framework/types";

/** logging policies. */
export const LOGGING_POLICIES: readonly PolicyDefinition[] = [];
