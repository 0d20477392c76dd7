/**
 * Magic values of the Pulumi wire format (sdk/go/common/resource/plugin/rpc.go and
 * sdk/nodejs/runtime/rpc.ts). They are protocol constants shared by the SDK, the engine and
 * @pulumi/policy, so they are copied here rather than imported (the mocks must not load
 * @pulumi/pulumi: programs bring their own copy).
 */

/** An unknown string value: what the engine sends for computed values during preview. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The key that marks a special object (secret, resource reference, output value, asset). */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";

/** `SIG_KEY` value of a secret: `{ [SIG_KEY]: SECRET_SIG, value }`. */
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

/** `SIG_KEY` value of a resource reference: `{ [SIG_KEY]: RESOURCE_SIG, urn, id?, packageVersion }`. */
export const RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";

/** `SIG_KEY` value of an output value: `{ [SIG_KEY]: OUTPUT_SIG, value?, secret?, dependencies? }`. */
export const OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

/** Wraps a value as a secret in the wire format. */
export function secret(value: unknown): Record<string, unknown> {
  return { [SIG_KEY]: SECRET_SIG, value };
}

/** True when `v` is a wire-format secret. */
export function isSecret(v: unknown): v is { value: unknown } {
  return typeof v === "object" && v !== null && (v as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;
}
