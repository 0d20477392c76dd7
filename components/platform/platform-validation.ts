import { describeScope, isScope, SCOPES, type Scope } from "../../policypack/vocabulary";
import { aiCostGuardArgsError } from "../cost";
import { guardrailArgsError, modelInvocationLoggingArgsError } from "../bedrock";
import { inferenceApiArgsError } from "../api";
import { show } from "../common";
import { aiWorkloadRoleArgsError, modelReferenceError } from "../iam";
import { auditTrailArgsError, encryptedLogGroupArgsError } from "../logging";
import { aiNetworkArgsError, carveSubnets, ISOLATED_NETWORK_SCOPE } from "../network";
import { aiProviderSecretArgsError } from "../secrets";
import { aiDataBucketArgsError } from "../storage";
import { vectorCollectionArgsError } from "../vectorstore";
import type { AiPlatformArgs } from "./ai-platform";
import {
  DEFAULT_GPU_INSTANCE_TYPE,
  DEFAULT_WORKLOAD_SERVICE,
  MODELS_MIN_SCOPE,
  networkEndpoints,
  platformCidr,
} from "./platform-defaults";
import { childNames, type ChildNames } from "./child-names";
import { artifactSigningKeyArgsError } from "./signing-key";
import { modelDataBackupsArgsError } from "./backups";
import { gpuFleetArgsError } from "../compute";
import { modelImageRepositoryArgsError } from "../images";
import { sagemakerDomainArgsError } from "../sagemaker";
import { scopeBuilds } from "./scope-plan";

/**
 * Pure checks of AiPlatform arguments, run before any child exists. The platform's own rules come
 * first (scope, name, models, relaxations the scope forbids); then every child's own validator
 * runs on the arguments the platform will give it, so no child can fail half-way through.
 */

/**
 * The platform's name prefixes every child: buckets (`<name>-training-data-<suffix>`), the vector
 * collection (`<name>-vectors`, at most 32 characters), key aliases and the trail. Lowercase letters,
 * digits and hyphens, starting with a letter, at most 24 characters, fit them all.
 */
const PLATFORM_NAME = /^[a-z][a-z0-9-]{1,23}$/;

/** Provider names, as AiProviderSecret accepts them and as they appear in child names. */
const PROVIDER_NAME = /^[a-z0-9][a-z0-9-]{0,30}$/;

/** Stands in, during validation only, for the ARN of the knowledge-base role the platform creates. */
const PLATFORM_ROLE_PLACEHOLDER = "arn:aws:iam::111111111111:role/scopeguard-platform-placeholder";
/** Stand in, during validation only, for the network the platform creates. */
const VPC_PLACEHOLDER = "vpc-0123456789abcdef0";
const SUBNETS_PLACEHOLDER = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"];

/** The VPC block the workloads' security groups admit, when it is known before deployment. */
function vpcCidrOf(args: AiPlatformArgs): string | undefined {
  if (args.existingVpc === undefined) return platformCidr(args);
  return typeof args.existingVpc.vpcCidrBlock === "string" ? args.existingVpc.vpcCidrBlock : undefined;
}

/** Stands in, during validation only, for the Lambda ARN when the handler is an Output. */
const HANDLER_PLACEHOLDER = "arn:aws:lambda:us-east-1:111111111111:function:placeholder";

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
  const list = (models ?? []) as unknown[];
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
    ["imageRegistry", 5],
  ];
  for (const [arg, minScope] of needs) {
    if (args[arg] !== undefined && scope < minScope) {
      return `${String(arg)} is used from ${describeScope(minScope)}; remove it or set scope: ${minScope}.`;
    }
  }
  if (typeof args.vectorStore === "object" && args.vectorStore !== null && scope < 3) {
    return `vectorStore is used from ${describeScope(3)}; remove it or set scope: 3.`;
  }
  if (typeof args.backups === "object" && args.backups !== null && scope < 5) {
    return `backups is used from ${describeScope(5)}; remove it or set scope: 5.`;
  }
  if (args.invocationLogging !== undefined && scope < 3) {
    return `invocationLogging is used from ${describeScope(3)}; remove it or set scope: 3.`;
  }
  if (args.embeddingModel !== undefined) {
    const problem = modelReferenceError(args.embeddingModel);
    if (problem !== undefined) return problem.replace(/^invokeModels/, "embeddingModel");
  }
  return undefined;
}

/** Runs the validator of every child the platform will create, on the arguments it will give it. */
function childrenError(scope: Scope, args: AiPlatformArgs, n: ChildNames): string | undefined {
  const labels = { scope, system: args.system, owner: args.owner, tags: args.tags };
  const keyAdmins = args.keyAdmins;
  const checks: (() => string | undefined)[] = [
    ...(args.providerSecrets ?? []).map(
      (spec) => () =>
        aiProviderSecretArgsError(n.providerSecret(spec.provider), {
          ...labels,
          provider: spec.provider,
          secretValue: spec.secretValue,
          rotationLambdaArn: spec.rotationLambdaArn,
          rotationDays: spec.rotationDays,
          keyAdmins,
        }),
    ),
    () => auditTrailArgsError(n.trail, { ...labels, keyAdmins, ...args.auditTrail }),
    () =>
      encryptedLogGroupArgsError(n.promptLogs, {
        ...labels,
        dataClass: "prompt-logs",
        retentionInDays: args.promptLogRetentionInDays,
        keyAdmins,
      }),
    () => aiCostGuardArgsError(n.costs, { ...labels, ...args.budget }),
  ];
  if (scopeBuilds(scope, "workload-role")) {
    checks.push(
      () =>
        aiWorkloadRoleArgsError({
          ...labels,
          trustedService: args.workloadService ?? DEFAULT_WORKLOAD_SERVICE,
        }),
      () =>
        aiNetworkArgsError(n.network, {
          ...labels,
          ...(args.existingVpc === undefined
            ? {
                cidrBlock: args.cidrBlock,
                availabilityZoneCount: args.availabilityZoneCount,
                internetEgress: args.internetEgress,
              }
            : {
                vpcId: args.existingVpc.vpcId,
                privateSubnetIds: args.existingVpc.privateSubnetIds,
                privateRouteTableIds: args.existingVpc.privateRouteTableIds,
                vpcCidrBlock: args.existingVpc.vpcCidrBlock,
              }),
          additionalInterfaceEndpoints: networkEndpoints(scope, args.additionalInterfaceEndpoints),
        }),
    );
  }
  if (scopeBuilds(scope, "guardrail")) {
    checks.push(
      () => guardrailArgsError(n.guardrail, { ...labels, keyAdmins, ...args.guardrail }),
      () =>
        args.invocationLogging === false
          ? undefined
          : modelInvocationLoggingArgsError(n.invocations, { ...labels, keyAdmins }),
    );
    if (args.inferenceHandlerArn !== undefined) {
      checks.push(() =>
        inferenceApiArgsError(n.api, {
          ...labels,
          keyAdmins,
          ...args.inferenceApi,
          handlerFunctionArn:
            typeof args.inferenceHandlerArn === "string" ? args.inferenceHandlerArn : HANDLER_PLACEHOLDER,
        }),
      );
    }
    if (args.vectorStore !== false) {
      const store = typeof args.vectorStore === "object" ? args.vectorStore : {};
      checks.push(() =>
        vectorCollectionArgsError(n.vectors, {
          ...labels,
          principals: [PLATFORM_ROLE_PLACEHOLDER],
          allowBedrock: true,
          vpcEndpointIds: store.vpcEndpointIds,
          kmsKeyArn: store.kmsKeyArn,
          keyAdmins: store.kmsKeyArn === undefined ? keyAdmins : undefined,
          standbyReplicas: store.standbyReplicas,
        }),
      );
    }
  }
  if (scopeBuilds(scope, "training-data-store")) {
    const logTarget = { targetBucket: "placeholder-bucket" };
    checks.push(
      () =>
        aiDataBucketArgsError(n.accessLogs, {
          ...labels,
          dataClass: "audit-logs",
          accessLogTarget: true,
          keyAdmins,
        }),
      () =>
        aiDataBucketArgsError(n.trainingData, {
          ...labels,
          dataClass: "training-data",
          accessLogs: logTarget,
          keyAdmins,
          ...args.trainingData,
        }),
      () =>
        aiDataBucketArgsError(n.modelArtifacts, {
          ...labels,
          dataClass: "model-artifacts",
          accessLogs: logTarget,
          keyAdmins,
          ...args.modelArtifacts,
        }),
      () =>
        artifactSigningKeyArgsError(n.signingKey, {
          ...labels,
          keySpec: args.artifactSigningKeySpec,
          signers: args.artifactSigners,
          admins: keyAdmins,
        }),
      () =>
        sagemakerDomainArgsError(n.sagemaker, {
          ...labels,
          ...args.sagemaker,
          vpcId: VPC_PLACEHOLDER,
          subnetIds: SUBNETS_PLACEHOLDER,
          vpcCidrBlock: vpcCidrOf(args),
          keyAdmins,
        }),
    );
  }
  if (scopeBuilds(scope, "gpu-fleet")) {
    const fleet = args.gpuFleet ?? {};
    checks.push(
      () =>
        gpuFleetArgsError(n.gpu, {
          ...labels,
          ...fleet,
          instanceType: fleet.instanceType ?? DEFAULT_GPU_INSTANCE_TYPE,
          subnetIds: SUBNETS_PLACEHOLDER,
          vpcId: VPC_PLACEHOLDER,
          vpcCidrBlock: vpcCidrOf(args),
          keyAdmins,
        }),
      () => modelImageRepositoryArgsError(n.images, { ...labels, ...args.imageRegistry, keyAdmins }),
      () =>
        args.backups === false
          ? undefined
          : modelDataBackupsArgsError(n.backups, {
              ...labels,
              bucketNames: ["placeholder-bucket"],
              ...(typeof args.backups === "object" ? args.backups : {}),
              keyAdmins,
            }),
    );
  }
  for (const check of checks) {
    const problem = check();
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function aiPlatformArgsError(name: string, args: AiPlatformArgs): string | undefined {
  if (args === undefined || args === null || typeof args !== "object") {
    return `arguments are required: at least { scope: 1 | 2 | 3 | 4 | 5 }.`;
  }
  const scopeProblem = scopeError(args.scope);
  if (scopeProblem !== undefined) return scopeProblem;
  const scope = args.scope;
  return (
    [
      nameError(name),
      modelsError(scope, args.models),
      networkError(scope, args),
      providerSecretsError(scope, args),
      scopeOnlyArgsError(scope, args),
    ].find((m) => m !== undefined) ?? childrenError(scope, args, childNames(name))
  );
}
