import { tryRead } from "./unknowns";

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
export function isRecord(v: unknown): v is Record<string, any> {
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

/** The value at `key` of `obj` when `obj` is an object; `undefined` otherwise. Unknowns throw. */
export function field(obj: unknown, key: string): unknown {
  return isRecord(obj) ? obj[key] : undefined;
}

/** The elements of an array, or the single value wrapped, or `[]`. Unknown elements throw on access. */
export function asList(v: unknown): unknown[] {
  if (Array.isArray(v)) {
    return [...v];
  }
  return v === undefined || v === null ? [] : [v];
}

/** The first element of a list-or-single value, as Pulumi flattens one-element blocks inconsistently. */
export function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

/** A resource's `tags` (or `tagsAll`) as a plain map of the known string values. */
export function readTags(props: Record<string, any>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ["tagsAll", "tags"]) {
    const tags = tryRead(() => props[key]);
    if (!tags.known || !isRecord(tags.value)) {
      continue;
    }
    for (const name of Object.keys(tags.value)) {
      const value = tryRead(() => (tags.value as Record<string, unknown>)[name]);
      if (value.known && typeof value.value === "string") {
        out[name] = value.value;
      }
    }
  }
  return out;
}
