import type { PolicyDefinition } from "../../framework/types";

/** sagemaker policies. */
export const SAGEMAKER_POLICIES: readonly PolicyDefinition[] = [];
