import { Secret } from "@pulumi/policy";
import { proxyTarget, sdkProxy } from "./sdk-proxy";
import type { CheckContext, InputSettings, Remediation, ResourceProps, ResourceUnderCheck } from "./types";
import { attempt, isUnknownValueError, tryRead, unwrapProps } from "./unknowns";
import { first, isRecord } from "./values";

/**
 * One way to write a remediation, and one place that decides what happens around it.
 *
 * A remediation is asked only about a resource its policy's check found non-compliant, and answers
 * with the inputs it would set ({@link setInputs}, {@link setInBlock}), with {@link NO_SAFE_FIX}, or
 * with {@link INPUT_UNKNOWN} when a value it needs is unknown during preview (reading such a value
 * through the props, as checks do, means the same). {@link remediationOutcome} runs the check and
 * the remediation and classifies the result; {@link answerSdk} tells the SDK: the corrected inputs;
 * nothing when the resource complies or has no safe fix (its violation is still reported by the
 * check); the SDK's "can't run remediation ... during preview" when a value is unknown, as it says
 * for a check; and, for a remediation that breaks on odd props, a not-applicable answer with the
 * reason, so the preview goes on and the check's violation still stands.
 *
 * {@link keepUntouched} lays only what the remediation changed onto the inputs as they came, so every
 * value it did not fix (secrets and unknowns included) goes back to the engine exactly as it
 * arrived. A secret returned as plain text would be stored unencrypted in the state by `pulumi up`.
 */

/** The value behind every layer of the SDK's proxies (unknown-checking, secret-preserving). */
function unproxied(value: unknown): unknown {
  let v = value;
  for (let target = proxyTarget(v); target !== undefined && target !== v; target = proxyTarget(v)) {
    v = target;
  }
  return v;
}

/** True for an object literal (not an asset, archive or other class instance). */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** `value` with every proxy and secret wrapper removed, at every depth. */
export function plainValue(value: unknown): unknown {
  const v = unproxied(value);
  if (v instanceof Secret) return plainValue(v.value);
  if (Array.isArray(v)) return v.map(plainValue);
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = plainValue(v[k]);
    return out;
  }
  return v;
}

/** Structural equality of plain values (leaves by identity, so an asset equals only itself). */
function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => samePlain(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && samePlain(a[k], b[k]));
  }
  return typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b);
}

/**
 * `fixed` laid onto `original`: where the plain value did not change, the original (with its
 * secret wrappers and unknown sentinels) is kept; where it changed inside a secret, the new value
 * stays secret, as the SDK's own secret-preserving proxy does for assignments.
 */
function lay(original: unknown, fixed: unknown): unknown {
  const raw = unproxied(original);
  if (raw instanceof Secret) {
    const inner = lay(raw.value, fixed);
    return inner === raw.value ? raw : new Secret(inner);
  }
  if (samePlain(plainValue(raw), fixed)) return raw;
  if (isPlainObject(raw) && isPlainObject(fixed)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(fixed)) out[k] = k in raw ? lay(raw[k], fixed[k]) : fixed[k];
    return out;
  }
  if (Array.isArray(raw) && Array.isArray(fixed) && raw.length === fixed.length) {
    return fixed.map((x, i) => lay(raw[i], x));
  }
  // A one-element list given back as its block (see setInBlock) keeps that element's secrets.
  if (Array.isArray(raw) && raw.length === 1 && isPlainObject(fixed)) {
    return lay(raw[0], fixed);
  }
  return fixed;
}

/**
 * The inputs a remediation returns, rebuilt from the inputs as the SDK handed them over: only the
 * values the remediation changed are new; everything else is the original value, secret or not.
 */
export function keepUntouched(
  props: ResourceProps,
  fixed: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const plain = plainValue(fixed);
  const laid = lay(props, plain);
  return isPlainObject(laid) ? laid : isPlainObject(plain) ? plain : {};
}

/** A remediation's answer: set these top-level inputs, leave every other one as it came. */
export function setInputs(settings: InputSettings): Remediation {
  return { state: "value", value: settings };
}

/** A remediation's answer when the violation has no fix that is safe to apply automatically. */
export const NO_SAFE_FIX: Remediation = { state: "absent" };

/** A remediation's answer when a value it needs to decide is unknown during preview. */
export const INPUT_UNKNOWN: Remediation = { state: "unknown" };

/**
 * Sets `patch` inside the nested block at `key`, keeping the block's other settings and its form
 * (an object, or a one-element list as some engines flatten single blocks). An unknown block
 * cannot be merged into, so it answers {@link INPUT_UNKNOWN}.
 */
export function setInBlock(
  props: ResourceProps,
  key: string,
  patch: Readonly<Record<string, unknown>>,
): Remediation {
  if (!tryRead(() => first(props[key])).known) {
    return INPUT_UNKNOWN;
  }
  return setInputs({ [key]: withPatch(rawInput(props, key), patch) });
}

/**
 * The input at `key` as the program gave it, with secrets unwrapped and unknown values left in as
 * the engine's sentinels (the adapter restores secrets on the way out). For building a setting
 * from its current value; decisions read the props themselves, where unknowns are reported.
 */
export function rawInput(props: ResourceProps, key: string): unknown {
  return plainValue(unwrapProps(props)[key]);
}

/** `block` (an object, or a list holding one first) with `patch` merged into it, in the same form. */
export function withPatch(block: unknown, patch: Readonly<Record<string, unknown>>): unknown {
  const current = first(block);
  const merged = { ...(isRecord(current) ? current : {}), ...patch };
  return Array.isArray(block) && block.length > 0 ? [merged, ...block.slice(1)] : merged;
}

/** What running a remediation came to, before it is told to the SDK. */
export type RemediationOutcome =
  | { readonly kind: "compliant" }
  | { readonly kind: "no-safe-fix" }
  | { readonly kind: "fixed"; readonly inputs: Record<string, unknown> }
  | { readonly kind: "unknown"; readonly error?: Error }
  | { readonly kind: "failed"; readonly reason: string };

/**
 * Runs the check, then, for a violation, the remediation. Never throws: an unknown value read by
 * either, or answered by the remediation, is an `unknown` outcome; any other error is `failed`.
 */
export function remediationOutcome(
  check: (resource: ResourceUnderCheck, context: CheckContext) => readonly string[],
  remediate: (resource: ResourceUnderCheck, context: CheckContext) => Remediation,
  resource: ResourceUnderCheck,
  context: CheckContext,
): RemediationOutcome {
  try {
    const found = attempt(() => check(resource, context));
    if (!found.ok) {
      return { kind: "unknown", error: found.error };
    }
    if (found.value.length === 0) {
      return { kind: "compliant" };
    }
    const answer = attempt(() => remediate(resource, context));
    if (!answer.ok) {
      return { kind: "unknown", error: answer.error };
    }
    switch (answer.value.state) {
      case "unknown":
        return { kind: "unknown" };
      case "absent":
        return { kind: "no-safe-fix" };
      case "value":
        return {
          kind: "fixed",
          inputs: keepUntouched(resource.props, { ...unwrapProps(resource.props), ...answer.value.value }),
        };
    }
  } catch (e) {
    return { kind: "failed", reason: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The SDK's error for a value unknown during preview, from the SDK copy that runs the pack: the
 * SDK answers it with "can't run remediation '<policy>' from policy pack ... during preview:
 * <message>", a diagnostic, as it does for a check that reads an unknown value.
 */
function previewUnknown(cause: Error | undefined): Error {
  const message =
    cause !== undefined && isUnknownValueError(cause)
      ? cause.message
      : "an input the remediation needs can't be known during preview";
  if (cause instanceof sdkProxy.UnknownValueError) {
    return cause;
  }
  const error = new sdkProxy.UnknownValueError(sdkProxy.unknownObjectValue, []);
  error.message = message;
  return error;
}

/**
 * Tells the SDK what a remediation came to, as `remediateResource` answers. The one error thrown
 * is the SDK's own unknown-value error, which the SDK turns into its "can't run" diagnostic; a
 * broken remediation is reported through `notApplicable` with its reason instead of failing the
 * whole preview or update.
 */
export function answerSdk(
  policy: string,
  outcome: RemediationOutcome,
  notApplicable: (reason: string) => never,
): Record<string, unknown> | undefined {
  switch (outcome.kind) {
    case "fixed":
      return outcome.inputs;
    case "compliant":
    case "no-safe-fix":
      return undefined;
    case "unknown":
      throw previewUnknown(outcome.error);
    case "failed":
      return notApplicable(
        `${policy} could not compute its remediation (${outcome.reason}); the inputs are left as they are and the policy's violation still stands.`,
      );
  }
}
