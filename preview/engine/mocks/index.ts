/**
 * Pulumi mocks that behave like a real `pulumi preview` (mode "preview") or `pulumi up`
 * (mode "update") against AWS, for the offline engine and for unit tests:
 *
 * ```ts
 * import { createMocks } from "../../preview/engine/mocks";
 * pulumi.runtime.setMocks(createMocks({ mode: "preview" }), "project", "stack", true);
 * ```
 *
 * - Outputs are the inputs plus what the provider computes.
 * - Autonames (`name`, `bucket`, ...) are known in both modes: the engine computes them at Check.
 * - Computed outputs (ids, ARNs, everything the provider always sets) are unknown in preview;
 *   in update mode the common AI-stack types get realistic values (see aws-resources.ts), and
 *   other providers' resources a value for every output they declare (see provider-outputs.ts).
 * - `awsx:*` remote components get plausible outputs (see awsx.ts).
 * - Invokes get realistic answers (see invokes.ts); unanswered ones return `{}` and are counted.
 *
 * This module never loads @pulumi/pulumi (programs bring their own copy): it only uses its types.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { RunMode, UnansweredInvoke } from "../types";
import { UNKNOWN } from "../sentinels";
import { awsTypeShape, findAwsPackageDir } from "./aws-schema";
import { applyAutoname, autonameRule } from "./autonames";
import { computedValues } from "./aws-resources";
import { awsxOutputs } from "./awsx";
import { answerInvoke } from "./invokes";
import { hexFrom } from "./ids";
import { type AwsProviderDefaults, checkAdditions, explicitProviderDefaults } from "./provider-check";
import { providerOutputs } from "./provider-outputs";
import { isProviderType, PulumiType } from "../../../policypack/vocabulary";

/** Options of {@link createMocks}. */
export interface MockOptions {
  /** "preview": computed outputs unknown; "update": computed outputs known. */
  readonly mode: RunMode;
  /** AWS region of ARNs and AZs. @default "us-east-1" */
  readonly region?: string;
  /** AWS account of ARNs. @default "123456789012" */
  readonly account?: string;
  /** Provider default tags, merged into `tagsAll`. @default {} */
  readonly defaultTags?: Record<string, string>;
  /** The @pulumi/aws folder whose declarations say which outputs are computed. @default resolved from the cwd */
  readonly awsPackageDir?: string;
  /**
   * Folders from which other providers' packages (`@pulumi/<pkg>`) are resolved, for the outputs
   * they declare. @default [the cwd]
   */
  readonly packageDirs?: readonly string[];
}

/** `MockResourceArgs`, plus the URN when the caller knows it (the offline engine does). */
export type MockResourceArgsWithUrn = pulumi.runtime.MockResourceArgs & { urn?: string };

/** Mocks plus what the offline engine reads back from them. */
export interface PreviewMocks extends pulumi.runtime.Mocks {
  newResource(args: MockResourceArgsWithUrn): pulumi.runtime.MockResourceResult;
  call(args: pulumi.runtime.MockCallArgs): Record<string, unknown>;
  /** Invokes answered `{}` because no rule knew them, with how often each was called. */
  unansweredInvokes(): UnansweredInvoke[];
  /** Inputs the provider's Check would add (autonames), by URN or `type::name` seed. */
  checkAdditions(seed: string): Record<string, unknown> | undefined;
}

/** Creates mocks for `pulumi.runtime.setMocks`. */
export function createMocks(options: MockOptions): PreviewMocks {
  const preview = options.mode === "preview";
  const defaultRegion = options.region ?? "us-east-1";
  const account = options.account ?? "123456789012";
  const defaultTags = options.defaultTags ?? {};
  const awsDir = options.awsPackageDir ?? findAwsPackageDir([process.cwd(), __dirname]);
  const packageDirs = options.packageDirs ?? [process.cwd()];
  const unanswered = new Map<string, number>();
  const additions = new Map<string, Record<string, unknown>>();

  /** Explicit aws providers' region and default tags, by URN: their resources take them. */
  const explicitProviders = new Map<string, AwsProviderDefaults>();
  const defaultProvider: AwsProviderDefaults = { region: defaultRegion, defaultTags };

  function awsResource(args: MockResourceArgsWithUrn, seed: string): pulumi.runtime.MockResourceResult {
    const providerUrn = args.provider ? args.provider.slice(0, args.provider.lastIndexOf("::")) : undefined;
    const provider = (providerUrn && explicitProviders.get(providerUrn)) || defaultProvider;
    const region = provider.region;
    const shape = awsTypeShape(awsDir, args.type);
    const state: Record<string, unknown> = { ...(args.inputs ?? {}) };
    // The SDK's MockMonitor passes "" when there is no import/read id.
    const toCreate = !args.id;
    const named = applyAutoname(state, autonameRule(args.type, shape), args.name, seed, preview && toCreate);
    // What the provider's Check adds (autonames, region, tagsAll) is part of the inputs the pack sees.
    const checked = {
      ...Object.fromEntries(named.map((k) => [k, state[k]])),
      ...checkAdditions(shape, state, provider),
    };
    Object.assign(state, checked);
    if (Object.keys(checked).length > 0) additions.set(seed, checked);
    // Known at plan time: the provider's region, also for types that report it without taking it.
    if (shape?.outputs.has("region") && state.region === undefined) state.region = region;
    if (preview && toCreate) {
      // A resource to be created: everything the provider computes is unknown, and so is its id.
      const computed = shape ? [...shape.outputs].filter(([, o]) => o.computed).map(([k]) => k) : ["arn"];
      for (const k of computed) if (state[k] === undefined) state[k] = UNKNOWN;
      return { id: undefined, state };
    }
    const c = computedValues({ type: args.type, name: args.name, seed, state, region, account });
    for (const [k, v] of Object.entries(c.values)) {
      // Only what the type declares: the generic `arn` rule must not invent an attribute.
      if (state[k] === undefined && v !== undefined && (!shape || shape.outputs.has(k))) state[k] = v;
    }
    return { id: args.id || c.id, state };
  }

  return {
    newResource(args: MockResourceArgsWithUrn): pulumi.runtime.MockResourceResult {
      const seed = args.urn ?? `${args.type}::${args.name}`;
      const inputs = args.inputs ?? {};
      if (args.type.startsWith("awsx:")) {
        return {
          id: undefined,
          state: awsxOutputs(args.type, {
            name: args.name,
            seed,
            inputs,
            preview,
            region: defaultRegion,
            account,
          }),
        };
      }
      if (!preview && !args.type.startsWith("pulumi:") && !args.type.startsWith("aws:")) {
        // After create every output is known, whatever the provider (see provider-outputs.ts).
        const computed = providerOutputs(args.type, { name: args.name, seed, inputs }, packageDirs);
        const state = { ...computed, ...inputs };
        return { id: args.custom ? args.id || hexFrom(seed, 16) : undefined, state };
      }
      if (!args.custom) return { id: undefined, state: { ...inputs } };
      if (isProviderType(args.type)) {
        if (args.type === PulumiType.AwsProvider)
          explicitProviders.set(seed, explicitProviderDefaults(inputs, defaultRegion));
        return { id: preview ? undefined : hexFrom(seed, 32), state: { ...inputs } };
      }
      if (args.type.startsWith("aws:")) return awsResource(args, seed);
      return { id: args.id || (preview ? undefined : hexFrom(seed, 16)), state: { ...inputs } };
    },

    call(args: pulumi.runtime.MockCallArgs): Record<string, unknown> {
      const answer = answerInvoke(args.token, args.inputs ?? {}, { region: defaultRegion, account });
      if (answer) return answer;
      unanswered.set(args.token, (unanswered.get(args.token) ?? 0) + 1);
      return {};
    },

    unansweredInvokes(): UnansweredInvoke[] {
      return [...unanswered].map(([token, count]) => ({ token, count }));
    },

    checkAdditions(seed: string): Record<string, unknown> | undefined {
      return additions.get(seed);
    },
  };
}

export { UNKNOWN } from "../sentinels";
export { renderPolicyDocument } from "./policy-document";
