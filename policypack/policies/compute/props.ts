import { tryRead, unwrapProps } from "../../framework/unknowns";
import { field, first, isRecord } from "../../framework/values";

/**
 * Readers shared by the compute, SageMaker and vector-store policies, complementing
 * `framework/values.ts`: whether a reference (a key ARN, a subnet id) is given, nested settings and
 * string-typed flags, the inputs with one setting tightened (for remediations), JSON documents, and
 * checks made of independent parts that must decide from what is known.
 */

/**
 * True when a reference such as a KMS key ARN or a subnet id is given. A value that is unknown
 * during preview is a reference that is not resolved yet, so it counts as given: the decision
 * depends on its presence, not on its value.
 */
export function isReferenceSet(read: () => unknown): boolean {
  const result = tryRead(read);
  if (!result.known) {
    return true;
  }
  const value = result.value;
  if (typeof value === "string") {
    return value.trim() !== "";
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  return isRecord(value);
}

/** The `name` setting of the single nested block `key` (`metadataOptions.httpTokens`). Unknowns throw. */
export function nested(props: Record<string, any>, key: string, name: string): unknown {
  return field(first(props[key]), name);
}

/** True for `true` and for the string `"true"` (launch templates type some flags as strings). */
export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === "string" && value.toLowerCase() === "true");
}

/**
 * The resource's inputs with `patch` merged into the nested block at `key`, for remediations. The
 * rest of the inputs, unknown values included, is copied as it is; a block given as a one-element
 * list (as some engines flatten single blocks) is merged into its element.
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

/** A JSON document given as text or as an already-parsed value. */
export type ParsedJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/** Parses JSON text; a value that is not a string is taken as already parsed. Never throws. */
export function parseJson(document: unknown): ParsedJson {
  if (typeof document !== "string") {
    return { ok: true, value: document };
  }
  try {
    return { ok: true, value: JSON.parse(document) };
  } catch {
    return { ok: false };
  }
}

/**
 * Runs independent parts of a check and joins their findings. A part that reads an unknown value is
 * skipped while another part already found a violation (the resource fails whatever the unknown
 * turns out to be); when nothing else failed it is run again, so the SDK's unknown-value error
 * escapes and the preview says the policy could not decide.
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
