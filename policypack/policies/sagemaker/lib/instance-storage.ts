/**
 * ML instance families with local NVMe storage (`ml.g5`, `ml.p4d`, `ml.trn1`, any family with a
 * `d` such as `ml.m5d`). Their volumes are encrypted by the instance hardware, and SageMaker rejects
 * a volume KMS key for them, so a policy must not ask for one.
 */
const LOCAL_STORAGE_FAMILY = /^(?:ml\.)?(?:[a-z]+\d+[a-z]*d[a-z]*|g5|g6e?|gr6|p5[a-z]*|trn\d[a-z]*|dl1)\./i;

export function hasLocalStorage(instanceType: string): boolean {
  return LOCAL_STORAGE_FAMILY.test(instanceType.trim());
}

/**
 * Whether a volume KMS key can and must be set for the given instance types: only when at least
 * one of them attaches an EBS volume. An empty list (serverless) needs none. Reading the types may
 * throw the SDK's unknown-value error; the caller decides whether that matters.
 */
export function needsVolumeKey(readTypes: () => unknown[]): boolean {
  const types = readTypes().filter((t): t is string => typeof t === "string");
  return types.some((t) => !hasLocalStorage(t));
}
