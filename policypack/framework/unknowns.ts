import { proxyTarget, sdkProxy } from "./sdk-proxy";

/** The SDK's error class; it is marked internal, so its type is not published. */
const UnknownValueError = sdkProxy.UnknownValueError;

/**
 * During `pulumi preview` the SDK wraps props in a proxy that throws `UnknownValueError` when a
 * value is not known yet. The helpers here let a check decide from what *is* known: a check that
 * lets the error escape is turned into an advisory by the SDK and so stops blocking anything.
 */

/** The result of reading a value that may be unknown during preview. */
export type Known<T> = { readonly known: true; readonly value: T } | { readonly known: false };

/** Runs `read`; reports `known: false` instead of throwing when it touches an unknown value. */
export function tryRead<T>(read: () => T): Known<T> {
  try {
    return { known: true, value: read() };
  } catch (e) {
    if (isUnknownValueError(e)) {
      return { known: false };
    }
    throw e;
  }
}

/** The result of reading a value that may be unknown, keeping the SDK's error to rethrow later. */
export type Attempt<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Error };

/**
 * Runs `read`, keeping the SDK's unknown-value error instead of throwing it, for checks that decide
 * from the rest first and rethrow it only when the decision does depend on the unknown value.
 */
export function attempt<T>(read: () => T): Attempt<T> {
  try {
    return { ok: true, value: read() };
  } catch (e) {
    if (isUnknownValueError(e)) {
      return { ok: false, error: e as Error };
    }
    throw e;
  }
}

/** Reads a value, returning `fallback` when it is unknown. */
export function readOr<T>(read: () => T, fallback: T): T {
  const result = tryRead(read);
  return result.known ? result.value : fallback;
}

/** True for the SDK's unknown-value error, even when it comes from another copy of the SDK. */
export function isUnknownValueError(e: unknown): boolean {
  return (
    e instanceof UnknownValueError ||
    (e instanceof Error && e.message.endsWith("can't be known during preview") && "props" in e)
  );
}

/**
 * The object behind the SDK's unknown-checking proxy, so a remediation can copy every input,
 * unknown ones included, without tripping over them. Plain objects are copied as they are.
 */
export function unwrapProps(props: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const target = proxyTarget(props);
  return typeof target === "object" && target !== null ? (target as Record<string, unknown>) : { ...props };
}
