import type { PolicyDefinition } from "../../framework/types";

/** iam policies. */
export const IAM_POLICIES: readonly PolicyDefinition[] = [];
