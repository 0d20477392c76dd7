import { tryRead } from "../../framework/unknowns";

/**
 * Searches a list deciding from what is known: an element whose test reads an unknown value is
 * skipped while a known match may still exist. When no known element matches but some could, the
 * answer truly depends on the unknowns, so the test is re-run on one of them and the SDK's
 * "can't be known during preview" error is let through (the SDK reports that, instead of a pass).
 */
export function findDecidable<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  const undecided: T[] = [];
  for (const item of items) {
    const result = tryRead(() => test(item));
    if (!result.known) {
      undecided.push(item);
    } else if (result.value) {
      return item;
    }
  }
  for (const item of undecided) {
    test(item);
  }
  return undefined;
}

/**
 * True when `check` reports a violation from known values. Remediations use it: a value unknown
 * during preview is not something to "fix", so they change nothing then.
 */
export function failsOnKnownValues<R>(resource: R, check: (resource: R) => readonly string[]): boolean {
  const result = tryRead(() => check(resource).length > 0);
  return result.known && result.value;
}
