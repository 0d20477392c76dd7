/**
 * Readers for values a test inspects without trusting their shape (recorded inputs, parsed JSON):
 * every read gives `unknown`, and a path that does not exist reads as `undefined`.
 */

/** The value at `path` inside `value` (object keys and array indexes). */
export function at(value: unknown, ...path: readonly (string | number)[]): unknown {
  let v = value;
  for (const key of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** The elements of an array; `[]` for anything else. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? [...value] : [];
}

/** A JSON document given as text or already parsed (Pulumi accepts both for policies). */
export function parsed(value: unknown): unknown {
  return typeof value === "string" ? (JSON.parse(value) as unknown) : value;
}

/**
 * `value` given where a `T` is expected, as a caller without type checking could pass it: for
 * tests that a component rejects arguments of the wrong type or shape.
 */
export function illTyped<T>(value: unknown): T {
  return value as T;
}
