import type {
  PolicyResource,
  PolicyResourceOptions,
  ReportViolation,
  ResourceValidation,
  ResourceValidationPolicy,
  StackValidationPolicy,
} from "@pulumi/policy";
import { publishSettings } from "../../policypack/framework/settings";
import { toSdkPolicy } from "../../policypack/framework/adapter";
import { sdkProxy } from "../../policypack/framework/sdk-proxy";
import type {
  CheckContext,
  PolicyDefinition,
  ResourceUnderCheck,
  StackResource,
} from "../../policypack/framework/types";

/** The engine's sentinel for an unknown string; the SDK's proxy throws when a policy reads it. */
export const UNKNOWN: string = sdkProxy.unknownStringValue;

/** Wraps props the way the SDK does before a policy sees them. */
export function asSeenByPolicy(props: Record<string, unknown>): Record<string, unknown> {
  return sdkProxy.unknownCheckingProxy(props);
}

const NO_OPTIONS: PolicyResourceOptions = {
  protect: false,
  ignoreChanges: [],
  aliases: [],
  customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
  additionalSecretOutputs: [],
};

/** A resource as a resource check receives it. */
export function resource(type: string, props: Record<string, unknown>, name = "subject"): ResourceUnderCheck {
  return { type, name, urn: urnOf(type, name), props: asSeenByPolicy(props) };
}

/** The URN the engine would give a top-level resource in stack `dev` of project `proj`. */
export function urnOf(type: string, name: string): string {
  return `urn:pulumi:dev::proj::${type}::${name}`;
}

/** A stack resource; `dependsOn` maps a property to the resources it was computed from. */
export function stackResource(
  type: string,
  name: string,
  props: Record<string, unknown>,
  dependsOn: Record<string, StackResource[]> = {},
): StackResource {
  return {
    type,
    name,
    urn: urnOf(type, name),
    props: asSeenByPolicy(props),
    dependencies: Object.values(dependsOn).flat(),
    propertyDependencies: dependsOn,
  };
}

/** A check context at `scope`, declared in the pack config unless said otherwise. */
export function contextAt(scope: 1 | 2 | 3 | 4 | 5, overrides: Partial<CheckContext> = {}): CheckContext {
  return { scope, scopeSource: "pack-config", stackTags: new Map(), exemptions: [], ...overrides };
}

/** Props no policy should choke on: missing, null, wrong types, broken JSON. */
export const MALFORMED_PROPS: readonly Record<string, unknown>[] = [
  {},
  { policy: "{not json" },
  { policy: 42, tags: "not-a-map", rules: "x", enableKeyRotation: "yes" },
  { policy: { Statement: "nope" }, rules: [null, 7], versioningConfiguration: [] },
  { policy: JSON.stringify({ Statement: [null, { Effect: 1, Principal: 5, Condition: "c" }] }) },
  { bucket: { nested: true }, tags: { "data-class": 12 }, serverSideEncryptionConfiguration: { rule: "x" } },
];

/** What an SDK policy reported, collected. */
export interface Reported {
  readonly message: string;
  readonly urn?: string;
}

/** Runs a definition through the real SDK wrapper, with the given pack settings config. */
export function runThroughSdk(
  def: PolicyDefinition,
  input: {
    resource?: ResourceUnderCheck;
    resources?: StackResource[];
    settings?: unknown;
    stackTags?: Record<string, string>;
  },
): Reported[] {
  publishSettings(input.settings ?? {});
  const reported: Reported[] = [];
  const report: ReportViolation = (message, urn) => reported.push({ message, urn });
  const sdk = toSdkPolicy(def);
  const stackTags = new Map(Object.entries(input.stackTags ?? {}));
  const common = {
    stackTags,
    getConfig: <T extends object>() => ({}) as T,
    notApplicable: () => undefined as never,
  };
  if (def.kind === "resource" && input.resource) {
    const r = input.resource;
    const validate = (sdk as ResourceValidationPolicy).validateResource as ResourceValidation;
    validate({ ...r, ...common, opts: NO_OPTIONS, isType: () => false, asType: () => undefined }, report);
  } else if (def.kind === "stack") {
    // The adapter reads only what StackResource declares of the SDK's PolicyResource.
    const resources = (input.resources ?? []) as unknown as PolicyResource[];
    (sdk as StackValidationPolicy).validateStack({ resources, ...common }, report);
  }
  return reported;
}
