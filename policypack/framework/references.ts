import { isCustomerManagedKey } from "../vocabulary/kms-keys";
import { tryRead } from "./unknowns";
import { isRecord } from "./values";

/**
 * Whether a reference (a key ARN, a subnet id, a list of topic ARNs, a launch-template block) is
 * given. During preview the ARN of a key created in the same stack is unknown, but it is still a
 * key: the decision depends on the reference's presence, not on its value, so an unknown counts as
 * set. What counts as given depends on the kind of reference, named by {@link ReferenceShape}.
 */

/**
 * - `string`: a non-empty string (an ARN, an id, a name); a list or a block is not a reference.
 * - `list`: a non-empty list, or a single non-empty string (subnet ids, subscriber addresses).
 * - `any`: a non-empty string, a non-empty list or a block (`launchTemplate`, `vpcConfig.subnets`).
 */
export type ReferenceShape = "string" | "list" | "any";

/** True when `read()` gives a reference of `shape`, or is unknown until the update. Never throws. */
export function isReferenceSet(read: () => unknown, shape: ReferenceShape = "any"): boolean {
  const result = tryRead(read);
  if (!result.known) {
    return true;
  }
  const value = result.value;
  if (typeof value === "string") {
    return value.trim() !== "";
  }
  if (Array.isArray(value)) {
    return shape !== "string" && value.length > 0;
  }
  return shape === "any" && isRecord(value);
}

/**
 * True when `read()` gives a customer-managed key (a non-empty key id, key ARN, alias or alias
 * ARN that does not name an AWS-managed key, see vocabulary/kms-keys), or is unknown until the
 * update (a key created in the same stack). Never throws.
 */
export function isCustomerKeySet(read: () => unknown): boolean {
  const result = tryRead(read);
  if (!result.known) {
    return true;
  }
  return typeof result.value === "string" && isCustomerManagedKey(result.value);
}
