import { tryRead, unwrapProps } from "./unknowns";
import { first, isRecord } from "./values";

/**
 * Building blocks of remediations: the corrected inputs copy every other input as it is, unknown
 * values included, and a remediation changes nothing while the violation depends on an unknown.
 */

/**
 * The resource's inputs with `patch` merged into the nested block at `key`. A block given as a
 * one-element list (as some engines flatten single blocks) is merged into its element.
 */
export function withNested(
  props: Record<string, any>,
  key: string,
  patch: Record<string, unknown>,
): Record<string, any> {
  const raw = unwrapProps(props);
  const current = first(raw[key]);
  return { ...raw, [key]: { ...(isRecord(current) ? current : {}), ...patch } };
}

/** The inputs with top-level `patch` applied, for remediations that set a flat property. */
export function withTopLevel(
  props: Record<string, any>,
  patch: Record<string, unknown>,
): Record<string, any> {
  return { ...unwrapProps(props), ...patch };
}

/**
 * True when `check` reports a violation from known values. A value unknown during preview is not
 * something to "fix", so a remediation that asks this changes nothing then.
 */
export function failsOnKnownValues<R>(resource: R, check: (resource: R) => readonly string[]): boolean {
  const result = tryRead(() => check(resource).length > 0);
  return result.known && result.value;
}
