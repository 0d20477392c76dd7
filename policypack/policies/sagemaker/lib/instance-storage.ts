import { hasLocalStorage } from "../../../vocabulary";

/**
 * Whether a volume KMS key can and must be set for the given instance types: only when at least
 * one of them attaches an EBS volume. An empty list (serverless) needs none. Reading the types may
 * throw the SDK's unknown-value error; the caller decides whether that matters.
 */
export function needsVolumeKey(readTypes: () => unknown[]): boolean {
  const types = readTypes().filter((t): t is string => typeof t === "string");
  return types.some((t) => !hasLocalStorage(t));
}
