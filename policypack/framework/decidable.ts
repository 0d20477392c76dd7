import { tryRead } from "./unknowns";

/**
 * Deciding from what is known when a check has several parts or looks for one item among many,
 * some of which are unknown during preview. Where the answer truly depends on an unknown value, the
 * SDK's error is let through, so the preview says the policy could not decide instead of passing a
 * resource that may not comply.
 */

/**
 * Runs independent parts of a check and joins their findings. A part that reads an unknown value is
 * skipped while another part already found a violation (the resource fails whatever the unknown
 * turns out to be); when nothing else failed it is run again, so the SDK's error escapes.
 */
export function collectFindings(...parts: readonly (() => string[])[]): string[] {
  const found: string[] = [];
  let undecided: (() => string[]) | undefined;
  for (const part of parts) {
    const result = tryRead(part);
    if (result.known) {
      found.push(...result.value);
    } else {
      undecided ??= part;
    }
  }
  return found.length === 0 && undecided !== undefined ? undecided() : found;
}

/**
 * Searches a list: an element whose test reads an unknown value is skipped while a known match may
 * still exist. When no known element matches but some could, the test is run again on one of them
 * and the SDK's error is let through.
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
