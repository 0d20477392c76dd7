/**
 * Instance types whose storage is local NVMe (`ml.g5`, `ml.p4d`, `ml.trn1`, any family with a `d`
 * such as `ml.m5d`, with or without the SageMaker `ml.` prefix). The instance hardware encrypts
 * those volumes and SageMaker rejects a volume KMS key (and a volume size) for them: the components
 * leave both out there, and the policies do not ask for a key.
 */
const LOCAL_STORAGE_FAMILY = /^(?:ml\.)?(?:[a-z]+\d+[a-z]*d[a-z]*|g5|g6e?|gr6|p5[a-z]*|trn\d[a-z]*|dl1)\./i;

/** True for an instance type whose storage is local NVMe, encrypted by the instance. */
export function hasLocalStorage(instanceType: string): boolean {
  return LOCAL_STORAGE_FAMILY.test(instanceType.trim());
}
