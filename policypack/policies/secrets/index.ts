import type { PolicyDefinition } from "../../framework/types";

/** secrets policies. */
export const SECRETS_POLICIES: readonly PolicyDefinition[] = [];
