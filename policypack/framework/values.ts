import type { ResourceProps } from "./types";
import { readOr, tryRead } from "./unknowns";

/**
 * Safe readers for resource props, which can hold anything: a policy runs on stacks it has never
 * seen, so every read tolerates a missing field, a wrong type, or an unknown value.
 */

/** A three-way answer: a value, known to be absent or malformed, or unknown until the update. */
export type Reading<T> =
  | { readonly state: "value"; readonly value: T }
  | { readonly state: "absent" }
  | { readonly state: "unknown" };

/** Reads `read()` and keeps it when `accept` says it has the expected shape. */
export function readAs<T>(read: () => unknown, accept: (v: unknown) => v is T): Reading<T> {
  const result = tryRead(read);
  if (!result.known) {
    return { state: "unknown" };
  }
  return accept(result.value) ? { state: "value", value: result.value } : { state: "absent" };
}

/** True for a plain object (including the SDK's proxies of one). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** True for a string. */
export function isString(v: unknown): v is string {
  return typeof v === "string";
}

/** True for a boolean. */
export function isBoolean(v: unknown): v is boolean {
  return typeof v === "boolean";
}

/** True for `true` and for the string `"true"` (launch templates and some blocks type flags as strings). */
export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === "string" && value.toLowerCase() === "true");
}

/** The value at `key` of `obj` when `obj` is an object; `undefined` otherwise. Unknowns throw. */
export function field(obj: unknown, key: string): unknown {
  return isRecord(obj) ? obj[key] : undefined;
}

/** The `name` setting of the single nested block `key` (`metadataOptions.httpTokens`). Unknowns throw. */
export function nested(props: ResourceProps, key: string, name: string): unknown {
  return field(first(props[key]), name);
}

/** A known, non-empty string read by `read`; `undefined` when it is unknown, empty or not a string. */
export function knownString(read: () => unknown): string | undefined {
  const value = readOr(read, undefined);
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** The elements of an array, or the single value wrapped, or `[]`. Unknown elements throw on access. */
export function asList(v: unknown): unknown[] {
  if (Array.isArray(v)) {
    return [...v];
  }
  return v === undefined || v === null ? [] : [v];
}

/** The string elements of a list-or-single value; others are dropped. Unknown elements throw. */
export function stringItems(v: unknown): string[] {
  return asList(v).filter((x): x is string => typeof x === "string");
}

/**
 * The elements of a list-or-single value that are known during preview; unknown elements (and an
 * unknown list) are left out. For checks where an unknown element cannot be the literal that
 * violates: an ARN computed from a resource is never `arn:aws:iam::aws:policy/...`, and a CIDR
 * computed from a VPC is never `0.0.0.0/0`.
 */
export function knownItems(read: () => unknown): unknown[] {
  const value = tryRead(read);
  if (!value.known || value.value === undefined || value.value === null) {
    return [];
  }
  if (!Array.isArray(value.value)) {
    return [value.value];
  }
  const items = value.value;
  return Array.from({ length: items.length }, (_, i) => readOr(() => items[i], undefined)).filter(
    (v) => v !== undefined,
  );
}

/** The first element of a list-or-single value, as Pulumi flattens one-element blocks inconsistently. */
export function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The key holding the tags a resource ends up with: `tagsAll` (the provider's default tags with the
 * resource's own over them, which the AWS provider's Check adds) when the props have it, else `tags`.
 */
export function effectiveTagsKey(props: ResourceProps): "tagsAll" | "tags" {
  return isRecord(props) && Object.prototype.hasOwnProperty.call(props, "tagsAll") ? "tagsAll" : "tags";
}

/** A resource's `tags` (or `tagsAll`) as a plain map of the known string values. */
export function readTags(props: ResourceProps): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ["tagsAll", "tags"]) {
    const tags = tryRead(() => props[key]);
    const map = tags.known ? tags.value : undefined;
    if (!isRecord(map)) {
      continue;
    }
    for (const name of Object.keys(map)) {
      const value = tryRead(() => map[name]);
      if (value.known && typeof value.value === "string") {
        out[name] = value.value;
      }
    }
  }
  return out;
}
