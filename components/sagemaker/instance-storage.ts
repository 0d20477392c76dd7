/**
 * SageMaker ML instance types. Which of them have local NVMe storage (and so take no volume key)
 * is the shared vocabulary's `hasLocalStorage`, the rule the policy pack applies too.
 */
export { hasLocalStorage } from "../../policypack/vocabulary";

/** `ml.m5.large`, `ml.g5.2xlarge`, `ml.p4d.24xlarge`, `ml.inf2.xlarge`. */
const ML_INSTANCE_TYPE = /^ml\.[a-z0-9-]+\.[a-z0-9]+$/;

/** True for a SageMaker ML instance type (`ml.<family>.<size>`). */
export function isMlInstanceType(value: unknown): value is string {
  return typeof value === "string" && ML_INSTANCE_TYPE.test(value);
}
