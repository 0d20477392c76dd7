import { CONTROL_SCOPES, describeScope, isScope, type Scope, SCOPES } from "../../policypack/vocabulary";
import { show } from "../common";
import { modelReferenceError } from "../iam";
import { carveSubnets, ISOLATED_NETWORK_SCOPE } from "../network";
import type { AiPlatformArgs } from "./platform-args";
import { MODELS_MIN_SCOPE } from "./platform-defaults";
import { scopeBuilds } from "./scope-plan";
import { childrenError, PLACEHOLDER_WIRING } from "./child-validation";
import { planPlatform, type PlatformPlan } from "./platform-plan";

/**
 * Pure checks of AiPlatform arguments, run before any child exists. The platform's own rules come
 * first (scope, name, models, relaxations the scope forbids); then every child's own validator
 * runs on the platform's plan (planPlatform), so no child can fail half-way through.
 */

/**
 * The platform's name prefixes every child: buckets (`<name>-training-data-<suffix>`), the vector
 * collection (`<name>-vectors`, at most 32 characters), key aliases and the trail. Lowercase letters,
 * digits and hyphens, starting with a letter, at most 24 characters, fit them all.
 */
const PLATFORM_NAME = /^[a-z][a-z0-9-]{1,23}$/;

/** Provider names, as AiProviderSecret accepts them and as they appear in child names. */
const PROVIDER_NAME = /^[a-z0-9][a-z0-9-]{0,30}$/;

function scopeError(scope: unknown): string | undefined {
  if (isScope(scope)) return undefined;
  const choices = `${SCOPES.join(", ")} (1 consumer app, 2 enterprise app, 3 pre-trained model, 4 fine-tuned model, 5 self-trained model)`;
  // No default: the scope decides every building block, so the platform asks rather than guesses.
  return scope === undefined
    ? `scope is required; set it to one of ${choices}.`
    : `scope ${show(scope)} is not a scope; set it to one of ${choices}.`;
}

function nameError(name: string): string | undefined {
  return PLATFORM_NAME.test(name)
    ? undefined
    : `the name "${name}" prefixes the platform's buckets, keys, trail and vector collection, so it must be 2 to 24 lowercase letters, digits or hyphens, starting with a letter; rename the platform.`;
}

function modelsError(scope: Scope, models: unknown): string | undefined {
  if (models !== undefined && !Array.isArray(models)) {
    return `models must be a list of Bedrock model ids (got ${show(models)}).`;
  }
  const list: readonly unknown[] = Array.isArray(models) ? models : [];
  if (scope < MODELS_MIN_SCOPE) {
    return list.length === 0
      ? undefined
      : `models is used from ${describeScope(MODELS_MIN_SCOPE)}, where the platform invokes foundation models through Bedrock; at ${describeScope(scope)} the AI runs at a vendor, so remove models or set scope: ${MODELS_MIN_SCOPE}.`;
  }
  if (list.length === 0) {
    return `models is empty: at ${describeScope(scope)} the workload may invoke only named models, so list at least one Bedrock model id, such as "anthropic.claude-3-5-sonnet-20240620-v1:0".`;
  }
  for (const model of list) {
    if (typeof model !== "string") {
      return `models contains ${show(model)}; give each model as a literal id or ARN, so the invoke permission is known before deployment.`;
    }
    const problem = modelReferenceError(model);
    if (problem !== undefined) return problem.replace(/^invokeModels/, "models");
  }
  return new Set(list).size === list.length ? undefined : `models names a model twice; list each once.`;
}

function networkError(scope: Scope, args: AiPlatformArgs): string | undefined {
  if (args.internetEgress === true && scope >= ISOLATED_NETWORK_SCOPE) {
    return (
      `internetEgress: true is not allowed at ${describeScope(scope)}: the platform network is the training network, ` +
      `which has no internet route (no internet gateway, no NAT); remove internetEgress and reach AWS APIs through ` +
      `VPC endpoints (additionalInterfaceEndpoints).`
    );
  }
  const network = [
    "cidrBlock",
    "availabilityZoneCount",
    "internetEgress",
    "additionalInterfaceEndpoints",
  ] as const;
  const given = network.filter((k) => args[k] !== undefined);
  if (!scopeBuilds(scope, "private-network") && given.length > 0) {
    return `${given.join(", ")} ${given.length === 1 ? "configures" : "configure"} the platform network, which comes with scope 2; remove ${given.length === 1 ? "it" : "them"} or raise the scope.`;
  }
  if (!scopeBuilds(scope, "private-network") && args.existingVpc !== undefined) {
    return `existingVpc is used from scope 2, where the platform adds private endpoints and flow logs to a network; remove it or raise the scope.`;
  }
  if (args.existingVpc !== undefined && scope >= ISOLATED_NETWORK_SCOPE) {
    return (
      `existingVpc is not allowed at ${describeScope(scope)}: the platform network is the training network, which ` +
      `must have no internet route, and the platform can guarantee that only for a VPC it creates; remove existingVpc ` +
      `(and peer or share the training VPC the platform creates where other networks need it).`
    );
  }
  if (args.existingVpc !== undefined) {
    const own = (["cidrBlock", "availabilityZoneCount", "internetEgress"] as const).filter(
      (k) => args[k] !== undefined,
    );
    if (own.length > 0) {
      return `${own.join(", ")} ${own.length === 1 ? "configures" : "configure"} a VPC the platform creates; with existingVpc, configure the VPC where it is defined and remove ${own.length === 1 ? "it" : "them"}.`;
    }
    return undefined;
  }
  if (args.cidrBlock !== undefined) {
    const carved = carveSubnets(args.cidrBlock, args.availabilityZoneCount ?? 2);
    if (typeof carved === "string") return `cidrBlock ${carved}.`;
  }
  return undefined;
}

function providerSecretsError(scope: Scope, args: AiPlatformArgs): string | undefined {
  const specs = args.providerSecrets ?? [];
  if (!Array.isArray(specs)) {
    return `providerSecrets must be a list such as [{ provider: "openai" }] (got ${show(specs)}).`;
  }
  const seen = new Set<string>();
  for (const [i, spec] of specs.entries()) {
    const provider = spec?.provider;
    if (typeof provider !== "string" || !PROVIDER_NAME.test(provider)) {
      return `providerSecrets[${i}].provider ${show(provider)} must be 1 to 31 lowercase letters, digits or hyphens, such as "openai"; it names the secret.`;
    }
    if (seen.has(provider)) {
      return `providerSecrets names the provider "${provider}" twice; keep one secret per provider.`;
    }
    seen.add(provider);
  }
  return undefined;
}

function scopeOnlyArgsError(scope: Scope, args: AiPlatformArgs): string | undefined {
  const needs: [keyof AiPlatformArgs, Scope][] = [
    ["workloadService", 2],
    ["inferenceHandlerArn", 3],
    ["inferenceApi", 3],
    ["guardrail", 3],
    ["embeddingModel", 3],
    ["artifactSigners", 4],
    ["artifactSigningKeySpec", 4],
    ["trainingData", 4],
    ["modelArtifacts", 4],
    ["sagemaker", 4],
    ["gpuFleet", 5],
    ["eksGpuCapacity", 5],
    ["imageRegistry", 5],
  ];
  for (const [arg, minScope] of needs) {
    if (args[arg] !== undefined && scope < minScope) {
      return `${String(arg)} is used from ${describeScope(minScope)}; remove it or set scope: ${minScope}.`;
    }
  }
  if (
    typeof args.vectorStore === "object" &&
    args.vectorStore !== null &&
    scope < CONTROL_SCOPES.vectorStores
  ) {
    return `vectorStore is used from ${describeScope(3)}; remove it or set scope: 3.`;
  }
  if (typeof args.backups === "object" && args.backups !== null && scope < CONTROL_SCOPES.modelDataBackups) {
    return `backups is used from ${describeScope(5)}; remove it or set scope: 5.`;
  }
  if (args.invocationLogging !== undefined && scope < CONTROL_SCOPES.invocationLogging) {
    return `invocationLogging is used from ${describeScope(3)}; remove it or set scope: 3.`;
  }
  if (args.embeddingModel !== undefined) {
    const problem = modelReferenceError(args.embeddingModel);
    if (problem !== undefined) return problem.replace(/^invokeModels/, "embeddingModel");
  }
  return undefined;
}

/** The platform's plan (children wired with stand-ins) when `args` are valid, or the first problem. */
export type CheckedPlan =
  | { readonly plan: PlatformPlan; readonly problem?: undefined }
  | { readonly plan?: undefined; readonly problem: string };

/** Checks `args` (the platform's own rules, then every planned child's) and returns the plan. */
export function checkAiPlatformArgs(name: string, args: AiPlatformArgs): CheckedPlan {
  if (args === undefined || args === null || typeof args !== "object") {
    return { problem: `arguments are required: at least { scope: 1 | 2 | 3 | 4 | 5 }.` };
  }
  const scopeProblem = scopeError(args.scope);
  if (scopeProblem !== undefined) return { problem: scopeProblem };
  const scope = args.scope;
  const own = [
    nameError(name),
    modelsError(scope, args.models),
    networkError(scope, args),
    providerSecretsError(scope, args),
    scopeOnlyArgsError(scope, args),
  ].find((m) => m !== undefined);
  if (own !== undefined) return { problem: own };
  const plan = planPlatform(name, args, PLACEHOLDER_WIRING);
  const children = childrenError(plan);
  return children === undefined ? { plan } : { problem: children };
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function aiPlatformArgsError(name: string, args: AiPlatformArgs): string | undefined {
  return checkAiPlatformArgs(name, args).problem;
}
