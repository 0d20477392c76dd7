/** The values without repeats, in first-seen order; principal and resource lists must not repeat. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
