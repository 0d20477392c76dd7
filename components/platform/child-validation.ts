import type { Scope } from "../../policypack/vocabulary";
import { aiCostGuardArgsError } from "../cost";
import { guardrailArgsError, modelInvocationLoggingArgsError } from "../bedrock";
import { inferenceApiArgsError } from "../api";
import { aiWorkloadRoleArgsError } from "../iam";
import { auditTrailArgsError, encryptedLogGroupArgsError } from "../logging";
import { aiNetworkArgsError } from "../network";
import { aiProviderSecretArgsError } from "../secrets";
import { aiDataBucketArgsError } from "../storage";
import { vectorCollectionArgsError } from "../vectorstore";
import type { AiPlatformArgs } from "./platform-args";
import {
  DEFAULT_GPU_INSTANCE_TYPE,
  DEFAULT_WORKLOAD_SERVICE,
  networkEndpoints,
  platformCidr,
} from "./platform-defaults";
import type { ChildNames } from "./child-names";
import { artifactSigningKeyArgsError } from "./signing-key";
import { modelDataBackupsArgsError } from "./backups";
import { gpuFleetArgsError, gpuNodeGroupArgsError } from "../compute";
import { modelImageRepositoryArgsError } from "../images";
import { sagemakerDomainArgsError } from "../sagemaker";
import { scopeBuilds } from "./scope-plan";
import { providerSecretArgs } from "./build-baseline";

/**
 * The second half of AiPlatform's validation: every child's own validator, run on the arguments
 * the platform will give that child, so that no child can fail after its siblings exist.
 */

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

/** Runs the validator of every child the platform will create, on the arguments it will give it. */
export function childrenError(scope: Scope, args: AiPlatformArgs, n: ChildNames): string | undefined {
  const labels = { scope, system: args.system, owner: args.owner, tags: args.tags };
  const keyAdmins = args.keyAdmins;
  const checks: (() => string | undefined)[] = [
    ...(args.providerSecrets ?? []).map(
      (spec) => () =>
        aiProviderSecretArgsError(
          n.providerSecret(spec.provider),
          providerSecretArgs(spec, labels, keyAdmins),
        ),
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
      () =>
        args.eksGpuCapacity === undefined
          ? undefined
          : gpuNodeGroupArgsError(`${n.gpu}-eks`, {
              ...labels,
              ...args.eksGpuCapacity,
              subnetIds: args.eksGpuCapacity.subnetIds ?? SUBNETS_PLACEHOLDER,
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
