import * as proxyModule from "@pulumi/policy/proxy";

/**
 * The parts of the SDK's `proxy` module the pack relies on. The SDK marks them internal, so its
 * published typings export nothing from that module; this is their one typed view, and a test
 * checks each of them against the installed SDK so an SDK change fails loudly, not silently.
 */
export interface SdkProxy {
  /** The error the SDK's proxy throws when a policy reads a value unknown during preview. */
  readonly UnknownValueError: new (unknownTypeSentinel: string, props: readonly PropertyKey[]) => Error;
  /** Wraps props the way the SDK does before a policy sees them. */
  readonly unknownCheckingProxy: <T extends object>(props: T) => T;
  /** Property that answers `true` on any of the SDK's proxies. */
  readonly isSpecialProxy: string;
  /** Property that answers the object behind one of the SDK's proxies. */
  readonly getSpecialProxyTarget: string;
  /** The engine's sentinels for unknown values, by type. */
  readonly unknownBooleanValue: string;
  readonly unknownNumberValue: string;
  readonly unknownStringValue: string;
  readonly unknownArrayValue: string;
  readonly unknownObjectValue: string;
}

export const sdkProxy = proxyModule as unknown as SdkProxy;

/** The object behind one layer of the SDK's proxies, or `undefined` for anything else. */
export function proxyTarget(value: unknown): unknown {
  if (typeof value !== "object" || value === null) {
    return undefined;
  }
  const view = value as Readonly<Record<string, unknown>>;
  return view[sdkProxy.isSpecialProxy] === true ? view[sdkProxy.getSpecialProxyTarget] : undefined;
}
