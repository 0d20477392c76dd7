import * as sdkProxyModule from "@pulumi/policy/proxy";
import type {
  ReportViolation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import { toSdkPolicy } from "../../policypack/framework/adapter";
import { publishSettings } from "../../policypack/framework/settings";
import type { PolicyDefinition, StackResource } from "../../policypack/framework/types";
import type { Props, SampleResource } from "./samples/sample";
import { urnOf } from "./support";

/**
 * Runs a policy the way the pack runs it: through the adapter's SDK policy, with the pack settings
 * published as the settings policy publishes them and props behind the SDK's unknown-checking proxy.
 */

/** The SDK's proxy module; it publishes no types, so its exports are named here. */
const sdkProxy = sdkProxyModule as unknown as {
  readonly unknownCheckingProxy: <T extends object>(target: T) => T;
  readonly unknownStringValue: string;
  readonly unknownBooleanValue: string;
  readonly unknownNumberValue: string;
  readonly unknownArrayValue: string;
  readonly unknownObjectValue: string;
  readonly isSpecialProxy: string;
  readonly getSpecialProxyTarget: string;
};

/** What the SDK policy reported. */
export interface Reported {
  readonly message: string;
  readonly urn?: string;
}

/** The sentinels the engine sends for values that are unknown during preview, one per kind. */
export const UNKNOWN_SENTINELS: readonly string[] = [
  sdkProxy.unknownStringValue,
  sdkProxy.unknownBooleanValue,
  sdkProxy.unknownNumberValue,
  sdkProxy.unknownArrayValue,
  sdkProxy.unknownObjectValue,
];

const noConfig = (): Record<string, never> => ({});
const notApplicable = (): never => {
  throw new Error("the pack's policies never call notApplicable");
};

/** The stack tags and pack-config settings a run sees. */
export interface RunInput {
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly stackTags?: Readonly<Record<string, string>>;
}

/** Validates one resource through the policy's SDK wrapper; returns what it reported. */
export function validateResource(
  def: PolicyDefinition,
  type: string,
  props: Props,
  input: RunInput & { readonly name?: string } = {},
): Reported[] {
  const sdk = toSdkPolicy(def) as ResourceValidationPolicy;
  const reported: Reported[] = [];
  const report: ReportViolation = (message, urn) => reported.push({ message, urn });
  publishSettings(input.settings ?? {});
  const name = input.name ?? "subject";
  const args: ResourceValidationArgs = {
    type,
    name,
    urn: urnOf(type, name),
    props: sdkProxy.unknownCheckingProxy(props),
    opts: {},
    stackTags: new Map(Object.entries(input.stackTags ?? {})),
    getConfig: noConfig,
    notApplicable,
    isType: () => false,
    asType: () => undefined,
  } as unknown as ResourceValidationArgs;
  const validate = sdk.validateResource;
  if (typeof validate !== "function") {
    throw new Error(`the adapter gave ${def.name} no validateResource function`);
  }
  void validate(args, report);
  return reported;
}

/** Runs the policy's remediation, when it has one, through its SDK wrapper. */
export function remediateResource(
  def: PolicyDefinition,
  type: string,
  props: Props,
  input: RunInput = {},
): unknown {
  const sdk = toSdkPolicy(def) as ResourceValidationPolicy;
  if (sdk.remediateResource === undefined) {
    return undefined;
  }
  publishSettings(input.settings ?? {});
  return sdk.remediateResource({
    type,
    name: "subject",
    urn: urnOf(type, "subject"),
    props: sdkProxy.unknownCheckingProxy(props),
    opts: {},
    stackTags: new Map(Object.entries(input.stackTags ?? {})),
    getConfig: noConfig,
  } as unknown as Parameters<NonNullable<ResourceValidationPolicy["remediateResource"]>>[0]);
}

/**
 * Builds a stack as the SDK hands it to a stack policy: props behind the unknown proxy, and the
 * parent, dependencies and property dependencies turned from names into the resource objects.
 */
export function buildStack(resources: readonly SampleResource[]): StackResource[] {
  type Mutable = {
    type: string;
    name: string;
    urn: string;
    props: Props;
    parent?: Mutable;
    dependencies: Mutable[];
    propertyDependencies: Record<string, Mutable[]>;
  };
  const byName = new Map<string, Mutable>();
  const built = resources.map((r): Mutable => {
    const resource: Mutable = {
      type: r.type,
      name: r.name,
      urn: urnOf(r.type, r.name),
      props: sdkProxy.unknownCheckingProxy(r.props),
      dependencies: [],
      propertyDependencies: {},
    };
    byName.set(r.name, resource);
    return resource;
  });
  const lookup = (names: readonly string[]): Mutable[] =>
    names.map((n) => byName.get(n)).filter((d): d is Mutable => d !== undefined);
  resources.forEach((r, i) => {
    const resource = built[i];
    if (r.parent !== undefined) {
      resource.parent = byName.get(r.parent);
    }
    const byProperty = r.dependsOn ?? {};
    for (const [property, names] of Object.entries(byProperty)) {
      resource.propertyDependencies[property] = lookup(names);
    }
    // The engine lists every resource a property depends on among the resource's dependencies too.
    resource.dependencies = lookup([
      ...new Set([...(r.dependencies ?? []), ...Object.values(byProperty).flat()]),
    ]);
  });
  return built as StackResource[];
}

/** Validates a stack through the policy's SDK wrapper; returns what it reported. */
export function validateStack(
  def: PolicyDefinition,
  resources: readonly SampleResource[],
  input: RunInput = {},
): Reported[] {
  const sdk = toSdkPolicy(def) as StackValidationPolicy;
  const reported: Reported[] = [];
  const report: ReportViolation = (message, urn) => reported.push({ message, urn });
  publishSettings(input.settings ?? {});
  const args = {
    resources: buildStack(resources),
    stackTags: new Map(Object.entries(input.stackTags ?? {})),
    getConfig: noConfig,
    notApplicable,
  } as unknown as StackValidationArgs;
  void sdk.validateStack(args, report);
  return reported;
}

/** The Pulumi type a stack policy's SDK wrapper declares, which the SDK uses to skip it. */
export function declaredStackType(def: PolicyDefinition): string | undefined {
  const sdk = toSdkPolicy(def) as StackValidationPolicy;
  return (sdk.validateStack as { __pulumiType?: string }).__pulumiType;
}

/**
 * Names that are not props: array and object methods, what runtimes probe on any object, and the
 * names the SDK's proxy answers itself (the framework asks them to unwrap the proxy).
 */
const NOT_PROPS = new Set([
  ...Object.getOwnPropertyNames(Array.prototype),
  ...Object.getOwnPropertyNames(Object.prototype),
  "then",
  "toJSON",
  sdkProxy.isSpecialProxy,
  sdkProxy.getSpecialProxyTarget,
]);

/**
 * Wraps props so that every property name read from them, at any depth, is added to `names`. The
 * contract test learns from it which names a policy reads, to build malformed props around them.
 */
export function recordingReads<T extends object>(target: T, names: Set<string>): T {
  return new Proxy(target, {
    get: (obj, prop) => {
      const value: unknown = Reflect.get(obj, prop);
      if (typeof prop === "string" && !NOT_PROPS.has(prop) && !/^\d+$/.test(prop)) {
        names.add(prop);
      }
      // A non-configurable, non-writable data property must be returned as it is (proxy invariant).
      const descriptor = Object.getOwnPropertyDescriptor(obj, prop);
      if (descriptor && "value" in descriptor && !descriptor.configurable && !descriptor.writable) {
        return value;
      }
      return typeof value === "object" && value !== null ? recordingReads(value, names) : value;
    },
  });
}
