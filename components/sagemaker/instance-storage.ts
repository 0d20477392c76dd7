/**
 * SageMaker ML instance types, and those with local NVMe storage. The pattern is the policy
 * pack's (`hasLocalStorage` in policies/sagemaker/instance-storage.ts, which a test keeps in
 * step): components import nothing from the pack's policies, so it is written here once more.
 *
 * Instances with local NVMe storage (`ml.g5`, `ml.p4d`, `ml.trn1`, any family with a `d` such as
 * `ml.m5d`) have their volumes encrypted by the hardware, and SageMaker rejects a volume KMS key
 * (and a volume size) for them: the components leave both out there, and the pack does not ask.
 */
const LOCAL_STORAGE_FAMILY = /^(?:ml\.)?(?:[a-z]+\d+[a-z]*d[a-z]*|g5|g6e?|gr6|p5[a-z]*|trn\d[a-z]*|dl1)\./i;

/** `ml.m5.large`, `ml.g5.2xlarge`, `ml.p4d.24xlarge`, `ml.inf2.xlarge`. */
const ML_INSTANCE_TYPE = /^ml\.[a-z0-9-]+\.[a-z0-9]+$/;

/** True for an instance type whose storage is local NVMe, encrypted by the instance. */
export function hasLocalStorage(instanceType: string): boolean {
  return LOCAL_STORAGE_FAMILY.test(instanceType.trim());
}

/** True for a SageMaker ML instance type (`ml.<family>.<size>`). */
export function isMlInstanceType(value: unknown): value is string {
  return typeof value === "string" && ML_INSTANCE_TYPE.test(value);
}
