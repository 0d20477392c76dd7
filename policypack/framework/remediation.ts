import { Secret } from "@pulumi/policy";
import * as sdkProxy from "@pulumi/policy/proxy";
import { tryRead, unwrapProps } from "./unknowns";
import { first, isRecord } from "./values";

/**
 * Building blocks of remediations. A remediation computes the corrected inputs from plain values;
 * {@link keepUntouched} then lays only what it changed onto the inputs as they came, so every value
 * it did not fix (secrets and unknowns included) goes back to the engine exactly as it arrived. A
 * secret returned as plain text would be stored unencrypted in the state by `pulumi up`.
 */

const IS_PROXY: string = (sdkProxy as any).isSpecialProxy;
const PROXY_TARGET: string = (sdkProxy as any).getSpecialProxyTarget;

/** The value behind every layer of the SDK's proxies (unknown-checking, secret-preserving). */
function unproxied(value: unknown): unknown {
  let v = value;
  while (typeof v === "object" && v !== null && (v as any)[IS_PROXY] === true) {
    const target = (v as any)[PROXY_TARGET];
    if (target === v) break;
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
  // A one-element list given back as its block (see withNested) keeps that element's secrets.
  if (Array.isArray(raw) && raw.length === 1 && isPlainObject(fixed)) {
    return lay(raw[0], fixed);
  }
  return fixed;
}

/**
 * The inputs a remediation returns, rebuilt from the inputs as the SDK handed them over: only the
 * values the remediation changed are new; everything else is the original value, secret or not.
 */
export function keepUntouched(props: Record<string, any>, fixed: Record<string, any>): Record<string, any> {
  const laid = lay(props, plainValue(fixed));
  return isPlainObject(laid) ? laid : (plainValue(fixed) as Record<string, any>);
}

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
