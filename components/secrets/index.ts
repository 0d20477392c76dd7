export * from "./ai-provider-secret";
export * from "./ai-provider-secret-args";
export * from "./secret-validation";
/** The provider tag and the longest rotation interval, shared with the policy pack. */
export { AI_PROVIDER_TAG, MAX_AI_KEY_ROTATION_DAYS } from "../../policypack/vocabulary";
