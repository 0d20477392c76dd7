import type { PolicyDefinition } from "../../framework/types";

/** vectorstore policies. */
export const VECTORSTORE_POLICIES: readonly PolicyDefinition[] = [];
