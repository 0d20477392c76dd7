import { inferenceApiArgsError } from "../api";
import { guardrailArgsError, modelInvocationLoggingArgsError } from "../bedrock";
import { gpuFleetArgsError, gpuNodeGroupArgsError } from "../compute";
import { aiCostGuardArgsError } from "../cost";
import { aiWorkloadRoleArgsError, type AiWorkloadRoleArgs } from "../iam";
import { modelImageRepositoryArgsError } from "../images";
import { auditTrailArgsError, encryptedLogGroupArgsError } from "../logging";
import { aiNetworkArgsError } from "../network";
import { sagemakerDomainArgsError } from "../sagemaker";
import { aiProviderSecretArgsError } from "../secrets";
import { aiDataBucketArgsError } from "../storage";
import { vectorCollectionArgsError } from "../vectorstore";
import { modelDataBackupsArgsError } from "./backups";
import type { ChildPlan } from "./child-plan";
import { knowledgeBaseSourceArn } from "./plan-bedrock";
import type { PlatformPlan, PlatformWiring } from "./platform-plan";
import { artifactSigningKeyArgsError } from "./signing-key";

/**
 * The second half of AiPlatform's validation: every child's own validator, run on the plan (the
 * arguments the platform will give that child), so that no child can fail after its siblings exist.
 */

/** A role ARN that stands in, during validation only, for the ARN of a role the platform creates. */
const ROLE_PLACEHOLDER = "arn:aws:iam::111111111111:role/scopeguard-platform-placeholder";
/** A bucket name that stands in, during validation only, for a bucket the platform creates. */
const BUCKET_PLACEHOLDER = "placeholder-bucket";

/**
 * Stand-ins for the outputs of children the platform creates, valid as each child expects them:
 * what validation checks is what the caller chose, never a value the platform itself produces.
 */
export const PLACEHOLDER_WIRING: PlatformWiring = {
  promptLogGroupName: "placeholder-prompt-logs",
  knowledgeBaseSourceArn: knowledgeBaseSourceArn({
    partition: "aws",
    region: "us-east-1",
    accountId: "111111111111",
  }),
  knowledgeBaseRoleArn: ROLE_PLACEHOLDER,
  network: {
    vpcId: "vpc-0123456789abcdef0",
    subnetIds: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"],
  },
  accessLogBucketName: BUCKET_PLACEHOLDER,
  trainingDataBucketName: BUCKET_PLACEHOLDER,
  modelArtifactBucketName: BUCKET_PLACEHOLDER,
  studioRoleArn: ROLE_PLACEHOLDER,
  workloadRoleArn: ROLE_PLACEHOLDER,
};

/** A child's validator, as each component exports it. */
type ArgsError<A> = (name: string, args: A) => string | undefined;

/** The check of one planned child (none when the plan has no such child). */
function check<A>(child: ChildPlan<A> | undefined, argsError: ArgsError<A>): () => string | undefined {
  return () => (child === undefined ? undefined : argsError(child.name, child.args));
}

/** AiWorkloadRole's validator does not read the name. */
const workloadRoleError: ArgsError<AiWorkloadRoleArgs> = (_, args) => aiWorkloadRoleArgsError(args);

/** The first problem any planned child's own validator finds; `undefined` when there is none. */
export function childrenError(plan: PlatformPlan): string | undefined {
  const { baseline, workload, bedrock, vectorStore, modelData, training } = plan;
  const checks: (() => string | undefined)[] = [
    ...baseline.providerSecrets.map((secret) => check(secret, aiProviderSecretArgsError)),
    check(baseline.trail, auditTrailArgsError),
    check(baseline.promptLogs, encryptedLogGroupArgsError),
    check(baseline.costGuard, aiCostGuardArgsError),
    check(workload?.workloadRole, workloadRoleError),
    check(workload?.network, aiNetworkArgsError),
    check(bedrock?.guardrail, guardrailArgsError),
    check(bedrock?.invocationLogging, modelInvocationLoggingArgsError),
    check(bedrock?.inferenceApi, inferenceApiArgsError),
    check(vectorStore?.knowledgeBaseRole, workloadRoleError),
    check(vectorStore?.vectorStore, vectorCollectionArgsError),
    check(modelData?.accessLogBucket, aiDataBucketArgsError),
    check(modelData?.trainingDataBucket, aiDataBucketArgsError),
    check(modelData?.modelArtifactBucket, aiDataBucketArgsError),
    check(modelData?.signingKey, artifactSigningKeyArgsError),
    check(modelData?.sagemakerDomain, sagemakerDomainArgsError),
    check(training?.gpuFleet, gpuFleetArgsError),
    check(training?.eksGpuNodeGroup, gpuNodeGroupArgsError),
    check(training?.imageRegistry, modelImageRepositoryArgsError),
    check(training?.backups, modelDataBackupsArgsError),
  ];
  for (const run of checks) {
    const problem = run();
    if (problem !== undefined) return problem;
  }
  return undefined;
}
