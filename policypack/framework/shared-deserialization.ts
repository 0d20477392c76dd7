import * as sdkDeserialize from "@pulumi/policy/deserialize";

/**
 * The SDK's analyzer server turns a resource's protobuf Struct into plain props once per policy it
 * cannot rule out by type (and, in AnalyzeStack, once per resource per stack policy, plus the
 * provider's props each time). With a hundred policies that is most of the pack's CPU and garbage.
 * The server reads `deserializeProperties` off the `@pulumi/policy/deserialize` module object at
 * every call, so replacing that export with one that remembers its answer per Struct makes every
 * policy of a request share one deserialization. The Struct objects belong to the request, so the
 * WeakMap lets them and their props go with it.
 *
 * Sharing is safe because checks are pure: a policy reads its props and never writes them
 * (test/policypack/framework/shared-deserialization.test.ts checks every policy against that).
 * Remediation deserializes with `proxySecrets` set and then changes what it got, so those calls
 * always get their own copy. The values are not frozen: the SDK's unknown-checking proxy returns
 * non-writable, non-configurable properties unwrapped, which would let unknowns through unchecked.
 */

/** The SDK's signature: props of a protobuf Struct, with secrets kept as `Secret` wrappers when asked. */
type Deserialize = (struct: unknown, proxySecrets: boolean) => Record<string, unknown>;

/** The module's shape as the SDK builds it (its typings hide the internal export). */
interface DeserializeModule {
  deserializeProperties: Deserialize;
}

/** Marks the shared version and keeps the SDK's own, so installing twice changes nothing. */
const ORIGINAL = Symbol.for("scopeguard.sdkDeserializeProperties");

type Shared = Deserialize & { [ORIGINAL]?: Deserialize };

/**
 * Makes the SDK's analyzer server deserialize each Struct once for every policy of a request.
 * Idempotent. Returns the SDK's own function.
 */
export function shareSdkDeserialization(
  module: DeserializeModule = sdkDeserialize as unknown as DeserializeModule,
): Deserialize {
  const current = module.deserializeProperties as Shared;
  const installed = current[ORIGINAL];
  if (installed !== undefined) {
    return installed;
  }
  const original = current;
  const cache = new WeakMap<object, Record<string, unknown>>();
  const shared: Shared = (struct, proxySecrets) => {
    if (proxySecrets || typeof struct !== "object" || struct === null) {
      return original(struct, proxySecrets);
    }
    let props = cache.get(struct);
    if (props === undefined) {
      props = original(struct, false);
      cache.set(struct, props);
    }
    return props;
  };
  shared[ORIGINAL] = original;
  module.deserializeProperties = shared;
  return original;
}

/**
 * Deserializes a Struct as the SDK's analyzer server does (props, secrets unwrapped), through
 * whatever `deserializeProperties` the module holds at the call, so the shared one applies.
 */
export function deserializeAsServer(struct: unknown): Record<string, unknown> {
  return (sdkDeserialize as unknown as DeserializeModule).deserializeProperties(struct, false);
}
