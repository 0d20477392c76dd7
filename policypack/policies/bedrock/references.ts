import { tryRead } from "../../framework/unknowns";
import { field } from "../../framework/values";

/**
 * Presence checks for references (key ARNs, ids, subnet lists). During preview the ARN of a key
 * created in the same stack is unknown, but it is still a key: an unknown reference counts as set.
 * Shared by the bedrock, logging and cost policies; a candidate for `framework/values.ts`.
 */

/** True when `container[key]` is a non-empty string, or unknown until the update. */
export function isReferenceSet(container: unknown, key: string): boolean {
  const value = tryRead(() => field(container, key));
  return !value.known || (typeof value.value === "string" && value.value.trim() !== "");
}

/** True when `container[key]` is a non-empty list (or a single string), or unknown until the update. */
export function isListSet(container: unknown, key: string): boolean {
  const value = tryRead(() => field(container, key));
  if (!value.known) {
    return true;
  }
  const v = value.value;
  return Array.isArray(v) ? v.length > 0 : typeof v === "string" && v.trim() !== "";
}
