import type { PolicyDefinition } from "../../framework/types";

/** bedrock policies. */
export const BEDROCK_POLICIES: readonly PolicyDefinition[] = [];
